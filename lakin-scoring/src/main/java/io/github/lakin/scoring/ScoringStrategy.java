/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import java.math.BigDecimal;

/**
 * Strategi penilaian (scoring strategy): a named formula that turns a target and an available
 * realisasi into a raw capaian.
 *
 * <p>The indicator's polarity and target kind choose the default ({@link #defaultFor(Indicator)});
 * any other strategy is chosen explicitly. Strategies are stateless apart from their parameters
 * and are compared by {@link #name()} and parameters.
 *
 * <table>
 *   <caption>Strategies</caption>
 *   <tr><th>factory</th><th>formula</th><th>source</th></tr>
 *   <tr><td>{@link #ratio()}</td><td>r / t × 100</td><td>higher is better; LAN 2003, PermenPANRB 8/2021</td></tr>
 *   <tr><td>{@link #inverse()}</td><td>(2 − r / t) × 100</td><td>lower is better, the standard; LAN 2003, PermenPANRB 8/2021</td></tr>
 *   <tr><td>{@link #inverseRatio()}</td><td>t / r × 100</td><td>non-standard, opt-in only</td></tr>
 *   <tr><td>{@link #daysBased(WorkingDayCalendar)}</td><td>(2 − r / t) × 100 on durations</td><td>lower is better on days</td></tr>
 *   <tr><td>{@link #range()}</td><td>ratio or inverse against the bound passed, 100 inside</td><td>PermenPANRB 8/2021</td></tr>
 *   <tr><td>{@link #comparator()}</td><td>ratio for {@code >}/{@code ≥}, inverse for {@code <}/{@code ≤}</td><td>DOMAIN §3</td></tr>
 *   <tr><td>{@link #reductionFromBaseline(BigDecimal)}</td><td>(b − r) / (b − t) × 100</td><td>opt-in</td></tr>
 *   <tr><td>{@link #closeness()}</td><td>(1 − |1 − r / t|) × 100</td><td>opt-in</td></tr>
 *   <tr><td>{@link #categorical()}</td><td>reached or not, by the scale's order</td><td>opini, predikat</td></tr>
 *   <tr><td>{@link #ordinal()}</td><td>score(r) / t × 100 on an ordinal scale</td><td>opini BPK as a percentage</td></tr>
 * </table>
 *
 * <p>Lakin's strategies are immutable and thread-safe; a strategy of your own must be too, since a {@link Scorer} and the strategies in its policy are shared between threads.
 *
 * @since 0.1.0
 */
public interface ScoringStrategy {

  /** Returns the strategy's name, e.g. {@code "ratio"} or {@code "inverse"}. */
  String name();

