/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

/**
 * Aturan target negatif (negative-target rule): how a negative target is scored by the ratio,
 * inverse and comparator strategies.
 *
 * <p>{@code r / t × 100} is wrong when the target is negative: for a growth rate with target −2 and
 * realisasi −1 (higher is better, so better than planned) it gives 50. Lakin therefore refuses a
 * negative target unless a report names a rule. The one rule offered measures the deviation from
 * the target against the target's size, which for a positive target is the standard formula:
 *
 * <ul>
 *   <li>higher is better: {@code 100 + (r − t) / |t| × 100} (for {@code t > 0} this is {@code r / t × 100});
 *   <li>lower is better: {@code 100 − (r − t) / |t| × 100} (for {@code t > 0} this is {@code (2 − r / t) × 100}).
 * </ul>
 *
 * <p>Target −2, realisasi −1: 150 when higher is better, 50 when lower is better; realisasi −3: 50
 * and 150. It applies only when both values are negative: a negative target with a realisasi of 0 or
 * more (signs differ) is {@link Achievement.Status#UNDEFINED} with the reason, never a number.
 * The indicator's unit must allow negative values ({@code MeasureUnit.allowingNegative()}, a
 * report's {@code negative} column).
 *
 * <p>An enum: immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum NegativeTargetRule {
  /** A negative target is an error naming the indicator (the default). */
  REJECT,
  /**
   * Both negative: {@code 100 ± (r − t) / |t| × 100} by polarity; signs that differ give an
   * undefined capaian.
   */
  RELATIVE_DEVIATION
}
