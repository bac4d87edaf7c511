/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.jackson.LakinJson;
import io.github.lakin.json.IndicatorLine;
import io.github.lakin.json.ResultBudget;
import io.github.lakin.json.ResultJsonWriter;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.core.text.NumberFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.github.lakin.core.Period;
import java.util.Optional;

/**
 * Penulis keluaran (score renderer): writes a {@link ScoreView} as {@code lakin score} prints it —
 * the Chapter III table, Markdown, CSV or JSON — so that a service prints what the command prints.
 * Stateless and thread-safe; it writes to the writer it is given and never prints elsewhere.
 *
 * @since 0.1.0
 */
public final class ScoreRenderer {
  private ScoreRenderer() {}

  /**
   * Writes the result in the given format.
   *
   * @param view what to show
   * @param format how
   * @param locale Indonesian ({@code id}: {@code 106,51%}, Indonesian words) or any other for English
   * @param out where; flushed at the end, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void render(ScoreView view, ScoreFormat format, Locale locale, Writer out) {
    try {
      switch (format) {
        case JSON:
          json(view, locale, out);
          break;
        case CSV:
          csv(view, out);
          break;
        case MARKDOWN:
          markdown(view, locale, out);
          break;
        default:
          table(view, locale, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
    }
  }

  static boolean indonesian(Locale locale) {
    return locale.getLanguage().equals("id");
  }

  static String percent(Optional<BigDecimal> v, int scale, Locale locale) {
    if (v.isEmpty()) {
      return "–";
    }
    NumberFormatter f = indonesian(locale) ? NumberFormatter.indonesian() : NumberFormatter.english();
    return f.formatPercent(v.get(), scale);
  }

  static String number(BigDecimal v, int scale, Locale locale) {
    NumberFormatter f = indonesian(locale) ? NumberFormatter.indonesian() : NumberFormatter.english();
    return f.format(v, scale);
  }

  static String status(ScoreView.Line l, boolean id) {
    switch (l.status()) {
      case NOT_AVAILABLE:
        return id ? "tidak tersedia" : "not available";
      case UNDEFINED:
        return id ? "tidak terdefinisi" : "undefined";
      default:
        String s = l.met() ? (id ? "tercapai" : "met") : (id ? "tidak tercapai" : "not met");
        if (l.provisional()) {
          s += id ? ", sementara" : ", provisional";
        }
        if (l.capped()) {
          s += id ? ", dibatasi" : ", capped";
        }
        return s;
    }
  }

  /** The achievement rate of counts under the view's rounding, e.g. {@code 90,91%}. */
  static String rate(MetCounts c, ScoreView v, Locale locale) {
    return percent(c.rate(v.policy.scoring().rounding()), v.scale(), locale);
  }

  /** The unit's achievement rate as a sentence: {@code Tingkat ketercapaian: 90,91%}. */
  static String rateLine(ScoreView v, Locale locale) {
    return (indonesian(locale) ? "Tingkat ketercapaian: " : "Achievement rate: ") + rate(v.counts, v, locale);
  }

  /** A goal's counts and achievement rate: {@code 4 dari 5 tercapai (80,00%)}. */
  static String goalStatus(ScoreView.GoalView g, ScoreView v, Locale locale) {
    return goalStatusOf(g.counts(), v, locale);
  }

  /** Counts and achievement rate: {@code 10 dari 11 tercapai (90,91%)}. */
  static String goalStatusOf(MetCounts c, ScoreView v, Locale locale) {
    return c.met() + (indonesian(locale) ? " dari " : " of ") + c.total() + (indonesian(locale) ? " tercapai (" : " met (")
        + rate(c, v, locale) + ")";
  }

  /**
   * What the trend compares: {@code Tren: realisasi 2023 terhadap 2022, ambang 0 poin; …}.
   */
  static String trendNote(ScoreView v, Locale locale) {
    boolean id = indonesian(locale);
    String th = number(v.threshold.value(), Math.max(0, v.threshold.value().scale()), locale)
        + (v.threshold.isRelative() ? (id ? "% dari nilai tahun lalu" : "% of the previous value") : (id ? " poin" : " points"));
    return id ? "Tren: realisasi " + v.year + " terhadap " + (v.year - 1) + ", perubahan sampai " + th
        + " dianggap tetap; untuk indikator yang makin rendah makin baik, penurunan berarti meningkat"
        : "Trend: actual " + v.year + " against " + (v.year - 1) + "; a change up to " + th
            + " counts as stable; where lower is better, a fall is an improvement";
  }

