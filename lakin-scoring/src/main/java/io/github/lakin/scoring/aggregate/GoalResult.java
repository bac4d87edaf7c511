/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.Goal;
import java.util.List;
import java.util.Optional;

/**
 * Hasil sasaran (goal result): a goal's indicators, their mean and their counts.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class GoalResult {
  private final Goal goal;
  private final List<IndicatorResult> indicators;
  private final Aggregate aggregate;

  GoalResult(Goal goal, List<IndicatorResult> indicators, Aggregate aggregate) {
    this.goal = goal;
    this.indicators = List.copyOf(indicators);
    this.aggregate = aggregate;
  }

  /** Returns the goal. */
  public Goal goal() {
    return goal;
  }

  /** Returns its indicators' results, in report order. */
  public List<IndicatorResult> indicators() {
    return indicators;
  }

  /** Returns the goal's capaian: the mean of its included indicators. */
  public Aggregate aggregate() {
    return aggregate;
  }

  /**
   * Returns the counts of the goal's indicators, classified as the unit's {@link
   *     ReportResult#counts()} are; {@link MetCounts#rate()} is the goal's achievement rate.
   */
  public MetCounts counts() {
    return MetCounts.of(indicators.stream().map(IndicatorResult::achievement).collect(java.util.stream.Collectors.toList()));
  }

  /**
   * Returns the result of an indicator of this goal.
   *
   * @param code an indicator code
   * @return that indicator's result
   */
  public Optional<IndicatorResult> indicator(String code) {
    return indicators.stream().filter(i -> i.indicator().code().equals(code)).findFirst();
  }

  @Override
  public String toString() {
    return goal.code() + ": " + aggregate;
  }
}
