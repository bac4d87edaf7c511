/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Desimal kolom (column decimal), a number as the kernel's columns hold it: {@code unscaled × 10^-scale} with the unscaled value in
 * a long and the scale in {@code 0..}{@link Columns#MAX_SCALE}; the one conversion both the
 * eligibility check and the object path's columnar route use.
 *
 * @since 0.1.0
 */
public final class ColumnDecimal {
  private ColumnDecimal() {}

  /**
   * Returns the same number with a scale in range and an unscaled value that fits a long, or null.
   *
   * @param v a decimal
   * @return the same number with a scale in range and an unscaled value that fits a long, or null
   */
  public static @org.jspecify.annotations.Nullable BigDecimal fit(BigDecimal v) {
    BigDecimal x = v.scale() < 0 ? v.setScale(0) : v;
    if (!fits(x)) {
      x = x.stripTrailingZeros();
      if (x.scale() < 0) {
        x = x.setScale(0);
      }
    }
    return fits(x) ? x : null;
  }

  private static boolean fits(BigDecimal x) {
    return x.scale() >= 0 && x.scale() <= Columns.MAX_SCALE && x.unscaledValue().bitLength() <= 63;
  }

  /**
   * Writes an exact rational as a column decimal, when it is one.
   *
   * @param v a rational
   * @param unscaled where the unscaled value goes
   * @param scale where the scale goes
   * @param i the row
   * @return false when {@code v} has no finite decimal expansion or does not fit
   */
  public static boolean put(Rational v, long[] unscaled, byte[] scale, int i) {
    BigInteger den = v.denominator();
    BigInteger num = v.numerator();
    if (den.bitLength() > 62 || num.bitLength() > 63) {
      return false;
    }
    long d = den.longValueExact();
    int twos = Long.numberOfTrailingZeros(d);
    long rest = d >>> twos;
    int fives = 0;
    while (rest % 5 == 0) {
      rest /= 5;
      fives++;
    }
    if (rest != 1) {
      return false; // not a terminating decimal
    }
    int s = Math.max(twos, fives);
    if (s > Columns.MAX_SCALE) {
      return false;
    }
    long factor = Kernel.POW10[s] / d; // exact: d divides 10^s
    long u;
    try {
      u = Math.multiplyExact(num.longValueExact(), factor);
    } catch (ArithmeticException e) {
      return false;
    }
    unscaled[i] = u;
    scale[i] = (byte) s;
    return true;
  }
}
