/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Penulisan angka: writes decimals in Indonesian ({@code 1.234,5}) or English ({@code 1,234.5}) style.
 *
 * @since 0.1.0
 */
public final class DecimalText {
  private DecimalText() {}

  /**
   * Returns true for Indonesian.
   *
   * @param locale the language; Indonesian ({@code id}/{@code in}) or anything else for English
   * @return true for Indonesian
   */
  public static boolean isIndonesian(Locale locale) {
    return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
  }

  /**
   * Writes the decimal exactly as given (its own scale), with grouping.
   *
   * @param value the value
   * @param locale the language
   * @return the text
   */
  public static String format(BigDecimal value, Locale locale) {
    boolean id = isIndonesian(locale);
    char group = id ? '.' : ',';
    char decimal = id ? ',' : '.';
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder();
    if (value.signum() < 0) {
      sb.append('-');
    }
    int len = intPart.length();
    for (int i = 0; i < len; i++) {
      sb.append(intPart.charAt(i));
      int rest = len - 1 - i;
      if (rest > 0 && rest % 3 == 0) {
        sb.append(group);
      }
    }
    if (!frac.isEmpty()) {
      sb.append(decimal).append(frac);
    }
    return sb.toString();
  }

  /**
   * Returns the value rounded half-up to {@code scale} decimals and written.
   *
   * @param value the value
   * @param scale decimals to show
   * @param locale the language
   * @return the value rounded half-up to {@code scale} decimals and written
   */
  public static String format(BigDecimal value, int scale, Locale locale) {
    return format(value.setScale(scale, RoundingMode.HALF_UP), locale);
  }
}
