/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.internal.DecimalText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Tren (trend): whether an indicator's realisasi improved, stayed or declined against the previous
 * period — meningkat, tetap or menurun (improving, stable, declining) — with the indicator's
 * polarity (when lower is better, a fall is an improvement) and a {@link Threshold}: a change no
 * larger than the threshold is stable. Without a previous value, or without a value this year,
 * the trend is {@link Direction#NO_COMPARISON}, never a label. The difference itself is the
 * {@link Comparisons.YearDifference} of {@link Comparisons#versusPreviousYears}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Trend {
  /** Arah tren (direction): the label of a trend. */
  public enum Direction {
    /** Meningkat: better than the previous period, by more than the threshold. */
    IMPROVING("meningkat", "improving", "▲"),
    /** Tetap: within the threshold of the previous period. */
    STABLE("tetap", "stable", "▶"),
    /** Menurun: worse than the previous period, by more than the threshold. */
    DECLINING("menurun", "declining", "▼"),
    /** Tanpa pembanding: no previous value, or no value this period, to compare. */
    NO_COMPARISON("tanpa pembanding", "no comparison", "–");

    private final String indonesian;
    private final String english;
    private final String arrow;

    Direction(String indonesian, String english, String arrow) {
      this.indonesian = indonesian;
      this.english = english;
      this.arrow = arrow;
    }

    /**
     * Returns the direction's word in a language.
     *
     * @param locale Indonesian ({@code id}) or English
     * @return {@code meningkat}, {@code tetap}, {@code menurun}, {@code tanpa pembanding}, or the
     *     English words
     */
    public String label(Locale locale) {
      return DecimalText.isIndonesian(locale) ? indonesian : english;
    }

    /** Returns an arrow for charts and tables: ▲, ▶, ▼, or – without a comparison. */
    public String arrow() {
      return arrow;
    }
  }

  /**
   * Ambang tren (trend threshold): how large a change must be to count as improving or declining,
   * either in points of the indicator's own unit ({@code 1}: a change of at most 1 point is
   * stable) or relative to the previous value ({@code 1%}: a change of at most 1% of the previous
   * value is stable). Compared exactly; the default is 0 points (only an equal value is stable).
   */
  public static final class Threshold {
    private static final Threshold NONE = new Threshold(BigDecimal.ZERO, false);

    private final BigDecimal value;
    private final boolean relative;

    private Threshold(BigDecimal value, boolean relative) {
      this.value = value;
      this.relative = relative;
    }

    /** Returns 0 points: any change is improving or declining, only an equal value is stable. */
    public static Threshold none() {
      return NONE;
    }

    /**
     * Returns a threshold in the indicator's unit.
     *
     * @param points the largest change, in the indicator's unit, that is still stable
     * @return the threshold
     * @throws InvalidValueException if {@code points} is negative
     */
    public static Threshold points(BigDecimal points) {
      return new Threshold(checked(points), false);
    }

    /**
     * Returns a threshold in percent of the previous value.
     *
     * @param percent the largest change, in percent of the previous value, that is still stable
     * @return the threshold
     * @throws InvalidValueException if {@code percent} is negative
     */
    public static Threshold percent(BigDecimal percent) {
      return new Threshold(checked(percent), true);
    }

    private static BigDecimal checked(BigDecimal v) {
      Objects.requireNonNull(v, "threshold");
      if (v.signum() < 0) {
        throw InvalidValueException.of("trend threshold", v.toPlainString(), "must be >= 0");
      }
      return v;
    }

    /** Returns the threshold's figure. */
    public BigDecimal value() {
      return value;
    }

    /** Returns whether it is relative to the previous value (percent) rather than in points. */
    public boolean isRelative() {
      return relative;
    }

    /** Whether a difference is within the threshold. */
    boolean stable(Comparisons.YearDifference d) {
      Rational change = d.points().abs();
      if (change.signum() == 0) {
        return true;
      }
      if (!relative) {
        return change.compareTo(Rational.of(value)) <= 0;
      }
      Optional<Rational> pct = d.percent();
      return pct.isPresent() && pct.get().abs().compareTo(Rational.of(value)) <= 0; // from 0, any change is beyond every percentage
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Threshold && ((Threshold) o).relative == relative && ((Threshold) o).value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
      return Boolean.hashCode(relative) * 31 + value.stripTrailingZeros().hashCode();
    }

    /** @return e.g. {@code 1 points} or {@code 1%} */
    @Override
    public String toString() {
      return value.toPlainString() + (relative ? "%" : " points");
    }
  }

  private static final Trend NO_COMPARISON = new Trend(Direction.NO_COMPARISON, Optional.empty());

  private final Direction direction;
  private final Optional<Comparisons.YearDifference> difference;

  private Trend(Direction direction, Optional<Comparisons.YearDifference> difference) {
    this.direction = direction;
    this.difference = difference;
  }

  /**
   * The trend of one indicator.
   *
   * @param polarity the indicator's polarity
   * @param previousYear the year of the previous value (labels the difference)
   * @param previous the previous period's realisasi; empty when the report has none
   * @param current this period's realisasi; empty when it is not available
   * @param threshold the threshold
   * @return the trend; {@link Direction#NO_COMPARISON} when either value is missing
   */
  public static Trend of(Polarity polarity, int previousYear, Optional<Rational> previous, Optional<Rational> current,
      Threshold threshold) {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(threshold, "threshold");
    if (previous.isEmpty() || current.isEmpty()) {
      return NO_COMPARISON;
    }
    Comparisons.YearDifference d = new Comparisons.YearDifference(previousYear, previous.get(), current.get());
    if (threshold.stable(d)) {
      return new Trend(Direction.STABLE, Optional.of(d));
    }
    boolean rose = d.points().signum() > 0;
    boolean better = polarity == Polarity.LOWER_IS_BETTER ? !rose : rose;
    return new Trend(better ? Direction.IMPROVING : Direction.DECLINING, Optional.of(d));
  }

  /** Returns a trend without a comparison. */
  public static Trend noComparison() {
    return NO_COMPARISON;
  }

  /** Returns the label. */
  public Direction direction() {
    return direction;
  }

  /** Returns the previous and current values and their difference; empty without a comparison. */
  public Optional<Comparisons.YearDifference> difference() {
    return difference;
  }

  /**
   * Returns the direction's label in a language.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return the direction's label, e.g. {@code meningkat}
   */
  public String label(Locale locale) {
    return direction.label(locale);
  }

  @Override
  public String toString() {
    return direction + difference.map(d -> " (" + d + ")").orElse("");
  }
}
