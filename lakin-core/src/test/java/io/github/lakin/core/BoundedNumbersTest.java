/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 14 items 15 and the smaller ones: numbers from the API are bounded, checked at once, errors named. */
class BoundedNumbersTest {
  @Test
  @Timeout(5)
  void hugeOrTinyNumbersFromTheApiAreRefusedAtOnce() {
    assertThatThrownBy(() -> Realization.of(new BigDecimal("1e-100000000"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("realisasi").hasMessageContaining("20 after");
    assertThatThrownBy(() -> Target.exact(new BigDecimal("1e1000000"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("30 digits before");
    assertThatThrownBy(() -> CapRule.maximum(new BigDecimal("1e100000000"))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Realization.of(new BigDecimal(BigInteger.ONE, 1_000_000_000))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Realization.of(new BigDecimal(BigInteger.ONE, -1_000_000_000))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Realization.of("9".repeat(200))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void numbersWithinTheBoundAreKeptExactly() {
    BigDecimal big = new BigDecimal("9".repeat(30) + "." + "9".repeat(20));
    assertThat(Realization.of(big).value().orElseThrow()).isEqualTo(Rational.of(big));
    assertThat(Target.exact(new BigDecimal("1.000E+3")).toString()).contains("1000");
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> Realization.of((String) null)).isInstanceOf(NullPointerException.class).hasMessageContaining("realisasi");
    assertThatThrownBy(() -> MeasureUnit.parse(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("unit");
  }

  @Test
  void equalWeightsAndAmountsMakeEqualValues() {
    Indicator a = Indicator.builder().code("1").name("a").unit(MeasureUnit.percent()).target(Target.exact("80"))
        .weight(new BigDecimal("1")).build();
    Indicator b = Indicator.builder().from(a).weight(new BigDecimal("1.0")).build();
    assertThat(a).isEqualTo(b);
    assertThat(Goal.of("G", "g", java.util.List.of(a)).toString()).isNotEmpty();
    BudgetLine p = BudgetLine.builder().code("B").name("b").finalPagu(new BigDecimal("1.0")).realization(new BigDecimal("1")).build();
    BudgetLine q = BudgetLine.builder().code("B").name("b").finalPagu(new BigDecimal("1.00")).realization(new BigDecimal("1.0")).build();
    assertThat(p).isEqualTo(q);
  }
}
