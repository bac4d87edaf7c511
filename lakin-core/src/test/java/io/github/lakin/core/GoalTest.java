/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTest {

  private static Indicator ind(String code) {
    return Indicator.of(code, "Indikator " + code, MeasureUnit.index(), Target.exact("80"));
  }

  @Test
  void goalKeepsItsIndicatorsInOrder() {
    Goal g = Goal.of("SK1", "Meningkatnya kualitas perencanaan", List.of(ind("1.3"), ind("1.1"), ind("1.2")));
    assertThat(g.code()).isEqualTo("SK1");
    assertThat(g.name()).isEqualTo("Meningkatnya kualitas perencanaan");
    assertThat(g.indicators()).extracting(Indicator::code).containsExactly("1.3", "1.1", "1.2");
    assertThat(g.indicator("1.1")).contains(ind("1.1"));
    assertThat(g.indicator("9.9")).isEmpty();
    assertThat(g.weight()).isEmpty();
  }

  @Test
  void builderWithWeight() {
    Goal.Builder b = Goal.builder();
    b.code("SK2").name("Kerja sama").addIndicators(ind("2.1")).weight(new BigDecimal("30"));
    Goal g = b.build();
    assertThat(g.weight()).contains(new BigDecimal("30"));
    assertThat(g.indicators()).hasSize(1);
  }

  @Test
  void emptyIndicatorsRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Goal.of("SK9", "Kosong", List.of()));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("goal SK9: indicators");
    assertThat(e).hasMessageContaining("SK9").hasMessageContaining("empty");
  }

  @Test
  void duplicateIndicatorCodesRejectedNamingTheCode() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Goal.of("SK1", "Dup", List.of(ind("1.1"), ind("1.2"), ind("1.1"))));
    assertThat(e).isNotNull();
    assertThat(e.value()).isEqualTo("1.1");
    assertThat(e).hasMessageContaining("\"1.1\"").hasMessageContaining("SK1");
  }

  @Test
  void blankCodeNameAndNegativeWeightRejected() {
    assertThatThrownBy(() -> Goal.of(" ", "x", List.of(ind("1")))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("goal.code");
    assertThatThrownBy(() -> Goal.of("SK1", "", List.of(ind("1")))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("goal SK1: name");
    Goal.Builder b = Goal.builder();
    b.code("SK1").name("x").addIndicators(ind("1")).weight(new BigDecimal("-0.5"));
    assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("-0.5");
  }
}
