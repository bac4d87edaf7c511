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
 * Nilai sub-komponen LKE (sub-component score): by the mean method the mean of its criteria's
 * values × its weight in points, by the akumulasi method their sum ({@link LkeMethod}). Instances
 * are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeSubComponentScore {
  private final LkeSubComponent subComponent;
  private final BigDecimal weight;
  private final int answered;
  private final int unanswered;
  private final Optional<Rational> mean;
  private final Rational score;
  private final RoundingPolicy rounding;

  LkeSubComponentScore(LkeSubComponent subComponent, BigDecimal weight, int answered, int unanswered, Optional<Rational> mean,
      Rational score, RoundingPolicy rounding) {
    this.subComponent = subComponent;
    this.weight = weight;
    this.answered = answered;
    this.unanswered = unanswered;
    this.mean = mean;
    this.score = score;
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
   * Returns the number of criteria without an answer (whatever {@link LkeUnanswered} rule made of
   *     them: left out, or counted as 0).
   */
  public int unanswered() {
    return unanswered;
  }

  /**
   * Returns the exact mean of the counted criteria's values, from 0 to 1; empty only for a
   *     sub-component of weight 0 with no counted criterion.
   */
  public Optional<Rational> mean() {
    return mean;
  }

  /**
   * Returns the exact score in points: mean × weight, or by the akumulasi method the sum of the
   *     values (0 when nothing was counted and the weight is 0).
   */
  public Rational score() {
    return score;
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
