/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static io.github.lakin.scoring.aggregate.ReportModel.caps;
import static io.github.lakin.scoring.aggregate.ReportModel.decimals;
import static io.github.lakin.scoring.aggregate.ReportModel.expectedGoal;
import static io.github.lakin.scoring.aggregate.ReportModel.expectedUnit;
import static io.github.lakin.scoring.aggregate.ReportModel.policy;
import static io.github.lakin.scoring.aggregate.ReportModel.score;
import static io.github.lakin.scoring.aggregate.ReportModel.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.ReportModel.GoalSpec;
import io.github.lakin.scoring.aggregate.ReportModel.Ind;
import io.github.lakin.scoring.aggregate.ReportModel.Spec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of goal and unit aggregates (DOMAIN §4–§6) for every shape and rounding stage. */
class AggregationProperties {
  private static final Gen<AggregationShape> SHAPES = arbitrary().enumValues(AggregationShape.class);
  private static final Gen<RoundingStage> STAGES = arbitrary().enumValues(RoundingStage.class);
  private static final Gen<Optional<BigDecimal>> OPTIONAL_CAPS =
      integers().between(0, 1).zip(caps(), (on, c) -> on == 0 ? Optional.<BigDecimal>empty() : Optional.of(c));

  private static Frac exact(Aggregate a) {
    return Frac.from(a.value().orElseThrow(() -> new AssertionError("no value for " + a)));
  }

  private static Aggregate goal(ReportResult r, String code) {
    return r.goal(code).orElseThrow().aggregate();
  }

  private static List<Frac> memberValues(Aggregate a) {
    return a.members().stream().map(m -> Frac.from(m.value())).collect(Collectors.toList());
  }

  private static void assertBetween(Frac v, List<Frac> values, String what) {
    Frac min = values.stream().reduce(Frac::min).orElseThrow();
    Frac max = values.stream().reduce(Frac::max).orElseThrow();
    assertThat(v.compareTo(min)).as("%s = %s must be >= min %s of %s", what, v, min, values).isGreaterThanOrEqualTo(0);
    assertThat(v.compareTo(max)).as("%s = %s must be <= max %s of %s", what, v, max, values).isLessThanOrEqualTo(0);
  }

  // 1 ------------------------------------------------------------------------------------------

  @Test
  void aggregatesDoNotDependOnTheOrderOfGoalsOrIndicators() {
    qt().withExamples(300).forAll(specs(5, 5), longs().all(), SHAPES, STAGES).checkAssert((spec, seed, shape, stage) -> {
      ReportPolicy p = policy(shape, stage, Optional.empty());
      ReportResult original = score(spec, p);
      ReportResult shuffled = score(spec.shuffled(seed), p);
      assertThat(shuffled.overall().value()).as("unit").isEqualTo(original.overall().value());
      assertThat(shuffled.overall().members().stream().map(Aggregate.Member::code).collect(Collectors.toSet()))
          .isEqualTo(original.overall().members().stream().map(Aggregate.Member::code).collect(Collectors.toSet()));
      for (GoalSpec g : spec.goals()) {
        assertThat(goal(shuffled, g.code()).value()).as(g.code()).isEqualTo(goal(original, g.code()).value());
      }
      assertThat(shuffled.counts().toString()).isEqualTo(original.counts().toString());
    });
  }

  // 2 ------------------------------------------------------------------------------------------

  @Test
  void aMeanLiesBetweenTheMinimumAndMaximumOfItsMembers() {
    qt().withExamples(300).forAll(specs(5, 5), SHAPES, STAGES, OPTIONAL_CAPS).checkAssert((spec, shape, stage, cap) -> {
      ReportResult r = score(spec, policy(shape, stage, cap));
      List<Frac> allIndicatorValues = new ArrayList<>();
      for (GoalResult g : r.goals()) {
        List<Frac> own = g.indicators().stream().map(i -> Frac.from(i.achievement().value().orElseThrow())).collect(Collectors.toList());
        allIndicatorValues.addAll(own);
        assertBetween(exact(g.aggregate()), memberValues(g.aggregate()), "goal " + g.goal().code());
        if (stage == RoundingStage.END) {
          assertBetween(exact(g.aggregate()), own, "goal " + g.goal().code() + " against its indicators");
        }
      }
      assertBetween(exact(r.overall()), memberValues(r.overall()), "unit");
      if (stage == RoundingStage.END) {
        assertBetween(exact(r.overall()), allIndicatorValues, "unit against all indicators");
      }
    });
  }

  // 3 ------------------------------------------------------------------------------------------

