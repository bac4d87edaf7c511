/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;

/**
 * Format angka Indonesia (Indonesian number format): static shortcuts for {@link
 * NumberFormatter#indonesian()}, which writes {@code 1.234.567,89}, {@code 106,51%} and {@code
 * Rp9.960.052.227}.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class IndonesianFormat {
  private IndonesianFormat() {}

  /**
   * Writes a number in Indonesian style: grouping dots, decimal comma, exactly {@code scale}
   * decimals rounded half-up, {@code -} for negatives.
   *
   * @param value the number
   * @param scale the number of decimals, 0 to {@value NumberFormatter#MAX_SCALE}
   * @return e.g. {@code 1.234.567,89}
   * @throws InvalidValueException if the scale is out of range
   */
  public static String format(BigDecimal value, int scale) {
    return NumberFormatter.indonesian().format(value, scale);
  }

  /**
   * Writes a percentage in Indonesian style.
   *
   * @param value the percentage
   * @param scale the number of decimals, 0 to {@value NumberFormatter#MAX_SCALE}
   * @return e.g. {@code 106,51%}
   * @throws InvalidValueException if the scale is out of range
   */
  public static String formatPercent(BigDecimal value, int scale) {
    return NumberFormatter.indonesian().formatPercent(value, scale);
  }

  /**
   * Writes a whole Rupiah amount in Indonesian style, rounded half-up.
   *
   * @param value the amount
   * @return e.g. {@code Rp9.960.052.227}
   */
  public static String formatRupiah(BigDecimal value) {
    return NumberFormatter.indonesian().formatRupiah(value);
  }
}
