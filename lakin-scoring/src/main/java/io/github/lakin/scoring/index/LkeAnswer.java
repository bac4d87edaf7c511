/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Jawaban kriteria LKE (criterion answer): one answer to a criterion of a worksheet sub-component,
 * on an {@link AnswerScale}, optionally by a named {@link LkeAssessor}; or the record that the
 * criterion was not answered ({@link #answered()} false). A criterion answered by several
 * assessors has one answer each, with the same {@link #criterion()} number. Instances are
 * immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeAnswer {
  private final int criterion;
  private final AnswerScale scale;
  private final String answer;
  private final @Nullable BigDecimal value;
  private final @Nullable LkeAssessor assessor;

  LkeAnswer(int criterion, AnswerScale scale, String answer, @Nullable BigDecimal value, @Nullable LkeAssessor assessor) {
    this.criterion = criterion;
    this.scale = scale;
    this.answer = answer;
    this.value = value;
    this.assessor = assessor;
  }

  /** Returns the criterion's number inside its sub-component, 1-based. */
  public int criterion() {
    return criterion;
  }

  /** Returns the scale it was answered on. */
  public AnswerScale scale() {
    return scale;
  }

  /** Returns the answer as given (without surrounding spaces), e.g. {@code "B"}; empty when not answered. */
  public String answer() {
    return answer;
  }

  /** Returns whether the criterion was answered (by this answer's assessor, if any). */
  public boolean answered() {
    return value != null;
  }

  /** Returns who answered, or empty for an answer given without an assessor. */
  public Optional<LkeAssessor> assessor() {
    return Optional.ofNullable(assessor);
  }

  /**
   * Returns the answer's value on its scale, from 0 to 1.
   * @throws IllegalStateException if the criterion was not answered ({@link #answered()} is false)
   */
  public BigDecimal value() {
    if (value == null) {
      throw new IllegalStateException("criterion " + criterion + " was not answered");
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LkeAnswer)) {
      return false;
    }
    LkeAnswer a = (LkeAnswer) o;
    BigDecimal v = value;
    BigDecimal w = a.value;
    return a.criterion == criterion && a.scale.equals(scale) && a.answer.equals(answer) && a.assessor == assessor
        && (v == null ? w == null : w != null && v.compareTo(w) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterion, scale, answer, assessor);
  }

  @Override
  public String toString() {
    BigDecimal v = value;
    return criterion + (assessor == null ? "" : "/" + assessor.indonesian()) + ":" + (v == null ? "-" : answer + "=" + v.toPlainString());
  }
}
