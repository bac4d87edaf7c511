/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.band.BandTable;
import io.github.lakin.scoring.band.NextBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Perbandingan (comparisons) a LAKIN must show: realisasi against previous years, and against the
 * Renstra (five-year) end target.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class Comparisons {
  private Comparisons() {}

  /** Perbandingan antartahun: this year's value against one earlier year's. */
  public static final class YearDifference {
    private final int year;
    private final Rational previous;
    private final Rational current;

    YearDifference(int year, Rational previous, Rational current) {
      this.year = year;
      this.previous = previous;
      this.current = current;
    }

    /** Returns the earlier year. */
    public int year() {
      return year;
    }

    /** Returns that year's value. */
    public Rational previous() {
      return previous;
    }

    /** Returns this year's value. */
    public Rational current() {
      return current;
    }

    /** Returns current − previous, in points (the unit's own). */
    public Rational points() {
      return current.subtract(previous);
    }

    /** Returns the change in percent of the previous value; empty when the previous value is 0. */
    public Optional<Rational> percent() {
      return previous.signum() == 0 ? Optional.empty() : Optional.of(points().divide(previous).multiply(Rational.HUNDRED));
    }

    @Override
    public String toString() {
      return year + ": " + previous + " → " + current + " (" + points() + ")";
    }
  }

  /**
   * Returns one difference per earlier year, oldest first.
   *
   * @param current this year's realisasi (or capaian)
   * @param previousByYear earlier years' values, by year
   * @return one difference per earlier year, oldest first
   */
  public static List<YearDifference> versusPreviousYears(BigDecimal current, Map<Integer, BigDecimal> previousByYear) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previousByYear, "previousByYear");
    List<YearDifference> out = new ArrayList<>();
    new TreeMap<>(previousByYear).forEach((y, v) -> out.add(new YearDifference(y, Rational.of(v), Rational.of(current))));
    return out;
  }

  /** Perbandingan dengan target Renstra: the gap to the five-year target and the capaian against it. */
  public static final class RenstraComparison {
    private final Target renstraTarget;
    private final Rational gap;
    private final Achievement achievement;

    RenstraComparison(Target renstraTarget, Rational gap, Achievement achievement) {
      this.renstraTarget = renstraTarget;
      this.gap = gap;
      this.achievement = achievement;
    }

    /** Returns the Renstra end target. */
    public Target renstraTarget() {
      return renstraTarget;
    }

    /**
     * Returns the points still needed to reach the Renstra target in the indicator's direction
     * (target − realisasi when higher is better, realisasi − target when lower is better); zero or
     * negative when already reached.
     *
     * @return the points still needed to reach the Renstra target in the indicator's direction
     *     (target − realisasi when higher is better, realisasi − target when lower is better);
     *     zero or negative when already reached
     */
    public Rational gap() {
      return gap;
    }

    /** Returns the capaian of this year's realisasi against the Renstra target. */
    public Achievement achievement() {
      return achievement;
    }
  }

  /**
   * Returns the gap and the capaian against the Renstra target.
   *
   * @param indicator the indicator (its polarity and unit are used)
   * @param realization this year's realisasi, a number
   * @param renstraTarget the Renstra end target, a number or a comparator
   * @param scorer the scorer
   * @return the gap and the capaian against the Renstra target
   * @throws InvalidValueException if the realisasi is not a number or the target is not numeric
   */
  public static RenstraComparison versusRenstra(Indicator indicator, Realization realization, Target renstraTarget, Scorer scorer) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(realization, "realization");
    Objects.requireNonNull(renstraTarget, "renstraTarget");
    Objects.requireNonNull(scorer, "scorer");
    Rational t;
    if (renstraTarget instanceof ExactTarget) {
      t = ((ExactTarget) renstraTarget).exact();
    } else if (renstraTarget instanceof ComparatorTarget) {
      t = Rational.of(((ComparatorTarget) renstraTarget).value());
    } else {
      throw InvalidValueException.of("indicator " + indicator.code() + ": Renstra target", renstraTarget.toString(), "must be a number or a comparator");
    }
    Rational r = realization.value().orElseThrow(() -> InvalidValueException.of(
        "indicator " + indicator.code() + ": realisasi", realization.toString(), "must be an available number"));
    Indicator against = Indicator.builder().from(indicator).target(renstraTarget).build();
    Rational gap = against.polarity() == Polarity.LOWER_IS_BETTER ? r.subtract(t) : t.subtract(r);
    return new RenstraComparison(renstraTarget, gap, scorer.score(against, realization));
  }

  /**
   * Points still needed to reach the next band, e.g. a SAKIP value of 69,31 (B) needs more than
   * 0,69 points to reach BB (&gt; 70).
   *
   * @param value the current value (exact, or a rounded figure as printed)
   * @param table the band table
   * @return the next band and the points to it; empty when the value is in the top band
   * @throws InvalidValueException if the value is outside the table's domain
   */
  public static Optional<NextBand> pointsToNextBand(Rational value, BandTable table) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(table, "table");
    return table.pointsToNextBand(value);
  }
}
