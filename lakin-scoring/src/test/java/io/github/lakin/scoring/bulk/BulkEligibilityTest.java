/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BulkEligibilityTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator.Builder indicator(Target target) {
    return Indicator.builder().code("1.1").name("indikator").unit(MeasureUnit.percent()).target(target);
  }

  @Test
  void anExactTargetWithADecimalRealisasiIsEligible() {
    Indicator ind = indicator(Target.exact(d("80"))).build();
    assertThat(BulkEligibility.indicator(ind, Realization.of(d("95.83")))).isEmpty();
    assertThat(BulkEligibility.indicator(ind, Realization.notAvailable())).isEmpty();
    assertThat(BulkEligibility.indicator(indicator(Target.exact(d("20"))).polarity(Polarity.LOWER_IS_BETTER).build(),
        Realization.of(d("15")))).isEmpty();
    assertThat(BulkEligibility.policy(ReportPolicy.defaults())).isEmpty();
    assertThat(BulkEligibility.policy(ReportPolicy.kemensos2020())).isEmpty();
  }

  @Test
  void eachRowTheKernelCannotTakeSaysWhy() {
    Indicator exact = indicator(Target.exact(d("80"))).build();
    assertThat(BulkEligibility.indicator(indicator(Target.range(d("80"), d("90"))).build(), Realization.of(d("85"))))
        .contains("range target");
    assertThat(BulkEligibility.indicator(indicator(ComparatorTarget.of(Relation.AT_MOST, d("10"))).polarity(Polarity.LOWER_IS_BETTER).build(),
        Realization.of(d("8")))).contains("comparator target");
    assertThat(BulkEligibility.indicator(indicator(CategoricalTarget.of("WTP", OrdinalScale.auditOpinion())).build(),
        Realization.ofCategory("WTP"))).contains("categorical target");
    assertThat(BulkEligibility.indicator(exact, Realization.of(d("82.96")).provisional(Period.year(2022), "*")))
        .contains("provisional realisasi");
    assertThat(BulkEligibility.indicator(exact, Realization.ofCounts(23, 24))).contains("realisasi from counts");
    assertThat(BulkEligibility.indicator(indicator(Target.exact(d("80"))).capRule(CapRule.maximum(d("120"))).build(),
        Realization.of(d("99")))).contains("cap rule per indicator");
    assertThat(BulkEligibility.indicator(exact, Realization.of(Rational.parse("1/3")))).contains("realisasi not a decimal that fits the columns");
  }

  @Test
  void eachPolicyTheKernelCannotFollowSaysWhyAndBulkScorerRefusesItWithThatReason() {
    ReportPolicy weighted = ReportPolicy.builder().shape(AggregationShape.WEIGHTED_INDICATORS).build();
    ReportPolicy eachLevel = ReportPolicy.builder().roundingStage(RoundingStage.EACH_LEVEL).build();
    ScoringPolicy perCode = ScoringPolicy.builder().putStrategies("1.1", ScoringStrategy.closeness()).build();
    assertThat(BulkEligibility.policy(weighted)).contains("weights (shape WEIGHTED_INDICATORS)");
    assertThat(BulkEligibility.policy(eachLevel)).contains("rounding stage EACH_LEVEL");
    assertThat(BulkEligibility.policy(perCode)).hasValueSatisfying(r -> assertThat(r).startsWith("strategy per indicator code"));
    assertThatThrownBy(() -> BulkScorer.of(eachLevel)).isInstanceOf(InvalidValueException.class)
        .hasMessage("bulk policy: the columnar path cannot follow this policy: rounding stage EACH_LEVEL");
    assertThatThrownBy(() -> BulkScorer.of(weighted)).isInstanceOf(InvalidValueException.class).hasMessageContaining("weights");
  }
}
