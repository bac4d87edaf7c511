/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;

/**
 * Dasar penentuan predikat (classification basis): whether a mutu or predikat is looked up with
 * the exact value or with the value as displayed.
 *
 * <p>The two differ only near a band boundary. An IKM konversi of exactly 88.3075 displays as
 * 88.31, which the konversi column of PermenPANRB 14/2017 puts in mutu A, while the exact value is
 * below 88.31 (and its NRR 3.5323 below 3.5324) and so is mutu B. Regulations do not say which is
 * meant, so the choice is explicit; {@link #EXACT} is the default everywhere in this package.
 *
 * @since 0.1.0
 */
public enum ClassificationBasis {
  /** Classify the exact value (the default): the band follows the arithmetic, not the display. */
  EXACT,
  /**
   * Classify the value rounded for display (with the result's {@link RoundingPolicy}), so the band
   * always agrees with the printed figure.
   */
  DISPLAYED;

  /**
   * The value to look up in a band table.
   *
   * @param exact the exact value
   * @param display the rounding used for display
   * @return {@code exact} for {@link #EXACT}; {@code exact} rounded with {@code display} for
   *     {@link #DISPLAYED}
   */
  Rational select(Rational exact, RoundingPolicy display) {
    if (this == EXACT) {
      return exact;
    }
    BigDecimal shown = display.round(exact);
    return Rational.of(shown);
  }
}
