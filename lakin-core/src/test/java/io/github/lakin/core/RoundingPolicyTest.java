/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundingPolicyTest {

  @Test
  void defaultIsTwoDecimalsHalfUp() {
    RoundingPolicy p = RoundingPolicy.defaults();
    assertThat(p.scale()).isEqualTo(2);
    assertThat(p.mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(p).isEqualTo(RoundingPolicy.halfUp(2)).isEqualTo(RoundingPolicy.of(2, RoundingMode.HALF_UP));
    assertThat(p).hasSameHashCodeAs(RoundingPolicy.halfUp(2));
  }

  @Test
  void roundsRationalsAndDecimalsOnce() {
    RoundingPolicy p = RoundingPolicy.defaults();
    // 40.594 / 40 × 100 = 101.485 → 101.49
    assertThat(p.round(Rational.parse("101.485"))).isEqualTo(new BigDecimal("101.49"));
    assertThat(p.round(new BigDecimal("72.525"))).isEqualTo(new BigDecimal("72.53"));
    assertThat(p.round(new BigDecimal("1"))).isEqualTo(new BigDecimal("1.00"));
    // whole numbers: 2.5 → 3 at scale 0
    assertThat(RoundingPolicy.halfUp(0).round(Rational.parse("2.5"))).isEqualTo(new BigDecimal("3"));
    // down at 1 decimal: 1.99 → 1.9
    assertThat(RoundingPolicy.of(1, RoundingMode.DOWN).round(new BigDecimal("1.99"))).isEqualTo(new BigDecimal("1.9"));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 21, 100, Integer.MIN_VALUE})
  void badScaleRejectedNamingTheField(int scale) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> RoundingPolicy.of(scale, RoundingMode.HALF_UP));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("scale");
    assertThat(e.value()).isEqualTo(String.valueOf(scale));
    assertThat(e).hasMessageContaining("scale").hasMessageContaining(String.valueOf(scale));
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> RoundingPolicy.halfUp(scale))).isNotNull();
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> RoundingPolicy.defaults().withScale(scale))).isNotNull();
  }

  @Test
  void scaleBoundsAreInclusive() {
    assertThat(RoundingPolicy.halfUp(0).scale()).isZero();
    assertThat(RoundingPolicy.halfUp(20).scale()).isEqualTo(20);
  }

  @Test
  void unnecessaryRejectedNamingTheField() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> RoundingPolicy.of(2, RoundingMode.UNNECESSARY));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("mode");
    assertThat(e).hasMessageContaining("mode").hasMessageContaining("UNNECESSARY");
  }

  @Test
  void withScaleKeepsTheMode() {
    RoundingPolicy p = RoundingPolicy.of(2, RoundingMode.HALF_EVEN).withScale(3);
    assertThat(p.scale()).isEqualTo(3);
    assertThat(p.mode()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(p).isNotEqualTo(RoundingPolicy.halfUp(3));
  }
}