  /** The heading of the previous year's realisasi: {@code Realisasi 2022}. */
  static String previousHeading(ScoreView v, boolean id) {
    return (id ? "Realisasi " : "Actual ") + (v.year - 1);
  }

  /**
   * A realisasi given as an exact value, in the locale's style: at its own decimals when it
   * terminates, else rounded under the view's rounding; a dash when absent.
   */
  static String value(Optional<io.github.lakin.core.Rational> x, ScoreView v, Locale locale) {
    if (x.isEmpty()) {
      return "–";
    }
    BigDecimal d = x.get().isTerminating() ? x.get().toBigDecimalExact() : v.policy.scoring().rounding().round(x.get());
    return number(d, Math.max(0, d.scale()), locale);
  }

  /** A trend cell: {@code ▲ meningkat (+1,31)}, or {@code – tanpa pembanding}. */
  static String trend(ScoreView.Line l, ScoreView v, Locale locale) {
    io.github.lakin.scoring.aggregate.Trend t = l.trend();
    String s = t.direction().arrow() + " " + t.label(locale);
    if (t.difference().isPresent()) {
      io.github.lakin.core.Rational p = t.difference().get().points();
      s += " (" + (p.signum() > 0 ? "+" : "") + value(Optional.of(p), v, locale) + ")";
    }
    return s;
  }

  private static StringBuilder padTo(StringBuilder b, String s, int w) {
    b.append(s);
    for (int i = s.length(); i < w; i++) {
      b.append(' ');
    }
    return b;
  }

  private static StringBuilder leftTo(StringBuilder b, String s, int w) {
    for (int i = s.length(); i < w; i++) {
      b.append(' ');
    }
    return b.append(s);
  }

  private static void table(ScoreView v, Locale locale, Writer out) throws IOException {
    boolean id = indonesian(locale);
    int nameWidth = 48;
    int wc = v.widthCode;
    int wt = v.widthTarget;
    int wr = v.widthRealisasi;
    int wa = 10;
    int wp = 0;
    int wtr = 0;
    if (v.yearOnYear) { // lines of a view from a file are lists: measured here, printed below
      wp = previousHeading(v, id).length();
      wtr = 4;
      for (ScoreView.GoalView g : v.goals) {
        for (ScoreView.Line l : g.lines()) {
          wp = Math.max(wp, value(l.previous(), v, locale).length());
          wtr = Math.max(wtr, trend(l, v, locale).length());
        }
      }
    }
    out.write((id ? "Capaian kinerja " : "Performance achievement ") + v.unit + " " + v.year + PeriodNotes.asOf(v, locale) + "\n");
    out.write((id ? "Kebijakan: " : "Policy: ") + PolicyText.describe(v.policy, locale) + "\n\n");
    StringBuilder h = new StringBuilder();
    padTo(h, id ? "Kode" : "Code", wc).append("  ");
    padTo(h, id ? "Indikator" : "Indicator", nameWidth).append("  ");
    leftTo(h, "Target", wt).append("  ");
    leftTo(h, id ? "Realisasi" : "Actual", wr).append("  ");
    if (v.yearOnYear) {
      leftTo(h, previousHeading(v, id), wp).append("  ");
    }
    leftTo(h, id ? "Capaian" : "Achieved", wa).append("  ");
    if (v.yearOnYear) {
      padTo(h, id ? "Tren" : "Trend", wtr).append("  ");
    }
    h.append("Status");
    String header = h.toString();
    out.write(header + "\n");
    out.write("-".repeat(header.length() + 12) + "\n");
    // one reused line buffer: a large report has a million lines
    StringBuilder b = new StringBuilder(256);
    for (ScoreView.GoalView g : v.goals) {
      b.setLength(0);
      padTo(b, g.code(), wc).append("  ");
      padTo(b, id ? "Sasaran " + g.code() : "Goal " + g.code(), nameWidth).append("  ");
      leftTo(b, "", wt).append("  ");
      leftTo(b, "", wr).append("  ");
      if (v.yearOnYear) {
        leftTo(b, "", wp).append("  ");
      }
      leftTo(b, percent(g.achievement(), v.scale(), locale), wa).append("  ");
      if (v.yearOnYear) {
        padTo(b, "", wtr).append("  ");
      }
      b.append(goalStatus(g, v, locale)).append('\n');
      out.append(b);
      for (ScoreView.Line l : g.lines()) {
        b.setLength(0);
        padTo(b, l.code(), wc).append("  ");
        int start = b.length();
        b.append("  ");
        String name = l.name();
        if (name.length() + 2 <= nameWidth) {
          b.append(name);
        } else {
          b.append(name, 0, nameWidth - 3).append('…');
        }
        while (b.length() - start < nameWidth) {
          b.append(' ');
        }
        b.append("  ");
        leftTo(b, l.target(), wt).append("  ");
        leftTo(b, l.realisasi(), wr).append("  ");
        if (v.yearOnYear) {
          leftTo(b, value(l.previous(), v, locale), wp).append("  ");
        }
        leftTo(b, percent(l.achievement(), v.scale(), locale), wa).append("  ");
        if (v.yearOnYear) {
          padTo(b, trend(l, v, locale), wtr).append("  ");
        }
        b.append(status(l, id)).append('\n');
        out.append(b);
      }
    }
    out.write("-".repeat(header.length() + 12) + "\n");
    out.write((id ? "Capaian unit: " : "Unit achievement: ") + percent(v.overall, v.scale(), locale) + "\n");
    out.write(v.counts.statement(locale) + "\n");
    out.write(rateLine(v, locale) + "\n");
    if (v.yearOnYear) {
      out.write(trendNote(v, locale) + "\n");
    }
    List<String> notes = PeriodNotes.notes(v, locale);
    if (!notes.isEmpty()) {
      out.write(PeriodNotes.heading(v, locale) + "\n");
      for (String n : notes) {
        out.write("  " + n + "\n");
      }
    }
    if (v.pagu.isPresent()) { // a pagu of 0 has no absorption ("–"), but the report has a budget
      out.write((id ? "Serapan anggaran: " : "Budget absorption: ") + percent(v.absorption, v.scale(), locale) + "\n");
    }
    if (v.efficiencyGap.isPresent()) {
      boolean eff = v.efficient.orElse(false);
      out.write((id ? "Efisiensi: " : "Efficiency gap: ") + number(v.efficiencyGap.get(), v.scale(), locale)
          + (id ? " poin (" : " points (") + io.github.lakin.scoring.budget.EfficiencyGap.verdict(eff, locale) + ")"
          + "\n");
    }
    if (v.efficiencyIndex.isPresent()) {
      out.write((id ? "Indeks efisiensi (capaian ÷ serapan): " : "Efficiency index (achievement ÷ absorption): ")
          + index(v.efficiencyIndex, locale) + "\n");
    }
    if (v.budgetDetail()) {
      budgetTable(v, locale, out);
    }
  }

