/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Pemeriksaan masukan: validation helpers shared by the model types. Not public API. */
final class Checks {
  private Checks() {}

  /** Runs of whitespace ({@link Character#isWhitespace}) and space separators (U+00A0, U+2007, ...). */
  private static final Pattern SPACES = Pattern.compile("[\\s\\x1C-\\x1F\\p{Z}]+");

  /** A printed label with every run of spaces, Unicode spaces included, as one space, trimmed. */
  static String collapseSpaces(String label) {
    return SPACES.matcher(label).replaceAll(" ").trim();
  }

  static String nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw InvalidValueException.of(field, value, "must not be blank");
    }
    return value;
  }

  /**
   * Returns the value, when it has at most {@link Rational#MAX_INTEGER_DIGITS} digits before and
   * {@link Rational#MAX_FRACTION_DIGITS} after the decimal point (trailing zeros not counted).
   *
   * @return the value, when it has at most {@link Rational#MAX_INTEGER_DIGITS} digits before and
   *     {@link Rational#MAX_FRACTION_DIGITS} after the decimal point (trailing zeros not counted)
   * @throws InvalidValueException otherwise, without ever expanding the number (1e1000000 is
   *     refused at once)
   */
  static BigDecimal bounded(String field, BigDecimal value) {
    if (value.signum() == 0) {
      return value;
    }
    // precision and scale only: no digits are made, so 1e-100000000 costs nothing
    BigDecimal s = value.unscaledValue().bitLength() > 4096 ? value : value.stripTrailingZeros();
    long integerDigits = (long) s.precision() - s.scale();
    long fractionDigits = Math.max(0, s.scale());
    if (integerDigits > Rational.MAX_INTEGER_DIGITS || fractionDigits > Rational.MAX_FRACTION_DIGITS) {
      String shown = s.precision() <= 60 && Math.abs((long) s.scale()) <= 60 ? s.toPlainString() : s.toString();
      throw InvalidValueException.of(field, shown.length() > 80 ? shown.substring(0, 40) + "…" : shown,
          "must have at most " + Rational.MAX_INTEGER_DIGITS + " digits before and " + Rational.MAX_FRACTION_DIGITS
              + " after the decimal point");
    }
    return value;
  }

  static BigDecimal nonNegative(String field, BigDecimal value) {
    bounded(field, value);
    if (value.signum() < 0) {
      throw InvalidValueException.of(field, value, "must be >= 0");
    }
    return value;
  }

  static BigDecimal positive(String field, BigDecimal value) {
    bounded(field, value);
    if (value.signum() <= 0) {
      throw InvalidValueException.of(field, value, "must be > 0");
    }
    return value;
  }

  static <T> void unique(String field, Collection<T> items, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String k = key.apply(item);
      if (!seen.add(k)) {
        throw InvalidValueException.of(field, k, "must be unique");
      }
    }
  }

  /** The value bounded, with trailing zeros stripped and scale at least 0 (equal numbers equal objects). */
  static BigDecimal stripped(BigDecimal value) {
    return normalize(value);
  }

  /** Strips trailing zeros so that equal numbers are equal objects; zero becomes plain 0. */
  static BigDecimal normalize(BigDecimal value) {
    bounded("value", value);
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