  @Test
  void scalingAllWeightsByAPositiveConstantChangesNothing() {
    Gen<AggregationShape> weighted = arbitrary().pick(AggregationShape.WEIGHTED_INDICATORS, AggregationShape.WEIGHTED_GOALS);
    qt().withExamples(300).forAll(specs(5, 5), decimals(1, 100_000, 0, 3), weighted, STAGES).checkAssert((spec, k, shape, stage) -> {
      ReportPolicy p = policy(shape, stage, Optional.empty());
      ReportResult original = score(spec, p);
      ReportResult scaled = score(spec.scaledWeights(k), p);
      assertThat(scaled.overall().value()).as("unit, weights × %s", k).isEqualTo(original.overall().value());
      assertThat(scaled.overall().has(Aggregate.Flag.WEIGHTED)).isTrue();
      for (GoalSpec g : spec.goals()) {
        assertThat(goal(scaled, g.code()).value()).as(g.code()).isEqualTo(goal(original, g.code()).value());
      }
    });
  }

  // 4 ------------------------------------------------------------------------------------------

  @Test
  void aCapBeforeAggregationNeverRaisesTheUnitFigure() {
    qt().withExamples(300).forAll(specs(5, 5), caps(), SHAPES, STAGES).checkAssert((spec, cap, shape, stage) -> {
      ReportResult free = score(spec, policy(shape, stage, Optional.empty()));
      ReportResult capped = score(spec, policy(shape, stage, Optional.of(cap)));
      Frac f = exact(free.overall());
      Frac c = exact(capped.overall());
      assertThat(c.compareTo(f)).as("capped %s vs uncapped %s", c, f).isLessThanOrEqualTo(0);
      boolean anyAbove = spec.indicators().stream().anyMatch(i -> i.raw().compareTo(Frac.of(cap)) > 0);
      if (!anyAbove) {
        assertThat(c).as("no raw capaian above the cap %s", cap).isEqualTo(f);
      } else if (stage == RoundingStage.END && (shape == AggregationShape.FLAT || shape == AggregationShape.GOAL_MEANS)) {
        assertThat(c.compareTo(f)).as("a plain mean falls when a member is capped").isLessThan(0);
      }
      for (GoalSpec g : spec.goals()) {
        assertThat(exact(goal(capped, g.code())).compareTo(exact(goal(free, g.code())))).as(g.code()).isLessThanOrEqualTo(0);
      }
      // the raw capaian is kept beside the capped one
      for (Ind i : spec.indicators()) {
        Achievement a = capped.achievement(i.code()).orElseThrow();
        assertThat(Frac.from(a.raw().orElseThrow())).as(i.code()).isEqualTo(i.raw());
        assertThat(a.has(Achievement.Flag.CAPPED)).as(i.code()).isEqualTo(i.raw().compareTo(Frac.of(cap)) > 0);
      }
    });
  }

  // 5 ------------------------------------------------------------------------------------------

  @Test
  void everyShapeAndStageAgreesWithThePlainReference() {
    qt().withExamples(400).forAll(specs(5, 5), SHAPES, STAGES, OPTIONAL_CAPS).checkAssert((spec, shape, stage, cap) -> {
      ReportResult r = score(spec, policy(shape, stage, cap));
      for (Ind i : spec.indicators()) {
        assertThat(Frac.from(r.achievement(i.code()).orElseThrow().value().orElseThrow())).as(i.code()).isEqualTo(i.value(cap));
      }
      for (GoalSpec g : spec.goals()) {
        Frac expected = expectedGoal(g, shape, stage, cap);
        assertThat(exact(goal(r, g.code()))).as(g.code()).isEqualTo(expected);
        assertThat(goal(r, g.code()).rounded()).as(g.code()).contains(expected.halfUp(2));
      }
      Frac unit = expectedUnit(spec, shape, stage, cap);
      assertThat(exact(r.overall())).as("unit").isEqualTo(unit);
      assertThat(r.overall().rounded()).as("unit rounded").contains(unit.halfUp(2));
    });
  }