  /** An efficiency index at its own scale ({@code 1,063}), or a dash. */
  static String index(Optional<BigDecimal> v, Locale locale) {
    return v.map(x -> number(x, Math.max(0, x.scale()), locale)).orElse("–");
  }

  /** The headings of the budget line table, in the language of the locale. */
  static String[] budgetHeadings(boolean id) {
    return id ? new String[] {"Kode", "Baris anggaran", "Sasaran", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"}
        : new String[] {"Code", "Budget line", "Goal", "Pagu (Rp)", "Spent (Rp)", "Absorption"};
  }

  /** The headings of the per-goal efficiency table. */
  static String[] goalHeadings(boolean id) {
    return id ? new String[] {"Sasaran", "Capaian", "Serapan", "Efisiensi (poin)", "Indeks efisiensi"}
        : new String[] {"Goal", "Achieved", "Absorption", "Gap (points)", "Efficiency index"};
  }

  /** One budget line's cells, under {@link #budgetHeadings}. */
  static String[] budgetCells(ResultBudget.Line l, int scale, Locale locale) {
    return new String[] {l.code(), l.name(), l.goal().orElse(""), number(l.pagu(), Math.max(0, l.pagu().scale()), locale),
        number(l.realisasi(), Math.max(0, l.realisasi().scale()), locale), percent(l.absorption(), scale, locale)};
  }

  /** One goal's cells, under {@link #goalHeadings}. */
  static String[] goalCells(ScoreView v, ResultBudget.GoalFigures g, Locale locale) {
    return new String[] {g.code(), percent(v.goalAchievement(g.code()), v.scale(), locale), percent(g.absorption(), v.scale(), locale),
        g.efficiencyGap().map(x -> number(x, v.scale(), locale)).orElse("–"), index(g.efficiencyIndex(), locale)};
  }

  /** The budget lines and the goals' efficiency, as two plain text tables. */
  private static void budgetTable(ScoreView v, Locale locale, Writer out) throws IOException {
    boolean id = indonesian(locale);
    List<String[]> rows = new ArrayList<>();
    rows.add(budgetHeadings(id));
    for (ResultBudget.Line l : v.budgetLines) {
      rows.add(budgetCells(l, v.scale(), locale));
    }
    rows.add(new String[] {"", id ? "Jumlah" : "Total", "", v.pagu.map(x -> number(x, Math.max(0, x.scale()), locale)).orElse(""),
        v.spent.map(x -> number(x, Math.max(0, x.scale()), locale)).orElse(""), percent(v.absorption, v.scale(), locale)});
    out.write("\n" + (id ? "Anggaran" : "Budget") + "\n");
    plainTable(rows, new boolean[] {false, false, false, true, true, true}, out);
    if (!v.budgetGoals.isEmpty()) {
      List<String[]> goals = new ArrayList<>();
      goals.add(goalHeadings(id));
      for (ResultBudget.GoalFigures g : v.budgetGoals) {
        goals.add(goalCells(v, g, locale));
      }
      out.write("\n" + (id ? "Efisiensi per sasaran" : "Efficiency per goal") + "\n");
      plainTable(goals, new boolean[] {false, true, true, true, true}, out);
    }
  }

  /** Rows of cells in columns as wide as their widest cell; numbers right-aligned. */
  private static void plainTable(List<String[]> rows, boolean[] right, Writer out) throws IOException {
    int[] w = new int[right.length];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        w[c] = Math.max(w[c], r[c].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      b.setLength(0);
      for (int c = 0; c < r.length; c++) {
        if (c > 0) {
          b.append("  ");
        }
        if (right[c]) {
          leftTo(b, r[c], w[c]);
        } else {
          padTo(b, r[c], w[c]);
        }
      }
      int end = b.length();
      while (end > 0 && b.charAt(end - 1) == ' ') {
        end--;
      }
      b.setLength(end);
      out.write(b.append('\n').toString());
    }
  }

  private static String md(String s) {
    return s.replace("|", "\\|");
  }

  private static void markdown(ScoreView v, Locale locale, Writer out) throws IOException {
    boolean id = indonesian(locale);
    out.write("## " + (id ? "Capaian kinerja " : "Performance achievement ") + md(v.unit) + " " + v.year + PeriodNotes.asOf(v, locale)
        + "\n\n");
    boolean yoy = v.yearOnYear;
    out.write((id ? "| Kode | Indikator | Target | Realisasi | " : "| Code | Indicator | Target | Actual | ")
        + (yoy ? previousHeading(v, id) + " | " : "") + (id ? "Capaian | " : "Achieved | ") + (yoy ? (id ? "Tren | " : "Trend | ") : "")
        + "Status |\n");
    out.write("|---|---|---:|---:|" + (yoy ? "---:|" : "") + "---:|" + (yoy ? "---|" : "") + "---|\n");
    for (ScoreView.GoalView g : v.goals) {
      out.write("| **" + md(g.code()) + "** | **" + (id ? "Sasaran " : "Goal ") + md(g.code()) + "** | | | " + (yoy ? "| " : "") + "**"
          + percent(g.achievement(), v.scale(), locale) + "** | " + (yoy ? "| " : "") + goalStatus(g, v, locale) + " |\n");
      for (ScoreView.Line l : g.lines()) {
        out.write("| " + md(l.code()) + " | " + md(l.name()) + " | " + md(l.target()) + " | " + md(l.realisasi()) + " | "
            + (yoy ? value(l.previous(), v, locale) + " | " : "") + percent(l.achievement(), v.scale(), locale) + " | "
            + (yoy ? trend(l, v, locale) + " | " : "") + status(l, id) + " |\n");
      }
    }
    out.write("\n**" + (id ? "Capaian unit" : "Unit achievement") + ": " + percent(v.overall, v.scale(), locale) + "** — "
        + v.counts.statement(locale) + ".\n");
    out.write("\n" + rateLine(v, locale) + ".\n");
    if (yoy) {
      out.write("\n" + trendNote(v, locale) + ".\n");
    }
    List<String> notes = PeriodNotes.notes(v, locale);
    if (!notes.isEmpty()) {
      out.write("\n" + PeriodNotes.heading(v, locale) + "\n\n");
      for (String n : notes) {
        out.write("- " + md(n) + "\n");
      }
    }
    if (v.pagu.isPresent()) {
      out.write("\n" + (id ? "Serapan anggaran: " : "Budget absorption: ") + percent(v.absorption, v.scale(), locale) + ".\n");
    }
    if (v.efficiencyGap.isPresent()) {
      out.write("\n" + (id ? "Efisiensi: " : "Efficiency gap: ") + number(v.efficiencyGap.get(), v.scale(), locale)
          + (id ? " poin." : " points.") + "\n");
    }
    if (v.efficiencyIndex.isPresent()) {
      out.write("\n" + (id ? "Indeks efisiensi (capaian ÷ serapan): " : "Efficiency index (achievement ÷ absorption): ")
          + index(v.efficiencyIndex, locale) + ".\n");
    }
    if (v.budgetDetail()) {
      out.write("\n");
      markdownTable(budgetHeadings(id), "|---|---|---|---:|---:|---:|", v.budgetLines.stream().map(l -> budgetCells(l, v.scale(), locale))
          .collect(java.util.stream.Collectors.toList()), out);
      if (!v.budgetGoals.isEmpty()) {
        out.write("\n");
        markdownTable(goalHeadings(id), "|---|---:|---:|---:|---:|", v.budgetGoals.stream().map(g -> goalCells(v, g, locale))
            .collect(java.util.stream.Collectors.toList()), out);
      }
    }
  }

  private static void markdownTable(String[] head, String rule, List<String[]> rows, Writer out) throws IOException {
    out.write("| " + String.join(" | ", head) + " |\n" + rule + "\n");
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder("|");
      for (String c : r) {
        b.append(' ').append(md(c)).append(" |");
      }
      out.write(b.append('\n').toString());
    }
  }

