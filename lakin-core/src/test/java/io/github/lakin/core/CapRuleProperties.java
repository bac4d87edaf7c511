/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static io.github.lakin.core.CoreGen.rationals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CapRuleProperties {
  /** Percentages with up to 2 decimals, -500.00 to 500.00. */
  private static final Gen<BigDecimal> PERCENT = longs().between(-50_000, 50_000).map(u -> BigDecimal.valueOf(u, 2));
  private static final Gen<BigDecimal> POSITIVE = longs().between(1, 50_000).map(u -> BigDecimal.valueOf(u, 2));

  /** A floor and a positive maximum with floor ≤ maximum. */
  private static final Gen<CapRule> BETWEEN = POSITIVE.zip(longs().between(0, 100_000), (max, below) ->
      CapRule.between(max.subtract(BigDecimal.valueOf(below, 2)), max));

  @Test
  void neverAboveTheCapNorBelowTheFloor() {
    qt().forAll(rationals(), BETWEEN).checkAssert((raw, rule) -> {
      Rational v = rule.apply(raw);
      Rational max = Rational.of(rule.maximum().orElseThrow());
      Rational floor = Rational.of(rule.floor().orElseThrow());
      assertThat(v).isLessThanOrEqualTo(max).isGreaterThanOrEqualTo(floor);
      if (raw.compareTo(floor) >= 0 && raw.compareTo(max) <= 0) {
        assertThat(v).isEqualTo(raw);
      } else if (raw.compareTo(max) > 0) {
        assertThat(v).isEqualTo(max);
      } else {
        assertThat(v).isEqualTo(floor);
      }
    });
  }

  @Test
  void maximumAloneIsMin() {
    qt().forAll(rationals(), POSITIVE).checkAssert((raw, max) -> {
      Rational v = CapRule.maximum(max).apply(raw);
      Rational m = Rational.of(max);
      assertThat(v).isEqualTo(raw.compareTo(m) > 0 ? m : raw);
    });
  }

  @Test
  void floorAloneIsMax() {
    qt().forAll(rationals(), PERCENT).checkAssert((raw, floor) -> {
      Rational v = CapRule.floor(floor).apply(raw);
      Rational f = Rational.of(floor);
      assertThat(v).isEqualTo(raw.compareTo(f) < 0 ? f : raw);
    });
  }

  @Test
  void withoutLimitsItIsTheIdentity() {
    qt().forAll(rationals()).checkAssert(raw -> assertThat(CapRule.none().apply(raw)).isSameAs(raw));
  }

  @Test
  void applyIsIdempotentAndMonotone() {
    qt().forAll(rationals(), rationals(), BETWEEN).checkAssert((a, b, rule) -> {
      assertThat(rule.apply(rule.apply(a))).isEqualTo(rule.apply(a));
      if (a.compareTo(b) <= 0) {
        assertThat(rule.apply(a)).isLessThanOrEqualTo(rule.apply(b));
      }
    });
  }

  @Test
  void floorAboveMaximumIsAlwaysRejected() {
    qt().forAll(POSITIVE, integers().between(1, 100_000)).checkAssert((max, above) -> {
      BigDecimal floor = max.add(BigDecimal.valueOf(above, 2));
      try {
        CapRule.between(floor, max);
        throw new AssertionError("accepted floor " + floor + " > maximum " + max);
      } catch (InvalidValueException e) {
        assertThat(e.getMessage()).contains(floor.toPlainString()).contains(max.toPlainString());
      }
    });
  }
}
