/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.aggregate.PeriodTracking;
import io.github.lakin.scoring.aggregate.PeriodTracking.YearToDate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterlyMonitoringTest {
  private final Scorer scorer = Scorer.defaults();

  @Test
  void documentsAddUp() {
    PeriodTracking t = QuarterlyMonitoring.documents();
    assertThat(t.mode()).isEqualTo(ConsolidationMode.SUM);
    // 2/2, 3/3, 2/3 = 66.666… → 66.67, 5/4
    assertThat(perQuarter(t)).containsExactly("100.00", "100.00", "66.67", "125.00");
    // 2/2, 5/5, 7/8 = 87.5, 12/12
    assertThat(yearToDate(t)).containsExactly("100.00", "100.00", "87.50", "100.00");
  }

  @Test
  void regionsTakeTheLastQuarter() {
    PeriodTracking t = QuarterlyMonitoring.regions();
    // 25/20; (10/24 × 100 = 41.666…)/40 = 104.166…; 62.5/60 = 104.166…; (23/24 × 100 = 95.833…)/80 = 119.791…
    assertThat(perQuarter(t)).containsExactly("125.00", "104.17", "104.17", "119.79");
    assertThat(yearToDate(t)).containsExactly("125.00", "104.17", "104.17", "119.79");
  }

  @Test
  void serviceTimeAveragesAndCarriesTwIiiForward() {
    PeriodTracking t = QuarterlyMonitoring.serviceTime();
    // ≤ 10: (2 − 8/10) × 100, (2 − 12/10) × 100, (2 − 9/10) × 100, TW IV = TW III value 9, provisional
    assertThat(perQuarter(t)).containsExactly("120.00", "80.00", "110.00", "110.00");
    Achievement tw4 = t.achievementFor(tw(4), scorer);
    assertThat(tw4.has(Achievement.Flag.PROVISIONAL)).isTrue();
    assertThat(tw4.realization().provisional().orElseThrow().carriedFrom()).isEqualTo(Period.parse("TW III 2023"));
    assertThat(t.achievementFor(tw(3), scorer).has(Achievement.Flag.PROVISIONAL)).isFalse();
    // means 8; (8 + 12)/2 = 10; 29/3 → (2 − 29/30) × 100 = 103.333…; 38/4 = 9.5 → 105
    assertThat(yearToDate(t)).containsExactly("120.00", "100.00", "103.33", "105.00");
    assertThat(t.yearToDate(tw(3), scorer).realization()).hasValue(Rational.parse("29/3"));
    assertThat(t.yearToDate(tw(3), scorer).achievement().has(Achievement.Flag.PROVISIONAL)).isFalse();
    assertThat(t.yearToDate(tw(4), scorer).achievement().has(Achievement.Flag.PROVISIONAL)).isTrue();
  }

  @Test
  void everyConsolidationModeAsOfTwIv() {
    // realisasi 8, 12, 9, 9*; target 10 each quarter; capaian (2 − r/t) × 100
    assertThat(asOfTwIv(ConsolidationMode.SUM)).isEqualTo("105.00");      // 38 / 40
    assertThat(asOfTwIv(ConsolidationMode.LAST)).isEqualTo("110.00");     // 9 / 10
    assertThat(asOfTwIv(ConsolidationMode.AVERAGE)).isEqualTo("105.00");  // 9.5 / 10
    assertThat(asOfTwIv(ConsolidationMode.MAX)).isEqualTo("80.00");       // 12 / 10
    assertThat(asOfTwIv(ConsolidationMode.MIN)).isEqualTo("120.00");      // 8 / 10
  }

  @Test
  void printsTheTables() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuarterlyMonitoring.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("konsolidasi SUM", "konsolidasi LAST", "konsolidasi AVERAGE", "target 80%", "target ≤ 10 hari kerja");
    assertThat(out).containsPattern("TW III 2023 +3 +2 +66,67% │ +8 +7 +87,50%");
    assertThat(out).containsPattern("TW II 2023 +40 +41,67 +104,17%");
    assertThat(out).containsPattern("TW IV 2023 +≤ 10 +9\\* +110,00%\\* │ +10 +9,5\\* +105,00%\\*");
    assertThat(out).contains("MAX      (2 − 12 / 10) × 100% = 80,00%");
  }

  private static Period tw(int q) {
    return Period.quarter(2023, q);
  }

  private List<String> perQuarter(PeriodTracking t) {
    List<String> out = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      out.add(t.achievementFor(tw(q), scorer).rounded().orElseThrow().toPlainString());
    }
    return out;
  }

  private List<String> yearToDate(PeriodTracking t) {
    List<String> out = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      YearToDate ytd = t.yearToDate(tw(q), scorer);
      out.add(ytd.achievement().rounded().orElseThrow().toPlainString());
    }
    return out;
  }

  private String asOfTwIv(ConsolidationMode mode) {
    return QuarterlyMonitoring.serviceTime(mode).yearToDate(tw(4), scorer).achievement().rounded().orElseThrow().toPlainString();
  }
}
