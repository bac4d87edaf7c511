/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators and small builders shared by the scoring property tests. */
final class Gens {
  private Gens() {}

  /**
   * Decimals {@code unscaled × 10^-scale} with 0 to 3 decimals: the inputs real reports have, and
   * the ones that produce exact rounding ties.
   */
  static Gen<BigDecimal> decimals(long minUnscaled, long maxUnscaled) {
    return longs().between(minUnscaled, maxUnscaled).zip(integers().between(0, 3), (u, s) -> BigDecimal.valueOf(u, s));
  }

  /** Positive decimals, small and large, with 0 to 3 decimals. */
  static Gen<BigDecimal> positive() {
    return Generate.frequency(
        Pair.of(3, decimals(1, 2_000)),
        Pair.of(3, decimals(1, 10_000_000)),
        Pair.of(1, arbitrary().pick(BigDecimal.ONE, new BigDecimal("0.001"), new BigDecimal("100"), new BigDecimal("40"))));
  }

  /** Non-negative decimals, zero included often. */
  static Gen<BigDecimal> nonNegative() {
    return Generate.frequency(
        Pair.of(1, arbitrary().constant(BigDecimal.ZERO)),
        Pair.of(4, positive()));
  }

  /** Signed decimals, zero included often (for units that allow negative values). */
  static Gen<BigDecimal> signed() {
    return nonNegative().zip(Generate.booleans(), (v, neg) -> neg ? v.negate() : v);
  }

  /** Rounding modes that round ({@link RoundingMode#UNNECESSARY} is refused by RoundingPolicy). */
  static Gen<RoundingMode> roundingModes() {
    return arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
  }

  static Indicator exact(BigDecimal target, Polarity polarity) {
    return Indicator.builder().code("P").name("indikator").unit(MeasureUnit.percent())
        .target(Target.exact(target)).polarity(polarity).build();
  }

  static Indicator range(BigDecimal lower, BigDecimal upper, Polarity polarity) {
    return Indicator.builder().code("R").name("rentang").unit(MeasureUnit.percent())
        .target(Target.range(lower, upper)).polarity(polarity).build();
  }

  static BigDecimal hundred() {
    return BigDecimal.valueOf(100);
  }
}
