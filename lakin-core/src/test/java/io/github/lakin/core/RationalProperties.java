/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static io.github.lakin.core.CoreGen.decimals;
import static io.github.lakin.core.CoreGen.nonZeroRationals;
import static io.github.lakin.core.CoreGen.rationals;
import static io.github.lakin.core.CoreGen.roundingModes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RationalProperties {

  @Test
  void alwaysInLowestTermsWithPositiveDenominator() {
    qt().forAll(longs().all(), longs().all().assuming(d -> d != 0)).checkAssert((n, d) -> {
      Rational x = Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
      assertThat(x.denominator().signum()).isEqualTo(1);
      assertThat(x.numerator().gcd(x.denominator())).isEqualTo(BigInteger.ONE);
      // same value: n × den = num × d
      assertThat(BigInteger.valueOf(n).multiply(x.denominator()))
          .isEqualTo(x.numerator().multiply(BigInteger.valueOf(d)));
    });
  }

  @Test
  void scalingNumeratorAndDenominatorKeepsTheValueAndHash() {
    qt().forAll(rationals(), longs().between(-1_000_000, 1_000_000).assuming(k -> k != 0)).checkAssert((a, k) -> {
      BigInteger kk = BigInteger.valueOf(k);
      Rational scaled = Rational.of(a.numerator().multiply(kk), a.denominator().multiply(kk));
      assertThat(scaled).isEqualTo(a);
      assertThat(scaled.hashCode()).isEqualTo(a.hashCode());
    });
  }

  @Test
  void additionAndMultiplicationCommute() {
    qt().forAll(rationals(), rationals()).checkAssert((a, b) -> {
      assertThat(a.add(b)).isEqualTo(b.add(a));
      assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
    });
  }

  @Test
  void additionAndMultiplicationAssociate() {
    qt().forAll(rationals(), rationals(), rationals()).checkAssert((a, b, c) -> {
      assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
      assertThat(a.multiply(b).multiply(c)).isEqualTo(a.multiply(b.multiply(c)));
    });
  }

  @Test
  void multiplicationDistributesOverAddition() {
    qt().forAll(rationals(), rationals(), rationals()).checkAssert((a, b, c) ->
        assertThat(a.multiply(b.add(c))).isEqualTo(a.multiply(b).add(a.multiply(c))));
  }

  @Test
  void identitiesAndInverses() {
    qt().forAll(rationals()).checkAssert(a -> {
      assertThat(a.subtract(a)).isEqualTo(Rational.ZERO);
      assertThat(a.add(Rational.ZERO)).isEqualTo(a);
      assertThat(a.multiply(Rational.ONE)).isEqualTo(a);
      assertThat(a.multiply(Rational.ZERO)).isEqualTo(Rational.ZERO);
      assertThat(a.add(a.negate())).isEqualTo(Rational.ZERO);
      assertThat(a.negate().negate()).isEqualTo(a);
      assertThat(a.abs().signum()).isGreaterThanOrEqualTo(0);
    });
    qt().forAll(nonZeroRationals()).checkAssert(a -> {
      assertThat(a.divide(a)).isEqualTo(Rational.ONE);
      assertThat(Rational.ONE.divide(a).multiply(a)).isEqualTo(Rational.ONE);
    });
  }

  @Test
  void subtractAndDivideUndoAddAndMultiply() {
    qt().forAll(rationals(), nonZeroRationals()).checkAssert((a, b) -> {
      assertThat(a.add(b).subtract(b)).isEqualTo(a);
      assertThat(a.multiply(b).divide(b)).isEqualTo(a);
      assertThat(a.divide(b).multiply(b)).isEqualTo(a);
    });
  }

  @Test
  void divisionByZeroIsAlwaysAnInvalidValue() {
    qt().forAll(rationals()).checkAssert(a -> {
      try {
        a.divide(Rational.ZERO);
        throw new AssertionError("no exception for " + a + " / 0");
      } catch (InvalidValueException expected) {
        assertThat(expected.field()).isEqualTo("divisor");
      }
    });
  }

  @Test
  void compareToAgreesWithTheSignOfTheDifferenceAndWithEquals() {
    qt().forAll(rationals(), rationals()).checkAssert((a, b) -> {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.subtract(b).signum());
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
      assertThat(a.min(b)).isLessThanOrEqualTo(a.max(b));
    });
  }

  @Test
  void compareToAgreesWithBigDecimalOnDecimals() {
    qt().forAll(decimals(), decimals()).checkAssert((x, y) ->
        assertThat(Integer.signum(Rational.of(x).compareTo(Rational.of(y)))).isEqualTo(Integer.signum(x.compareTo(y))));
  }

  @Test
  void ofBigDecimalPreservesTheValue() {
    qt().forAll(decimals()).checkAssert(x -> {
      Rational r = Rational.of(x);
      // r = num / den exactly: x × den = num
      assertThat(x.multiply(new BigDecimal(r.denominator())).compareTo(new BigDecimal(r.numerator()))).isZero();
      assertThat(r.isTerminating()).isTrue();
      assertThat(r.toBigDecimalExact().compareTo(x)).isZero();
      assertThat(Rational.parse(x.toPlainString())).isEqualTo(r);
      assertThat(Rational.parse(x.toString())).isEqualTo(r);
    });
  }

  @Test
  void decimalArithmeticAgreesWithBigDecimal() {
    qt().forAll(decimals(), decimals()).checkAssert((x, y) -> {
      assertThat(Rational.of(x).add(Rational.of(y))).isEqualTo(Rational.of(x.add(y)));
      assertThat(Rational.of(x).subtract(Rational.of(y))).isEqualTo(Rational.of(x.subtract(y)));
      assertThat(Rational.of(x).multiply(Rational.of(y))).isEqualTo(Rational.of(x.multiply(y)));
    });
  }

  @Test
  void toStringParsesBack() {
    qt().forAll(rationals()).checkAssert(a -> assertThat(Rational.parse(a.toString())).isEqualTo(a));
  }

  @Test
  void isTerminatingIffTheExactDecimalExists() {
    qt().forAll(rationals()).checkAssert(a -> {
      boolean exact;
      try {
        a.toBigDecimalExact();
        exact = true;
      } catch (ArithmeticException e) {
        exact = false;
      }
      assertThat(a.isTerminating()).isEqualTo(exact);
    });
  }

  @Test
  void roundingIsIdempotent() {
    qt().forAll(rationals(), integers().between(0, 6), roundingModes()).checkAssert((a, scale, mode) -> {
      BigDecimal once = a.round(scale, mode);
      assertThat(once.scale()).isEqualTo(scale);
      assertThat(Rational.of(once).round(scale, mode)).isEqualTo(once);
      assertThat(RoundingPolicy.of(scale, mode).round(once)).isEqualTo(once);
    });
  }

  @Test
  void roundHalfUpEqualsBigDecimalDivide() {
    qt().forAll(rationals(), integers().between(0, 8)).checkAssert((a, scale) ->
        assertThat(a.round(scale, RoundingMode.HALF_UP))
            .isEqualTo(new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()), scale, RoundingMode.HALF_UP)));
  }

  /** An integer-only reference: q, rem = |n| × 10^s divmod d; round up when 2 × rem ≥ d; then sign. */
  @Test
  void roundHalfUpEqualsAnIntegerReference() {
    qt().forAll(rationals(), integers().between(0, 8)).checkAssert((a, scale) -> {
      BigInteger scaled = a.numerator().abs().multiply(BigInteger.TEN.pow(scale));
      BigInteger[] qr = scaled.divideAndRemainder(a.denominator());
      BigInteger q = qr[1].shiftLeft(1).compareTo(a.denominator()) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
      BigDecimal expected = new BigDecimal(a.signum() < 0 ? q.negate() : q, scale);
      assertThat(a.round(scale, RoundingMode.HALF_UP)).isEqualTo(expected);
    });
  }

  @Test
  void roundingErrorIsAtMostHalfAUnitInTheLastPlace() {
    qt().forAll(rationals(), integers().between(0, 6)).checkAssert((a, scale) -> {
      Rational error = Rational.of(a.round(scale, RoundingMode.HALF_UP)).subtract(a).abs();
      Rational halfUlp = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(scale).shiftLeft(1));
      assertThat(error).isLessThanOrEqualTo(halfUlp);
    });
  }
}
