/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Budget absorption and efficiency gap: hand-computed examples and bad input. */
class AbsorptionTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static BudgetLine line(String code, String pagu, String real) {
    return BudgetLine.builder().code(code).name("output " + code).finalPagu(d(pagu)).realization(d(real)).build();
  }

  @Test
  void ratioOfSumsNotMeanOfPercentages() {
    // 90/100 = 90% and 10/10 = 100%: the mean of the percentages would be 95; the ratio of sums is 100/110 = 90.909…
    Absorption a = Absorption.of(List.of(line("A", "100", "90"), line("B", "10", "10")));
    assertThat(a.percent()).contains(Rational.of(java.math.BigInteger.valueOf(1000), java.math.BigInteger.valueOf(11)));
    assertThat(a.rounded()).contains(d("90.91"));
    assertThat(a.explain(Locale.forLanguageTag("id"))).isEqualTo("Rp100 / Rp110 × 100% = 90,91%");
  }

  @Test
  void noLinesIsAnError() {
    assertThatThrownBy(() -> Absorption.of(List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("budget lines").hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> Absorption.of("SK1", List.of(), PaguBasis.FINAL, RoundingPolicy.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("SK1");
  }

  @Test
  void initialBasisNeedsAnInitialPaguOnEveryLine() {
    BudgetLine withInitial = BudgetLine.builder().code("A").name("a").initialPagu(d("200")).finalPagu(d("100")).realization(d("50")).build();
    BudgetLine without = line("B", "100", "50");
    assertThatThrownBy(() -> Absorption.of("unit", List.of(withInitial, without), PaguBasis.INITIAL, RoundingPolicy.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("budget B").hasMessageContaining("initialPagu");
    // the final basis does not need it
    assertThat(Absorption.of("unit", List.of(withInitial, without), PaguBasis.FINAL, RoundingPolicy.defaults()).rounded())
        .contains(d("50.00"));
    assertThat(Absorption.of("unit", List.of(withInitial), PaguBasis.INITIAL, RoundingPolicy.defaults()).rounded())
        .contains(d("25.00"));

    // and the report scorer passes the failure on, naming the line
    PerformanceAgreement pk = PerformanceAgreement.builder()
        .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 2))
        .addGoals(Goal.of("G", "g", List.of(Indicator.of("I", "i", MeasureUnit.percent(), Target.exact(d("10"))))))
        .addBudget(withInitial).addBudget(without)
        .build();
    assertThatThrownBy(() -> ReportScorer.of(ReportPolicy.defaults()).withPaguBasis(PaguBasis.INITIAL)
        .score(pk, Map.of("I", Realization.of("10"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("budget B");
  }

  @Test
  void zeroInitialPaguWithSpendingIsAnError() {
    BudgetLine line = BudgetLine.builder().code("A").name("a").initialPagu(d("0")).finalPagu(d("100")).realization(d("50")).build();
    assertThatThrownBy(() -> Absorption.of("unit", List.of(line), PaguBasis.INITIAL, RoundingPolicy.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("pagu").hasMessageContaining("must be > 0");
  }

  @Test
  void nothingAllocatedNothingSpentHasNoPercentage() {
    Absorption a = Absorption.of(List.of(line("A", "0", "0"), line("B", "0.00", "0")));
    assertThat(a.percent()).isEmpty();
    assertThat(a.rounded()).isEmpty();
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("budget 0: absorption undefined");
  }

  @Test
  void badLinesCannotBeBuilt() {
    assertThatThrownBy(() -> line("A", "-1", "0")).isInstanceOf(InvalidValueException.class).hasMessageContaining("finalPagu");
    assertThatThrownBy(() -> line("A", "10", "-0.01")).isInstanceOf(InvalidValueException.class).hasMessageContaining("realization");
    assertThatThrownBy(() -> BudgetLine.builder().code("A").name("a").initialPagu(d("-5")).finalPagu(d("1")).realization(d("0")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("initialPagu");
  }

  @Test
  void efficiencyGapOfTheWorkedExample() {
    // DOMAIN §12: 106.51 − 99.89 = 6.62 points, efisien; a zero gap is not efficient
    EfficiencyGap g = EfficiencyGap.of("unit", Rational.parse("106.51"), Rational.parse("99.89"), RoundingPolicy.defaults());
    assertThat(g.gap()).isEqualTo(Rational.parse("6.62"));
    assertThat(g.efficient()).isTrue();
    assertThat(g.rounding()).isEqualTo(RoundingPolicy.defaults());
    EfficiencyGap zero = EfficiencyGap.of("unit", Rational.parse("100"), Rational.parse("100.00"), RoundingPolicy.defaults());
    assertThat(zero.efficient()).isFalse();
    assertThat(zero.explain(Locale.forLanguageTag("id"))).isEqualTo("100,00 − 100,00 = 0,00 poin (tidak efisien)");
    assertThatThrownBy(() -> EfficiencyGap.of("unit", null, Rational.ONE, RoundingPolicy.defaults()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("achievement");
  }
}
