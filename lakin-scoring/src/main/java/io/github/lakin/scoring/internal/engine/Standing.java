/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.Achievement;

/**
 * Kedudukan terhadap target (standing): the one classification of an indicator for both paths —
 * from the value after the cap and floor compared with 100 (above, equal, below), from the
 * category for a categorical target, or not available / undefined. Met means "mencapai atau
 * melampaui target" (DOMAIN §6): above, equal, or the category reached.
 *
 * <p>The comparison with 100 is made exactly ({@link #exact(Rational)}) or, in the kernel, on the
 * fixed-point value ({@link #compareFixed(long, long, long)}); both give the sign of
 * {@code value − 100}, which {@link #ofComparison(int)} turns into the standing.
 *
 * @since 0.1.0
 */
public enum Standing {
  /** Capaian strictly above 100: met. The first three ordinals are {@code 1 − sign(value − 100)}. */
  ABOVE(true),
  /** Capaian exactly 100: met. */
  EQUAL(true),
  /** Capaian below 100: not met. */
  BELOW(false),
  /** A categorical target whose category was reached: met, no number. */
  CATEGORY_MET(true),
  /** A categorical target whose category was not reached. */
  CATEGORY_NOT_MET(false),
  /** No realisasi yet. */
  NOT_AVAILABLE(false),
  /** No capaian exists (e.g. target 0, realisasi 5). */
  UNDEFINED(false);

  private static final Standing[] VALUES = values();
  private final boolean met;

  Standing(boolean met) {
    this.met = met;
  }

  /** Returns whether the target was met. */
  public boolean isMet() {
    return met;
  }

  /**
   * Returns {@link #ABOVE}, {@link #EQUAL} or {@link #BELOW}.
   *
   * @param signOfValueMinusHundred the sign of {@code value − 100}, value after the cap and floor
   * @return {@link #ABOVE}, {@link #EQUAL} or {@link #BELOW}
   */
  public static Standing ofComparison(int signOfValueMinusHundred) {
    return VALUES[1 - Integer.signum(signOfValueMinusHundred)];
  }

  /**
   * Returns its standing.
   *
   * @param valueAfterLimits the exact value after the cap and floor
   * @return its standing
   */
  public static Standing exact(Rational valueAfterLimits) {
    return ofComparison(valueAfterLimits.compareTo(Rational.HUNDRED));
  }

  /**
   * The sign of {@code v − 100} for {@code v × 10^k = q + f}, {@code 0 ≤ f < 1}, {@code f > 0} iff
   * {@code sticky}: {@code v > 100} iff {@code q > H} or ({@code q = H} and {@code sticky}), with
   * {@code H = 100 × 10^k}.
   *
   * @param q the fixed-point value after the cap and floor
   * @param sticky 1 when {@code f > 0}, else 0
   * @param hundredQ {@code 100 × 10^k}
   * @return the sign of {@code v − 100}
   */
  public static int compareFixed(long q, long sticky, long hundredQ) {
    int c = Long.compare(q, hundredQ);
    return c != 0 ? c : (int) sticky;
  }

  /**
   * {@link #compareFixed} turned into the ordinal of {@link #ABOVE}, {@link #EQUAL} or
   * {@link #BELOW} ({@code 1 − sign}) without a branch, for the kernel's loop, where a capaian is
   * above or below 100 about as often as not and a branch would be mispredicted half the time.
   * Requires {@code |q| + hundredQ + 1 < 2^63}.
   *
   * @param q the fixed-point value after the cap and floor
   * @param sticky 1 when {@code f > 0}, else 0
   * @param hundredQ {@code 100 × 10^k}
   * @return the ordinal of the standing
   */
  public static int ordinalFixed(long q, long sticky, long hundredQ) {
    long above = (hundredQ - q - sticky) >>> 63; // v > 100 iff q + sticky > 100 × 10^k, as for the cap
    long below = (q - hundredQ) >>> 63; // v < 100 iff q < 100 × 10^k
    return (int) (1 - above + below);
  }

  /**
   * Returns {@link #CATEGORY_MET} or {@link #CATEGORY_NOT_MET}.
   *
   * @param met whether the category was reached
   * @return {@link #CATEGORY_MET} or {@link #CATEGORY_NOT_MET}
   */
  public static Standing category(boolean met) {
    return met ? CATEGORY_MET : CATEGORY_NOT_MET;
  }

  /**
   * Returns its standing.
   *
   * @param a a capaian of the object path
   * @return its standing
   */
  public static Standing of(Achievement a) {
    switch (a.status()) {
      case NOT_AVAILABLE:
        return NOT_AVAILABLE;
      case UNDEFINED:
        return UNDEFINED;
      default:
        break;
    }
    if (a.categoryMet().isPresent()) {
      return category(a.categoryMet().get());
    }
    return a.value().map(Standing::exact).orElse(CATEGORY_NOT_MET);
  }

  /**
   * Returns the standing.
   *
   * @param ordinal an ordinal as stored in a byte column
   * @return the standing
   */
  public static Standing ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
