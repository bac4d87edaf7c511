/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapRuleTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static Rational q(String s) {
    return Rational.parse(s);
  }

  @Test
  void noneLimitsNothing() {
    CapRule none = CapRule.none();
    assertThat(none.isNone()).isTrue();
    assertThat(none.maximum()).isEmpty();
    assertThat(none.floor()).isEmpty();
    assertThat(none.apply(q("226.30"))).isEqualTo(q("226.30"));
    assertThat(none.apply(q("-40"))).isEqualTo(q("-40"));
    assertThat(none).hasToString("no cap");
  }

  @Test
  void maximum120() {
    // Kemensos 2020: "capaian IKU tertinggi ditetapkan 120%": 226.30 counts as 120
    CapRule cap = CapRule.maximum(dec("120"));
    assertThat(cap.isNone()).isFalse();
    assertThat(cap.maximum()).contains(dec("120"));
    assertThat(cap.floor()).isEmpty();
    assertThat(cap.apply(q("226.30"))).isEqualTo(Rational.of(120));
    assertThat(cap.apply(q("120.0001"))).isEqualTo(Rational.of(120));
    assertThat(cap.apply(Rational.of(120))).isEqualTo(Rational.of(120));
    assertThat(cap.apply(q("119.79"))).isEqualTo(q("119.79"));
    assertThat(cap.apply(q("-10"))).isEqualTo(q("-10"));
    assertThat(cap).hasToString("cap 120");
  }

  @Test
  void floorZero() {
    // lower is better, target 20, realisasi 50: (2 − 2.5) × 100 = −50 → floor 0
    CapRule floor = CapRule.floor(BigDecimal.ZERO);
    assertThat(floor.apply(q("-50"))).isEqualTo(Rational.ZERO);
    assertThat(floor.apply(q("-0.01"))).isEqualTo(Rational.ZERO);
    assertThat(floor.apply(q("50"))).isEqualTo(q("50"));
    assertThat(floor.apply(q("500"))).isEqualTo(q("500"));
    assertThat(floor.maximum()).isEmpty();
    assertThat(floor).hasToString("floor 0");
  }

  @Test
  void between() {
    CapRule rule = CapRule.between(BigDecimal.ZERO, dec("120"));
    assertThat(rule.apply(q("-50"))).isEqualTo(Rational.ZERO);
    assertThat(rule.apply(q("138.06"))).isEqualTo(Rational.of(120));
    assertThat(rule.apply(q("99.95"))).isEqualTo(q("99.95"));
    assertThat(rule).hasToString("floor 0, cap 120");
    // floor equal to the maximum pins everything
    CapRule pinned = CapRule.between(dec("100"), dec("100"));
    assertThat(pinned.apply(q("3"))).isEqualTo(Rational.HUNDRED);
    assertThat(pinned.apply(q("300"))).isEqualTo(Rational.HUNDRED);
  }

  @Test
  void limitsAreNormalised() {
    assertThat(CapRule.maximum(dec("120.00"))).isEqualTo(CapRule.maximum(dec("120")));
    assertThat(CapRule.maximum(dec("120.00")).maximum()).contains(dec("120"));
    assertThat(CapRule.between(dec("0.0"), dec("1.2E+2"))).isEqualTo(CapRule.between(BigDecimal.ZERO, dec("120")));
    assertThat(CapRule.between(dec("0.0"), dec("1.2E+2"))).hasToString("floor 0, cap 120");
  }

  @Test
  void floorAboveMaximumRejectedNamingBoth() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> CapRule.between(dec("130"), dec("120")));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("cap.floor");
    assertThat(e).hasMessageContaining("130").hasMessageContaining("120");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-5", "-120"})
  void maximumNotAboveZeroRejected(String max) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> CapRule.maximum(dec(max)));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("cap.maximum");
    assertThat(e).hasMessageContaining(max);
  }

  @Test
  void applyDoesNotChangeTheRawValue() {
    Rational raw = q("226.30");
    CapRule.maximum(dec("120")).apply(raw);
    assertThat(raw).isEqualTo(q("226.30"));
  }
}
