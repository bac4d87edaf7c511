/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the core model, shared by the property tests. */
final class CoreGen {
  private CoreGen() {}

  /** Fractions with small parts (many collisions, many ties) and large parts (overflow of long products). */
  static Gen<Rational> rationals() {
    Gen<Rational> small = longs().between(-1000, 1000)
        .zip(longs().between(-60, 60).assuming(d -> d != 0), CoreGen::fraction);
    Gen<Rational> large = longs().all()
        .zip(longs().all().assuming(d -> d != 0), CoreGen::fraction);
    Gen<Rational> decimals = decimals().map((BigDecimal d) -> Rational.of(d));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(4, small),
        org.quicktheories.api.Pair.of(2, large),
        org.quicktheories.api.Pair.of(3, decimals));
  }

  static Gen<Rational> nonZeroRationals() {
    return rationals().assuming(r -> r.signum() != 0);
  }

  private static Rational fraction(long n, long d) {
    return Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  /** Decimals with scales from -3 to 9 and up to 13 significant digits, either sign. */
  static Gen<BigDecimal> decimals() {
    return longs().between(-9_999_999_999_999L, 9_999_999_999_999L)
        .zip(integers().between(-3, 9), BigDecimal::valueOf);
  }

  /** Canonical decimal text (no trailing zeros, no exponent) of a non-zero negative number. */
  static Gen<String> negativeDecimalTexts() {
    // 1 to 12 significant digits at scales 0 to 10: magnitudes from 1E-10 to about 1E+12
    return integers().between(1, 12)
        .zip(longs().between(1, 999_999_999_999L), integers().between(0, 10), (digits, raw, s) -> {
          long u = raw % BigInteger.TEN.pow(digits).longValueExact();
          return BigDecimal.valueOf(u == 0 ? 1 : u, s).negate();
        })
        .map((BigDecimal d) -> canonical(d));
  }

  /** Returns plain text of the value with trailing zeros stripped, e.g. {@code -12.5}, {@code -100}. */
  static String canonical(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** Rounding modes that round (every mode but UNNECESSARY). */
  static Gen<RoundingMode> roundingModes() {
    return Generate.pick(List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN));
  }

  /** Periods of every type; {@code fromYear..toYear} inclusive. */
  static Gen<Period> periods(int fromYear, int toYear) {
    return Generate.enumValues(Period.Type.class).zip(
        integers().between(fromYear, toYear),
        integers().between(1, 12),
        (type, year, i) -> {
          int max = 12 / type.months();
          int index = (i - 1) % max + 1;
          switch (type) {
            case YEAR:
              return Period.year(year);
            case SEMESTER:
              return Period.semester(year, index);
            case QUARTER:
              return Period.quarter(year, index);
            default:
              return Period.month(year, index);
          }
        });
  }
}
