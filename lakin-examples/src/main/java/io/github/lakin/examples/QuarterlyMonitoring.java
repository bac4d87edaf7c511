/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.IndonesianFormat;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.aggregate.PeriodTracking;
import io.github.lakin.scoring.aggregate.PeriodTracking.YearToDate;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Contoh pemantauan triwulanan: three indicators tracked quarter by quarter (TW I–IV 2023), each
 * consolidated year-to-date its own way — a cumulative count (SUM), a share of a population
 * (LAST), a mean duration (AVERAGE) — with the capaian per quarter and year-to-date. The TW IV
 * duration is not final yet, so the TW III value is carried forward as a provisional value
 * ({@code *}).
 *
 * <p>Run it with {@code ./mvnw -q -pl lakin-examples exec:java
 * -Dexec.mainClass=io.github.lakin.examples.QuarterlyMonitoring}.
 */
public final class QuarterlyMonitoring {
  private QuarterlyMonitoring() {}

  /** The year monitored. */
  public static final int YEAR = 2023;

  /**
   * Documents add up over the year: year-to-date is the SUM of the quarters.
   *
   * <pre>
   *            TW I   TW II  TW III  TW IV
   * target        2       3       3      4    (year 12)
   * realisasi     2       3       2      5
   * capaian  100,00  100,00   66,67 125,00    (2/3 × 100 = 66,666…)
   * s.d. TW  100,00  100,00   87,50 100,00    (5/5, 7/8, 12/12)
   * </pre>
   *
   * @return the tracking
   */
  public static PeriodTracking documents() {
    Indicator i = Indicator.builder().code("1.5").name("Jumlah dokumen rekomendasi kebijakan")
        .unit(MeasureUnit.count("dokumen")).target(Target.exact("12"))
        .consolidation(ConsolidationMode.SUM)
        .build();
    return PeriodTracking.of(i, YEAR, quarters("2", "3", "3", "4"), Map.of(
        tw(1), Realization.of("2"), tw(2), Realization.of("3"), tw(3), Realization.of("2"), tw(4), Realization.of("5")));
  }

  /**
   * A share of the 24 regions: year-to-date is the LAST quarter's value. Counts keep the share
   * exact (10 of 24 = 41,666…%, not 41,67).
   *
   * <pre>
   *              TW I    TW II   TW III   TW IV
   * target         20       40       60      80
   * realisasi    6/24    10/24    15/24   23/24   (25; 41,666…; 62,5; 95,833…)
   * capaian    125,00   104,17   104,17  119,79   (25/20; 41,666…/40 = 104,166…; 62,5/60; 95,833…/80)
   * s.d. TW    the same: LAST takes the as-of quarter
   * </pre>
   *
   * @return the tracking
   */
  public static PeriodTracking regions() {
    Indicator i = Indicator.builder().code("3.1").name("Persentase daerah yang meningkat kemampuan penerapan SPM")
        .unit(MeasureUnit.percent()).target(Target.exact("80"))
        .consolidation(ConsolidationMode.LAST)
        .build();
    return PeriodTracking.of(i, YEAR, quarters("20", "40", "60", "80"), Map.of(
        tw(1), Realization.ofCounts(6, 24), tw(2), Realization.ofCounts(10, 24),
        tw(3), Realization.ofCounts(15, 24), tw(4), Realization.ofCounts(23, 24)));
  }

  /**
   * A mean duration, "≤ 10 hari kerja" (lower is better: capaian = (2 − realisasi/target) × 100):
   * year-to-date is the AVERAGE of the quarters. TW IV is not final: the TW III value 9 is
   * carried forward, marked provisional.
   *
   * <pre>
   *            TW I   TW II  TW III   TW IV
   * target       10      10      10      10
   * realisasi     8      12       9      9*
   * capaian  120,00   80,00  110,00  110,00*   ((2 − 0,8) × 100, (2 − 1,2) × 100, …)
   * s.d. TW  120,00  100,00  103,33  105,00*   (mean 8; 10; 29/3 → (2 − 29/30) × 100 = 103,333…; 9,5)
   * </pre>
   *
   * @return the tracking
   */
  public static PeriodTracking serviceTime() {
    return serviceTime(ConsolidationMode.AVERAGE);
  }

