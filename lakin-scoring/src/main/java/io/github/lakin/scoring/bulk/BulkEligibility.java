package io.github.lakin.scoring.bulk;

import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import io.github.lakin.scoring.internal.engine.Kernel;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Kelayakan jalur massal (bulk eligibility): the one check of whether a policy, or one indicator
 * with its realisasi, can take the columnar path of {@link BulkScorer}, and if not, why.
 *
 * <p>Each method returns empty when the columnar path gives exactly what the object path
 * ({@link io.github.lakin.scoring.Scorer}, {@link io.github.lakin.scoring.aggregate.ReportScorer})
 * gives, and otherwise the first reason, in English, e.g. {@code "weights"},
 * {@code "rounding stage EACH_LEVEL"}, {@code "range target"}, {@code "provisional realisasi"}.
 */
public final class BulkEligibility {
  private BulkEligibility() {}

  /**
   * @param policy a report policy
   * @return why the columnar path cannot follow it, or empty when it can
   */
  public static Optional<String> policy(ReportPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (policy.shape() != AggregationShape.FLAT && policy.shape() != AggregationShape.GOAL_MEANS) {
      return Optional.of("weights (shape " + policy.shape() + ")");
    }
    if (policy.roundingStage() != RoundingStage.END) {
      return Optional.of("rounding stage " + policy.roundingStage());
    }
    if (policy.missing() != MissingRule.EXCLUDE_AND_FLAG) {
      return Optional.of("missing rule " + policy.missing());
    }
    return policy(policy.scoring());
  }

  /**
   * @param policy a scoring policy
   * @return why the columnar path cannot follow it, or empty when it can
   */
  public static Optional<String> policy(ScoringPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (!policy.strategies().isEmpty()) {
      return Optional.of("strategy per indicator code (strategies for " + policy.strategies().keySet() + ")");
    }
    if (policy.rounding().scale() > Kernel.MAX_ROUNDING_SCALE) {
      return Optional.of("rounding scale " + policy.rounding().scale() + " above " + Kernel.MAX_ROUNDING_SCALE);
    }
    return Optional.empty();
  }

  /**
   * @param indicator an indicator scored with its default strategy
   * @param realization its realisasi
   * @return why the columnar path cannot score this row, or empty when it can
   */
  public static Optional<String> indicator(Indicator indicator, Realization realization) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(realization, "realization");
    Target t = indicator.target();
    if (!(t instanceof ExactTarget)) {
      return Optional.of(t.accept(new Target.Visitor<String>() {
        @Override
        public String exact(ExactTarget target) {
          return "exact target";
        }

        @Override
        public String range(io.github.lakin.core.RangeTarget target) {
          return "range target";
        }

        @Override
        public String comparator(io.github.lakin.core.ComparatorTarget target) {
          return "comparator target";
        }

        @Override
        public String categorical(io.github.lakin.core.CategoricalTarget target) {
          return "categorical target";
        }
      }));
    }
    if (indicator.polarity() == Polarity.CLOSER_IS_BETTER) {
      return Optional.of("polarity CLOSER_IS_BETTER");
    }
    if (indicator.capRule().isPresent()) {
      return Optional.of("cap rule per indicator");
    }
    BigDecimal target = ((ExactTarget) t).value();
    if (target.signum() < 0) {
      return Optional.of("negative target");
    }
    if (BulkInput.fitted(target) == null) {
      return Optional.of("target does not fit the columns");
    }
    if (!realization.isAvailable()) {
      return Optional.empty();
    }
    if (realization.isProvisional()) {
      return Optional.of("provisional realisasi");
    }
    if (realization.counts().isPresent()) {
      return Optional.of("realisasi from counts");
    }
    if (realization.value().isEmpty()) {
      return Optional.of("categorical realisasi");
    }
    Rational r = realization.value().get();
    if (r.signum() < 0) {
      return Optional.of("negative realisasi");
    }
    if (!r.isTerminating()) {
      return Optional.of("realisasi not a decimal");
    }
    if (BulkInput.fitted(r.toBigDecimalExact()) == null) {
      return Optional.of("realisasi does not fit the columns");
    }
    return Optional.empty();
  }
}
