/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.RealizationComponents.Component;
import io.github.lakin.core.RealizationComponents.Method;
import io.github.lakin.core.RealizationComponents.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RealizationComponentsProperties {
  private static final Gen<BigDecimal> VALUES = longs().between(0, 10_000_000).zip(integers().between(0, 3), BigDecimal::valueOf);
  private static final Gen<BigDecimal> POSITIVE = longs().between(1, 10_000_000).zip(integers().between(0, 3), BigDecimal::valueOf);

  /**
   * Issue 16's law: with all weights 1, a one-component ratio equals the plain ratio r / t × 100,
   * checked without division: value × t = r × 100 exactly.
   */
  @Test
  void oneComponentRatioWithWeightOneIsThePlainRatio() {
    qt().forAll(VALUES, POSITIVE).checkAssert((r, t) -> {
      RealizationComponents rc = RealizationComponents.of(Method.RATIO_PERCENT,
          List.of(Component.of("R", Role.NUMERATOR, r), Component.of("T", Role.DENOMINATOR, t)));
      Rational v = rc.value().orElseThrow();
      assertThat(v.multiply(Rational.of(t))).isEqualTo(Rational.of(r.multiply(BigDecimal.valueOf(100))));
    });
  }

  /** Multiplying every weight by the same k > 0 keeps a ratio; order does not matter. */
  @Test
  void ratioIgnoresACommonWeightFactorAndOrder() {
    qt().forAll(VALUES, VALUES, POSITIVE, longs().between(1, 1000)).checkAssert((a, b, t, k) -> {
      List<Component> one = new ArrayList<>(List.of(
          Component.of("A", Role.NUMERATOR, Optional.of(a), BigDecimal.valueOf(2)),
          Component.of("B", Role.NUMERATOR, Optional.of(b), BigDecimal.ONE),
          Component.of("T", Role.DENOMINATOR, Optional.of(t), BigDecimal.ONE)));
      List<Component> scaled = new ArrayList<>();
      for (Component c : one) {
        scaled.add(Component.of(c.code(), c.role(), c.value(), c.weight().multiply(BigDecimal.valueOf(k))));
      }
      Collections.reverse(scaled);
      Rational v = RealizationComponents.of(Method.RATIO_PERCENT, one).value().orElseThrow();
      assertThat(RealizationComponents.of(Method.RATIO_PERCENT, scaled).value()).contains(v);
      // slow reference on BigDecimal: (2a + b) × 100 = v × t
      assertThat(v.multiply(Rational.of(t)))
          .isEqualTo(Rational.of(a.multiply(BigDecimal.valueOf(2)).add(b).multiply(BigDecimal.valueOf(100))));
    });
  }
}
