/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import io.github.lakin.core.text.NumberFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Laporan HTML dengan grafik (HTML report with charts): writes a {@link ScoreView} as one
 * self-contained HTML page in Indonesian or English — the Chapter III tables, a bar chart of the
 * capaian of each indicator with the 100% line and the colour of its {@link ChartBands band}, a
 * chart of the goals and the unit, and budget absorption beside capaian (efficiency) when the
 * report has a budget — with print styles for A4 paper. The page needs no network: styles are
 * inline, charts are inline SVG drawn here (every label is the same exact figure the tables show),
 * and there is no script and no external font. Stateless; writes to the writer it is given.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class HtmlRenderer {
  /** Width of a chart in SVG units (the page scales it to the column). */
  static final int CHART_WIDTH = 680;
  private static final int LABEL_WIDTH = 64;
  private static final int VALUE_WIDTH = 76;
  private static final int BAR_ROW = 24;
  private static final int BAR_HEIGHT = 16;

  private HtmlRenderer() {}

  /**
   * Writes the report with the default bands (green from 100%, yellow from 90%, red below).
   *
   * @param view what to show (its goals are read once)
   * @param locale Indonesian ({@code id}) or any other for English
   * @param out where; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void render(ScoreView view, Locale locale, Writer out) {
    render(view, locale, ChartBands.defaults(), out);
  }

  /**
   * Writes the result as an HTML page with charts in the given bands.
   *
   * @param view what to show (its goals are read once)
   * @param locale Indonesian ({@code id}) or any other for English
   * @param bands the colours of capaian in the charts
   * @param out where; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void render(ScoreView view, Locale locale, ChartBands bands, Writer out) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(bands, "bands");
    boolean id = ScoreRenderer.indonesian(locale);
    List<ScoreView.GoalView> goals = new ArrayList<>();
    List<List<ScoreView.Line>> lines = new ArrayList<>();
    for (ScoreView.GoalView g : view.goals) {
      List<ScoreView.Line> ls = new ArrayList<>();
      g.lines().forEach(ls::add);
      goals.add(g);
      lines.add(ls);
    }
    int scale = view.scale();
    StringBuilder b = new StringBuilder(16_384);
    String title = (id ? "Capaian kinerja " : "Performance achievement ") + view.unit + " " + view.year + PeriodNotes.asOf(view, locale);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(id ? "id" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<h1>").append(esc(title)).append("</h1>\n");
    b.append("<p class=\"policy\">").append(id ? "Kebijakan: " : "Policy: ").append(esc(PolicyText.describe(view.policy, locale)))
        .append("</p>\n");
    b.append("<p class=\"summary\"><span class=\"figure\" id=\"unit-capaian\">")
        .append(id ? "Capaian unit: " : "Unit achievement: ").append(esc(ScoreRenderer.percent(view.overall, scale, locale)))
        .append("</span> — ").append(esc(view.counts.statement(locale))).append("; <span class=\"figure\" id=\"achievement-rate\">")
        .append(esc(ScoreRenderer.rateLine(view, locale))).append("</span>.</p>\n");
    boolean yoy = view.yearOnYear;

    b.append("<h2>").append(id ? "Capaian per indikator" : "Achievement per indicator").append("</h2>\n");
    b.append("<table class=\"chapter3\">\n<thead><tr><th>").append(id ? "Kode" : "Code").append("</th><th>")
        .append(id ? "Indikator" : "Indicator").append("</th><th>").append(id ? "Satuan" : "Unit")
        .append("</th><th class=\"num\">Target</th><th class=\"num\">").append(id ? "Realisasi" : "Actual")
        .append(yoy ? "</th><th class=\"num\">" + esc(ScoreRenderer.previousHeading(view, id)) : "")
        .append("</th><th class=\"num\">").append(id ? "Capaian" : "Achieved")
        .append(yoy ? "</th><th>" + (id ? "Tren" : "Trend") : "").append("</th><th>Status</th></tr></thead>\n<tbody>\n");
    String span = yoy ? "5" : "4";
    for (int g = 0; g < goals.size(); g++) {
      ScoreView.GoalView gv = goals.get(g);
      b.append("<tr class=\"goal\"><td>").append(esc(gv.code())).append("</td><td colspan=\"").append(span).append("\">")
          .append(id ? "Sasaran " : "Goal ")
          .append(esc(gv.code())).append("</td><td class=\"num\">").append(esc(ScoreRenderer.percent(gv.achievement(), scale, locale)))
          .append(yoy ? "</td><td>" : "").append("</td><td class=\"goal-rate\">").append(esc(ScoreRenderer.goalStatus(gv, view, locale)))
          .append("</td></tr>\n");
      for (ScoreView.Line l : lines.get(g)) {
        b.append("<tr><td>").append(esc(l.code())).append("</td><td>").append(esc(l.name())).append("</td><td>").append(esc(l.unit()))
            .append("</td><td class=\"num\">").append(esc(l.target())).append("</td><td class=\"num\">").append(esc(l.realisasi()))
            .append(yoy ? "</td><td class=\"num\">" + esc(ScoreRenderer.value(l.previous(), view, locale)) : "")
            .append("</td><td class=\"num\">").append(esc(ScoreRenderer.percent(l.achievement(), scale, locale)))
            .append(yoy ? "</td><td class=\"trend\">" + esc(ScoreRenderer.trend(l, view, locale)) : "")
            .append("</td><td>").append(esc(ScoreRenderer.status(l, id))).append("</td></tr>\n");
      }
    }
    b.append("</tbody>\n<tfoot><tr class=\"unit\"><td></td><td colspan=\"").append(span).append("\">")
        .append(id ? "Capaian unit" : "Unit achievement")
        .append("</td><td class=\"num\">").append(esc(ScoreRenderer.percent(view.overall, scale, locale)))
        .append(yoy ? "</td><td>" : "").append("</td><td>").append(esc(ScoreRenderer.goalStatusOf(view.counts, view, locale)))
        .append("</td></tr></tfoot>\n</table>\n");
    if (yoy) {
      b.append("<p class=\"note\">").append(esc(ScoreRenderer.trendNote(view, locale))).append(".</p>\n");
    }
    List<String> notes = PeriodNotes.notes(view, locale);
    if (!notes.isEmpty()) {
      b.append("<p class=\"note\">").append(esc(PeriodNotes.heading(view, locale)));
      for (String n : notes) {
        b.append("<br>\n").append(esc(n));
      }
      b.append("</p>\n");
    }
    if (lines.stream().flatMap(List::stream).anyMatch(ScoreView.Line::provisional)) {
      b.append("<p class=\"note\">* ").append(id ? "nilai sementara: realisasi tahun sebelumnya" : "provisional: the previous year's value")
          .append("</p>\n");
    }

    b.append("<section class=\"charts\">\n<h2>").append(id ? "Grafik capaian per indikator" : "Chart: achievement per indicator")
        .append("</h2>\n");
    List<Bar> bars = new ArrayList<>();
    for (List<ScoreView.Line> ls : lines) {
      for (ScoreView.Line l : ls) {
        bars.add(new Bar(l.code(), l.name(), l.achievement()));
      }
    }
    chart(b, "chart-indicators", "bar", bars, bands, scale, locale, id ? "Capaian per indikator" : "Achievement per indicator");
    b.append("<p class=\"legend\">").append(id ? "Warna: " : "Colours: ").append(esc(bands.legend(locale)))
        .append(id ? "; garis putus-putus: 100%." : "; dashed line: 100%.").append("</p>\n");

    b.append("<h2>").append(id ? "Capaian sasaran dan unit" : "Goals and the unit").append("</h2>\n");
    List<Bar> goalBars = new ArrayList<>();
    for (ScoreView.GoalView gv : goals) {
      goalBars.add(new Bar(gv.code(), (id ? "Sasaran " : "Goal ") + gv.code(), gv.achievement()));
    }
    goalBars.add(new Bar("Unit", id ? "Capaian unit" : "Unit achievement", view.overall));
    chart(b, "chart-goals", "goal-bar", goalBars, bands, scale, locale, id ? "Capaian sasaran dan unit" : "Goals and the unit");

    if (yoy) {
      yearOnYearChart(b, view, lines, locale);
    }

    if (view.pagu.isPresent()) { // a pagu of 0: the budget with absorption "–" and no bar
      b.append("<h2>").append(id ? "Analisis efisiensi" : "Efficiency").append("</h2>\n");
      List<Bar> budget = List.of(new Bar(id ? "Kinerja" : "Perf.", id ? "Capaian kinerja" : "Performance achievement", view.overall),
          new Bar(id ? "Serapan" : "Spent", id ? "Serapan anggaran" : "Budget absorption", view.absorption, BUDGET));
      chart(b, "chart-budget", "budget-bar", budget, bands, scale, locale, id ? "Capaian dan serapan anggaran" : "Achievement and budget");
      b.append("<table class=\"budget\">\n");
      NumberFormatter f = id ? NumberFormatter.indonesian() : NumberFormatter.english();
      row(b, id ? "Pagu anggaran" : "Budget ceiling", f.formatRupiah(view.pagu.get()));
      row(b, id ? "Realisasi anggaran" : "Budget spent", f.formatRupiah(view.spent.orElse(BigDecimal.ZERO)));
      row(b, id ? "Serapan anggaran" : "Budget absorption", ScoreRenderer.percent(view.absorption, scale, locale));
      if (view.efficiencyGap.isPresent()) {
        boolean eff = view.efficient.orElse(false);
        row(b, id ? "Efisiensi (capaian − serapan)" : "Efficiency gap (achievement − absorption)",
            ScoreRenderer.number(view.efficiencyGap.get(), scale, locale) + (id ? " poin, " : " points, ")
                + io.github.lakin.scoring.budget.EfficiencyGap.verdict(eff, locale));
      }
      if (view.efficiencyIndex.isPresent()) {
        row(b, id ? "Indeks efisiensi (capaian ÷ serapan)" : "Efficiency index (achievement ÷ absorption)",
            ScoreRenderer.index(view.efficiencyIndex, locale));
      }
      b.append("</table>\n");
      if (view.budgetDetail()) {
        budgetTables(b, view, locale);
      }
    }
    b.append("</section>\n<footer>").append(id ? "Dihitung dengan Lakin: angka desimal eksak, dibulatkan sekali."
        : "Computed with Lakin: exact decimals, rounded once.").append("</footer>\n</main>\n</body>\n</html>\n");
    try {
      out.write(b.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The budget lines with the total, and the goals' efficiency, as two tables. */
  private static void budgetTables(StringBuilder b, ScoreView view, Locale locale) {
    boolean id = ScoreRenderer.indonesian(locale);
    int scale = view.scale();
    List<String[]> rows = new ArrayList<>();
    for (io.github.lakin.json.ResultBudget.Line l : view.budgetLines) {
      rows.add(ScoreRenderer.budgetCells(l, scale, locale));
    }
    NumberFormatter f = id ? NumberFormatter.indonesian() : NumberFormatter.english();
    rows.add(new String[] {"", id ? "Jumlah" : "Total", "", view.pagu.map(x -> f.format(x, Math.max(0, x.scale()))).orElse(""),
        view.spent.map(x -> f.format(x, Math.max(0, x.scale()))).orElse(""), ScoreRenderer.percent(view.absorption, scale, locale)});
    table(b, "budget-lines", id ? "Serapan per baris anggaran" : "Absorption per budget line", ScoreRenderer.budgetHeadings(id), rows, 3);
    if (!view.budgetGoals.isEmpty()) {
      List<String[]> goals = new ArrayList<>();
      for (io.github.lakin.json.ResultBudget.GoalFigures g : view.budgetGoals) {
        goals.add(ScoreRenderer.goalCells(view, g, locale));
      }
      table(b, "budget-goals", id ? "Efisiensi per sasaran" : "Efficiency per goal", ScoreRenderer.goalHeadings(id), goals, 1);
    }
  }

  /** A table with a caption; columns from {@code firstNumber} on are numbers. */
  private static void table(StringBuilder b, String cssClass, String caption, String[] head, List<String[]> rows, int firstNumber) {
    b.append("<table class=\"").append(cssClass).append("\">\n<caption>").append(esc(caption)).append("</caption>\n<tr>");
    for (int c = 0; c < head.length; c++) {
      b.append("<th scope=\"col\"").append(c >= firstNumber ? " class=\"num\"" : "").append('>').append(esc(head[c])).append("</th>");
    }
    b.append("</tr>\n");
    for (String[] r : rows) {
      b.append("<tr>");
      for (int c = 0; c < r.length; c++) {
        b.append(c >= firstNumber ? "<td class=\"num\">" : "<td>").append(esc(r[c])).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><th>").append(esc(label)).append("</th><td class=\"num\">").append(esc(value)).append("</td></tr>\n");
  }

  /** One bar: a short label, a title (shown on hover and read by screen readers) and the capaian. */
  private static final class Bar {
    final String label;
    final String title;
    final Optional<BigDecimal> value;
    /** A colour of its own (budget absorption is not a capaian and takes no band), else null. */
    final @Nullable String colour;

    Bar(String label, String title, Optional<BigDecimal> value) {
      this(label, title, value, null);
    }

    Bar(String label, String title, Optional<BigDecimal> value, @Nullable String colour) {
      this.label = label;
      this.title = title;
      this.value = value;
      this.colour = colour;
    }
  }

  /** The colour of budget absorption bars. */
  static final String BUDGET = "#1565c0";

  /**
   * A horizontal bar chart: one bar per item from 0, the axis to the next multiple of 20 above the
   * largest value (at least 120), a dashed line at 100%, each bar labelled with its exact figure.
   * An item without a capaian gets its label and "–" but no bar.
   */
  private static void chart(StringBuilder b, String cssId, String barClass, List<Bar> bars, ChartBands bands, int scale, Locale locale,
      String caption) {
    BigDecimal max = new BigDecimal("120");
    for (Bar x : bars) {
      if (x.value.isPresent() && x.value.get().compareTo(max) > 0) {
        max = x.value.get().divide(BigDecimal.valueOf(20), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(20));
      }
    }
    int plot = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    int axis = 20;
    int height = bars.size() * BAR_ROW + axis + 8;
    b.append("<figure>\n<svg id=\"").append(cssId).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(CHART_WIDTH)
        .append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(esc(caption)).append("\">\n");
    for (int tick = 0; BigDecimal.valueOf(tick).compareTo(max) <= 0; tick += 20) {
      String x = x(BigDecimal.valueOf(tick), max, plot);
      b.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"")
          .append(bars.size() * BAR_ROW).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(bars.size() * BAR_ROW + 14)
          .append("\" text-anchor=\"middle\">").append(tick).append("%</text>\n");
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar x = bars.get(i);
      int y = i * BAR_ROW + (BAR_ROW - BAR_HEIGHT) / 2;
      b.append("<text class=\"bar-code\" x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT - 4)
          .append("\" text-anchor=\"end\">").append(esc(x.label)).append("</text>");
      String label = ScoreRenderer.percent(x.value, scale, locale);
      if (x.value.isPresent()) {
        BigDecimal v = x.value.get().max(BigDecimal.ZERO);
        String w = width(v, max, plot);
        b.append("<rect class=\"").append(barClass).append("\" data-code=\"").append(esc(x.label)).append("\" x=\"").append(LABEL_WIDTH)
            .append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"").append(BAR_HEIGHT)
            .append("\" fill=\"").append(x.colour != null ? x.colour : bands.colour(x.value.get())).append("\"><title>").append(esc(x.title + ": " + label))
            .append("</title></rect>");
        b.append("<text class=\"bar-label\" x=\"").append(x(v, max, plot)).append("\" dx=\"4\" y=\"").append(y + BAR_HEIGHT - 4)
            .append("\">").append(esc(label)).append("</text>\n");
      } else {
        b.append("<text class=\"bar-label\" x=\"").append(LABEL_WIDTH).append("\" dx=\"4\" y=\"").append(y + BAR_HEIGHT - 4)
            .append("\">").append(esc(label)).append("</text>\n");
      }
    }
    String hundred = x(new BigDecimal("100"), max, plot);
    b.append("<line class=\"target\" x1=\"").append(hundred).append("\" y1=\"0\" x2=\"").append(hundred).append("\" y2=\"")
        .append(bars.size() * BAR_ROW).append("\"/>\n</svg>\n<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
  }

  /**
   * Perbandingan antartahun (year-on-year): for each indicator with a previous year's realisasi,
   * two bars — the previous year (grey) and this year (the colour of its trend) — each labelled with
   * its value. Indicators have different units, so each pair is drawn on its own scale: the larger
   * of the two magnitudes fills the plot.
   */
  private static void yearOnYearChart(StringBuilder b, ScoreView view, List<List<ScoreView.Line>> lines, Locale locale) {
    boolean id = ScoreRenderer.indonesian(locale);
    List<ScoreView.Line> pairs = new ArrayList<>();
    for (List<ScoreView.Line> ls : lines) {
      for (ScoreView.Line l : ls) {
        if (l.previous().isPresent()) {
          pairs.add(l);
        }
      }
    }
    String caption = id ? "Realisasi " + (view.year - 1) + " dan " + view.year + " per indikator"
        : "Actual " + (view.year - 1) + " and " + view.year + " per indicator";
    b.append("<h2>").append(id ? "Perbandingan antartahun" : "Year on year").append("</h2>\n");
    int plot = CHART_WIDTH - LABEL_WIDTH - 2 * VALUE_WIDTH;
    int row = 2 * BAR_HEIGHT + 12;
    int height = pairs.size() * row + 4;
    b.append("<figure>\n<svg id=\"chart-yoy\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
        .append(height).append("\" role=\"img\" aria-label=\"").append(esc(caption)).append("\">\n");
    for (int i = 0; i < pairs.size(); i++) {
      ScoreView.Line l = pairs.get(i);
      int y = i * row + 4;
      io.github.lakin.core.Rational prev = l.previous().get();
      Optional<io.github.lakin.core.Rational> cur = l.trend().difference().map(d -> d.current()).or(() -> l.realisasiValue());
      io.github.lakin.core.Rational max = prev.abs();
      if (cur.isPresent()) {
        max = max.max(cur.get().abs());
      }
      b.append("<text class=\"bar-code\" x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT + 2)
          .append("\" text-anchor=\"end\">").append(esc(l.code())).append("</text>");
      pairBar(b, "yoy-previous", l.code(), prev, max, y, plot, "#9e9e9e",
          (view.year - 1) + ": " + ScoreRenderer.value(Optional.of(prev), view, locale));
      if (cur.isPresent()) {
        pairBar(b, "yoy-current", l.code(), cur.get(), max, y + BAR_HEIGHT + 2, plot, trendColour(l.trend().direction()),
            view.year + ": " + ScoreRenderer.value(cur, view, locale) + " " + l.trend().direction().arrow() + " "
                + l.trend().label(locale));
      } else {
        b.append("<text class=\"bar-label\" x=\"").append(LABEL_WIDTH).append("\" dx=\"4\" y=\"").append(y + 2 * BAR_HEIGHT - 2)
            .append("\">").append(view.year).append(": –</text>\n");
      }
    }
    b.append("</svg>\n<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
    b.append("<p class=\"legend\">").append(id ? "Abu-abu: " + (view.year - 1) + "; hijau: meningkat, biru: tetap, merah: menurun"
        + " (arah baik menurut polaritas indikator); setiap pasangan berskala sendiri."
        : "Grey: " + (view.year - 1) + "; green: improving, blue: stable, red: declining (the good direction follows the"
            + " indicator's polarity); each pair has its own scale.").append("</p>\n");
  }

  private static String trendColour(io.github.lakin.scoring.aggregate.Trend.Direction d) {
    switch (d) {
      case IMPROVING:
        return "#2e7d32";
      case DECLINING:
        return "#c62828";
      case STABLE:
        return "#1565c0";
      default:
        return "#757575";
    }
  }

  /** One bar of a pair, its width |v| ÷ max of the plot (exact, rounded for drawing only), and its label. */
  private static void pairBar(StringBuilder b, String cssClass, String code, io.github.lakin.core.Rational v,
      io.github.lakin.core.Rational max, int y, int plot, String colour, String label) {
    BigDecimal w = max.signum() == 0 ? BigDecimal.ZERO
        : v.abs().multiply(io.github.lakin.core.Rational.of(plot)).divide(max).round(2, RoundingMode.HALF_UP);
    b.append("<rect class=\"").append(cssClass).append("\" data-code=\"").append(esc(code)).append("\" x=\"").append(LABEL_WIDTH)
        .append("\" y=\"").append(y).append("\" width=\"").append(w.toPlainString()).append("\" height=\"").append(BAR_HEIGHT)
        .append("\" fill=\"").append(colour).append("\"><title>").append(esc(code + " " + label)).append("</title></rect>");
    b.append("<text class=\"bar-label\" x=\"").append(w.add(BigDecimal.valueOf(LABEL_WIDTH)).toPlainString())
        .append("\" dx=\"4\" y=\"").append(y + BAR_HEIGHT - 4).append("\">").append(esc(label)).append("</text>\n");
  }

  /** The width of a bar, in SVG units with two decimals, computed exactly. */
  private static String width(BigDecimal v, BigDecimal max, int plot) {
    return v.min(max).multiply(BigDecimal.valueOf(plot)).divide(max, 2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String x(BigDecimal v, BigDecimal max, int plot) {
    return new BigDecimal(width(v, max, plot)).add(BigDecimal.valueOf(LABEL_WIDTH)).toPlainString();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = String.join("\n",
      "@page { size: A4; margin: 18mm 15mm; }",
      "html { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 11pt; color: #1a1a1a; }",
      "body { margin: 0; background: #fff; }",
      "main { max-width: 180mm; margin: 0 auto; padding: 12mm 0; }",
      "h1 { font-size: 17pt; margin: 0 0 4pt; }",
      "h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #bbb; padding-bottom: 2pt; }",
      ".policy, .note, .legend, footer { color: #555; font-size: 9pt; }",
      ".summary { font-size: 12pt; }",
      ".figure { font-weight: bold; }",
      "table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }",
      "th, td { border: 1px solid #c8c8c8; padding: 3pt 5pt; text-align: left; vertical-align: top; }",
      "thead th { background: #d9e1f2; }",
      "thead { display: table-header-group; }",
      "tr { page-break-inside: avoid; break-inside: avoid; }",
      ".num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }",
      "tr.goal td, tr.unit td { font-weight: bold; background: #f2f2f2; }",
      "table.budget { width: auto; margin-top: 6pt; }",
      "figure { margin: 0 0 8pt; page-break-inside: avoid; break-inside: avoid; }",
      "figcaption { font-size: 9pt; color: #555; text-align: center; }",
      "svg { width: 100%; height: auto; font-size: 11px; }",
      "svg .grid { stroke: #e3e3e3; stroke-width: 1; }",
      "svg .target { stroke: #222; stroke-width: 1.5; stroke-dasharray: 5 3; }",
      "svg .tick { fill: #666; font-size: 10px; }",
      "svg .bar-label, svg .bar-code { fill: #1a1a1a; }",
      "section.charts { page-break-before: always; break-before: page; }",
      "@media print { main { padding: 0; max-width: none; } a { color: inherit; } }",
      "");
}
