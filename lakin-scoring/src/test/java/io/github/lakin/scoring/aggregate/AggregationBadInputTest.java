/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Scorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input to the aggregation API fails fast, naming the field and the value. */
class AggregationBadInputTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator ind(String code, String target) {
    return Indicator.of(code, "indikator " + code, MeasureUnit.percent(), Target.exact(d(target)));
  }

  private static PerformanceAgreement pk(Goal... goals) {
    return PerformanceAgreement.builder().unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024)
        .effectiveDate(LocalDate.of(2024, 1, 2)).addGoals(goals).build();
  }

  @Test
  void realizationsFromAMapKeepEveryCodeInOrder() {
    // a map cannot hold a code twice, so of(map) cannot see duplicates; it keeps the order given
    Map<String, Realization> m = new LinkedHashMap<>();
    m.put("2.1", Realization.of("1"));
    m.put("1.1", Realization.of("2"));
    Realizations r = Realizations.of(m);
    assertThat(r.codes()).containsExactly("2.1", "1.1");
    assertThat(r.get("1.1")).contains(Realization.of("2"));
    assertThat(r.get("9.9")).isEmpty();
    assertThatThrownBy(() -> r.asMap().put("3.1", Realization.of("3"))).isInstanceOf(UnsupportedOperationException.class);
    // changing the source map afterwards changes nothing
    m.put("3.1", Realization.of("3"));
    assertThat(r.codes()).containsExactly("2.1", "1.1");
  }

  @Test
  void theSameCodeTwiceIsRejectedByTheBuilder() {
    Realizations.Builder b = Realizations.builder().put("1.1", Realization.of("1"));
    assertThatThrownBy(() -> b.put("1.1", Realization.notAvailable()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("1.1").hasMessageContaining("must be given once");
    // the first value stays
    assertThat(b.build().get("1.1")).contains(Realization.of("1"));
    assertThatThrownBy(() -> Realizations.builder().put(null, Realization.of("1"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Realizations.builder().put("1.1", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void negativeWeightsCannotBeBuilt() {
    assertThatThrownBy(() -> Indicator.builder().from(ind("A", "10")).weight(d("-0.01")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("indicator A: weight").hasMessageContaining("-0.01");
    assertThatThrownBy(() -> Goal.builder().code("G").name("g").addIndicators(ind("A", "10")).weight(d("-1")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("goal G: weight").hasMessageContaining("-1");
  }

  @Test
  void weightedGoalsNeedEveryGoalWeightAndNotAllZero() {
    Goal g1 = Goal.builder().code("G1").name("g1").addIndicators(ind("A", "10")).weight(d("2")).build();
    Goal g2 = Goal.of("G2", "g2", List.of(ind("B", "10")));
    ReportScorer weightedGoals = ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.WEIGHTED_GOALS).build());
    Map<String, Realization> real = Map.of("A", Realization.of("10"), "B", Realization.of("5"));
    assertThatThrownBy(() -> weightedGoals.score(pk(g1, g2), real))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("goal G2: weight").hasMessageContaining("WEIGHTED_GOALS");
    Goal z1 = Goal.builder().from(g1).weight(d("0")).build();
    Goal z2 = Goal.builder().from(g2).weight(d("0.00")).build();
    assertThatThrownBy(() -> weightedGoals.score(pk(z1, z2), real))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must not all be zero");
    // one zero weight among others is allowed: that goal simply does not count
    Goal w2 = Goal.builder().from(g2).weight(d("0")).build();
    assertThat(weightedGoals.score(pk(g1, w2), real).overall().rounded()).contains(d("100.00"));
  }

  @Test
  void weightsAreCheckedAsAgreedAndMissingValuesThenLeaveAnEmptyMean() {
    Indicator a = Indicator.builder().from(ind("A", "10")).weight(d("0")).build();
    Indicator b = Indicator.builder().from(ind("B", "10")).weight(d("5")).build();
    Indicator c = Indicator.builder().from(ind("C", "10")).weight(d("5")).build();
    ReportScorer byIndicator = ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.WEIGHTED_INDICATORS).build());
    // B (weight 5) is missing, so G1 keeps only A (weight 0): G1 has no capaian; the unit is C alone
    ReportResult r = byIndicator.score(pk(Goal.of("G1", "g1", List.of(a, b)), Goal.of("G2", "g2", List.of(c))),
        Map.of("A", Realization.of("10"), "C", Realization.of("9")));
    assertThat(r.goal("G1").orElseThrow().aggregate().value()).isEmpty();
    assertThat(r.goal("G1").orElseThrow().aggregate().excluded()).extracting(Aggregate.Exclusion::code).containsExactly("B");
    assertThat(r.overall().rounded()).contains(d("90.00"));
    // a goal whose agreed weights are all zero is still refused, before anything is scored
    assertThatThrownBy(() -> byIndicator.score(pk(Goal.of("G1", "g1", List.of(a)), Goal.of("G2", "g2", List.of(c))), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("goal G1: indicator weights").hasMessageContaining("must not all be zero");

    // the same for goal weights: G1 (weight 2) has no realisasi, G2 (weight 0) is left: no unit figure
    Goal g1 = Goal.builder().code("G1").name("g1").addIndicators(ind("X", "10")).weight(d("2")).build();
    Goal g2 = Goal.builder().code("G2").name("g2").addIndicators(ind("Y", "10")).weight(d("0")).build();
    ReportResult w = ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.WEIGHTED_GOALS).build())
        .score(pk(g1, g2), Map.of("Y", Realization.of("10")));
    assertThat(w.overall().value()).isEmpty();
    assertThat(w.overall().excluded()).extracting(Aggregate.Exclusion::code).containsExactly("G1");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> ReportScorer.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
    assertThatThrownBy(() -> ReportScorer.of(ReportPolicy.defaults()).withPaguBasis(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("basis");
    assertThatThrownBy(() -> ReportScorer.of(ReportPolicy.defaults()).score(null, Realizations.builder().build()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("agreement");
    assertThatThrownBy(() -> Realizations.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("byCode");
  }

  @Test
  void everyIndicatorMissingGivesNoFigureButNoError() {
    ReportResult r = ReportScorer.of(ReportPolicy.defaults()).score(pk(Goal.of("G", "g", List.of(ind("A", "10"), ind("B", "5")))), Map.of());
    assertThat(r.overall().value()).isEmpty();
    assertThat(r.overall().rounded()).isEmpty();
    assertThat(r.overall().excluded()).extracting(Aggregate.Exclusion::code).containsExactly("A", "B");
    assertThat(r.counts().notAvailable()).isEqualTo(2);
    assertThat(r.counts().met()).isZero();
    ReportResult g = ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.GOAL_MEANS).build())
        .score(pk(Goal.of("G", "g", List.of(ind("A", "10")))), Map.of());
    assertThat(g.overall().value()).isEmpty();
    assertThat(g.overall().excluded()).extracting(Aggregate.Exclusion::code).containsExactly("G");
    assertThatThrownBy(() -> ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.GOAL_MEANS).missing(MissingRule.FAIL).build())
        .score(pk(Goal.of("G", "g", List.of(ind("A", "10")))), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("A");
  }

  @Test
  void periodTrackingRejectsBadPeriodsAndTargets() {
    Indicator ind = Indicator.builder().code("K").name("k").unit(MeasureUnit.count("orang"))
        .target(Target.exact(d("10"))).consolidation(ConsolidationMode.SUM).build();
    assertThatThrownBy(() -> PeriodTracking.of(ind, 2023, Map.of(), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("period targets").hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> PeriodTracking.of(ind, 2023, Map.of(Period.quarter(2023, 1), d("-1")), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TW I 2023").hasMessageContaining("-1");
    PeriodTracking t = PeriodTracking.of(ind, 2023, Map.of(Period.quarter(2023, 1), d("5")), Map.of());
    assertThatThrownBy(() -> t.yearToDate(Period.quarter(2023, 2), Scorer.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("asOf").hasMessageContaining("TW II 2023");
    assertThatThrownBy(() -> t.achievementFor(Period.quarter(2023, 3), Scorer.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TW III 2023");
    Indicator range = Indicator.builder().from(ind).target(Target.range(d("5"), d("10"))).build();
    assertThatThrownBy(() -> PeriodTracking.of(range, 2023, Map.of(Period.quarter(2023, 1), d("5")), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be a number or a comparator");
    // a categorical realisation in a numeric period series is refused, naming the indicator
    PeriodTracking cat = PeriodTracking.of(ind, 2023, Map.of(Period.quarter(2023, 1), d("5")),
        Map.of(Period.quarter(2023, 1), Realization.ofCategory("WTP")));
    assertThatThrownBy(() -> cat.yearToDate(Period.quarter(2023, 1), Scorer.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("indicator K");
  }
}
