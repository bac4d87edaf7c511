/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Laws of trend labels, against a slow reference on BigDecimal. */
class TrendProperties {

  /** The reference: compare |c − p| (or |c − p| / |p| × 100) with the threshold, then the sign with the polarity. */
  private static Trend.Direction reference(boolean lowerBetter, BigDecimal p, BigDecimal c, BigDecimal t, boolean relative) {
    BigDecimal d = c.subtract(p);
    if (d.signum() == 0) {
      return Trend.Direction.STABLE;
    }
    boolean within;
    if (relative) {
      // |d| / |p| × 100 <= t  ⇔  |d| × 100 <= t × |p|, with p = 0 never within
      within = p.signum() != 0 && d.abs().multiply(BigDecimal.valueOf(100)).compareTo(t.multiply(p.abs())) <= 0;
    } else {
      within = d.abs().compareTo(t) <= 0;
    }
    if (within) {
      return Trend.Direction.STABLE;
    }
    return (d.signum() > 0) != lowerBetter ? Trend.Direction.IMPROVING : Trend.Direction.DECLINING;
  }

  @Test
  void theLabelEqualsTheReference() {
    qt().forAll(integers().between(-20_000, 20_000), integers().between(-20_000, 20_000), integers().between(0, 500),
        integers().between(0, 3)).checkAssert((p, c, t, mode) -> {
          BigDecimal prev = BigDecimal.valueOf(p, 2);
          BigDecimal cur = BigDecimal.valueOf(c, 2);
          BigDecimal th = BigDecimal.valueOf(t, 1);
          boolean lower = (mode & 1) == 1;
          boolean relative = (mode & 2) == 2;
          Trend.Threshold threshold = relative ? Trend.Threshold.percent(th) : Trend.Threshold.points(th);
          Trend.Direction got = Trend.of(lower ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER, 2022,
              Optional.of(Rational.of(prev)), Optional.of(Rational.of(cur)), threshold).direction();
          assertThat(got).as("%s → %s, threshold %s", prev, cur, threshold).isEqualTo(reference(lower, prev, cur, th, relative));
        });
  }

  @Test
  void swappingPreviousAndCurrentSwapsImprovingAndDecliningWithAPointsThreshold() {
    qt().forAll(integers().between(-20_000, 20_000), integers().between(-20_000, 20_000), integers().between(0, 500))
        .checkAssert((p, c, t) -> {
          Trend.Threshold th = Trend.Threshold.points(BigDecimal.valueOf(t, 1));
          Trend.Direction forward = Trend.of(Polarity.HIGHER_IS_BETTER, 2022, Optional.of(Rational.of(p)), Optional.of(Rational.of(c)), th)
              .direction();
          Trend.Direction back = Trend.of(Polarity.HIGHER_IS_BETTER, 2022, Optional.of(Rational.of(c)), Optional.of(Rational.of(p)), th)
              .direction();
          Trend.Direction mirrored = forward == Trend.Direction.IMPROVING ? Trend.Direction.DECLINING
              : forward == Trend.Direction.DECLINING ? Trend.Direction.IMPROVING : forward;
          assertThat(back).isEqualTo(mirrored);
        });
  }
}
