/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.Rational;
import java.math.RoundingMode;

/**
 * Nilai penimbang (weight of each unsur in the IKM): exactly {@code 1/n}, or, for compatibility
 * only, the rounded figure the regulation prints.
 *
 * @since 0.1.0
 */
public enum PenimbangMode {
  /**
   * The standard: each of the {@code n} unsur weighs exactly {@code 1/n}, so the IKM is the mean of
   * the NRR and all-4 answers give exactly 4 and a konversi of exactly 100.
   */
  EXACT,
  /**
   * <strong>Non-standard, wrong; for reproducing flawed spreadsheets only.</strong> Each unsur
   * weighs {@code 1/n} rounded half-up to three decimals, as PermenPANRB 14/2017 prints it: 0,111
   * for nine unsur (0,071 for the fourteen of KepMenPAN 25/2004). With nine unsur all answered 4 the
   * index is 36 × 0.111 = 3.996 and the konversi 99.90 instead of 100.00. The konversi can even leave
   * 25–100 (nine unsur all answered 1 give 24.975; six unsur all 4 give 6 × 4 × 0.167 × 25 = 100.2);
   * such a value is graded as the nearest end band. Never use it for a new report.
   */
  PRINTED_0_111;

  /**
   * The nilai penimbang for {@code n} unsur.
   *
   * @param n the number of unsur, at least 1
   * @return {@code 1/n} for {@link #EXACT}; {@code 1/n} rounded half-up to 3 decimals for
   *     {@link #PRINTED_0_111}
   */
  public Rational penimbang(int n) {
    Rational exact = Rational.ONE.divide(n);
    if (this == EXACT) {
      return exact;
    }
    return Rational.of(exact.round(3, RoundingMode.HALF_UP));
  }
}
