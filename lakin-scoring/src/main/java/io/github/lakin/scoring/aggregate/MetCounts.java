/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.internal.DecimalText;
import io.github.lakin.scoring.internal.engine.Standing;
import io.github.lakin.scoring.internal.engine.Tally;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Jumlah indikator tercapai (counts): "10 dari 11 indikator mencapai atau melampaui target" —
 * met (capaian ≥ 100, or the category reached), and of the numeric ones how many are strictly
 * above, exactly at and below 100 (exact values, after cap and floor), plus those not available
 * or undefined; and the {@link #rate() achievement rate} (tingkat ketercapaian), the share met.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class MetCounts {
  private final int total;
  private final int met;
  private final int above;
  private final int equal;
  private final int below;
  private final int notMet;
  private final int notAvailable;
  private final int undefined;

  private MetCounts(int total, int met, int above, int equal, int below, int notMet, int notAvailable, int undefined) {
    this.total = total;
    this.met = met;
    this.above = above;
    this.equal = equal;
    this.below = below;
    this.notMet = notMet;
    this.notAvailable = notAvailable;
    this.undefined = undefined;
  }

  /**
   * Counts the capaian of the object path, each classified by the engine's one classification
   * (the same that {@link io.github.lakin.scoring.bulk.BulkScores#isMet(int)} uses).
   */
  static MetCounts of(List<Achievement> achievements) {
    Tally t = new Tally();
    for (Achievement a : achievements) {
      t.add(Standing.of(a));
    }
    return t.toMetCounts();
  }

  /**
   * The counts from the number of indicators in each disjoint class. Met is
   * {@code above + equal + categoryMet}; not met is {@code below + categoryNotMet}.
   *
   * @param above numeric capaian strictly above 100 (after cap and floor)
   * @param equal numeric capaian exactly 100
   * @param below numeric capaian below 100
   * @param categoryMet categorical targets reached
   * @param categoryNotMet categorical targets not reached
   * @param notAvailable indicators without a realisasi
   * @param undefined indicators whose capaian is undefined
   * @return the counts
   * @throws InvalidValueException if a count is negative
   */
  public static MetCounts of(int above, int equal, int below, int categoryMet, int categoryNotMet, int notAvailable, int undefined) {
    int[] all = {above, equal, below, categoryMet, categoryNotMet, notAvailable, undefined};
    String[] names = {"above", "equal", "below", "categoryMet", "categoryNotMet", "notAvailable", "undefined"};
    long total = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] < 0) {
        throw InvalidValueException.of("counts: " + names[i], all[i], "must be >= 0");
      }
      total += all[i];
    }
    return new MetCounts(Math.toIntExact(total), above + equal + categoryMet, above, equal, below, below + categoryNotMet, notAvailable, undefined);
  }

  /** Returns all indicators. */
  public int total() {
    return total;
  }

  /** Returns indicators that met or exceeded their target. */
  public int met() {
    return met;
  }

  /** Returns computed indicators that did not meet their target. */
  public int notMet() {
    return notMet;
  }

  /** Returns numeric capaian strictly above 100. */
  public int above() {
    return above;
  }

  /** Returns numeric capaian exactly 100. */
  public int equal() {
    return equal;
  }

  /** Returns numeric capaian below 100. */
  public int below() {
    return below;
  }

  /** Returns indicators whose realisasi is not available. */
  public int notAvailable() {
    return notAvailable;
  }

  /** Returns indicators whose capaian is undefined. */
  public int undefined() {
    return undefined;
  }

  /**
   * Tingkat ketercapaian (achievement rate): the share of indicators met, met ÷ total × 100, over
   * the same indicators and the same definition of met as {@link #statement(Locale)} (10 of 11
   * met is 1000/11 = 90,909…%).
   *
   * @return the exact rate in percent; empty when there are no indicators
   */
  public Optional<Rational> rate() {
    return total == 0 ? Optional.empty() : Optional.of(Rational.of(met).multiply(Rational.HUNDRED).divide(total));
  }

  /**
   * Returns the rate rounded once under a policy's rounding.
   *
   * @param rounding the policy's rounding
   * @return {@link #rate()} rounded once under it (10 of 11 at 2 decimals half-up: 90,91)
   */
  public Optional<BigDecimal> rate(RoundingPolicy rounding) {
    return rate().map(rounding::round);
  }

  /**
   * Returns the sentence that states how many indicators met their target.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return e.g. {@code "10 dari 11 indikator mencapai atau melampaui target"}; every indicator of
   *     the agreement counts, and those without an achievement (not available or undefined) are named:
   *     {@code "1 dari 3 indikator mencapai atau melampaui target (1 tanpa capaian)"} — the one
   *     wording of this sentence, used by the command, the renderers and the JSON form
   */
  public String statement(Locale locale) {
    boolean id = DecimalText.isIndonesian(locale);
    String s = id ? met + " dari " + total + " indikator mencapai atau melampaui target"
        : met + " of " + total + " indicators met or exceeded their target";
    int without = notAvailable + undefined;
    if (without > 0) {
      s += id ? " (" + without + " tanpa capaian)" : " (" + without + " without an achievement)";
    }
    return s;
  }

  @Override
  public String toString() {
    return "MetCounts{total=" + total + ", met=" + met + ", above=" + above + ", equal=" + equal + ", below=" + below
        + ", notMet=" + notMet + ", notAvailable=" + notAvailable + ", undefined=" + undefined + "}";
  }
}
