/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodTrackingTest {
  private static final Scorer SCORER = Scorer.defaults();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Period q(int n) {
    return Period.quarter(2023, n);
  }

  /** Quarterly targets 40, 40, 60, 60; realisations 30, 45, 70 reported up to TW III. */
  private static PeriodTracking tracking(ConsolidationMode mode) {
    Indicator ind = Indicator.builder().code("K").name("jumlah penerima").unit(MeasureUnit.count("orang"))
        .target(Target.exact(d("200"))).consolidation(mode).build();
    Map<Period, BigDecimal> targets = new LinkedHashMap<>();
    targets.put(q(1), d("40"));
    targets.put(q(2), d("40"));
    targets.put(q(3), d("60"));
    targets.put(q(4), d("60"));
    Map<Period, Realization> real = new LinkedHashMap<>();
    real.put(q(1), Realization.of("30"));
    real.put(q(2), Realization.of("45"));
    real.put(q(3), Realization.of("70"));
    return PeriodTracking.of(ind, 2023, targets, real);
  }

  @Test
  void asOfAPeriodThatEndsATrackedOneAndTheMissingPeriods() {
    PeriodTracking t = tracking(ConsolidationMode.SUM);
    // as of Juni (a month) and Semester I both end with TW II: (30 + 45) / (40 + 40) = 93,75
    assertThat(t.yearToDate(Period.month(2023, 6), SCORER).asOf()).isEqualTo(q(2));
    assertThat(t.yearToDate(Period.semester(2023, 1), SCORER).achievement().rounded()).contains(d("93.75"));
    assertThat(t.yearToDate(q(3), SCORER).missing()).isEmpty();
    // the year ends with TW IV, which has no realisasi: not available, TW IV missing; target 40 + 40 + 60 + 60 = 200
    PeriodTracking.YearToDate year = t.yearToDate(Period.year(2023), SCORER);
    assertThat(year.asOf()).isEqualTo(q(4));
    assertThat(year.missing()).containsExactly(q(4));
    assertThat(year.target()).isEqualTo(Rational.of(200));
    assertThat(year.achievement().status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
    assertThat(t.periodType()).isEqualTo(Period.Type.QUARTER);
    assertThat(t.targets().keySet()).containsExactly(q(1), q(2), q(3), q(4));
    // Mei ends no quarter
    assertThatThrownBy(() -> t.yearToDate(Period.month(2023, 5), SCORER)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("asOf").hasMessageContaining("QUARTER");
  }

  @Test
  void perPeriodCapaian() {
    // 45 / 40 × 100 = 112.50
    assertThat(tracking(ConsolidationMode.SUM).achievementFor(q(2), SCORER).rounded()).contains(d("112.50"));
    assertThat(tracking(ConsolidationMode.SUM).achievementFor(q(4), SCORER).status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
  }

  @Test
  void sum() {
    PeriodTracking.YearToDate ytd = tracking(ConsolidationMode.SUM).yearToDate(q(2), SCORER);
    // (30 + 45) / (40 + 40) = 75 / 80 = 93.75
    assertThat(ytd.target()).isEqualTo(Rational.of(80));
    assertThat(ytd.realization()).contains(Rational.of(75));
    assertThat(ytd.achievement().rounded()).contains(d("93.75"));
    assertThat(ytd.explain(Locale.forLanguageTag("id")))
        .isEqualTo("s.d. TW II 2023 (SUM: TW I 2023, TW II 2023): 75 / 80 × 100% = 93,75%");
    // TW III: 145 / 140 = 103.5714… → 103.57
    assertThat(tracking(ConsolidationMode.SUM).yearToDate(q(3), SCORER).achievement().rounded()).contains(d("103.57"));
  }

  @Test
  void last() {
    // 70 / 60 = 116.666… → 116.67
    assertThat(tracking(ConsolidationMode.LAST).yearToDate(q(3), SCORER).achievement().rounded()).contains(d("116.67"));
  }

  @Test
  void average() {
    // realisasi (30 + 45 + 70) / 3 = 145/3; target (40 + 40 + 60) / 3 = 140/3; capaian 145/140 = 103.57
    PeriodTracking.YearToDate ytd = tracking(ConsolidationMode.AVERAGE).yearToDate(q(3), SCORER);
    assertThat(ytd.realization()).contains(Rational.parse("145/3"));
    assertThat(ytd.achievement().rounded()).contains(d("103.57"));
  }

  @Test
  void maxAndMin() {
    // max 70 / max 60 = 116.67; min 30 / min 40 = 75.00
    assertThat(tracking(ConsolidationMode.MAX).yearToDate(q(3), SCORER).achievement().rounded()).contains(d("116.67"));
    assertThat(tracking(ConsolidationMode.MIN).yearToDate(q(3), SCORER).achievement().rounded()).contains(d("75.00"));
  }

  @Test
  void missingPeriodMakesYearToDateNotAvailable() {
    PeriodTracking.YearToDate ytd = tracking(ConsolidationMode.SUM).yearToDate(q(4), SCORER);
    assertThat(ytd.achievement().status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
    assertThat(ytd.explain(Locale.forLanguageTag("id"))).endsWith(": realisasi belum tersedia (TW IV 2023)");
    assertThat(ytd.explain(Locale.ENGLISH)).endsWith(": realisation not available (Q4 2023)");
    assertThat(ytd.realization()).isEmpty();
  }

  @Test
  void rejectsPeriodsOutsideTheYearOrMixedOrWithoutTarget() {
    Indicator ind = Indicator.builder().code("K").name("k").unit(MeasureUnit.count("orang"))
        .target(Target.exact(d("10"))).consolidation(ConsolidationMode.SUM).build();
    assertThatThrownBy(() -> PeriodTracking.of(ind, 2023, Map.of(Period.quarter(2024, 1), d("1")), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TW I 2024").hasMessageContaining("2023");
    assertThatThrownBy(() -> PeriodTracking.of(ind, 2023, Map.of(q(1), d("1"), Period.month(2023, 5), d("1")), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("like the other periods");
    assertThatThrownBy(() -> PeriodTracking.of(ind, 2023, Map.of(q(1), d("1")), Map.of(q(2), Realization.of("1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TW II 2023");
    Indicator noMode = Indicator.of("N", "n", MeasureUnit.index(), Target.exact(d("1")));
    assertThatThrownBy(() -> PeriodTracking.of(noMode, 2023, Map.of(q(1), d("1")), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("consolidation");
  }
}
