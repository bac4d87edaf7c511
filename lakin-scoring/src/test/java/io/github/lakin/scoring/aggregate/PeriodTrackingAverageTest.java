/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AVERAGE year-to-date stays exact when the mean target has no finite decimal. */
class PeriodTrackingAverageTest {
  private static Period q(int n) {
    return Period.quarter(2023, n);
  }

  private static PeriodTracking.YearToDate averageOnTarget(Polarity polarity) {
    Indicator ind = Indicator.builder().code("W").name("rata-rata waktu layanan").unit(MeasureUnit.days())
        .target(Target.exact(new BigDecimal("1"))).polarity(polarity).consolidation(ConsolidationMode.AVERAGE).build();
    // targets 1, 0.5, 0.5: the mean target is 2/3 = 0.666…, which no decimal target can hold
    Map<Period, BigDecimal> targets = Map.of(q(1), new BigDecimal("1"), q(2), new BigDecimal("0.5"), q(3), new BigDecimal("0.5"));
    Map<Period, Realization> real = Map.of(q(1), Realization.of("1"), q(2), Realization.of("0.5"), q(3), Realization.of("0.5"));
    return PeriodTracking.of(ind, 2023, targets, real).yearToDate(q(3), Scorer.defaults());
  }

  @Test
  void realisationsExactlyOnTargetScoreExactlyOneHundred() {
    for (Polarity p : new Polarity[] {Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER}) {
      PeriodTracking.YearToDate ytd = averageOnTarget(p);
      assertThat(ytd.target()).isEqualTo(Rational.parse("2/3"));
      assertThat(ytd.realization()).contains(Rational.parse("2/3"));
      // was 10^22 / (10^22 + 5) × 100 = 99.99999…: rounded 100.00 but not met, and counted below 100
      assertThat(ytd.achievement().value()).as(p.name()).contains(Rational.HUNDRED);
      assertThat(ytd.achievement().isMet()).as(p.name()).isTrue();
      assertThat(ytd.achievement().status()).isEqualTo(Achievement.Status.COMPUTED);
    }
  }
}
