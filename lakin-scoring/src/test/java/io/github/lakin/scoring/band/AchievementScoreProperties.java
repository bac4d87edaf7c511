/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Properties of the nilai capaian conversion. */
class AchievementScoreProperties {

  private static final Rational ZERO = Rational.ZERO;
  private static final Rational MAX = Rational.of(120);

  /** Capaian on a grid of 10^-2 percent. */
  private static BigDecimal capaian(int hundredths) {
    return BigDecimal.valueOf(hundredths, 2);
  }

  @Test
  void monotoneNonDecreasingOnZeroToTwoHundred() {
    qt().forAll(integers().between(0, 20_000), integers().between(0, 20_000))
        .checkAssert((a, b) -> {
          BigDecimal x = capaian(Math.min(a, b));
          BigDecimal y = capaian(Math.max(a, b));
          assertThat(AchievementScore.of(x).score())
              .as("score(%s) <= score(%s)", x, y)
              .isLessThanOrEqualTo(AchievementScore.of(y).score());
        });
  }

  @Test
  void monotoneOnExactFractions() {
    // capaian n/d with small denominators, e.g. 23/24 × 100
    qt().forAll(integers().between(0, 200_000), integers().between(1, 997), integers().between(0, 5_000))
        .checkAssert((n, d, step) -> {
          Rational x = Rational.of(n).divide(Rational.of(d * 10L));
          Rational y = x.add(Rational.of(step).divide(Rational.of(1000)));
          assertThat(AchievementScore.of(x).score()).isLessThanOrEqualTo(AchievementScore.of(y).score());
        });
  }

  @Test
  void scoreStaysBetweenZeroAndOneHundredTwenty() {
    qt().forAll(integers().between(0, 1_000_000)).checkAssert(i -> {
      Rational s = AchievementScore.of(capaian(i)).score();
      assertThat(s).isGreaterThanOrEqualTo(ZERO).isLessThanOrEqualTo(MAX);
    });
  }

  @Test
  void onlyTheHundredToHundredTenSegmentIsUnverified() {
    qt().forAll(integers().between(0, 20_000)).checkAssert(i -> {
      BigDecimal c = capaian(i);
      boolean inUnconfirmed = c.compareTo(new BigDecimal("100")) >= 0 && c.compareTo(new BigDecimal("110")) <= 0;
      assertThat(AchievementScore.of(c).verified()).as("verified(%s)", c).isEqualTo(!inUnconfirmed);
    });
  }

  @Test
  void fromSixtyToOneHundredTenTheScoreRisesPointForPoint() {
    // 60 ≤ c < 80: 50 + (c − 60); 80 ≤ c < 100: 70 + (c − 80); 100 ≤ c ≤ 110: 90 + (c − 100):
    // all three are c − 10
    qt().forAll(integers().between(6_000, 11_000)).checkAssert(i -> {
      BigDecimal c = capaian(i);
      assertThat(AchievementScore.of(c).score()).isEqualTo(Rational.of(c.subtract(BigDecimal.TEN)));
    });
  }
}
