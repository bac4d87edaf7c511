/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.Realization;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.internal.engine.Columns;
import io.github.lakin.scoring.internal.engine.Eligibility;
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
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class BulkEligibility {
  private BulkEligibility() {}

  /**
   * Returns why the columnar path cannot follow it, or empty when it can; reasons include {@code
   * "weights (shape WEIGHTED_GOALS)"}, {@code "rounding stage EACH_LEVEL"}, {@code "missing rule
   * FAIL"}, {@code "strategy per indicator code (...)"}.
   *
   * @param policy a report policy
   * @return why the columnar path cannot follow it, or empty when it can; reasons include
   *     {@code "weights (shape WEIGHTED_GOALS)"}, {@code "rounding stage EACH_LEVEL"},
   *     {@code "missing rule FAIL"}, {@code "strategy per indicator code (...)"}
   */
  public static Optional<String> policy(ReportPolicy policy) {
    return Eligibility.policy(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns why the columnar path cannot follow it, or empty when it can.
   *
   * @param policy a scoring policy
   * @return why the columnar path cannot follow it, or empty when it can
   */
  public static Optional<String> policy(ScoringPolicy policy) {
    return Eligibility.policy(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns why the columnar path cannot score this row, or empty when it can; reasons include
   * {@code "range target"}, {@code "comparator target"}, {@code "categorical target"}, {@code
   * "polarity CLOSER_IS_BETTER"}, {@code "cap rule per indicator"}, {@code "provisional
   * realisasi"}, {@code "realisasi from counts"}, {@code "negative realisasi"}.
   *
   * @param indicator an indicator scored with its default strategy
   * @param realization its realisasi
   * @return why the columnar path cannot score this row, or empty when it can; reasons include
   *     {@code "range target"}, {@code "comparator target"}, {@code "categorical target"},
   *     {@code "polarity CLOSER_IS_BETTER"}, {@code "cap rule per indicator"},
   *     {@code "provisional realisasi"}, {@code "realisasi from counts"},
   *     {@code "negative realisasi"}
   */
  public static Optional<String> indicator(Indicator indicator, Realization realization) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(realization, "realization");
    Columns scratch = new Columns(1, new long[1], new byte[1], new long[1], new byte[1], new byte[1], null, 0);
    return Eligibility.indicator(indicator, realization, scratch, 0);
  }
}
