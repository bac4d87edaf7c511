/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.budget;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.internal.DecimalText;
import io.github.lakin.scoring.internal.ShownOperands;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Analisis efisiensi (efficiency gap): capaian kinerja − serapan anggaran, in percentage points.
 * Positive means <i>efisien</i>: more performance than budget spent. Example (DOMAIN §12):
 * 106,51 − 99,89 = 6,62 points.
 *
 * <p>The gap is computed from the exact values and rounded once; its explanation shows capaian and
 * absorption with more decimals when those at the display scale would give another gap.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class EfficiencyGap {
  private final String label;
  private final Rational achievement;
  private final Rational absorption;
  private final RoundingPolicy rounding;

  private EfficiencyGap(String label, Rational achievement, Rational absorption, RoundingPolicy rounding) {
    this.label = label;
    this.achievement = achievement;
    this.absorption = absorption;
    this.rounding = rounding;
  }

  /**
   * Returns the gap.
   *
   * @param label what is compared, e.g. {@code "unit"} or a goal code
   * @param achievement the capaian kinerja in percent
   * @param absorption the budget absorption in percent
   * @param rounding the display rounding
   * @return the gap
   */
  public static EfficiencyGap of(String label, Rational achievement, Rational absorption, RoundingPolicy rounding) {
    return new EfficiencyGap(Objects.requireNonNull(label, "label"), Objects.requireNonNull(achievement, "achievement"),
        Objects.requireNonNull(absorption, "absorption"), Objects.requireNonNull(rounding, "rounding"));
  }

  /** Returns what is compared. */
  public String label() {
    return label;
  }

  /** Returns the capaian kinerja. */
  public Rational achievement() {
    return achievement;
  }

  /** Returns the absorption. */
  public Rational absorption() {
    return absorption;
  }

  /** Returns capaian − absorption, exact, in points. */
  public Rational gap() {
    return achievement.subtract(absorption);
  }

  /** Returns the display rounding of {@link #rounded()}. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** Returns the gap rounded once. */
  public BigDecimal rounded() {
    return rounding.round(gap());
  }

  /** Returns whether the gap is positive (efisien). */
  public boolean efficient() {
    return efficient(achievement, absorption);
  }

  /** The one rule of both measures: more capaian than absorption is efisien. */
  static boolean efficient(Rational achievement, Rational absorption) {
    return achievement.compareTo(absorption) > 0;
  }

  /**
   * The verdict in words, as both measures explain it and every output shows it.
   *
   * @param efficient whether capaian exceeds serapan ({@link #efficient()})
   * @param locale Indonesian ({@code id}) or English
   * @return {@code efisien} or {@code tidak efisien}; {@code efficient} or {@code not efficient}
   * @since 0.1.0
   */
  public static String verdict(boolean efficient, Locale locale) {
    boolean id = DecimalText.isIndonesian(locale);
    return efficient ? (id ? "efisien" : "efficient") : (id ? "tidak efisien" : "not efficient");
  }

  /**
   * Returns e.g. {@code "106,51 − 99,89 = 6,62 poin (efisien)"}.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return e.g. {@code "106,51 − 99,89 = 6,62 poin (efisien)"}
   */
  public String explain(Locale locale) {
    boolean id = DecimalText.isIndonesian(locale);
    RoundingPolicy shown = ShownOperands.rounding(rounding, rounded(),
        r -> Rational.of(r.round(achievement)).subtract(Rational.of(r.round(absorption))));
    return DecimalText.format(shown.round(achievement), locale) + " − " + DecimalText.format(shown.round(absorption), locale)
        + " = " + DecimalText.format(rounded(), locale) + (id ? " poin (" : " points (") + verdict(efficient(), locale) + ")";
  }

  @Override
  public String toString() {
    return label + ": " + rounded().toPlainString() + (efficient() ? " (efisien)" : "");
  }
}
