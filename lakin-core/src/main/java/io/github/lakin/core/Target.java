/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Target (rencana): the planned value of an indicator, of one of four kinds.
 *
 * <ul>
 *   <li>{@link ExactTarget}: a number, e.g. {@code 69} or {@code 10 dokumen};
 *   <li>{@link RangeTarget}: a range, e.g. {@code 80–90%} or {@code 7–8 bulan} (PermenPANRB 8/2021);
 *   <li>{@link ComparatorTarget}: a number with a direction, e.g. {@code < 20%} or {@code ≤ 10 hari
 *       kerja};
 *   <li>{@link CategoricalTarget}: a category on an ordered scale, e.g. opini {@code WTP} or
 *       predikat {@code BB}.
 * </ul>
 *
 * <p>The set is closed; walk it with {@link #accept(Visitor)}.
 *
 * <p>Negative values: a target on its own has no unit, so {@code Target.exact(new BigDecimal("-1"))}
 * is a value; the {@link Indicator} that holds it rejects a negative target (exact, range lower
 * bound, comparator) when it is built, naming the field and the value, unless its unit is declared
 * with {@link MeasureUnit#allowingNegative()} — the same rule as for a negative realisasi. Of the
 * scoring strategies only {@code reductionFromBaseline} and {@code categorical} take a negative
 * target; the others refuse it when scored, naming the indicator and the strategy (a ratio of two
 * negative values is not defined yet).
 *
 * <p>Every kind of target is immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public sealed interface Target permits ExactTarget, RangeTarget, ComparatorTarget, CategoricalTarget {

  /**
   * Jenis target: a visitor over the four target kinds.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Returns the result.
     *
     * @param target an exact target
     * @return the result
     */
    R exact(ExactTarget target);

    /**
     * Returns the result.
     *
     * @param target a range target
     * @return the result
     */
    R range(RangeTarget target);

    /**
     * Returns the result.
     *
     * @param target a comparator target
     * @return the result
     */
    R comparator(ComparatorTarget target);

    /**
     * Returns the result.
     *
     * @param target a categorical target
     * @return the result
     */
    R categorical(CategoricalTarget target);
  }

  /**
   * Returns what the visitor returns for this kind.
   *
   * @param visitor the visitor
   * @param <R> its result type
   * @return what the visitor returns for this kind
   */
  <R> R accept(Visitor<R> visitor);

  /** Returns the direction a comparator implies ({@code <}, {@code ≤}: lower is better), else empty. */
  default Optional<Polarity> impliedPolarity() {
    return Optional.empty();
  }

  /** Returns whether this target is a number, a range or a comparator (not a category). */
  default boolean isNumeric() {
    return !(this instanceof CategoricalTarget);
  }

  /**
   * Returns an exact target.
   *
   * @param value the number
   * @return an exact target
   */
  static ExactTarget exact(BigDecimal value) {
    return ExactTarget.of(value);
  }

  /**
   * Returns an exact target.
   *
   * @param value the number as plain text, e.g. {@code "94"} or {@code "40.5"}
   * @return an exact target
   * @throws InvalidValueException if the text is not a plain decimal
   */
  static ExactTarget exact(String value) {
    return ExactTarget.of(Decimals.parsePlain("target", value));
  }

  /**
   * Returns a range target.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not below {@code lower}
   * @return a range target
   * @throws InvalidValueException if lower exceeds upper
   */
  static RangeTarget range(BigDecimal lower, BigDecimal upper) {
    return RangeTarget.of(lower, upper);
  }

  /**
   * Returns a comparator target.
   *
   * @param relation the comparator
   * @param value the number
   * @return a comparator target
   */
  static ComparatorTarget comparator(Relation relation, BigDecimal value) {
    return ComparatorTarget.of(relation, value);
  }

  /**
   * Returns {@code ≤ value} (lower is better).
   *
   * @param value the number
   * @return {@code ≤ value} (lower is better)
   */
  static ComparatorTarget atMost(BigDecimal value) {
    return ComparatorTarget.of(Relation.AT_MOST, value);
  }

  /**
   * Returns {@code < value} (lower is better).
   *
   * @param value the number
   * @return {@code < value} (lower is better)
   */
  static ComparatorTarget lessThan(BigDecimal value) {
    return ComparatorTarget.of(Relation.LESS_THAN, value);
  }

  /**
   * Returns {@code ≥ value} (higher is better).
   *
   * @param value the number
   * @return {@code ≥ value} (higher is better)
   */
  static ComparatorTarget atLeast(BigDecimal value) {
    return ComparatorTarget.of(Relation.AT_LEAST, value);
  }

  /**
   * Returns {@code > value} (higher is better).
   *
   * @param value the number
   * @return {@code > value} (higher is better)
   */
  static ComparatorTarget greaterThan(BigDecimal value) {
    return ComparatorTarget.of(Relation.GREATER_THAN, value);
  }

  /**
   * Returns a categorical target.
   *
   * @param required the category to reach, e.g. {@code "WTP"}
   * @param scale the ordered scale it belongs to
   * @return a categorical target
   * @throws InvalidValueException if the category is not on the scale
   */
  static CategoricalTarget category(String required, OrdinalScale scale) {
    return CategoricalTarget.of(required, scale);
  }
}
