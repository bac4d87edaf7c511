/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.RoundingPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * Opsi penilaian LKE (LKE scoring options): the method ({@link LkeMethod}: rata-rata or
 * akumulasi), whose answer counts when several assessors answered ({@link LkeAssessor}: the mean of
 * those who answered, or one chosen), what an unanswered criterion counts for
 * ({@link LkeUnanswered}), the display rounding and the classification basis.
 *
 * <pre>{@code
 * LkeOptions.defaults()                                  // mean, mean of assessors, unanswered excluded
 *     .withMethod(LkeMethod.ACCUMULATION)
 *     .withAssessor(LkeAssessor.EVALUATOR)
 *     .withUnanswered(LkeUnanswered.ZERO);
 * }</pre>
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeOptions {
  private static final LkeOptions DEFAULTS = new LkeOptions(LkeMethod.MEAN, Optional.empty(), LkeUnanswered.EXCLUDE,
      RoundingPolicy.defaults(), ClassificationBasis.EXACT);

  private final LkeMethod method;
  private final Optional<LkeAssessor> assessor;
  private final LkeUnanswered unanswered;
  private final RoundingPolicy rounding;
  private final ClassificationBasis basis;

  private LkeOptions(LkeMethod method, Optional<LkeAssessor> assessor, LkeUnanswered unanswered, RoundingPolicy rounding,
      ClassificationBasis basis) {
    this.method = method;
    this.assessor = assessor;
    this.unanswered = unanswered;
    this.rounding = rounding;
    this.basis = basis;
  }

  /**
   * Returns the mean method, the mean of the assessors who answered, unanswered criteria excluded,
   *     2 decimals half-up, predikat from the exact total.
   */
  public static LkeOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with another method.
   *
   * @param m rata-rata or akumulasi
   * @return these options with that method
   */
  public LkeOptions withMethod(LkeMethod m) {
    return new LkeOptions(Objects.requireNonNull(m, "method"), assessor, unanswered, rounding, basis);
  }

  /**
   * Scores every criterion answered by several assessors with one assessor's answer; when that
   * assessor gave none, the criterion is unanswered (see {@link #withUnanswered(LkeUnanswered)}).
   * A criterion answered without an assessor is taken as given.
   *
   * @param a the assessor whose answers count
   * @return these options with that assessor
   */
  public LkeOptions withAssessor(LkeAssessor a) {
    return new LkeOptions(method, Optional.of(Objects.requireNonNull(a, "assessor")), unanswered, rounding, basis);
  }

  /**
   * Scores every criterion answered by several assessors with the exact mean of the answers given
   * (the default): self-assessment A (1), evaluator C (0.5), quality assurer B (0.75) → 0.75.
   *
   * @return these options with the mean of the assessors
   */
  public LkeOptions withAssessorMean() {
    return new LkeOptions(method, Optional.empty(), unanswered, rounding, basis);
  }

  /**
   * Returns these options with another rule for unanswered criteria.
   *
   * @param u what an unanswered criterion counts for
   * @return these options with that rule
   */
  public LkeOptions withUnanswered(LkeUnanswered u) {
    return new LkeOptions(method, assessor, Objects.requireNonNull(u, "unanswered"), rounding, basis);
  }

  /**
   * Returns these options with another display rounding.
   *
   * @param r the display rounding of scores and total
   * @return these options with that rounding
   */
  public LkeOptions withRounding(RoundingPolicy r) {
    return new LkeOptions(method, assessor, unanswered, Objects.requireNonNull(r, "rounding"), basis);
  }

  /**
   * Returns these options with another classification basis.
   *
   * @param b whether the predikat is looked up with the exact or the displayed total
   * @return these options with that basis
   */
  public LkeOptions withBasis(ClassificationBasis b) {
    return new LkeOptions(method, assessor, unanswered, rounding, Objects.requireNonNull(b, "basis"));
  }

  /** Returns the method. */
  public LkeMethod method() {
    return method;
  }

  /** Returns the chosen assessor, or empty for the mean of the assessors who answered. */
  public Optional<LkeAssessor> assessor() {
    return assessor;
  }

  /** Returns what an unanswered criterion counts for. */
  public LkeUnanswered unanswered() {
    return unanswered;
  }

  /** Returns the display rounding. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** Returns the classification basis. */
  public ClassificationBasis basis() {
    return basis;
  }

  @Override
  public String toString() {
    return "LkeOptions[" + method + ", " + assessor.map(Enum::name).orElse("assessor mean") + ", unanswered " + unanswered + ", "
        + rounding + ", " + basis + "]";
  }
}
