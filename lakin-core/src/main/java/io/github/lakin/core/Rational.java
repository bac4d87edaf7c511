/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Bilangan rasional eksak (exact rational number): the exact value of a capaian, a mean or a share.
 *
 * <p>A capaian such as 88,83 / 81 × 100 = 109,666… has no finite decimal expansion, so Lakin keeps
 * it as an exact fraction and rounds exactly once, when a value is shown or compared with a
 * printed figure ({@link #round(int, RoundingMode)}). Instances are immutable and always in lowest
 * terms with a positive denominator, so {@link #equals(Object)} is numeric equality.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /**
   * The most digits before the decimal point of any decimal Lakin accepts from text or from the
   * API (a target, realisasi, cap, weight, budget amount): 30, room to spare for Rupiah amounts of
   * 10^13 and populations; together with {@link #MAX_FRACTION_DIGITS} it keeps the cost of exact
   * arithmetic linear in the number of rows. A larger number is an error that names the field.
   */
  public static final int MAX_INTEGER_DIGITS = 30;

  /** The most digits after the decimal point of any decimal Lakin accepts: 20. */
  public static final int MAX_FRACTION_DIGITS = 20;
  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
  /** One hundred, the factor of every percentage. */
  public static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The fraction {@code numerator / denominator}, reduced to lowest terms.
   *
   * @param numerator any integer
   * @param denominator a non-zero integer
   * @return the reduced fraction
   * @throws InvalidValueException if the denominator is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw InvalidValueException.of("denominator", "0", "must not be zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Rational(numerator, denominator);
  }

  /**
   * The integer {@code value}.
   *
   * @param value any long
   * @return the value as a fraction with denominator 1
   */
  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * The exact value of a decimal.
   *
   * @param value any decimal
   * @return the same number as a fraction
   */
  public static Rational of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * The exact quotient {@code dividend / divisor} of two decimals.
   *
   * @param dividend any decimal
   * @param divisor a non-zero decimal
   * @return the exact quotient
   * @throws InvalidValueException if the divisor is zero
   */
  public static Rational ratio(BigDecimal dividend, BigDecimal divisor) {
    return of(dividend).divide(of(divisor));
  }

  /**
   * Parses {@code "a/b"}, an integer or a plain decimal such as {@code "-12.5"}.
   *
   * @param text the text
   * @return the number
   * @throws InvalidValueException if the text is not of that form
   */
  public static Rational parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      int slash = text.indexOf('/');
      if (slash >= 0) {
        return of(new BigInteger(text.substring(0, slash).trim()), new BigInteger(text.substring(slash + 1).trim()));
      }
      return of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw InvalidValueException.of("rational", text, "must be a decimal or a fraction a/b");
    }
  }

  /** Returns the numerator, in lowest terms; carries the sign. */
  public BigInteger numerator() {
    return numerator;
  }

  /** Returns the denominator, in lowest terms; always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the addend
   * @return {@code this + other}
   */
  public Rational add(Rational other) {
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other the subtrahend
   * @return {@code this - other}
   */
  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  /**
   * Returns {@code this × other}.
   *
   * @param other the factor
   * @return {@code this × other}
   */
  public Rational multiply(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this / other}.
   *
   * @param other a non-zero divisor
   * @return {@code this / other}
   * @throws InvalidValueException if {@code other} is zero
   */
  public Rational divide(Rational other) {
    if (other.signum() == 0) {
      throw InvalidValueException.of("divisor", "0", "must not be zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * Returns {@code this / divisor}.
   *
   * @param divisor a positive count
   * @return {@code this / divisor}
   * @throws InvalidValueException if the divisor is zero
   */
  public Rational divide(long divisor) {
    return divide(of(divisor));
  }

  /** Returns {@code -this}. */
  public Rational negate() {
    return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /** Returns {@code |this|}. */
  public Rational abs() {
    return numerator.signum() < 0 ? negate() : this;
  }

  /** Returns -1, 0 or 1 as this number is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Returns the smaller of the two (this one when equal).
   *
   * @param other another number
   * @return the smaller of the two (this one when equal)
   */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of the two (this one when equal).
   *
   * @param other another number
   * @return the larger of the two (this one when equal)
   */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Rounds exactly once: the correctly rounded decimal of the exact value.
   *
   * @param scale digits after the decimal point
   * @param mode the rounding mode, e.g. {@link RoundingMode#HALF_UP}
   * @return the rounded decimal with exactly {@code scale} fraction digits
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /**
   * Returns the value rounded to {@code context}'s significant digits.
   *
   * @param context precision and rounding mode
   * @return the value rounded to {@code context}'s significant digits
   */
  public BigDecimal toBigDecimal(MathContext context) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  /** Returns true when the value has a finite decimal expansion (denominator of the form 2^a 5^b). */
  public boolean isTerminating() {
    BigInteger five = BigInteger.valueOf(5);
    BigInteger d = denominator.shiftRight(denominator.getLowestSetBit());
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  /**
   * The exact decimal, when there is one.
   *
   * @return the exact value as a decimal without trailing zeros
   * @throws ArithmeticException if the expansion does not terminate ({@link #isTerminating()})
   */
  public BigDecimal toBigDecimalExact() {
    BigDecimal q = new BigDecimal(numerator).divide(new BigDecimal(denominator));
    return Checks.normalize(q);
  }

  @Override
  public int compareTo(Rational other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Rational)) {
      return false;
    }
    Rational o = (Rational) obj;
    return numerator.equals(o.numerator) && denominator.equals(o.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** @return the exact decimal when it terminates, else {@code "numerator/denominator"} */
  @Override
  public String toString() {
    if (isTerminating()) {
      return toBigDecimalExact().toPlainString();
    }
    return numerator + "/" + denominator;
  }
}
