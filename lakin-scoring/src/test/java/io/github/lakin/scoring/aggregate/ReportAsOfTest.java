/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report scored during the year, as of a quarter; every figure computed by hand. */
class ReportAsOfTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Period q(int n) {
    return Period.quarter(2023, n);
  }

  // K: a count summed over quarters (targets 40, 40, 60, 60; realisasi 30, 45, 70)
  private static final Indicator K = Indicator.builder().code("K").name("jumlah penerima")
      .unit(MeasureUnit.count("orang")).target(Target.exact(d("200"))).consolidation(ConsolidationMode.SUM).build();
  // P: a percentage whose latest value counts (targets 70, 75, 80, 85; realisasi 72, 74, 83)
  private static final Indicator P = Indicator.builder().code("P").name("persentase layanan tepat waktu")
      .unit(MeasureUnit.percent()).target(Target.exact(d("85"))).consolidation(ConsolidationMode.LAST).build();
  // Q: in a second goal, no periodic data yet
  private static final Indicator Q = Indicator.of("Q", "indeks kepuasan", MeasureUnit.index(), Target.exact(d("90")));

  private static final PerformanceAgreement PK = PerformanceAgreement.builder()
      .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2023).effectiveDate(LocalDate.of(2023, 1, 2))
      .addGoals(Goal.of("G1", "sasaran 1", List.of(K, P)))
      .addGoals(Goal.of("G2", "sasaran 2", List.of(Q)))
      .build();

  private static Map<String, PeriodTracking> tracking() {
    Map<Period, BigDecimal> kt = Map.of(q(1), d("40"), q(2), d("40"), q(3), d("60"), q(4), d("60"));
    Map<Period, Realization> kr = Map.of(q(1), Realization.of("30"), q(2), Realization.of("45"), q(3), Realization.of("70"));
    Map<Period, BigDecimal> pt = Map.of(q(1), d("70"), q(2), d("75"), q(3), d("80"), q(4), d("85"));
    Map<Period, Realization> pr = Map.of(q(1), Realization.of("72"), q(2), Realization.of("74"), q(3), Realization.of("83"));
    Map<String, PeriodTracking> m = new LinkedHashMap<>();
    m.put("K", PeriodTracking.of(K, 2023, kt, kr));
    m.put("P", PeriodTracking.of(P, 2023, pt, pr));
    return m;
  }

  @Test
  void asOfTheSecondQuarter() {
    ReportResult r = ReportScorer.of(ReportPolicy.defaults()).scoreAsOf(PK, tracking(), q(2));
    // K: (30 + 45) / (40 + 40) = 93.75; P: LAST = 74 / 75 = 98.666… → 98.67
    assertThat(r.achievement("K").orElseThrow().rounded()).contains(d("93.75"));
    assertThat(r.achievement("P").orElseThrow().rounded()).contains(d("98.67"));
    // G1 = (93.75 + 98.6666…) / 2 = 96.2083… → 96.21
    assertThat(r.goal("G1").orElseThrow().aggregate().rounded()).contains(d("96.21"));
    // Q has no periodic data: not available, left out of the unit mean, which is G1's members only
    assertThat(r.achievement("Q").orElseThrow().status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
    assertThat(r.achievement("Q").orElseThrow().reason()).hasValueSatisfying(s -> assertThat(s).contains("TW II 2023"));
    assertThat(r.overall().rounded()).contains(d("96.21"));
    assertThat(r.counts().notAvailable()).isEqualTo(1);
    assertThat(r.counts().met()).isZero();
  }

  @Test
  void asOfTheThirdQuarter() {
    ReportResult r = ReportScorer.of(ReportPolicy.defaults()).scoreAsOf(PK, tracking(), q(3));
    // K: 145 / 140 = 103.5714… ; P: 83 / 80 = 103.75; unit (103.5714… + 103.75) / 2 = 103.6607… → 103.66
    assertThat(r.achievement("K").orElseThrow().rounded()).contains(d("103.57"));
    assertThat(r.achievement("P").orElseThrow().rounded()).contains(d("103.75"));
    assertThat(r.overall().rounded()).contains(d("103.66"));
    assertThat(r.counts().met()).isEqualTo(2);
  }

  @Test
  void badInputIsNamed() {
    ReportScorer s = ReportScorer.of(ReportPolicy.defaults());
    assertThatThrownBy(() -> s.scoreAsOf(PK, tracking(), Period.quarter(2024, 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("asOf").hasMessageContaining("2023");
    Map<String, PeriodTracking> unknown = new LinkedHashMap<>(tracking());
    unknown.put("Z", unknown.get("K"));
    assertThatThrownBy(() -> s.scoreAsOf(PK, unknown, q(2)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Z").hasMessageContaining("must name an indicator");
    Map<String, PeriodTracking> crossed = new LinkedHashMap<>();
    crossed.put("P", tracking().get("K"));
    assertThatThrownBy(() -> s.scoreAsOf(PK, crossed, q(2)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must track that indicator");
    assertThatThrownBy(() -> s.scoreAsOf(PK, tracking(), Period.month(2023, 5)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("asOf");
  }
}
