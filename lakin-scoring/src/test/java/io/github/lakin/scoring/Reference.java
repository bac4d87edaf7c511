/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A slow, plainly written reference for the capaian formulas of DOMAIN.md §3. Each formula is
 * brought to one exact fraction {@code numerator / denominator} of two decimals (only additions,
 * subtractions and multiplications, which BigDecimal does exactly), so no division happens until
 * the comparison.
 */
final class Reference {
  private Reference() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** An exact fraction of two decimals; the denominator is never zero. */
  record Fraction(BigDecimal numerator, BigDecimal denominator) {
    Fraction {
      if (denominator.signum() == 0) {
        throw new IllegalArgumentException("reference bug: zero denominator for " + numerator);
      }
    }

    static Fraction of(BigDecimal value) {
      return new Fraction(value, BigDecimal.ONE);
    }

    /** Rounds with one division of the exact numerator by the exact denominator. */
    BigDecimal round(int scale, RoundingMode mode) {
      return numerator.divide(denominator, scale, mode);
    }

    int signum() {
      return numerator.signum() * denominator.signum();
    }

    /** {@code this < other}, by cross-multiplication with positive denominators. */
    int compareTo(BigDecimal other) {
      BigDecimal n = denominator.signum() < 0 ? numerator.negate() : numerator;
      BigDecimal d = denominator.abs();
      return n.compareTo(other.multiply(d));
    }

    /** Numerator and denominator as integers over a common power of ten. */
    BigInteger[] integers() {
      int scale = Math.max(Math.max(numerator.scale(), denominator.scale()), 0);
      return new BigInteger[] {numerator.setScale(scale).unscaledValue(), denominator.setScale(scale).unscaledValue()};
    }

    @Override
    public String toString() {
      return numerator.toPlainString() + " / " + denominator.toPlainString();
    }
  }

  /** realisasi / target × 100 = (r × 100) / t. */
  static Fraction ratio(BigDecimal r, BigDecimal t) {
    return new Fraction(r.multiply(HUNDRED), t);
  }

  /** (2 − r / t) × 100 = ((2t − r) × 100) / t. */
  static Fraction inverse(BigDecimal r, BigDecimal t) {
    return new Fraction(TWO.multiply(t).subtract(r).multiply(HUNDRED), t);
  }

  /** t / r × 100 = (t × 100) / r. */
  static Fraction inverseRatio(BigDecimal r, BigDecimal t) {
    return new Fraction(t.multiply(HUNDRED), r);
  }

  /** (1 − |1 − r / t|) × 100 = ((t − |t − r|) × 100) / t, for t &gt; 0. */
  static Fraction closeness(BigDecimal r, BigDecimal t) {
    return new Fraction(t.subtract(t.subtract(r).abs()).multiply(HUNDRED), t);
  }

  /** (b − r) / (b − t) × 100 = ((b − r) × 100) / (b − t). */
  static Fraction reduction(BigDecimal r, BigDecimal t, BigDecimal b) {
    return new Fraction(b.subtract(r).multiply(HUNDRED), b.subtract(t));
  }

  /** PermenPANRB 8/2021 range rule; {@code null} when the bound used is 0 (zero-target case). */
  static Fraction range(BigDecimal r, BigDecimal lo, BigDecimal hi, boolean lowerIsBetter) {
    if (r.compareTo(lo) >= 0 && r.compareTo(hi) <= 0) {
      return Fraction.of(HUNDRED);
    }
    BigDecimal bound = r.compareTo(hi) > 0 ? hi : lo;
    if (bound.signum() == 0) {
      return null;
    }
    return lowerIsBetter ? inverse(r, bound) : ratio(r, bound);
  }

  /**
   * Asserts that a library value equals the reference fraction exactly: by cross-multiplying the
   * integers (independent of {@link Rational}'s reduction), and by rounding both at scale 10.
   */
  static void assertEquals(Rational actual, Fraction expected) {
    BigInteger[] nd = expected.integers();
    assertThat(actual.numerator().multiply(nd[1]))
        .as("%s == %s (cross-multiplied)", actual, expected)
        .isEqualTo(nd[0].multiply(actual.denominator()));
    assertThat(actual.round(10, RoundingMode.HALF_UP))
        .as("%s rounded at scale 10", expected)
        .isEqualTo(expected.round(10, RoundingMode.HALF_UP));
  }
}
