/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Rational;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Penulis buku kerja (workbook renderer): writes a {@link ScoreView} as an Excel workbook
 * ({@code .xlsx}) with the Chapter III table a planner pastes into a report: one row per goal and
 * indicator, numbers as numbers (capaian at the policy's decimals, format {@code 0.00} for two),
 * the unit figure, the counts, budget absorption and efficiency (gap and index); the header row frozen and the
 * columns as wide as their contents; a report with several budget lines or lines per goal gets a
 * second sheet {@code Anggaran} with each line and each goal's absorption, gap and index. Rows stream out as they are written, so a large report (see
 * {@link LargeCsvView#workbook}) is never held whole. A spreadsheet program shows the numbers with its own
 * locale's separators ({@code 106,51} in an Indonesian one). Stateless; writes to the stream it is
 * given and closes nothing.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class WorkbookRenderer {
  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int UNIT = 2;
  private static final int TARGET = 3;
  private static final int REALISASI = 4;
  private static final int CAPAIAN = 5;
  private static final int STATUS = 6;
  /** The previous year's realisasi, when the report gives it. */
  private static final int PREVIOUS = 7;
  /** The trend against it, and the difference in points beside it. */
  private static final int TREND = 8;
  private static final int POINTS = 9;
  /** The row of the column headings (zero-based); the rows above it hold the title and the policy. */
  static final int HEADER_ROW = 3;
  /** Rows kept in memory before they are written out: a large report streams through. */
  static final int FLUSH_ROWS = 10_000;

  private WorkbookRenderer() {}

  /**
   * Writes the result as a workbook.
   *
   * @param view what to show
   * @param locale Indonesian ({@code id}) or any other for English headings and words
   * @param out where the workbook goes; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ScoreView view, Locale locale, OutputStream out) {
    boolean id = ScoreRenderer.indonesian(locale);
    try {
      Workbook wb = new Workbook(out, "Lakin", "1.0");
      Worksheet ws = wb.newWorksheet(id ? "Bab III" : "Chapter III");
      String percent = format(view.scale());
      int[] width = new int[POINTS + 1];
      int r = 0;
      text(ws, r, 0, (id ? "Capaian kinerja " : "Performance achievement ") + view.unit + " " + view.year
          + PeriodNotes.asOf(view, locale), width, false);
      ws.style(r, 0).bold().fontSize(13).set();
      r++;
      ws.value(r, 0, (id ? "Kebijakan: " : "Policy: ") + PolicyText.describe(view.policy, locale));
      r = HEADER_ROW;
      String[] heads = id ? new String[] {"Kode", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Status"}
          : new String[] {"Code", "Indicator", "Unit", "Target", "Actual", "Achieved (%)", "Status"};
      if (view.yearOnYear) {
        heads = java.util.Arrays.copyOf(heads, POINTS + 1);
        heads[PREVIOUS] = ScoreRenderer.previousHeading(view, id);
        heads[TREND] = id ? "Tren" : "Trend";
        heads[POINTS] = id ? "Selisih (poin)" : "Difference (points)";
      }
      for (int c = 0; c < heads.length; c++) {
        text(ws, r, c, heads[c], width, true);
        ws.style(r, c).bold().fillColor("D9E1F2").set();
      }
      ws.freezePane(0, HEADER_ROW + 1);
      r++;
      boolean flushed = false;
      for (ScoreView.GoalView g : view.goals) {
        text(ws, r, CODE, g.code(), width, true);
        text(ws, r, NAME, (id ? "Sasaran " : "Goal ") + g.code(), width, true);
        number(ws, r, CAPAIAN, g.achievement(), percent, width);
        text(ws, r, STATUS, ScoreRenderer.goalStatus(g, view, locale), width, true);
        for (int c = CODE; c <= STATUS; c++) {
          ws.style(r, c).bold().fillColor("F2F2F2").format(c == CAPAIAN ? percent : "General").set();
        }
        r++;
        for (ScoreView.Line l : g.lines()) {
          if (r % FLUSH_ROWS == 0) {
            flushed = flush(ws, view, width, flushed);
          }
          text(ws, r, CODE, l.code(), width, true);
          text(ws, r, NAME, l.name(), width, true);
          text(ws, r, UNIT, l.unit(), width, true);
          if (l.targetValue() instanceof ExactTarget) {
            number(ws, r, TARGET, Optional.of(((ExactTarget) l.targetValue()).value()), "General", width);
          } else {
            text(ws, r, TARGET, l.target(), width, true);
          }
          Optional<Rational> x = l.realisasiValue();
          if (x.isPresent() && x.get().isTerminating()) {
            number(ws, r, REALISASI, Optional.of(x.get().toBigDecimalExact()), "General", width);
          } else {
            text(ws, r, REALISASI, l.realisasi(), width, true);
          }
          number(ws, r, CAPAIAN, l.achievement(), percent, width);
          text(ws, r, STATUS, ScoreRenderer.status(l, id), width, true);
          if (view.yearOnYear) {
            yearOnYear(ws, r, l, view, locale, width);
          }
          r++;
        }
      }
      r++;
      r = figure(ws, r, id ? "Capaian unit (%)" : "Unit achievement (%)", view.overall, percent, width);
      io.github.lakin.scoring.aggregate.MetCounts c = view.counts;
      r = count(ws, r, id ? "Jumlah indikator" : "Indicators", c.total(), width);
      r = count(ws, r, id ? "Mencapai atau melampaui target" : "Met or exceeded their target", c.met(), width);
      r = count(ws, r, id ? "Melampaui target" : "Above target", c.above(), width);
      r = count(ws, r, id ? "Tepat mencapai target" : "Exactly at target", c.equal(), width);
      r = count(ws, r, id ? "Di bawah target" : "Below target", c.below(), width);
      r = count(ws, r, id ? "Tanpa capaian" : "Without an achievement", c.notAvailable() + c.undefined(), width);
      r = figure(ws, r, id ? "Tingkat ketercapaian (%)" : "Achievement rate (%)", c.rate(view.policy.scoring().rounding()), percent,
          width);
      if (view.pagu.isPresent()) {
        r = figure(ws, r, id ? "Pagu anggaran (Rp)" : "Budget ceiling (Rp)", view.pagu, "#,##0", width);
        r = figure(ws, r, id ? "Realisasi anggaran (Rp)" : "Budget spent (Rp)", view.spent, "#,##0", width);
      }
      if (view.pagu.isPresent()) { // empty for a pagu of 0
        r = figure(ws, r, id ? "Serapan anggaran (%)" : "Budget absorption (%)", view.absorption, percent, width);
      }
      if (view.efficiencyGap.isPresent()) {
        r = figure(ws, r, id ? "Efisiensi: capaian − serapan (poin)" : "Efficiency gap: achievement − absorption (points)",
            view.efficiencyGap, percent, width);
        boolean eff = view.efficient.orElse(false);
        text(ws, r - 1, STATUS, io.github.lakin.scoring.budget.EfficiencyGap.verdict(eff, locale), width, true);
      }
      if (view.efficiencyIndex.isPresent()) {
        BigDecimal x = view.efficiencyIndex.get();
        r = figure(ws, r, id ? "Indeks efisiensi: capaian ÷ serapan" : "Efficiency index: achievement ÷ absorption",
            view.efficiencyIndex, format(Math.max(0, x.scale())), width);
      }
      if (!flushed) {
        widths(ws, width);
      }
      if (view.budgetDetail()) {
        budgetSheet(wb, view, locale, percent);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The previous year's realisasi (a number when exact), the trend, and the difference in points. */
  private static void yearOnYear(Worksheet ws, int r, ScoreView.Line l, ScoreView view, Locale locale, int[] width) {
    Optional<Rational> p = l.previous();
    if (p.isPresent() && p.get().isTerminating()) {
      number(ws, r, PREVIOUS, Optional.of(p.get().toBigDecimalExact()), "General", width);
    } else {
      text(ws, r, PREVIOUS, ScoreRenderer.value(p, view, locale), width, true);
    }
    text(ws, r, TREND, l.trend().direction().arrow() + " " + l.trend().label(locale), width, true);
    Optional<Rational> d = l.trend().difference().map(x -> x.points());
    if (d.isPresent() && d.get().isTerminating()) {
      number(ws, r, POINTS, Optional.of(d.get().toBigDecimalExact()), "General", width);
    } else if (d.isPresent()) {
      text(ws, r, POINTS, ScoreRenderer.value(d, view, locale), width, true);
    }
  }

  /**
   * The sheet {@code Anggaran} ({@code Budget}): each budget line with pagu, realisasi and
   * absorption, the total, and each goal's capaian, absorption, gap and index, numbers as numbers.
   */
  private static void budgetSheet(Workbook wb, ScoreView view, Locale locale, String percent) {
    boolean id = ScoreRenderer.indonesian(locale);
    Worksheet ws = wb.newWorksheet(id ? "Anggaran" : "Budget");
    int[] width = new int[6];
    int r = 0;
    String[] heads = ScoreRenderer.budgetHeadings(id);
    for (int c = 0; c < heads.length; c++) {
      text(ws, r, c, heads[c], width, true);
      ws.style(r, c).bold().fillColor("D9E1F2").set();
    }
    r++;
    for (io.github.lakin.json.ResultBudget.Line l : view.budgetLines) {
      text(ws, r, 0, l.code(), width, true);
      text(ws, r, 1, l.name(), width, true);
      text(ws, r, 2, l.goal().orElse(""), width, true);
      number(ws, r, 3, Optional.of(l.pagu()), "#,##0", width);
      number(ws, r, 4, Optional.of(l.realisasi()), "#,##0", width);
      number(ws, r, 5, l.absorption(), percent, width);
      r++;
    }
    text(ws, r, 1, id ? "Jumlah" : "Total", width, true);
    number(ws, r, 3, view.pagu, "#,##0", width);
    number(ws, r, 4, view.spent, "#,##0", width);
    number(ws, r, 5, view.absorption, percent, width);
    for (int c = 0; c < heads.length; c++) {
      ws.style(r, c).bold().format(c == 5 ? percent : c >= 3 ? "#,##0" : "General").set();
    }
    r += 2;
    if (!view.budgetGoals.isEmpty()) {
      String[] goalHeads = ScoreRenderer.goalHeadings(id);
      for (int c = 0; c < goalHeads.length; c++) {
        text(ws, r, c, goalHeads[c], width, true);
        ws.style(r, c).bold().fillColor("D9E1F2").set();
      }
      r++;
      for (io.github.lakin.json.ResultBudget.GoalFigures g : view.budgetGoals) {
        text(ws, r, 0, g.code(), width, true);
        number(ws, r, 1, view.goalAchievement(g.code()), percent, width);
        number(ws, r, 2, g.absorption(), percent, width);
        number(ws, r, 3, g.efficiencyGap(), percent, width);
        number(ws, r, 4, g.efficiencyIndex(), format(g.efficiencyIndex().map(BigDecimal::scale).orElse(3)), width);
        r++;
      }
    }
    widths(ws, width);
  }

  /**
   * Writes the rows so far out of memory. Column widths go before the first rows, so a report
   * that streams gets them from what the view knows ahead (the longest code, target and
   * realisasi) and from the rows before the first flush.
   */
  private static boolean flush(Worksheet ws, ScoreView view, int[] width, boolean flushed) throws IOException {
    if (!flushed) {
      width[CODE] = Math.max(width[CODE], view.widthCode);
      width[TARGET] = Math.max(width[TARGET], view.widthTarget);
      width[REALISASI] = Math.max(width[REALISASI], view.widthRealisasi);
      width[NAME] = 60;
      widths(ws, width);
    }
    ws.flush();
    return true;
  }

  private static void widths(Worksheet ws, int[] width) {
    for (int col = 0; col < width.length; col++) {
      ws.width(col, Math.min(60, Math.max(8, width[col] + 2)));
    }
  }

  /** The number format of capaian at a scale: {@code 0.00} for 2, {@code 0} for 0. */
  static String format(int scale) {
    return scale == 0 ? "0" : "0." + "0".repeat(scale);
  }

  private static void text(Worksheet ws, int r, int c, String s, int[] width, boolean measured) {
    ws.value(r, c, s);
    if (measured) {
      width[c] = Math.max(width[c], s.length());
    }
  }

  private static void number(Worksheet ws, int r, int c, Optional<BigDecimal> v, String format, int[] width) {
    if (v.isEmpty()) {
      text(ws, r, c, "–", width, true);
      return;
    }
    BigDecimal d = v.get().scale() < 0 ? v.get().setScale(0) : v.get();
    ws.value(r, c, d);
    ws.style(r, c).format(format).set();
    width[c] = Math.max(width[c], d.toPlainString().length() + 3);
  }

  private static int figure(Worksheet ws, int r, String label, Optional<BigDecimal> v, String format, int[] width) {
    ws.value(r, NAME, label);
    ws.style(r, NAME).bold().set();
    width[NAME] = Math.max(width[NAME], label.length());
    number(ws, r, CAPAIAN, v, format, width);
    return r + 1;
  }

  private static int count(Worksheet ws, int r, String label, int n, int[] width) {
    ws.value(r, NAME, label);
    width[NAME] = Math.max(width[NAME], label.length());
    ws.value(r, CAPAIAN, n);
    return r + 1;
  }
}
