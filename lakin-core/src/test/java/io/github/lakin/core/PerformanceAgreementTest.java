/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceAgreementTest {

  private static Indicator ind(String code) {
    return Indicator.of(code, "Indikator " + code, MeasureUnit.index(), Target.exact("80"));
  }

  private static PerformanceAgreement.Builder minimal() {
    PerformanceAgreement.Builder b = PerformanceAgreement.builder();
    b.unit(BiroPerencanaan2023Fixture.biroPerencanaan())
        .year(2023)
        .effectiveDate(LocalDate.of(2023, 1, 2))
        .addGoals(Goal.of("SK1", "Satu", List.of(ind("1.1"))));
    return b;
  }

  @Test
  void biroPerencanaan2023Builds() {
    PerformanceAgreement pk = BiroPerencanaan2023Fixture.agreement();
    assertThat(pk.unit().code()).isEqualTo("BIRO-PERENCANAAN");
    assertThat(pk.year()).isEqualTo(2023);
    assertThat(pk.version()).isEqualTo("awal");
    assertThat(pk.goals()).hasSize(4);
    assertThat(pk.indicators()).hasSize(11);
    assertThat(pk.budget()).hasSize(1);
    assertThat(pk.budget().get(0).finalPagu()).isEqualTo(new BigDecimal("9970949000"));
  }

  @Test
  void indicatorsAreGoalByGoalInReportOrder() {
    assertThat(BiroPerencanaan2023Fixture.agreement().indicators()).extracting(Indicator::code)
        .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "4.1", "4.2", "4.3");
  }

  @Test
  void indicatorsListIsUnmodifiable() {
    List<Indicator> list = BiroPerencanaan2023Fixture.agreement().indicators();
    assertThatThrownBy(() -> list.add(ind("9.9"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lookUpIndicatorAndGoal() {
    PerformanceAgreement pk = BiroPerencanaan2023Fixture.agreement();
    Indicator i31 = pk.indicator("3.1").orElseThrow();
    assertThat(i31.name()).isEqualTo("Persentase daerah yang meningkat kemampuan penerapan SPM");
    assertThat(i31.target()).isEqualTo(Target.exact("80"));
    assertThat(i31.unit()).isEqualTo(MeasureUnit.percent());
    assertThat(pk.indicator("4.2").orElseThrow().target()).isEqualTo(Target.exact("83"));
    assertThat(pk.indicator("1.5").orElseThrow().unit()).isEqualTo(MeasureUnit.count("dokumen"));
    assertThat(pk.indicator("5.1")).isEmpty();
    assertThat(pk.goal("SK4").orElseThrow().indicators()).extracting(Indicator::code).containsExactly("4.1", "4.2", "4.3");
    assertThat(pk.goal("SK5")).isEmpty();
  }

  @Test
  void duplicateIndicatorCodesAcrossGoalsRejected() {
    PerformanceAgreement.Builder b = minimal();
    b.addGoals(Goal.of("SK2", "Dua", List.of(ind("2.1"), ind("1.1"))));
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, b::build);
    assertThat(e).isNotNull();
    assertThat(e.value()).isEqualTo("1.1");
    assertThat(e).hasMessageContaining("indicator code").hasMessageContaining("\"1.1\"");
  }

  @Test
  void budgetGoalCodeMustNameAGoal() {
    BudgetLine.Builder line = BudgetLine.builder();
    line.code("WA.001").name("Dokumen").goalCode("SK9").finalPagu(BigDecimal.TEN).realization(BigDecimal.ONE);
    PerformanceAgreement.Builder b = minimal();
    b.addBudget(line.build());
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, b::build);
    assertThat(e).isNotNull();
    assertThat(e.value()).isEqualTo("SK9");
    assertThat(e).hasMessageContaining("SK9").hasMessageContaining("WA.001");

    BudgetLine.Builder ok = BudgetLine.builder();
    ok.code("WA.001").name("Dokumen").goalCode("SK1").finalPagu(BigDecimal.TEN).realization(BigDecimal.ONE);
    PerformanceAgreement.Builder good = minimal();
    good.addBudget(ok.build());
    assertThat(good.build().budget()).extracting(l -> l.goalCode().orElseThrow()).containsExactly("SK1");
  }

  @Test
  void duplicateGoalAndBudgetCodesRejected() {
    PerformanceAgreement.Builder g = minimal();
    g.addGoals(Goal.of("SK1", "Satu lagi", List.of(ind("1.2"))));
    assertThatThrownBy(g::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("goal code")
        .hasMessageContaining("\"SK1\"");
    PerformanceAgreement.Builder b = minimal();
    b.addBudget(BiroPerencanaan2023Fixture.budget(), BiroPerencanaan2023Fixture.budget());
    assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("budget code");
  }

  @Test
  void yearVersionAndGoalsValidated() {
    PerformanceAgreement.Builder y = minimal();
    y.year(1899);
    assertThatThrownBy(y::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("year")
        .hasMessageContaining("1899");
    PerformanceAgreement.Builder v = minimal();
    v.version(" ");
    assertThatThrownBy(v::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("version");
    PerformanceAgreement.Builder empty = PerformanceAgreement.builder();
    empty.unit(BiroPerencanaan2023Fixture.biroPerencanaan()).year(2023).effectiveDate(LocalDate.of(2023, 1, 2));
    assertThatThrownBy(empty::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("goals");
  }

  @org.junit.jupiter.api.Test
  void effectiveDateMustLieNearTheYear() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerformanceAgreement.builder()
            .from(BiroPerencanaan2023Fixture.agreement()).effectiveDate(java.time.LocalDate.of(2031, 1, 1)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("effectiveDate").hasMessageContaining("2031-01-01");
  }
}
