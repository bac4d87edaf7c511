package io.github.lakin.scoring.aggregate;

import static io.github.lakin.scoring.aggregate.ReportModel.policy;
import static io.github.lakin.scoring.aggregate.ReportModel.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.lakin.core.Realization;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.ReportModel.GoalSpec;
import io.github.lakin.scoring.aggregate.ReportModel.Ind;
import io.github.lakin.scoring.aggregate.ReportModel.Spec;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
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
}
