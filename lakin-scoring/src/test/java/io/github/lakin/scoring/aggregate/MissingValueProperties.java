/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static io.github.lakin.scoring.aggregate.ReportModel.policy;
import static io.github.lakin.scoring.aggregate.ReportModel.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.Realization;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.ReportModel.GoalSpec;
import io.github.lakin.scoring.aggregate.ReportModel.Ind;
import io.github.lakin.scoring.aggregate.ReportModel.Spec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** MissingRule.EXCLUDE_AND_FLAG: a not-available indicator counts as if it were not in the agreement (DOMAIN §3, §6). */
class MissingValueProperties {
  private static final Gen<Spec> AT_LEAST_TWO = specs(4, 5).assuming(s -> s.indicators().size() >= 2);

  private static ReportResult scoreWithMissing(Spec spec, String code, boolean omit, ReportPolicy policy) {
    Map<String, Realization> real = spec.realizations();
    if (omit) {
      real.remove(code);
    } else {
      real.put(code, Realization.notAvailable("menunggu rilis BPS"));
    }
    return ReportScorer.of(policy).score(spec.agreement(), real);
  }

  /** Weighted shapes need a positive weight in every goal that keeps an indicator; use positive weights only. */
  private static Spec positiveWeights(Spec spec) {
    return new Spec(spec.goals().stream().map(g -> new GoalSpec(g.code(), g.weight().signum() == 0 ? BigDecimal.ONE : g.weight(),
        g.indicators().stream().map(i -> i.weight().signum() == 0 ? i.withWeight(BigDecimal.ONE) : i).collect(Collectors.toList())))
        .collect(Collectors.toList()));
  }

