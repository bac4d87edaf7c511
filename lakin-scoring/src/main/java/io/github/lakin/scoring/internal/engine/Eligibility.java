/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

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
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Kelayakan (eligibility): whether a policy or a row can take the columnar kernel, and why not: the one check behind
 * {@link io.github.lakin.scoring.bulk.BulkEligibility} and the object path's columnar route.
 *
 * @since 0.1.0
 */
public final class Eligibility {
  private Eligibility() {}

  /**
   * Returns why the kernel cannot follow it, or empty.
   *
   * @param policy a report policy
   * @return why the kernel cannot follow it, or empty
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
   * Returns why the kernel cannot follow it, or empty.
   *
   * @param policy a scoring policy
   * @return why the kernel cannot follow it, or empty
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
   * Checks one row and, when it can take the kernel, writes it into the columns.
   *
   * @param indicator an indicator scored with its default strategy
   * @param realization its realisasi
   * @param c the columns to write row {@code i} of
   * @param i the row
   * @return why the kernel cannot score this row, or empty (and the row is written)
   */
  public static Optional<String> indicator(Indicator indicator, Realization realization, Columns c, int i) {
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
    if (indicator.ordinalScale().isPresent()) {
      return Optional.of("ordinal scale");
    }
    if (indicator.capRule().isPresent()) {
      return Optional.of("cap rule per indicator");
    }
    if (((ExactTarget) t).counts().isPresent()) {
      return Optional.of("target from counts");
    }
    BigDecimal target = ((ExactTarget) t).value();
    if (target.signum() < 0) {
      return Optional.of("negative target");
    }
    BigDecimal t2 = ColumnDecimal.fit(target);
    if (t2 == null) {
      return Optional.of("target does not fit the columns");
    }
    c.targetUnscaled[i] = t2.unscaledValue().longValue();
    c.targetScale[i] = (byte) t2.scale();
    byte lower = indicator.polarity() == Polarity.LOWER_IS_BETTER ? Columns.LOWER : 0;
    if (!realization.isAvailable()) {
      c.kind[i] = (byte) (lower | Columns.MISSING);
      return Optional.empty();
    }
    c.kind[i] = lower;
    indicator.requirePrecision(realization); // the object path's check (Scorer), the same rule
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
    if (!ColumnDecimal.put(r, c.realisasiUnscaled, c.realisasiScale, i)) {
      return Optional.of("realisasi not a decimal that fits the columns");
    }
    return Optional.empty();
  }
}
