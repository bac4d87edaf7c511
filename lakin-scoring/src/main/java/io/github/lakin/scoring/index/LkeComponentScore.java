/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.List;

/**
 * Nilai komponen LKE (component score): the sum of a component's sub-component scores, in points
 * out of its weight. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeComponentScore {
  private final LkeComponent component;
  private final Rational score;
  private final List<LkeSubComponentScore> subComponents;
  private final RoundingPolicy rounding;

  LkeComponentScore(LkeComponent component, Rational score, List<LkeSubComponentScore> subComponents, RoundingPolicy rounding) {
    this.component = component;
    this.score = score;
    this.subComponents = List.copyOf(subComponents);
    this.rounding = rounding;
  }

  /** Returns the component. */
  public LkeComponent component() {
    return component;
  }

  /** Returns the exact score in points, from 0 to the component's weight. */
  public Rational score() {
    return score;
  }

  /** Returns the score rounded once for display. */
  public BigDecimal scoreRounded() {
    return rounding.round(score);
  }

  /**
   * Returns the sub-component scores, in template order; empty when the result was built from
   * component scores alone ({@link Lke#fromComponentScores(BigDecimal...)}).
   *
   * @return the sub-component scores, in template order; empty when the result was built from
   *     component scores alone ({@link Lke#fromComponentScores(BigDecimal...)})
   */
  public List<LkeSubComponentScore> subComponents() {
    return subComponents;
  }

  @Override
  public String toString() {
    return component.code() + " " + scoreRounded().toPlainString() + "/" + component.weight().toPlainString();
  }
}