  @Test
  void flatNotAvailableEqualsRemovedAndIsListedAsExcluded() {
    qt().withExamples(300).forAll(AT_LEAST_TWO, integers().between(0, 1000), booleans().all(), arbitrary().enumValues(RoundingStage.class))
        .checkAssert((spec, pick, omit, stage) -> {
          Ind gone = spec.indicators().get(pick % spec.indicators().size());
          ReportPolicy policy = policy(AggregationShape.FLAT, stage, Optional.empty());
          ReportResult missing = scoreWithMissing(spec, gone.code(), omit, policy);
          ReportResult removed = ReportModel.score(spec.without(gone.code()), policy);

          assertThat(missing.overall().value()).as("unit").isEqualTo(removed.overall().value());
          assertThat(missing.overall().rounded()).isEqualTo(removed.overall().rounded());
          assertThat(missing.overall().excluded()).extracting(Aggregate.Exclusion::code).containsExactly(gone.code());
          assertThat(missing.overall().excluded().get(0).reason()).isEqualTo("not available");
          assertThat(missing.overall().has(Aggregate.Flag.MEMBERS_EXCLUDED)).isTrue();
          assertThat(missing.overall().members()).extracting(Aggregate.Member::code).doesNotContain(gone.code());
          assertThat(missing.overall().members()).hasSize(spec.indicators().size() - 1);

          String goalCode = gone.code().substring(0, gone.code().indexOf('.'));
          GoalResult g = missing.goal(goalCode).orElseThrow();
          assertThat(g.aggregate().excluded()).extracting(Aggregate.Exclusion::code).containsExactly(gone.code());
          assertThat(g.indicator(gone.code()).orElseThrow().included()).isFalse();
          assertThat(g.indicator(gone.code()).orElseThrow().achievement().status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
          assertThat(missing.counts().notAvailable()).isEqualTo(1);
          assertThat(missing.counts().total()).isEqualTo(spec.indicators().size());
        });
  }

  @Test
  void everyShapeTreatsNotAvailableAsRemoved() {
    qt().withExamples(300).forAll(AT_LEAST_TWO.map(MissingValueProperties::positiveWeights), integers().between(0, 1000),
        arbitrary().enumValues(AggregationShape.class), arbitrary().enumValues(RoundingStage.class))
        .checkAssert((spec, pick, shape, stage) -> {
          Ind gone = spec.indicators().get(pick % spec.indicators().size());
          ReportPolicy policy = policy(shape, stage, Optional.empty());
          ReportResult missing = scoreWithMissing(spec, gone.code(), false, policy);
          ReportResult removed = ReportModel.score(spec.without(gone.code()), policy);
          assertThat(missing.overall().value()).as("unit").isEqualTo(removed.overall().value());
          for (GoalResult g : removed.goals()) {
            assertThat(missing.goal(g.goal().code()).orElseThrow().aggregate().value()).as(g.goal().code()).isEqualTo(g.aggregate().value());
          }
          // a goal whose only indicator is missing has no capaian, and the goal shapes name it
          GoalSpec owner = spec.goals().stream().filter(x -> x.indicators().contains(gone)).findFirst().orElseThrow();
          if (owner.indicators().size() == 1) {
            assertThat(missing.goal(owner.code()).orElseThrow().aggregate().value()).isEmpty();
            if (shape == AggregationShape.GOAL_MEANS || shape == AggregationShape.WEIGHTED_GOALS) {
              assertThat(missing.overall().excluded()).extracting(Aggregate.Exclusion::code).containsExactly(owner.code());
            }
          }
        });
  }

  /**
   * Any set of missing indicators: the agreement's weights are valid (every goal has a positive
   * indicator weight, some goal a positive weight), so scoring never fails; each figure is the
   * reference mean of what is left, and no figure at all when nothing with a positive weight is left.
   */
  @Test
  void missingValuesNeverMakeAValidAgreementFail() {
    qt().withExamples(400).forAll(specs(4, 4), lists().of(integers().between(0, 2)).ofSize(16),
        arbitrary().enumValues(AggregationShape.class), arbitrary().enumValues(RoundingStage.class))
        .checkAssert((spec, flags, shape, stage) -> {
          List<Ind> all = spec.indicators();
          Set<String> gone = new HashSet<>();
          for (int k = 0; k < all.size(); k++) {
            if (flags.get(k) == 0) {
              gone.add(all.get(k).code());
            }
          }
          Map<String, Realization> real = spec.realizations();
          real.keySet().removeAll(gone);
          ReportResult r = ReportScorer.of(policy(shape, stage, Optional.empty())).score(spec.agreement(), real);

          boolean weightedIndicators = shape == AggregationShape.WEIGHTED_INDICATORS;
          List<Frac> unitValues = new ArrayList<>();
          List<BigDecimal> unitWeights = new ArrayList<>();
          for (GoalSpec g : spec.goals()) {
            List<Frac> vs = new ArrayList<>();
            List<BigDecimal> ws = new ArrayList<>();
            for (Ind i : g.indicators()) {
              if (!gone.contains(i.code())) {
                vs.add(ReportModel.member(i, stage, Optional.empty()));
                ws.add(weightedIndicators ? i.weight() : BigDecimal.ONE);
              }
            }
            Optional<Frac> goal = weightedMean(vs, ws);
            assertThat(r.goal(g.code()).orElseThrow().aggregate().value().map(Frac::from)).as(g.code()).isEqualTo(goal);
            if (shape == AggregationShape.FLAT || weightedIndicators) {
              unitValues.addAll(vs);
              unitWeights.addAll(ws);
            } else if (goal.isPresent()) {
              unitValues.add(stage == RoundingStage.EACH_LEVEL ? ReportModel.round(goal.get()) : goal.get());
              unitWeights.add(shape == AggregationShape.WEIGHTED_GOALS ? g.weight() : BigDecimal.ONE);
            }
          }
          assertThat(r.overall().value().map(Frac::from)).as("unit").isEqualTo(weightedMean(unitValues, unitWeights));
          assertThat(r.counts().notAvailable()).isEqualTo(gone.size());
        });
  }

  private static Optional<Frac> weightedMean(List<Frac> values, List<BigDecimal> weights) {
    Frac sum = Frac.ZERO;
    Frac total = Frac.ZERO;
    for (int i = 0; i < values.size(); i++) {
      sum = sum.add(Frac.of(weights.get(i)).mul(values.get(i)));
      total = total.add(Frac.of(weights.get(i)));
    }
    return total.signum() == 0 ? Optional.empty() : Optional.of(sum.div(total));
  }
}
