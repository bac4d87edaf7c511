/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

  private static BudgetLine.Builder line(String finalPagu, String realization) {
    BudgetLine.Builder b = BudgetLine.builder();
    b.code("WA.001").name("Dokumen perencanaan").finalPagu(new BigDecimal(finalPagu)).realization(new BigDecimal(realization));
    return b;
  }

  @Test
  void section12ExampleBuilds() {
    BudgetLine b = BiroPerencanaan2023Fixture.budget();
    assertThat(b.initialPagu()).contains(new BigDecimal("13393506000"));
    assertThat(b.finalPagu()).isEqualTo(new BigDecimal("9970949000"));
    assertThat(b.realization()).isEqualTo(new BigDecimal("9960052227"));
    assertThat(b.goalCode()).isEmpty();
    // the pagu was revised down by 13,393,506,000 − 9,970,949,000 = 3,422,557,000
    assertThat(b.initialPagu().orElseThrow().subtract(b.finalPagu())).isEqualTo(new BigDecimal("3422557000"));
  }

  @Test
  void goalCodeIsKept() {
    BudgetLine.Builder b = line("100", "50");
    b.goalCode("SK1");
    assertThat(b.build().goalCode()).contains("SK1");
  }

  @Test
  void negativeAmountsRejectedNamingFieldAndValue() {
    InvalidValueException p = catchThrowableOfType(InvalidValueException.class, () -> line("-1", "0").build());
    assertThat(p).isNotNull();
    assertThat(p.field()).isEqualTo("budget WA.001: finalPagu");
    assertThat(p).hasMessageContaining("-1");
    InvalidValueException r = catchThrowableOfType(InvalidValueException.class, () -> line("100", "-0.01").build());
    assertThat(r).isNotNull();
    assertThat(r.field()).isEqualTo("budget WA.001: realization");
    assertThat(r).hasMessageContaining("-0.01");
    BudgetLine.Builder i = line("100", "50");
    i.initialPagu(new BigDecimal("-13393506000"));
    assertThatThrownBy(i::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("initialPagu")
        .hasMessageContaining("-13393506000");
  }

  @Test
  void realisationWithZeroPaguRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> line("0", "1000").build());
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("budget WA.001: finalPagu");
    assertThat(e).hasMessageContaining("1000");
    // nothing spent from nothing is fine
    assertThat(line("0", "0").build().finalPagu()).isZero();
  }

  @Test
  void blankCodeNameOrGoalCodeRejected() {
    BudgetLine.Builder c = BudgetLine.builder();
    c.code(" ").name("x").finalPagu(BigDecimal.ONE).realization(BigDecimal.ONE);
    assertThatThrownBy(c::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("budget.code");
    BudgetLine.Builder n = BudgetLine.builder();
    n.code("A").name("").finalPagu(BigDecimal.ONE).realization(BigDecimal.ONE);
    assertThatThrownBy(n::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("budget A: name");
    BudgetLine.Builder g = line("1", "1");
    g.goalCode(" ");
    assertThatThrownBy(g::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("goalCode");
  }
}
