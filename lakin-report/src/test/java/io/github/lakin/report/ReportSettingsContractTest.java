/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportSettings} as a value: the bounds of each setting, equality (a cap of 120 and 120,0
 * is the same setting), what {@code overriddenBy} keeps, the policy built for an agreement (the
 * lower-is-better formula only where it applies) and the shape {@code weighted} resolves to.
 */
class ReportSettingsContractTest {
  private static final Indicator HIGHER = Indicator.of("1.1", "naik", MeasureUnit.percent(), Target.exact("80"));
  private static final Indicator LOWER = Indicator.builder().from(Indicator.of("1.2", "turun", MeasureUnit.percent(), Target.exact("5")))
      .polarity(Polarity.LOWER_IS_BETTER).build();
  private static final Indicator LOWER_RANGE = Indicator.builder()
      .from(Indicator.of("1.3", "rentang", MeasureUnit.percent(), Target.range(BigDecimal.ZERO, BigDecimal.TEN)))
      .polarity(Polarity.LOWER_IS_BETTER).build();

  private static PerformanceAgreement agreement(Goal... goals) {
    return PerformanceAgreement.builder().unit(OrgUnit.of("DIT-X", "Direktorat X", OrgLevel.ESELON_II)).year(2023)
        .effectiveDate(LocalDate.of(2023, 1, 2)).addGoals(goals).build();
  }

  @Test
  void theScaleBoundsAreInclusive() {
    assertThat(ReportSettings.none().withScale(0).scale()).contains(0);
    assertThat(ReportSettings.none().withScale(10).scale()).contains(10);
    assertThat(ReportSettings.none().withScale(10).policy().scoring().rounding().scale()).isEqualTo(10);
  }

