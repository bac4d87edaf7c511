/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.internal.engine.Kernel;
import java.util.Objects;

/**
 * Hasil penilaian massal (bulk result): every indicator's capaian, each goal's mean, the flat mean
 * of all indicators and the mean of the goal means, each rounded once from the exact values.
 *
 * <p>They equal what {@link io.github.lakin.scoring.aggregate.ReportScorer} gives at the
 * {@code END} rounding stage with missing values excluded: {@link #flat()} under
 * {@link AggregationShape#FLAT}, {@link #meanOfGoalMeans()} under
 * {@link AggregationShape#GOAL_MEANS}, {@link #goal(int)} for each goal, and {@link #counts()}.
 * Immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class BulkResult {
  private final BulkScores indicators;
  private final AggregationShape shape;
  private final BulkMean flat;
  private final BulkMean meanOfGoalMeans;
  private final Kernel.Outcome outcome;

  BulkResult(BulkScores indicators, AggregationShape shape, Kernel.Outcome outcome) {
    this.indicators = indicators;
    this.shape = shape;
    this.outcome = outcome;
    this.flat = BulkMean.of(outcome.flat, indicators.scale());
    this.meanOfGoalMeans = BulkMean.of(outcome.ofGoals, indicators.scale());
  }

  /** Returns each indicator's capaian. */
  public BulkScores indicators() {
    return indicators;
  }

  /** Returns the unit's flat mean over all included indicators. */
  public BulkMean flat() {
    return flat;
  }

  /** Returns the mean of the goal means (goals without a mean left out); absent without goals. */
  public BulkMean meanOfGoalMeans() {
    return meanOfGoalMeans;
  }

  /** Returns the unit's capaian under the scorer's shape: {@link #flat()} or {@link #meanOfGoalMeans()}. */
  public BulkMean overall() {
    return shape == AggregationShape.GOAL_MEANS ? meanOfGoalMeans : flat;
  }

  /** Returns the shape {@link #overall()} follows. */
  public AggregationShape shape() {
    return shape;
  }

  /** Returns the number of goals (0 when the input has none). */
  public int goalCount() {
    return outcome.goalCount();
  }

  /**
   * Jumlah indikator tercapai: met, above, equal, below, not met, not available and undefined,
   * classified from each capaian after the cap and floor.
   *
   * @return the same {@link MetCounts} that
   *     {@link io.github.lakin.scoring.aggregate.ReportResult#counts()} gives for the same rows
   */
  public MetCounts counts() {
    return indicators.counts();
  }

  /**
   * Returns that goal's mean over its included indicators; absent when it has none (a goal index
   * with no rows at all is absent with nothing excluded).
   *
   * @param goal a goal index
   * @return that goal's mean over its included indicators; absent when it has none (a goal index
   *     with no rows at all is absent with nothing excluded)
   */
  public BulkMean goal(int goal) {
    Objects.checkIndex(goal, outcome.goalCount());
    return BulkMean.of(outcome.goal(goal), indicators.scale());
  }

  @Override
  public String toString() {
    return "BulkResult{" + indicators.size() + " indicators, " + outcome.goalCount() + " goals, flat " + flat
        + (outcome.goalCount() > 0 ? ", mean of goal means " + meanOfGoalMeans : "") + "}";
  }
}