  /**
   * Returns the service-time tracking under that mode.
   *
   * @param mode how to consolidate; only AVERAGE is right for a mean duration, the others are
   *     there to compare
   * @return the service-time tracking under that mode
   */
  public static PeriodTracking serviceTime(ConsolidationMode mode) {
    Indicator i = Indicator.builder().code("5.1").name("Rata-rata waktu penyelesaian layanan")
        .unit(MeasureUnit.workingDays()).target(Target.atMost(new BigDecimal("10")))   // ≤: lower is better
        .consolidation(ConsolidationMode.AVERAGE)
        .build();
    Realization carried = Realization.of("9").provisional(tw(3), "data TW IV belum final; dipakai nilai TW III");
    return PeriodTracking.of(i, YEAR, mode, quarters("10", "10", "10", "10"), Map.of(
        tw(1), Realization.of("8"), tw(2), Realization.of("12"), tw(3), Realization.of("9"), tw(4), carried));
  }

  /**
   * Prints, for each indicator, the quarterly and year-to-date table, then the service time as of
   * TW IV under every consolidation mode.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    Locale id = Locale.forLanguageTag("id");
    Scorer scorer = Scorer.defaults();   // ratio / inverse by the indicator, round once at 2 decimals
    out.println("Pemantauan kinerja triwulanan " + YEAR);
    String row = "%-11s %8s %10s %9s │ %11s %14s %12s%n";
    for (PeriodTracking t : List.of(documents(), regions(), serviceTime())) {
      Indicator i = t.indicator();
      String unit = i.unit().label().equals("%") ? "%" : " " + i.unit().label();
      out.println();
      out.println(i.code() + " " + i.name() + " — target " + i.target() + unit + ", konsolidasi " + t.mode());
      out.printf(row, "", "Target", "Realisasi", "Capaian", "Target s.d.", "Realisasi s.d.", "Capaian s.d.");
      for (int q = 1; q <= 4; q++) {
        Achievement a = t.achievementFor(tw(q), scorer);        // this quarter against its own target
        YearToDate ytd = t.yearToDate(tw(q), scorer);           // TW I up to this quarter, by the mode
        out.printf(row, tw(q).label(id),
            a.target(), a.realization().value().map(QuarterlyMonitoring::number).orElse("N/A") + star(a), percent(a),
            number(ytd.target()), ytd.realization().map(QuarterlyMonitoring::number).orElse("N/A") + star(ytd.achievement()),
            percent(ytd.achievement()));
      }
    }
    out.println();
    out.println("* nilai sementara (TW IV belum final, dipakai nilai TW III).");
    out.println();
    Period asOf = Period.parse("TW IV 2023");
    out.println("5.1 s.d. " + asOf + " dengan setiap cara konsolidasi (hanya AVERAGE yang tepat untuk rata-rata waktu):");
    for (ConsolidationMode mode : ConsolidationMode.values()) {
      out.printf("  %-8s %s%n", mode, serviceTime(mode).yearToDate(asOf, scorer).achievement().explain(id));
    }
  }

  private static Period tw(int quarter) {
    return Period.quarter(YEAR, quarter);
  }

  /** Targets for TW I–IV, in order. */
  private static Map<Period, BigDecimal> quarters(String q1, String q2, String q3, String q4) {
    Map<Period, BigDecimal> targets = new LinkedHashMap<>();
    String[] values = {q1, q2, q3, q4};
    for (int q = 1; q <= 4; q++) {
      targets.put(tw(q), new BigDecimal(values[q - 1]));
    }
    return targets;
  }

  /** An exact number as it was given when it has at most 2 decimals, else rounded to 2; decimal comma. */
  private static String number(Rational v) {
    if (v.isTerminating() && v.toBigDecimalExact().scale() <= 2) {
      return IndonesianFormat.format(v.toBigDecimalExact(), Math.max(0, v.toBigDecimalExact().scale()));
    }
    return IndonesianFormat.format(v.round(2, RoundingMode.HALF_UP), 2);
  }

  private static String percent(Achievement a) {
    return a.rounded().map(v -> IndonesianFormat.format(v, 2) + "%").orElse("—") + star(a);
  }

  /** {@code *} marks a value that includes a provisional realisasi. */
  private static String star(Achievement a) {
    return a.has(Achievement.Flag.PROVISIONAL) ? "*" : "";
  }

  /**
   * Prints this example to standard output.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
