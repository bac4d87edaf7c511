/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Jawaban kriteria LKE (criterion answer): one criterion of a worksheet sub-component, answered on
 * an {@link AnswerScale}. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeAnswer {
  private final int criterion;
  private final AnswerScale scale;
  private final String answer;
  private final BigDecimal value;

  LkeAnswer(int criterion, AnswerScale scale, String answer, BigDecimal value) {
    this.criterion = criterion;
    this.scale = scale;
    this.answer = answer;
    this.value = value;
  }

  /** Returns the criterion's number inside its sub-component, 1-based. */
  public int criterion() {
    return criterion;
  }

  /** Returns the scale it was answered on. */
  public AnswerScale scale() {
    return scale;
  }

  /** Returns the answer as given (without surrounding spaces), e.g. {@code "B"}. */
  public String answer() {
    return answer;
  }

  /** Returns the answer's value on its scale, from 0 to 1. */
  public BigDecimal value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LkeAnswer)) {
      return false;
    }
    LkeAnswer a = (LkeAnswer) o;
    return a.criterion == criterion && a.scale.equals(scale) && a.answer.equals(answer) && a.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterion, scale, answer);
  }

  @Override
  public String toString() {
    return criterion + ":" + answer + "=" + value.toPlainString();
  }
}