  /**
   * Computes the raw capaian of an available realisasi.
   *
   * @param indicator the indicator, with its target and polarity
   * @param realization an available realisasi (number or category)
   * @param policy the zero-target rule and rounding in force
   * @return the raw capaian with its derivation, an undefined outcome, or a category outcome
   * @throws io.github.lakin.core.InvalidValueException if this strategy cannot score the target's
   *     kind, or a value is out of its domain (e.g. a negative target for a ratio)
   */
  Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy);

  /**
   * Higher is better (kondisi normal): {@code capaian = realisasi / target × 100}. Scores exact
   * and comparator targets.
   *
   * @return the ratio strategy
   */
  static ScoringStrategy ratio() {
    return Strategies.RATIO;
  }

  /**
   * Lower is better, the standard formula (LAN 2003; PermenPANRB 8/2021):
   * {@code capaian = (target − (realisasi − target)) / target × 100 = (2 − realisasi / target) × 100}.
   * Target 20, realisasi 15 → 125.
   *
   * @return the inverse strategy
   */
  static ScoringStrategy inverse() {
    return Strategies.INVERSE;
  }

  /**
   * Lower is better by {@code target / realisasi × 100}: non-standard (target 20, realisasi 15 →
   * 133,33, not the standard 125); offered only for units that use it, never a default. A
   * realisasi of 0 makes it undefined.
   *
   * @return the inverse-ratio strategy
   */
  static ScoringStrategy inverseRatio() {
    return Strategies.INVERSE_RATIO;
  }

  /**
   * Days-based (rata-rata waktu penyelesaian ≤ n hari kerja): lower is better on a duration,
   * {@code (2 − realisasi / target) × 100}; 10 working days target, 4 days realised → 160. The
   * calendar turns case dates into a realisasi ({@link DaysBasedStrategy#realization}).
   *
   * @param calendar the working-day calendar (weekends and the supplied holidays)
   * @return the days-based strategy
   */
  static DaysBasedStrategy daysBased(WorkingDayCalendar calendar) {
    return new DaysBasedStrategy(calendar);
  }

  /**
   * Range targets (PermenPANRB 8/2021): above the range use the upper bound, below it the lower
   * bound, inside the range the capaian is 100; the formula follows the indicator's polarity.
   * Target 80–90: 92 → 102,22; 70 → 87,50. Time, lower is better, 7–8 months: 6,5 → 107,14;
   * 9 → 87,50.
   *
   * @return the range strategy
   */
  static ScoringStrategy range() {
    return Strategies.RANGE;
  }

  /**
   * Comparator targets ({@code < 20%}, {@code ≥ 95}): the number with the direction the
   * comparator implies, scored by {@link #ratio()} or {@link #inverse()}.
   *
   * @return the comparator strategy
   */
  static ScoringStrategy comparator() {
    return Strategies.COMPARATOR;
  }

  /**
   * Reduction from a baseline: {@code (baseline − realisasi) / (baseline − target) × 100}; opt-in.
   * Undefined when the baseline equals the target.
   *
   * @param baseline the starting value
   * @return the strategy
   */
  static ScoringStrategy reductionFromBaseline(BigDecimal baseline) {
    return new Strategies.Reduction(java.util.Objects.requireNonNull(baseline, "baseline"));
  }

  /**
   * Reduction from the indicator's own {@link Indicator#baseline() baseline}; opt-in.
   *
   * @return the strategy; scoring an indicator without a baseline is rejected
   */
  static ScoringStrategy reductionFromBaseline() {
    return new Strategies.Reduction(null);
  }

  /**
   * Closeness to the target: {@code (1 − |1 − realisasi / target|) × 100}; opt-in. Exactly on
   * target → 100; 10% off either way → 90.
   *
   * @return the closeness strategy
   */
  static ScoringStrategy closeness() {
    return Strategies.CLOSENESS;
  }

  /**
   * Categorical targets (opini WTP, predikat BB): reached when the realised category ranks at
   * least as high as the required one; no percentage is invented.
   *
   * @return the categorical strategy
   */
  static ScoringStrategy categorical() {
    return Strategies.CATEGORICAL;
  }

  /**
   * Realisasi ordinal (ordinal realisasi as a percentage): the realisasi is a code on an ordinal
   * scale, scored by its position from 1 ({@link io.github.lakin.core.OrdinalScale#score}), and the
   * capaian is {@code score(realisasi) / target × 100}, where the target is a code of the same
   * scale (its score) or a number. Audit opinion (TMP 1, TW 2, WDP 3, WTP 4): target WTP,
   * realisasi WDP → 3 / 4 × 100 = 75; numeric target 4, realisasi {@code wdp} → 75. Codes are
   * matched ignoring case. The scale is the indicator's {@link Indicator#ordinalScale()}, else
   * the categorical target's. Higher is better.
   *
   * @return the ordinal strategy
   */
  static ScoringStrategy ordinal() {
    return Strategies.ORDINAL;
  }

  /**
   * The default strategy for an indicator: categorical for a category, range for a range,
   * comparator for a comparator, ordinal for an exact target with an
   * {@link Indicator#ordinalScale() ordinal scale}, closeness for
   * {@link Polarity#CLOSER_IS_BETTER}, inverse for lower is better, ratio otherwise.
   *
   * @param indicator the indicator
   * @return its default strategy
   */
  static ScoringStrategy defaultFor(Indicator indicator) {
    Target t = indicator.target();
    return t.accept(new Target.Visitor<ScoringStrategy>() {
      @Override
      public ScoringStrategy exact(ExactTarget target) {
        if (indicator.ordinalScale().isPresent()) {
          return ordinal();
        }
        switch (indicator.polarity()) {
          case LOWER_IS_BETTER:
            return inverse();
          case CLOSER_IS_BETTER:
            return closeness();
          default:
            return ratio();
        }
      }

      @Override
      public ScoringStrategy range(RangeTarget target) {
        return ScoringStrategy.range();
      }

      @Override
      public ScoringStrategy comparator(ComparatorTarget target) {
        return ScoringStrategy.comparator();
      }

      @Override
      public ScoringStrategy categorical(CategoricalTarget target) {
        return ScoringStrategy.categorical();
      }
    });
  }
}
