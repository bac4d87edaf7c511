/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.Indicator;
import io.github.lakin.scoring.Achievement;
import java.util.Optional;

/**
 * Hasil indikator (indicator result): an indicator of the report, its capaian, and whether the
 * aggregates used it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class IndicatorResult {
  private final Indicator indicator;
  private final Achievement achievement;
  private final Optional<String> exclusionReason;

  IndicatorResult(Indicator indicator, Achievement achievement, Optional<String> exclusionReason) {
    this.indicator = indicator;
    this.achievement = achievement;
    this.exclusionReason = exclusionReason;
  }

  /** Returns the indicator. */
  public Indicator indicator() {
    return indicator;
  }

  /** Returns its capaian. */
  public Achievement achievement() {
    return achievement;
  }

  /** Returns whether the goal and unit means include it. */
  public boolean included() {
    return exclusionReason.isEmpty();
  }

  /** Returns why the means leave it out, when they do. */
  public Optional<String> exclusionReason() {
    return exclusionReason;
  }

  @Override
  public String toString() {
    return achievement.toString() + (included() ? "" : " (excluded: " + exclusionReason.get() + ")");
  }
}
