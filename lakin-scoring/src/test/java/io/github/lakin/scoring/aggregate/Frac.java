/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A plain exact fraction for the reference implementations of the property tests: numerator and
 * denominator managed here with {@link BigInteger}, independent of the library's {@link Rational}.
 */
final class Frac implements Comparable<Frac> {
  static final Frac ZERO = new Frac(BigInteger.ZERO, BigInteger.ONE);
  static final Frac ONE = new Frac(BigInteger.ONE, BigInteger.ONE);
  static final Frac TWO = new Frac(BigInteger.TWO, BigInteger.ONE);
  static final Frac HUNDRED = new Frac(BigInteger.valueOf(100), BigInteger.ONE);

  final BigInteger num;
  final BigInteger den;

  private Frac(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Frac of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (g.signum() == 0) {
      return ZERO;
    }
    return new Frac(num.divide(g), den.divide(g));
  }

  static Frac of(long n) {
    return of(BigInteger.valueOf(n), BigInteger.ONE);
  }

  static Frac of(BigDecimal d) {
    return d.scale() >= 0
        ? of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
        : of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
  }

  Frac add(Frac o) {
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Frac sub(Frac o) {
    return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
  }

  Frac mul(Frac o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  Frac div(Frac o) {
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  Frac div(long n) {
    return of(num, den.multiply(BigInteger.valueOf(n)));
  }

  int signum() {
    return num.signum();
  }

  Frac min(Frac o) {
    return compareTo(o) <= 0 ? this : o;
  }

  Frac max(Frac o) {
    return compareTo(o) >= 0 ? this : o;
  }

  /** Rounded once, half-up: one division of the exact numerator by the exact denominator. */
  BigDecimal halfUp(int scale) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
  }

  /** Returns whether the library's value is numerically this fraction (both in lowest terms). */
  boolean sameAs(Rational r) {
    return r != null && r.numerator().equals(num) && r.denominator().equals(den);
  }

  static Frac from(Rational r) {
    return of(r.numerator(), r.denominator());
  }

  @Override
  public int compareTo(Frac o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Frac && ((Frac) o).num.equals(num) && ((Frac) o).den.equals(den);
  }

  @Override
  public int hashCode() {
    return Objects.hash(num, den);
  }

  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