  /**
   * A CSV cell: quoted when it holds a delimiter, quote or line break; a text starting with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}
   * so that a spreadsheet shows it as text instead of running it as a formula.
   */
  private static String csvCell(String text) {
    String s = text;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static String plain(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("");
  }

  /** Machine-readable CSV: one row per goal and indicator and one for the unit, decimals with a point. */
  private static void csv(ScoreView v, Writer out) throws IOException {
    out.write("level,goal,indicator,name,target,realisasi,achievement,status\n");
    for (ScoreView.GoalView g : v.goals) {
      for (ScoreView.Line l : g.lines()) {
        out.write("indicator," + csvCell(g.code()) + "," + csvCell(l.code()) + "," + csvCell(l.name()) + "," + csvCell(l.target())
            + "," + csvCell(l.realisasi()) + "," + plain(l.achievement()) + "," + l.status().name() + "\n");
      }
      out.write("goal," + csvCell(g.code()) + ",,,,," + plain(g.achievement()) + ",\n");
    }
    out.write("unit,,,,,," + plain(v.overall) + ",\n");
  }

  /** Periods by their Indonesian labels ({@code TW II 2024}), the form report files write them in. */
  private static List<String> labels(List<Period> periods) {
    List<String> out = new java.util.ArrayList<>(periods.size());
    for (Period p : periods) {
      out.add(p.toString());
    }
    return out;
  }

  /** The one result form, {@code lakin-result/1}, written by lakin-jackson's streaming writer. */
  private static void json(ScoreView v, Locale locale, Writer out) throws IOException {
    try (JsonGenerator j = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      j.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      ResultJsonWriter w = ResultJsonWriter.of(LakinJson.out(j), false).begin(v.unit, v.year, PolicyText.describe(v.policy, locale),
          v.asOf.map(Period::toString).orElse(null));
      IndicatorLine line = new IndicatorLine();
      for (ScoreView.GoalView g : v.goals) {
        w.beginGoal(g.code());
        for (ScoreView.Line l : g.lines()) {
          line.clear().code(l.code()).name(l.name()).unit(l.unit()).target(l.targetValue()).targetText(l.target())
              .realisasiText(l.realisasi()).achievement(l.achievement()).status(l.status()).met(l.met());
          if (l.realisasiValue().isPresent()) {
            line.realisasi(l.realisasiValue().get());
          }
          if (l.previous().isPresent()) {
            line.previous(l.previous().get(), l.trend());
          }
          for (Achievement.Flag f : l.flags()) {
            line.flag(f);
          }
          if (l.period().isPresent() && l.period().get().mode().isPresent()) {
            ScoreView.PeriodNote n = l.period().get();
            line.period(n.asOf().toString(), n.mode().get().name(), labels(n.counted()), labels(n.missing()));
          }
          w.indicator(line);
        }
        w.endGoal(g.achievement(), g.counts(), v.policy.scoring().rounding());
      }
      MetCounts c = v.counts;
      Optional<ResultBudget> budget = v.pagu.isPresent() || v.efficiencyGap.isPresent()
          ? Optional.of(ResultBudget.of(v.pagu, v.spent, v.absorption, v.efficiencyGap, v.efficient)
              .with(v.efficiencyIndex, v.budgetLines, v.budgetGoals)) : Optional.empty();
      w.end(v.overall, c, v.policy.scoring().rounding(), budget);
      j.writeRaw('\n');
    }
  }
}
