/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.budget;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.internal.DecimalText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Indeks efisiensi (efficiency index): capaian kinerja ÷ serapan anggaran, a ratio without unit.
 * Above 1 means <i>efisien</i>: more performance per share of the budget spent. Example (DOMAIN
 * §13): 99,92 / 94,00 = 1,063. It is the companion of {@link EfficiencyGap} (the same two
 * figures, subtracted); reports name one or the other, and the two are kept apart by name.
 *
 * <p>The index is the exact quotient of the two exact figures and is rounded once, by default at
 * {@value #DEFAULT_SCALE} decimals (as reports print {@code 1,063}) in the rounding mode of the
 * figures; {@link #of(String, Rational, Rational, RoundingPolicy, RoundingPolicy)} takes any other
 * rounding.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class EfficiencyIndex {
  /** The decimals an index is shown with unless another rounding is given. */
  public static final int DEFAULT_SCALE = 3;

  private final String label;
  private final Rational achievement;
  private final Rational absorption;
  private final RoundingPolicy figures;
  private final RoundingPolicy rounding;

  private EfficiencyIndex(String label, Rational achievement, Rational absorption, RoundingPolicy figures, RoundingPolicy rounding) {
    this.label = label;
    this.achievement = achievement;
    this.absorption = absorption;
    this.figures = figures;
    this.rounding = rounding;
  }

  /**
   * Returns the index.
   *
   * @param label what is compared, e.g. {@code "unit"} or a goal code
   * @param achievement the capaian kinerja in percent
   * @param absorption the budget absorption in percent, above 0
   * @param figures the rounding the capaian and the absorption are shown with (in {@link #explain})
   * @param rounding the rounding of the index itself
   * @return the index
   * @throws InvalidValueException if the absorption is not above 0 (nothing spent: no index)
   */
  public static EfficiencyIndex of(String label, Rational achievement, Rational absorption, RoundingPolicy figures,
      RoundingPolicy rounding) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(achievement, "achievement");
    Objects.requireNonNull(absorption, "absorption");
    if (absorption.signum() <= 0) {
      throw InvalidValueException.of(label + ": absorption", absorption.toString(),
          "must be > 0 for an efficiency index (capaian ÷ serapan)");
    }
    return new EfficiencyIndex(label, achievement, absorption, Objects.requireNonNull(figures, "figures"),
        Objects.requireNonNull(rounding, "rounding"));
  }

  /**
   * Returns the index.
   *
   * @param label what is compared
   * @param achievement the capaian kinerja in percent
   * @param absorption the budget absorption in percent, above 0
   * @param figures the rounding of the capaian and absorption; the index is rounded at
   *     {@value #DEFAULT_SCALE} decimals in its mode
   * @return the index
   * @throws InvalidValueException if the absorption is not above 0
   */
  public static EfficiencyIndex of(String label, Rational achievement, Rational absorption, RoundingPolicy figures) {
    return of(label, achievement, absorption, figures, defaultRounding(figures));
  }

  /**
   * Returns the default rounding of an index beside them: {@value #DEFAULT_SCALE} decimals, their
   * mode.
   *
   * @param figures the rounding of the figures
   * @return the default rounding of an index beside them: {@value #DEFAULT_SCALE} decimals, their mode
   */
  public static RoundingPolicy defaultRounding(RoundingPolicy figures) {
    return RoundingPolicy.of(DEFAULT_SCALE, figures.mode());
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

  /** Returns capaian ÷ absorption, exact. */
  public Rational index() {
    return achievement.divide(absorption);
  }

  /** Returns the rounding of {@link #rounded()}. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** Returns the index rounded once. */
  public BigDecimal rounded() {
    return rounding.round(index());
  }

  /** Returns whether the index is above 1 (efisien). */
  public boolean efficient() {
    return EfficiencyGap.efficient(achievement, absorption);
  }

  /**
   * Returns e.g. {@code "99,92 / 94,00 = 1,063 (efisien)"}.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return e.g. {@code "99,92 / 94,00 = 1,063 (efisien)"}
   */
  public String explain(Locale locale) {
    return DecimalText.format(figures.round(achievement), locale) + " / " + DecimalText.format(figures.round(absorption), locale)
        + " = " + DecimalText.format(rounded(), locale) + " (" + EfficiencyGap.verdict(efficient(), locale) + ")";
  }

  @Override
  public String toString() {
    return label + ": " + rounded().toPlainString() + (efficient() ? " (efisien)" : "");
  }
}
