/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Nilai sub-komponen LKE (sub-component score): the mean of its answers × its weight in points.
 * Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeSubComponentScore {
  private final LkeSubComponent subComponent;
  private final BigDecimal weight;
  private final int answered;
  private final Optional<Rational> mean;
  private final RoundingPolicy rounding;

  LkeSubComponentScore(LkeSubComponent subComponent, BigDecimal weight, int answered, Optional<Rational> mean,
      RoundingPolicy rounding) {
    this.subComponent = subComponent;
    this.weight = weight;
    this.answered = answered;
    this.mean = mean;
    this.rounding = rounding;
  }

  /** Returns the sub-component. */
  public LkeSubComponent subComponent() {
    return subComponent;
  }

  /** Returns its weight in points (component weight × share / 100), e.g. 9. */
  public BigDecimal weight() {
    return weight;
  }

  /** Returns the number of answered criteria. */
  public int answered() {
    return answered;
  }

  /**
   * Returns the exact mean of the answers' values, from 0 to 1; empty only for a sub-component of
   * weight 0 that has no answer.
   *
   * @return the exact mean of the answers' values, from 0 to 1; empty only for a sub-component of
   *     weight 0 that has no answer
   */
  public Optional<Rational> mean() {
    return mean;
  }

  /** Returns the exact score in points, mean × weight (0 when there is no answer and no weight). */
  public Rational score() {
    return mean.map(m -> m.multiply(Rational.of(weight))).orElse(Rational.ZERO);
  }

  /** Returns the score rounded once for display. */
  public BigDecimal scoreRounded() {
    return rounding.round(score());
  }

  @Override
  public String toString() {
    return subComponent.code() + " " + scoreRounded().toPlainString() + "/" + weight.toPlainString();
  }
}
