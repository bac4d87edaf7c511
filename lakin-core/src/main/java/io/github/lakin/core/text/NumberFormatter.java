/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Penulis angka (number formatter): writes a number as a report prints it, in the Indonesian
 * ({@code 1.234.567,89}, {@code 106,51%}, {@code Rp9.960.052.227}) or the English style ({@code
 * 1,234,567.89}).
 *
 * <p>Exactly {@code scale} decimals, rounded {@link RoundingMode#HALF_UP} once; thousands grouped
 * by three; a leading {@code -} for a negative value (a value that rounds to zero is written
 * without sign). No {@code double} and no locale: the separators are fixed by the style.
 *
 * <p>What it writes is read back by a {@link NumberParser} of the same style to the rounded
 * value, with one caveat from the decision table of {@link NumberParser}: a whole number with one
 * thousands group ({@code 5.985}) is read as 5985 only in a {@link ColumnKind#COUNT} or {@link
 * ColumnKind#MONEY} column, and a number with exactly three decimals and no grouping ({@code
 * 3,450}) as 3.45 in a {@link NumberStyle#MIXED} document only in a {@link ColumnKind#MEASURE}
 * column. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NumberFormatter {
  /** Largest scale accepted: more decimals than any report prints. */
  public static final int MAX_SCALE = 100;

  private static final NumberFormatter INDONESIAN = new NumberFormatter(NumberStyle.INDONESIAN, '.', ',');
  private static final NumberFormatter ENGLISH = new NumberFormatter(NumberStyle.ENGLISH, ',', '.');

  private final NumberStyle style;
  private final char grouping;
  private final char decimal;

  private NumberFormatter(NumberStyle style, char grouping, char decimal) {
    this.style = style;
    this.grouping = grouping;
    this.decimal = decimal;
  }

  /**
   * The Indonesian formatter: {@code .} groups thousands, {@code ,} is the decimal separator.
   *
   * @return the formatter
   */
  public static NumberFormatter indonesian() {
    return INDONESIAN;
  }

  /**
   * The English formatter: {@code ,} groups thousands, {@code .} is the decimal point.
   *
   * @return the formatter
   */
  public static NumberFormatter english() {
    return ENGLISH;
  }

  /**
   * The formatter of a style.
   *
   * @param style {@link NumberStyle#INDONESIAN} or {@link NumberStyle#ENGLISH}
   * @return the formatter
   * @throws InvalidValueException for {@link NumberStyle#MIXED}, which is a way of reading, not of
   *     writing
   */
  public static NumberFormatter of(NumberStyle style) {
    switch (Objects.requireNonNull(style, "style")) {
      case INDONESIAN:
        return INDONESIAN;
      case ENGLISH:
        return ENGLISH;
      default:
        throw InvalidValueException.of("style", style, "must be INDONESIAN or ENGLISH to write numbers");
    }
  }

  /**
   * The style.
   *
   * @return {@link NumberStyle#INDONESIAN} or {@link NumberStyle#ENGLISH}
   */
  public NumberStyle style() {
    return style;
  }

  /**
   * Writes a number.
   *
   * @param value the number
   * @param scale the number of decimals, 0 to {@value #MAX_SCALE}
   * @return e.g. {@code 1.234.567,89} (Indonesian) for 1234567.885 at scale 2
   * @throws InvalidValueException if the scale is out of range
   */
  public String format(BigDecimal value, int scale) {
    Objects.requireNonNull(value, "value");
    if (scale < 0 || scale > MAX_SCALE) {
      throw InvalidValueException.of("scale", scale, "must be between 0 and " + MAX_SCALE);
    }
    BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP);
    String digits = r.unscaledValue().abs().toString();
    if (digits.length() <= scale) {
      digits = "0".repeat(scale + 1 - digits.length()) + digits;
    }
    int integerDigits = digits.length() - scale;
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 2);
    if (r.signum() < 0) {
      b.append('-');
    }
    for (int p = 0; p < integerDigits; p++) {
      if (p > 0 && (integerDigits - p) % 3 == 0) {
        b.append(grouping);
      }
      b.append(digits.charAt(p));
    }
    if (scale > 0) {
      b.append(decimal).append(digits, integerDigits, digits.length());
    }
    return b.toString();
  }

  /**
   * Writes a percentage.
   *
   * @param value the percentage, e.g. 106.505
   * @param scale the number of decimals, 0 to {@value #MAX_SCALE}
   * @return e.g. {@code 106,51%} (Indonesian)
   * @throws InvalidValueException if the scale is out of range
   */
  public String formatPercent(BigDecimal value, int scale) {
    return format(value, scale) + "%";
  }

  /**
   * Writes a whole Rupiah amount.
   *
   * @param value the amount; rounded half-up to whole Rupiah
   * @return e.g. {@code Rp9.960.052.227} (Indonesian), {@code -Rp5.000} for a negative amount
   */
  public String formatRupiah(BigDecimal value) {
    return formatRupiah(value, 0);
  }

  /**
   * Writes a Rupiah amount with decimals.
   *
   * @param value the amount
   * @param scale the number of decimals, 0 to {@value #MAX_SCALE}
   * @return e.g. {@code Rp13.393.506.000,00} (Indonesian) at scale 2
   * @throws InvalidValueException if the scale is out of range
   */
  public String formatRupiah(BigDecimal value, int scale) {
    String s = format(value, scale);
    return s.startsWith("-") ? "-Rp" + s.substring(1) : "Rp" + s;
  }

  /**
   * A description for logs.
   *
   * @return e.g. {@code NumberFormatter[INDONESIAN]}
   */
  @Override
  public String toString() {
    return "NumberFormatter[" + style + "]";
  }
}
