/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Pembulatan (rounding): exact integer rounding, shared by the per-indicator kernel and the means.
 *
 * <p>Every method describes the number to round as {@code base + φ}, where {@code base} is its
 * floor (an integer) and {@code φ ∈ [0, 1)} its fractional part, known only through two facts:
 * whether {@code φ > 0} and the sign of {@code φ − 1/2}. That is all any {@link RoundingMode}
 * needs, so no rounding here ever looks at a binary fraction.
 *
 * @since 0.1.0
 */
public final class Rounding {
  private Rounding() {}

  /**
   * Returns the number rounded to an integer.
   *
   * @param base the floor of the number
   * @param cmpHalf the sign of {@code φ − 1/2}
   * @param inexact whether {@code φ > 0}
   * @param mode any rounding mode but {@code UNNECESSARY}
   * @return the number rounded to an integer
   */
  public static long round(long base, int cmpHalf, boolean inexact, RoundingMode mode) {
    if (!inexact) {
      return base;
    }
    // base < 0 exactly when the number is negative: base >= 0 gives a number >= 0, and
    // base <= -1 with φ < 1 gives a number < 0
    boolean negative = base < 0;
    switch (mode) {
      case FLOOR:
        return base;
      case CEILING:
        return base + 1;
      case DOWN:
        return negative ? base + 1 : base;
      case UP:
        return negative ? base : base + 1;
      case HALF_UP:
        return cmpHalf > 0 || (cmpHalf == 0 && !negative) ? base + 1 : base;
      case HALF_DOWN:
        return cmpHalf > 0 || (cmpHalf == 0 && negative) ? base + 1 : base;
      case HALF_EVEN:
        return cmpHalf > 0 || (cmpHalf == 0 && (base & 1) != 0) ? base + 1 : base;
      default:
        throw new IllegalArgumentException("rounding mode " + mode + " does not round");
    }
  }

  /**
   * Rounds the fraction {@code num / den} to an integer, exactly.
   *
   * @param num any numerator
   * @param den a positive denominator
   * @param mode the rounding mode
   * @return the rounded quotient
   */
  public static long roundFraction(long num, long den, RoundingMode mode) {
    long base = Math.floorDiv(num, den);
    long rem = num - base * den; // in [0, den)
    long rest = den - rem; // > 0, so comparing rem with rest never overflows
    return round(base, Long.compare(rem, rest), rem != 0, mode);
  }

  /**
   * Rounds the fraction {@code num / den} to an integer, exactly.
   *
   * @param num any numerator
   * @param den a positive denominator
   * @param mode the rounding mode
   * @return the rounded quotient, when it fits a long
   * @throws ArithmeticException if it does not
   */
  public static long roundFraction(BigInteger num, BigInteger den, RoundingMode mode) {
    return new BigDecimal(num).divide(new BigDecimal(den), 0, mode).longValueExact();
  }
}