  @Test
  void anyCapAboveZeroIsTakenAndNoneBelow() {
    assertThat(ReportSettings.none().withCap(new BigDecimal("0.01")).cap()).contains(new BigDecimal("0.01"));
    assertThatThrownBy(() -> ReportSettings.none().withCap(new BigDecimal("-120")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the cap must be > 0, but was -120");
    assertThatThrownBy(() -> ReportSettings.none().withCap(null)).isInstanceOf(NullPointerException.class).hasMessage("cap");
  }

  @Test
  void equalSettingsAreEqualWhateverTheCapsScale() {
    ReportSettings a = ReportSettings.none().withCap(new BigDecimal("120")).withScale(1).withShape(AggregationShape.GOAL_MEANS);
    ReportSettings b = ReportSettings.none().withShape(AggregationShape.GOAL_MEANS).withScale(1).withCap(new BigDecimal("120.0"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withCap(new BigDecimal("110")));
    assertThat(a).isNotEqualTo(ReportSettings.none().withScale(1).withShape(AggregationShape.GOAL_MEANS));
    assertThat(ReportSettings.none().withScale(1).withShape(AggregationShape.GOAL_MEANS)).isNotEqualTo(a);
    assertThat(ReportSettings.none()).isEqualTo(ReportSettings.none()).isNotEqualTo("none");
  }

  @Test
  void eachSettingTellsTwoSettingsApart() {
    ReportSettings none = ReportSettings.none();
    List<ReportSettings> one = List.of(none.withShape(AggregationShape.FLAT), none.withScale(2), none.withRoundingStage(RoundingStage.END),
        none.withRoundingMode(RoundingMode.HALF_UP), none.withLowerIsBetterFormula(ScoringStrategy.inverse()),
        none.withStrategies(Map.of("1.1", ScoringStrategy.ratio())), none.withZeroTarget(ZeroTargetRule.defaults()),
        none.withProvisional(ProvisionalRule.FAIL), none.withMissing(MissingRule.FAIL), none.withCap(BigDecimal.TEN));
    for (int i = 0; i < one.size(); i++) {
      assertThat(one.get(i)).as("setting %d", i).isNotEqualTo(none).isEqualTo(none.overriddenBy(one.get(i)));
      for (int j = 0; j < one.size(); j++) {
        if (i != j) {
          assertThat(one.get(i)).as("settings %d and %d", i, j).isNotEqualTo(one.get(j));
        }
      }
    }
  }

  @Test
  void theHashCodeTellsSettingsApart() {
    // not required by the contract, but a constant hash would make every map of settings a list
    ReportSettings none = ReportSettings.none();
    assertThat(none.withScale(1).hashCode()).isNotEqualTo(none.withScale(2).hashCode());
    assertThat(none.withProvisional(ProvisionalRule.FAIL).hashCode()).isNotEqualTo(none.withProvisional(ProvisionalRule.EXCLUDE).hashCode());
    assertThat(none.withMissing(MissingRule.FAIL).hashCode()).isNotEqualTo(none.hashCode());
  }

  @Test
  void toStringNamesEverySetting() {
    assertThat(ReportSettings.none()).hasToString("ReportSettings{cap=-, shape=-, scale=-, roundingStage=-, roundingMode=-, lowerFormula=-,"
        + " formulas=[], zeroTarget=-, provisional=-, missing=-, preset=-}");
    ReportSettings all = ReportSettings.none().withCap(new BigDecimal("1.2E+2")).withShape(AggregationShape.FLAT).withScale(3)
        .withRoundingStage(RoundingStage.EACH_LEVEL).withRoundingMode(RoundingMode.DOWN).withLowerIsBetterFormula(ScoringStrategy.inverse())
        .withStrategies(Map.of("1.1", ScoringStrategy.ratio())).withProvisional(ProvisionalRule.EXCLUDE).withMissing(MissingRule.FAIL);
    assertThat(all.toString()).startsWith("ReportSettings{cap=120, shape=FLAT, scale=3, roundingStage=EACH_LEVEL, roundingMode=DOWN, lowerFormula="
        + ScoringStrategy.inverse().name() + ", formulas=[1.1], zeroTarget=").endsWith(", provisional=EXCLUDE, missing=FAIL, preset=-}");
    // the negative-target rule is named only when one is set
    assertThat(ReportSettings.none().withNegativeTarget(io.github.lakin.scoring.NegativeTargetRule.RELATIVE_DEVIATION).toString())
        .endsWith(", preset=-, negativeTarget=RELATIVE_DEVIATION}");
  }

  @Test
  void overriddenByKeepsWhatTheOtherDoesNotName() {
    ReportSettings file = ReportSettings.none().withCap(new BigDecimal("120")).withScale(1).withRoundingMode(RoundingMode.DOWN)
        .withShape(AggregationShape.GOAL_MEANS).withRoundingStage(RoundingStage.EACH_LEVEL)
        .withLowerIsBetterFormula(ScoringStrategy.inverseRatio()).withStrategies(Map.of("1.1", ScoringStrategy.closeness()))
        .withZeroTarget(ZeroTargetRule.defaults()).withProvisional(ProvisionalRule.EXCLUDE).withMissing(MissingRule.FAIL);
    ReportSettings merged = file.overriddenBy(ReportSettings.none().withScale(3).withStrategies(Map.of("1.2", ScoringStrategy.ratio()))
        .withMissing(MissingRule.EXCLUDE_AND_FLAG));
    assertThat(merged.cap()).contains(new BigDecimal("120"));
    assertThat(merged.scale()).contains(3);
    assertThat(merged.roundingMode()).contains(RoundingMode.DOWN);
    assertThat(merged.shape()).contains(AggregationShape.GOAL_MEANS);
    assertThat(merged.roundingStage()).contains(RoundingStage.EACH_LEVEL);
    assertThat(merged.lowerIsBetterFormula().map(ScoringStrategy::name)).contains(ScoringStrategy.inverseRatio().name());
    assertThat(merged.strategies()).containsOnlyKeys("1.1", "1.2");
    assertThat(merged.zeroTarget()).contains(ZeroTargetRule.defaults());
    assertThat(merged.provisional()).contains(ProvisionalRule.EXCLUDE);
    assertThat(merged.missing()).contains(MissingRule.EXCLUDE_AND_FLAG);
    assertThat(file.overriddenBy(ReportSettings.none())).isEqualTo(file);
    assertThatThrownBy(() -> file.overriddenBy(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theLowerIsBetterFormulaAppliesToLowerIsBetterExactTargetsOnly() {
    PerformanceAgreement a = agreement(Goal.of("S1", "s", List.of(HIGHER, LOWER, LOWER_RANGE)));
    ReportSettings s = ReportSettings.none().withLowerIsBetterFormula(ScoringStrategy.inverseRatio());
    Map<String, ScoringStrategy> byCode = s.policy(a).scoring().strategies();
    assertThat(byCode).containsOnlyKeys("1.2");
    assertThat(byCode.get("1.2").name()).isEqualTo(ScoringStrategy.inverseRatio().name());
    // without the agreement, or without the setting, no indicator gets a formula of its own
    assertThat(s.policy().scoring().strategies()).isEmpty();
    assertThat(ReportSettings.none().policy(a).scoring().strategies()).isEmpty();
    // a formula named for the indicator wins over the lower-is-better setting
    Map<String, ScoringStrategy> named = s.withStrategies(Map.of("1.2", ScoringStrategy.closeness())).policy(a).scoring().strategies();
    assertThat(named.get("1.2").name()).isEqualTo(ScoringStrategy.closeness().name());
  }

  @Test
  void thePolicyCarriesEveryRule() {
    ZeroTargetRule zero = ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.of(BigDecimal.ZERO));
    ReportPolicy p = ReportSettings.none().withZeroTarget(zero).withProvisional(ProvisionalRule.FAIL).withMissing(MissingRule.FAIL)
        .withRoundingMode(RoundingMode.HALF_EVEN).withRoundingStage(RoundingStage.EACH_LEVEL).withShape(AggregationShape.GOAL_MEANS).policy();
    assertThat(p.scoring().zeroTarget()).isEqualTo(zero);
    assertThat(p.provisional()).isEqualTo(ProvisionalRule.FAIL);
    assertThat(p.missing()).isEqualTo(MissingRule.FAIL);
    assertThat(p.scoring().rounding().mode()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(p.roundingStage()).isEqualTo(RoundingStage.EACH_LEVEL);
    assertThat(p.shape()).isEqualTo(AggregationShape.GOAL_MEANS);
    ReportPolicy d = ReportSettings.none().policy();
    assertThat(d.scoring().zeroTarget()).isEqualTo(ZeroTargetRule.defaults());
    assertThat(d.provisional()).isEqualTo(ProvisionalRule.INCLUDE_AND_FLAG);
    assertThat(d.missing()).isEqualTo(MissingRule.EXCLUDE_AND_FLAG);
  }

  @Test
  void weightedResolvesToTheWeightsGiven() {
    Indicator weighted = Indicator.builder().from(HIGHER).weight(new BigDecimal("2")).build();
    // an indicator weight anywhere, even in the second goal and after a goal weight, weighs indicators
    assertThat(ReportSettings.weightedShape(agreement(Goal.builder().from(Goal.of("S1", "s", List.of(LOWER))).weight(BigDecimal.ONE).build(),
        Goal.of("S2", "t", List.of(weighted))), "aggregate")).isEqualTo(AggregationShape.WEIGHTED_INDICATORS);
    // goal weights only, in the first goal: goals are weighed
    assertThat(ReportSettings.weightedShape(agreement(Goal.builder().from(Goal.of("S1", "s", List.of(LOWER))).weight(BigDecimal.ONE).build(),
        Goal.of("S2", "t", List.of(HIGHER))), "aggregate")).isEqualTo(AggregationShape.WEIGHTED_GOALS);
    assertThatThrownBy(() -> ReportSettings.weightedShape(agreement(Goal.of("S1", "s", List.of(HIGHER))), "t.csv:2: aggregate"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv:2: aggregate needs weights: the file gives no indicator or goal weight");
  }
}
