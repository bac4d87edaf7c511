/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RationalTest {

  private static Rational r(long n, long d) {
    return Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void reducesToLowestTermsWithPositiveDenominator() {
    // 6 / -4 = -3/2
    Rational x = r(6, -4);
    assertThat(x.numerator()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(x.denominator()).isEqualTo(BigInteger.valueOf(2));
    // -6 / -4 = 3/2
    assertThat(r(-6, -4).numerator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(r(-6, -4).denominator()).isEqualTo(BigInteger.valueOf(2));
    // 2300 / 24 = 575 / 6 (gcd 4)
    assertThat(r(2300, 24).numerator()).isEqualTo(BigInteger.valueOf(575));
    assertThat(r(2300, 24).denominator()).isEqualTo(BigInteger.valueOf(6));
  }

  @Test
  void zeroHasDenominatorOne() {
    assertThat(r(0, -5)).isEqualTo(Rational.ZERO);
    assertThat(r(0, -5).denominator()).isEqualTo(BigInteger.ONE);
    assertThat(r(0, -5).signum()).isZero();
    assertThat(Rational.of(0)).isEqualTo(Rational.ZERO);
  }

  @Test
  void equalsAndHashCodeAreNumeric() {
    Rational half = r(1, 2);
    assertThat(r(2, 4)).isEqualTo(half).hasSameHashCodeAs(half);
    assertThat(r(-3, -6)).isEqualTo(half).hasSameHashCodeAs(half);
    assertThat(Rational.of(dec("0.50"))).isEqualTo(half).hasSameHashCodeAs(half);
    assertThat(Rational.parse("0.5")).isEqualTo(half);
    assertThat(Rational.of(dec("100.00"))).isEqualTo(Rational.HUNDRED).isEqualTo(Rational.of(100));
    assertThat(r(1, 2)).isNotEqualTo(r(1, 3)).isNotEqualTo(r(-1, 2));
    assertThat(half).isNotEqualTo("1/2");
  }

  @Test
  void ofBigDecimalWithNegativeScale() {
    // 1E+3 has scale -3 and is the integer 1000
    assertThat(Rational.of(dec("1E+3"))).isEqualTo(Rational.of(1000));
    assertThat(Rational.of(dec("-2.5E+1"))).isEqualTo(Rational.of(-25));
    // 40.594 = 40594 / 1000 = 20297 / 500
    assertThat(Rational.of(dec("40.594"))).isEqualTo(r(20297, 500));
  }

  @Test
  void arithmetic() {
    // 1/2 + 1/3 = 3/6 + 2/6 = 5/6
    assertThat(r(1, 2).add(r(1, 3))).isEqualTo(r(5, 6));
    // 1/6 + 1/6 = 2/6 = 1/3 (same denominator path must still reduce)
    assertThat(r(1, 6).add(r(1, 6))).isEqualTo(r(1, 3));
    assertThat(r(1, 6).add(r(1, 6)).denominator()).isEqualTo(BigInteger.valueOf(3));
    // 1/2 − 1/3 = 1/6 ; 1/3 − 1/2 = −1/6
    assertThat(r(1, 2).subtract(r(1, 3))).isEqualTo(r(1, 6));
    assertThat(r(1, 3).subtract(r(1, 2))).isEqualTo(r(-1, 6));
    // 2/3 × 9/4 = 18/12 = 3/2
    assertThat(r(2, 3).multiply(r(9, 4))).isEqualTo(r(3, 2));
    // (1/2) / (1/4) = 2 ; (1/2) / (−1/4) = −2
    assertThat(r(1, 2).divide(r(1, 4))).isEqualTo(Rational.of(2));
    assertThat(r(1, 2).divide(r(-1, 4))).isEqualTo(Rational.of(-2));
    assertThat(r(1, 2).divide(r(-1, 4)).denominator()).isEqualTo(BigInteger.ONE);
    // 3/4 / 3 = 1/4
    assertThat(r(3, 4).divide(3)).isEqualTo(r(1, 4));
    // ratio(88.83, 81) = 8883/8100 = 329/300
    assertThat(Rational.ratio(dec("88.83"), dec("81"))).isEqualTo(r(329, 300));
  }

  @Test
  void negateAbsSignumMinMax() {
    assertThat(r(2, 3).negate()).isEqualTo(r(-2, 3));
    assertThat(Rational.ZERO.negate()).isEqualTo(Rational.ZERO);
    assertThat(r(-2, 3).abs()).isEqualTo(r(2, 3));
    assertThat(r(2, 3).abs()).isEqualTo(r(2, 3));
    assertThat(r(-2, 3).signum()).isEqualTo(-1);
    assertThat(r(2, 3).signum()).isEqualTo(1);
    assertThat(r(1, 3).min(r(1, 2))).isEqualTo(r(1, 3));
    assertThat(r(1, 3).max(r(1, 2))).isEqualTo(r(1, 2));
    assertThat(r(-1, 2).min(r(-1, 3))).isEqualTo(r(-1, 2));
  }

  @Test
  void compareTo() {
    // 1/3 = 0.333… < 0.34
    assertThat(r(1, 3)).isLessThan(Rational.parse("0.34"));
    assertThat(r(-1, 2)).isLessThan(r(-1, 3));
    assertThat(r(2, 4).compareTo(r(1, 2))).isZero();
    // 101.485 > 101.48 and < 101.49
    Rational x = Rational.parse("101.485");
    assertThat(x).isGreaterThan(Rational.parse("101.48")).isLessThan(Rational.parse("101.49"));
  }

  @Test
  void divideByZeroIsAnInvalidValueNotArithmeticException() {
    assertThatThrownBy(() -> r(1, 2).divide(Rational.ZERO)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("divisor");
    assertThatThrownBy(() -> r(1, 2).divide(0L)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Rational.ratio(BigDecimal.ONE, dec("0.00"))).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Rational.of(BigInteger.ONE, BigInteger.ZERO));
    assertThat(e.field()).isEqualTo("denominator");
    assertThat(e).hasMessageContaining("denominator").hasMessageContaining("0");
  }

  @Test
  void roundsHalfUpAtExactTies() {
    // target 40, realisasi 40.594: 40.594 / 40 × 100 = 4059.4 / 40 = 101.485 exactly
    Rational capaian = Rational.ratio(dec("40.594"), dec("40")).multiply(Rational.HUNDRED);
    assertThat(capaian).isEqualTo(Rational.parse("101.485"));
    assertThat(capaian.round(2, RoundingMode.HALF_UP)).isEqualTo(dec("101.49"));
    // HALF_EVEN goes to the even neighbour 101.48: proves the tie is exact
    assertThat(capaian.round(2, RoundingMode.HALF_EVEN)).isEqualTo(dec("101.48"));
    // NRR 2.901 × 25 = 72.525 → 72.53
    Rational ikm = Rational.parse("2.901").multiply(Rational.of(25));
    assertThat(ikm.round(2, RoundingMode.HALF_UP)).isEqualTo(dec("72.53"));
    assertThat(ikm.round(2, RoundingMode.HALF_EVEN)).isEqualTo(dec("72.52"));
    // half-up rounds negative ties away from zero: −72.525 → −72.53
    assertThat(ikm.negate().round(2, RoundingMode.HALF_UP)).isEqualTo(dec("-72.53"));
  }

  @Test
  void roundGivesExactlyTheScale() {
    assertThat(Rational.of(1).round(2, RoundingMode.HALF_UP)).isEqualTo(dec("1.00"));
    // 2/3 = 0.666… → 0.67 ; 1/3 → 0.33 ; 1/2 at scale 0 → 1 ; −1/2 → −1
    assertThat(r(2, 3).round(2, RoundingMode.HALF_UP)).isEqualTo(dec("0.67"));
    assertThat(r(1, 3).round(2, RoundingMode.HALF_UP)).isEqualTo(dec("0.33"));
    assertThat(r(1, 2).round(0, RoundingMode.HALF_UP)).isEqualTo(dec("1"));
    assertThat(r(-1, 2).round(0, RoundingMode.HALF_UP)).isEqualTo(dec("-1"));
    // 23/24 × 100 = 95.8333… → 95.83 at 2, 95.8333 at 4
    assertThat(r(2300, 24).round(2, RoundingMode.HALF_UP)).isEqualTo(dec("95.83"));
    assertThat(r(2300, 24).round(4, RoundingMode.HALF_UP)).isEqualTo(dec("95.8333"));
    // 1/3 to 5 significant digits
    assertThat(r(1, 3).toBigDecimal(new MathContext(5, RoundingMode.HALF_UP))).isEqualTo(dec("0.33333"));
  }

  @ParameterizedTest
  @CsvSource({
    "1, 3, false",
    "1, 6, false",
    "1, 7, false",
    "1, 8, true",
    "3, 40, true",
    "7, 1, true",
    "1, 1024, true",
    "1, 3125, true",
    "1, 1000000, true",
    "1, 15, false",
    "1, 3000, false",
    "-1, 20, true"
  })
  void isTerminating(long n, long d, boolean terminating) {
    assertThat(r(n, d).isTerminating()).isEqualTo(terminating);
  }

  @Test
  void toBigDecimalExact() {
    assertThat(r(3, 40).toBigDecimalExact()).isEqualTo(dec("0.075"));
    assertThat(Rational.of(dec("100.00")).toBigDecimalExact()).isEqualTo(dec("100"));
    assertThatThrownBy(() -> r(1, 3).toBigDecimalExact()).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 3, 1/3",
    "-2, 3, -2/3",
    "1, 2, 0.5",
    "4, 1, 4",
    "100, 1, 100",
    "3, 40, 0.075",
    "0, 9, 0",
    "-5, 4, -1.25",
    "1000, 1, 1000",
    "575, 6, 575/6"
  })
  void toStringIsExactDecimalOrFraction(long n, long d, String expected) {
    assertThat(r(n, d)).hasToString(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "1/3; 1; 3",
    " -2 / 4 ; -1; 2",
    "3/-6; -1; 2",
    "12.5; 25; 2",
    "-0.75; -3; 4",
    "1E+2; 100; 1",
    "007; 7; 1",
    "0.000; 0; 1"
  })
  void parse(String text, long n, long d) {
    assertThat(Rational.parse(text)).isEqualTo(r(n, d));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "abc", "1/2/3", "1.5/2", "1/", "/2", "12,5", "N/A"})
  void parseRejectsNonNumbersNamingTheText(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Rational.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("rational");
    assertThat(e.value()).isEqualTo(text);
    assertThat(e).hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void parseOfZeroDenominatorIsRejected() {
    assertThatThrownBy(() -> Rational.parse("1/0")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void constantsAreWhatTheySay() {
    assertThat(Rational.ZERO).isEqualTo(r(0, 1));
    assertThat(Rational.ONE).isEqualTo(r(7, 7));
    assertThat(Rational.HUNDRED).isEqualTo(r(300, 3));
  }
}
