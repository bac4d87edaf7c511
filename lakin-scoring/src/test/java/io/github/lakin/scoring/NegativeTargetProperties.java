/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NegativeTargetProperties {
  private static final Gen<BigDecimal> NEGATIVE = longs().between(-10_000_000, -1).zip(integers().between(0, 3), BigDecimal::valueOf);
  private static final Scorer DEVIATION = Scorer.of(ScoringPolicy.builder().limits(io.github.lakin.core.CapRule.none())
      .negativeTarget(NegativeTargetRule.RELATIVE_DEVIATION).build());

  private static Indicator ind(BigDecimal t, Polarity p) {
    return Indicator.builder().code("N").name("n").unit(MeasureUnit.percent().allowingNegative()).target(Target.exact(t)).polarity(p).build();
  }

  /**
   * Both negative and higher is better equals the standard lower-is-better formula on the absolute
   * values ((2 − |r| / |t|) × 100, computed by the inverse strategy), and lower is better equals the
   * ratio |r| / |t| × 100: negating both values flips the direction.
   */
  @Test
  void negatingBothValuesFlipsTheDirection() {
    Scorer plain = Scorer.of(ScoringPolicy.builder().limits(io.github.lakin.core.CapRule.none()).build());
    qt().forAll(NEGATIVE, NEGATIVE).checkAssert((t, r) -> {
      Rational higher = DEVIATION.score(ind(t, Polarity.HIGHER_IS_BETTER), Realization.of(r)).raw().orElseThrow();
      Rational lower = DEVIATION.score(ind(t, Polarity.LOWER_IS_BETTER), Realization.of(r)).raw().orElseThrow();
      assertThat(higher).isEqualTo(plain.score(ind(t.negate(), Polarity.LOWER_IS_BETTER), Realization.of(r.negate())).raw().orElseThrow());
      assertThat(lower).isEqualTo(plain.score(ind(t.negate(), Polarity.HIGHER_IS_BETTER), Realization.of(r.negate())).raw().orElseThrow());
    });
  }

  /** More realisasi never lowers a higher-is-better capaian, also below zero. */
  @Test
  void monotoneInTheRealisasi() {
    qt().forAll(NEGATIVE, NEGATIVE, NEGATIVE).checkAssert((t, a, b) -> {
      BigDecimal lo = a.min(b);
      BigDecimal hi = a.max(b);
      Rational x = DEVIATION.score(ind(t, Polarity.HIGHER_IS_BETTER), Realization.of(lo)).raw().orElseThrow();
      Rational y = DEVIATION.score(ind(t, Polarity.HIGHER_IS_BETTER), Realization.of(hi)).raw().orElseThrow();
      assertThat(x).isLessThanOrEqualTo(y);
    });
  }
}