  /** FLAT: unit = Σ(r_i / t_i × 100) / n, written out with a single exact fraction. */
  @Test
  void flatUnitIsTheMeanOfTheRatios() {
    qt().withExamples(300).forAll(specs(4, 6), STAGES).checkAssert((spec, stage) -> {
      // higher is better throughout, so the formula is the plain ratio
      Spec higher = new Spec(spec.goals().stream().map(g -> new GoalSpec(g.code(), g.weight(),
          g.indicators().stream().map(i -> new Ind(i.code(), i.target(), i.real(), false, i.weight())).collect(Collectors.toList())))
          .collect(Collectors.toList()));
      ReportResult r = score(higher, policy(AggregationShape.FLAT, stage, Optional.empty()));
      Frac sum = Frac.ZERO;
      BigDecimal roundedSum = BigDecimal.ZERO;
      int n = 0;
      for (Ind i : higher.indicators()) {
        Frac ratio = Frac.of(i.real()).mul(Frac.HUNDRED).div(Frac.of(i.target()));
        sum = sum.add(ratio);
        roundedSum = roundedSum.add(ratio.halfUp(2));
        n++;
      }
      if (stage == RoundingStage.END) {
        assertThat(exact(r.overall())).isEqualTo(sum.div(n));
        assertThat(r.overall().rounded()).contains(sum.div(n).halfUp(2));
      } else {
        // the mean of the per-indicator rounded values, then rounded: one BigDecimal sum, one divide
        assertThat(exact(r.overall())).isEqualTo(Frac.of(roundedSum).div(n));
        assertThat(r.overall().rounded()).contains(roundedSum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
      }
    });
  }

  /** GOAL_MEANS: unit = mean over goals of (mean of the goal's indicators). */
  @Test
  void goalMeansUnitIsTheMeanOfTheGoalMeans() {
    qt().withExamples(300).forAll(specs(5, 5), OPTIONAL_CAPS).checkAssert((spec, cap) -> {
      ReportResult r = score(spec, policy(AggregationShape.GOAL_MEANS, RoundingStage.END, cap));
      Frac sumOfMeans = Frac.ZERO;
      for (GoalSpec g : spec.goals()) {
        Frac s = Frac.ZERO;
        for (Ind i : g.indicators()) {
          s = s.add(i.value(cap));
        }
        sumOfMeans = sumOfMeans.add(s.div(g.indicators().size()));
      }
      Frac expected = sumOfMeans.div(spec.goals().size());
      assertThat(exact(r.overall())).isEqualTo(expected);
      assertThat(r.overall().members()).hasSize(spec.goals().size());
    });
  }

  /**
   * Exact ties: realisations m ± d_i around a mean m with a 5 in the third decimal. END rounds the
   * exact mean once half-up (m → m + 0.005); EACH_LEVEL averages the rounded indicators.
   */
  @Test
  void endStageRoundsTheExactMeanOnceHalfUpOnTies() {
    Gen<Long> means = longs().between(5_000, 15_099).map(u -> u * 10 + 5); // 50.005 .. 150.995, unscaled at 3 decimals
    Gen<List<Long>> deviations = lists().of(longs().between(-49_000, 49_000)).ofSizeBetween(1, 5);
    Gen<List<Integer>> targets = lists().of(arbitrary().pick(100, 50, 200, 25, 80, 8)).ofSize(11);
    qt().withExamples(300).forAll(means, deviations, integers().between(0, 1), targets).checkAssert((mu, devs, withCentre, ts) -> {
      List<Long> capaianUnscaled = new ArrayList<>();
      for (long d : devs) {
        capaianUnscaled.add(mu + d);
        capaianUnscaled.add(mu - d);
      }
      if (withCentre == 1) {
        capaianUnscaled.add(mu);
      }
      // capaian c (3 decimals) against target t needs realisasi c × t / 100
      List<GoalSpec> goals = new ArrayList<>();
      List<Ind> current = new ArrayList<>();
      for (int k = 0; k < capaianUnscaled.size(); k++) {
        BigDecimal t = BigDecimal.valueOf(ts.get(k));
        BigDecimal real = BigDecimal.valueOf(capaianUnscaled.get(k), 3).multiply(t).divide(BigDecimal.valueOf(100));
        String gc = "G" + (goals.size() + 1);
        current.add(new Ind(gc + "." + (current.size() + 1), t, real, false, BigDecimal.ONE));
        if (current.size() == 3 || k == capaianUnscaled.size() - 1) {
          goals.add(new GoalSpec(gc, BigDecimal.ONE, current));
          current = new ArrayList<>();
        }
      }
      Spec spec = new Spec(goals);
      BigDecimal m = BigDecimal.valueOf(mu, 3);

      ReportResult end = score(spec, policy(AggregationShape.FLAT, RoundingStage.END, Optional.empty()));
      assertThat(end.overall().value()).contains(Rational.of(m));
      assertThat(end.overall().rounded()).contains(m.setScale(2, RoundingMode.HALF_UP));
      assertThat(end.overall().rounded().orElseThrow().subtract(m)).isEqualByComparingTo("0.005");

      ReportResult each = score(spec, policy(AggregationShape.FLAT, RoundingStage.EACH_LEVEL, Optional.empty()));
      BigDecimal roundedSum = BigDecimal.ZERO;
      for (long c : capaianUnscaled) {
        roundedSum = roundedSum.add(BigDecimal.valueOf(c, 3).setScale(2, RoundingMode.HALF_UP));
      }
      assertThat(each.overall().rounded())
          .contains(roundedSum.divide(BigDecimal.valueOf(capaianUnscaled.size()), 2, RoundingMode.HALF_UP));
      assertThat(Frac.from(each.overall().value().orElseThrow())).isEqualTo(Frac.of(roundedSum).div(capaianUnscaled.size()));
    });
  }
}
