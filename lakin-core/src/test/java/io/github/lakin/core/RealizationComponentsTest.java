/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.RealizationComponents.Component;
import io.github.lakin.core.RealizationComponents.Method;
import io.github.lakin.core.RealizationComponents.Role;
import io.github.lakin.core.RealizationComponents.State;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RealizationComponentsTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Component c(String code, Role role, String value, String weight) {
    return Component.of(code, role, Optional.ofNullable(value).map(BigDecimal::new), d(weight));
  }

  /** The worked example of issue 16: (10 × 2 + 5 × 1) / (40 × 1) × 100 = 25 / 40 × 100 = 62,5. */
  @Test
  void ratioPercentWorkedExample() {
    RealizationComponents rc = RealizationComponents.of(Method.RATIO_PERCENT, List.of(
        c("A", Role.NUMERATOR, "10", "2"), c("B", Role.NUMERATOR, "5", "1"), c("C", Role.DENOMINATOR, "40", "1")));
    assertThat(rc.state()).isEqualTo(State.COMPUTED);
    assertThat(rc.value()).contains(Rational.of(d("62.5")));
    assertThat(rc.toRealization()).isEqualTo(Realization.of(d("62.5")));
  }

  /** penjumlahan: 3 × 2 + 4,5 × 1 + 1 × 0 = 10,5. */
  @Test
  void sumIsWeighted() {
    RealizationComponents rc = RealizationComponents.of(Method.SUM, List.of(
        c("A", Role.VALUE, "3", "2"), c("B", Role.VALUE, "4.5", "1"), c("C", Role.VALUE, "1", "0")));
    assertThat(rc.value()).contains(Rational.of(d("10.5")));
  }

  /** A ratio with no finite decimal stays exact: 1 / 3 × 100 = 100/3. */
  @Test
  void ratioIsExact() {
    RealizationComponents rc = RealizationComponents.of(Method.RATIO_PERCENT, List.of(
        c("N", Role.NUMERATOR, "1", "1"), c("D", Role.DENOMINATOR, "3", "1")));
    assertThat(rc.value()).contains(Rational.of(java.math.BigInteger.valueOf(100), java.math.BigInteger.valueOf(3)));
  }

  @Test
  void aMissingComponentIsNotFilledNeverANumber() {
    RealizationComponents rc = RealizationComponents.of(Method.RATIO_PERCENT, List.of(
        c("A", Role.NUMERATOR, "10", "1"), c("B", Role.NUMERATOR, null, "1"), c("C", Role.DENOMINATOR, "0", "1")));
    assertThat(rc.state()).isEqualTo(State.NOT_FILLED); // belum diisi wins over a zero denominator
    assertThat(rc.notFilled()).containsExactly("B");
    assertThat(rc.value()).isEmpty();
    Realization r = rc.toRealization();
    assertThat(r.isAvailable()).isFalse();
    assertThat(r.note()).contains("belum diisi: komponen B");
  }

  @Test
  void aZeroDenominatorCannotBeComputed() {
    RealizationComponents rc = RealizationComponents.of(Method.RATIO_PERCENT, List.of(
        c("A", Role.NUMERATOR, "10", "1"), c("C", Role.DENOMINATOR, "40", "0")));
    assertThat(rc.state()).isEqualTo(State.NOT_COMPUTABLE); // 40 × 0 = 0
    assertThat(rc.value()).isEmpty();
    assertThat(rc.toRealization().isAvailable()).isFalse();
    assertThat(rc.toRealization().note()).contains("tidak dapat dihitung: penyebut 0");
  }

  @Test
  void rolesMustFitTheMethod() {
    assertThatThrownBy(() -> RealizationComponents.of(Method.RATIO_PERCENT, List.of(c("A", Role.NUMERATOR, "1", "1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rasio_persen needs");
    assertThatThrownBy(() -> RealizationComponents.of(Method.SUM, List.of(c("A", Role.VALUE, "1", "1"), c("B", Role.NUMERATOR, "1", "1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("penjumlahan needs");
    assertThatThrownBy(() -> RealizationComponents.of(Method.SUM, List.of(c("A", Role.VALUE, "1", "1"), c("A", Role.VALUE, "2", "1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("component.code");
    assertThatThrownBy(() -> c("A", Role.VALUE, "1", "-1"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("component A: weight");
  }
}
