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
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Several budget lines per report and the efficiency index: golden figures from DOMAIN §12 and §13
 * and a hand-computed three-line example.
 */
class BudgetLinesTest {
  private static final Locale ID = Locale.forLanguageTag("id");

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /**
   * Three lines, hand computed:
   * A 90.000.000 / 100.000.000 = 90 %, B 10.000.000 / 10.000.000 = 100 % (both goal SK1),
   * C 20.000.000 / 50.000.000 = 40 % (goal SK2). Total 120 / 160 = 75,00 % — the mean of the
   * three percentages would be 76,67. SK1: 100 / 110 = 90,909… %, SK2: 40 %.
   * Capaian: SK1 80 / 80 = 100 %, SK2 55 / 50 = 110 %, unit (flat) 105 %.
   */
  static PerformanceAgreement threeLines() {
    return PerformanceAgreement.builder()
        .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 1))
        .addGoals(Goal.of("SK1", "satu", List.of(Indicator.of("1.1", "a", MeasureUnit.percent(), Target.exact(d("80"))))))
        .addGoals(Goal.of("SK2", "dua", List.of(Indicator.of("2.1", "b", MeasureUnit.percent(), Target.exact(d("50"))))))
        .addBudget(BudgetLine.builder().code("A").name("Output A").goalCode("SK1").initialPagu(d("120000000"))
            .finalPagu(d("100000000")).realization(d("90000000")).build())
        .addBudget(BudgetLine.builder().code("B").name("Output B").goalCode("SK1").finalPagu(d("10000000")).realization(d("10000000")).build())
        .addBudget(BudgetLine.builder().code("C").name("Output C").goalCode("SK2").finalPagu(d("50000000")).realization(d("20000000")).build())
        .build();
  }

  static final Map<String, Realization> REAL = Map.of("1.1", Realization.of("80"), "2.1", Realization.of("55"));

  @Test
  void eachLineTheTotalAndTheGoals() {
    ReportResult r = ReportScorer.of(ReportPolicy.defaults()).score(threeLines(), REAL);
    assertThat(r.lineAbsorption()).extracting(Absorption::label).containsExactly("A", "B", "C");
    assertThat(r.lineAbsorption().stream().map(a -> a.rounded().orElseThrow()).collect(Collectors.toList()))
        .containsExactly(d("90.00"), d("100.00"), d("40.00"));
    assertThat(r.lineAbsorption("C").flatMap(Absorption::rounded)).contains(d("40.00"));
    assertThat(r.lineAbsorption("X")).isEmpty();
    // the ratio of the sums, not the mean of the percentages (76.67)
    assertThat(r.absorption().orElseThrow().percent()).contains(Rational.of(75));
    assertThat(r.goalAbsorption().get("SK1").percent()).contains(Rational.parse("1000").divide(11));
    assertThat(r.goalAbsorption().get("SK1").rounded()).contains(d("90.91"));
    // gaps: 105 − 75 = 30; SK1 100 − 90.909… = 9.09; SK2 110 − 40 = 70
    assertThat(r.efficiency().orElseThrow().rounded()).isEqualTo(d("30.00"));
    assertThat(r.goalEfficiency().get("SK1").rounded()).isEqualTo(d("9.09"));
    assertThat(r.goalEfficiency().get("SK2").rounded()).isEqualTo(d("70.00"));
    // indices: 105 / 75 = 1.4; SK1 100 / (1000/11) = 1.1 exactly; SK2 110 / 40 = 2.75
    EfficiencyIndex unit = r.efficiencyIndex().orElseThrow();
    assertThat(unit.index()).isEqualTo(Rational.parse("1.4"));
    assertThat(unit.rounded()).isEqualTo(d("1.400"));
    assertThat(unit.efficient()).isTrue();
    assertThat(r.goalEfficiencyIndex().get("SK1").index()).isEqualTo(Rational.parse("1.1"));
    assertThat(r.goalEfficiencyIndex().get("SK2").rounded()).isEqualTo(d("2.750"));
    assertThat(r.goalEfficiencyIndex().keySet()).containsExactly("SK1", "SK2");
    assertThat(unit.explain(ID)).isEqualTo("105,00 / 75,00 = 1,400 (efisien)");
    assertThat(unit.explain(Locale.ENGLISH)).isEqualTo("105.00 / 75.00 = 1.400 (efficient)");
  }

  @Test
  void anAgreementWithoutBudgetHasNoLinesNorIndex() {
    PerformanceAgreement pk = PerformanceAgreement.builder().from(threeLines()).budget(List.of()).build();
    ReportResult r = ReportScorer.of(ReportPolicy.defaults()).score(pk, REAL);
    assertThat(r.lineAbsorption()).isEmpty();
    assertThat(r.efficiencyIndex()).isEmpty();
    assertThat(r.goalEfficiencyIndex()).isEmpty();
  }

  @Test
  void theIndexOfDomainSection13() {
    // DOMAIN §13: 99,92 / 94,00 = 1,063 (exactly 1.06297…)
    EfficiencyIndex i = EfficiencyIndex.of("unit", Rational.parse("99.92"), Rational.parse("94.00"), RoundingPolicy.defaults());
    assertThat(i.index()).isEqualTo(Rational.parse("9992").divide(9400));
    assertThat(i.rounded()).isEqualTo(d("1.063"));
    assertThat(i.rounding()).isEqualTo(RoundingPolicy.of(3, RoundingMode.HALF_UP));
    assertThat(i.explain(ID)).isEqualTo("99,92 / 94,00 = 1,063 (efisien)");
    // another rounding, given explicitly: truncated at 2 decimals 1.06
    EfficiencyIndex two = EfficiencyIndex.of("unit", Rational.parse("99.92"), Rational.parse("94.00"), RoundingPolicy.defaults(),
        RoundingPolicy.of(2, RoundingMode.DOWN));
    assertThat(two.rounded()).isEqualTo(d("1.06"));
    // capaian below absorption: not efficient, index below 1 (90 / 100 = 0.9)
    EfficiencyIndex low = EfficiencyIndex.of("SK1", Rational.of(90), Rational.of(100), RoundingPolicy.defaults());
    assertThat(low.rounded()).isEqualTo(d("0.900"));
    assertThat(low.efficient()).isFalse();
    assertThat(low.explain(Locale.ENGLISH)).isEqualTo("90.00 / 100.00 = 0.900 (not efficient)");
    assertThatThrownBy(() -> EfficiencyIndex.of("unit", Rational.ONE, Rational.ZERO, RoundingPolicy.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("unit: absorption").hasMessageContaining("must be > 0");
  }

  @Test
  void theWorkedExampleGivesGapAndIndexOfTheSameFigures() {
    // DOMAIN §12: 106,51 − 99,89 = 6,62 points; 106,51 / 99,89 = 1,06627… → 1,066
    EfficiencyIndex i = EfficiencyIndex.of("unit", Rational.parse("106.51"), Rational.parse("99.89"), RoundingPolicy.defaults());
    EfficiencyGap g = EfficiencyGap.of("unit", Rational.parse("106.51"), Rational.parse("99.89"), RoundingPolicy.defaults());
    assertThat(g.rounded()).isEqualTo(d("6.62"));
    assertThat(i.rounded()).isEqualTo(d("1.066"));
    assertThat(i.efficient()).isEqualTo(g.efficient());
  }

  @Test
  void theScorerTakesAnotherIndexRoundingAndNoSpendingGivesNoIndex() {
    ReportResult r = ReportScorer.of(ReportPolicy.defaults()).withEfficiencyIndexRounding(RoundingPolicy.of(1, RoundingMode.HALF_UP))
        .withPaguBasis(PaguBasis.FINAL).score(threeLines(), REAL);
    assertThat(r.efficiencyIndex().orElseThrow().rounded()).isEqualTo(d("1.4"));
    assertThat(r.goalEfficiencyIndex().get("SK1").rounded()).isEqualTo(d("1.1"));
    // against the initial pagu every line needs one: B has none
    assertThatThrownBy(() -> ReportScorer.of(ReportPolicy.defaults()).withPaguBasis(PaguBasis.INITIAL).score(threeLines(), REAL))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("budget B");
    // nothing spent on C: SK2 has an absorption of 0 %, a gap, and no index
    PerformanceAgreement pk = PerformanceAgreement.builder().from(threeLines()).budget(List.of(
        BudgetLine.builder().code("C").name("Output C").goalCode("SK2").finalPagu(d("50000000")).realization(d("0")).build())).build();
    ReportResult none = ReportScorer.of(ReportPolicy.defaults()).score(pk, REAL);
    assertThat(none.goalEfficiency().get("SK2").rounded()).isEqualTo(d("110.00"));
    assertThat(none.goalEfficiencyIndex()).isEmpty();
    assertThat(none.efficiencyIndex()).isEmpty();
  }

  @Test
  void roundedFirstWhenThePolicyRoundsEachLevel() {
    // each level: the index divides the rounded figures, 100.00 / 90.91 = 1.09999… → 1.100 as well,
    // but exactly 100 / 90,91 = 10000/9091, not 11/10
    ReportPolicy eachLevel = ReportPolicy.builder().from(ReportPolicy.defaults()).roundingStage(RoundingStage.EACH_LEVEL).build();
    ReportResult r = ReportScorer.of(eachLevel).score(threeLines(), REAL);
    assertThat(r.goalEfficiencyIndex().get("SK1").index()).isEqualTo(Rational.of(100).divide(Rational.parse("90.91")));
    assertThat(r.goalEfficiencyIndex().get("SK1").rounded()).isEqualTo(d("1.100"));
  }
}
