/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import io.github.lakin.scoring.internal.engine.Mean;
import java.math.BigDecimal;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Rata-rata capaian massal (bulk mean): one goal's or the unit's mean of the included capaian,
 * rounded once. The rounded value is identical to
 * {@link io.github.lakin.scoring.aggregate.Aggregate#rounded()} for the same members.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class BulkMean {
  private final boolean present;
  private final long roundedUnscaled;
  private final int scale;
  private final int members;
  private final int excluded;
  private final boolean exactFallback;

  BulkMean(boolean present, long roundedUnscaled, int scale, int members, int excluded, boolean exactFallback) {
    this.present = present;
    this.roundedUnscaled = roundedUnscaled;
    this.scale = scale;
    this.members = members;
    this.excluded = excluded;
    this.exactFallback = exactFallback;
  }

  static BulkMean of(Mean m, int scale) {
    return new BulkMean(m.present, m.roundedUnscaled, scale, m.members, m.excluded, m.exactFallback);
  }

  static BulkMean absent(int scale, int excluded) {
    return new BulkMean(false, 0, scale, 0, excluded, false);
  }

  /** Returns whether there is a mean: false when no member could be averaged. */
  public boolean isPresent() {
    return present;
  }

  /** Returns the mean rounded once at {@link #scale()}; empty when absent. */
  public Optional<BigDecimal> rounded() {
    return present ? Optional.of(BigDecimal.valueOf(roundedUnscaled, scale)) : Optional.empty();
  }

  /**
   * Returns the rounded mean's unscaled value: {@code 10651} for 106,51 at scale 2.
   *
   * @return the rounded mean's unscaled value: {@code 10651} for 106,51 at scale 2
   * @throws NoSuchElementException if there is no mean
   */
  public long roundedUnscaled() {
    if (!present) {
      throw new NoSuchElementException("no mean: no member could be averaged");
    }
    return roundedUnscaled;
  }

  /** Returns the scale of the rounded mean. */
  public int scale() {
    return scale;
  }

  /** Returns how many capaian entered the mean (indicators, or goals for the mean of goal means). */
  public int members() {
    return members;
  }

  /** Returns how many were left out: not available or undefined (goals: without any capaian). */
  public int excluded() {
    return excluded;
  }

  /**
   * Returns whether the error bound could not decide the rounding, so the mean was recomputed
   * exactly with {@link io.github.lakin.core.Rational} (a possible exact tie); the result is the
   * same either way.
   *
   * @return whether the error bound could not decide the rounding, so the mean was recomputed
   *     exactly with {@link io.github.lakin.core.Rational} (a possible exact tie); the result is
   *     the same either way
   */
  public boolean isExactFallback() {
    return exactFallback;
  }

  @Override
  public String toString() {
    return (present ? BigDecimal.valueOf(roundedUnscaled, scale).toPlainString() : "—")
        + " (" + members + " members" + (excluded == 0 ? "" : ", " + excluded + " excluded") + (exactFallback ? ", exact fallback" : "") + ")";
  }
}
