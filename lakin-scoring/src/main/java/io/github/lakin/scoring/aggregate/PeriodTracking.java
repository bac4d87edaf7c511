/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.DaysBasedStrategy;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.internal.DecimalText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Pemantauan periodik (period tracking): one indicator's monthly or quarterly targets and
 * realisations in one year, scored per period and year-to-date as of a given period.
 *
 * <p>The year-to-date value follows the indicator's {@link ConsolidationMode} (or the one given):
 * {@code SUM} adds the periods (cumulative counts), {@code LAST} takes the as-of period (stocks,
 * indices, percentages of a population), {@code AVERAGE} the mean (durations), {@code MAX} and
 * {@code MIN}. The target is consolidated the same way. A period up to the as-of period without
 * a realisation makes the year-to-date capaian {@code NOT_AVAILABLE}: nothing is carried forward
 * silently. The as-of period is always an argument, never the clock.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class PeriodTracking {
  private final Indicator indicator;
  private final ConsolidationMode mode;
  private final NavigableMap<Period, BigDecimal> targets;
  private final NavigableMap<Period, Realization> realizations;

  private PeriodTracking(Indicator indicator, ConsolidationMode mode, NavigableMap<Period, BigDecimal> targets,
      NavigableMap<Period, Realization> realizations) {
    this.indicator = indicator;
    this.mode = mode;
    this.targets = targets;
    this.realizations = realizations;
  }

  /**
   * Returns the tracking.
   *
   * @param indicator the indicator; its consolidation mode is used, which must be set
   * @param year the agreement's year
   * @param targets the target of each period; all periods of one type
   * @param realizations the realisation of each period reported so far; same type as the targets
   * @return the tracking
   * @throws InvalidValueException if the indicator has no consolidation mode, a period lies
   *     outside the year, periods mix types, a realisation has no target, or the target is not a
   *     number or comparator
   */
  public static PeriodTracking of(Indicator indicator, int year, Map<Period, BigDecimal> targets, Map<Period, Realization> realizations) {
    Objects.requireNonNull(indicator, "indicator");
    ConsolidationMode mode = indicator.consolidation().orElseThrow(() -> InvalidValueException.of(
        "indicator " + indicator.code() + ": consolidation", null, "must be set to track periods (or pass a mode)"));
    return of(indicator, year, mode, targets, realizations);
  }

  /**
   * Returns the tracking.
   *
   * @param indicator the indicator
   * @param year the agreement's year
   * @param mode how periods make a year-to-date value
   * @param targets the target of each period
   * @param realizations the realisation of each period reported so far
   * @return the tracking
   * @throws InvalidValueException as {@link #of(Indicator, int, Map, Map)}
   */
  public static PeriodTracking of(Indicator indicator, int year, ConsolidationMode mode, Map<Period, BigDecimal> targets,
      Map<Period, Realization> realizations) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(realizations, "realizations");
    String where = "indicator " + indicator.code();
    Target t = indicator.target();
    if (!(t instanceof ExactTarget) && !(t instanceof ComparatorTarget)) {
      throw InvalidValueException.of(where + ": target", t.toString(), "must be a number or a comparator to track periods");
    }
    if (targets.isEmpty()) {
      throw InvalidValueException.of(where + ": period targets", "{}", "must not be empty");
    }
    Period.Type type = targets.keySet().iterator().next().type();
    for (Period p : targets.keySet()) {
      checkPeriod(where + ": target period", p, year, type);
    }
    for (Map.Entry<Period, BigDecimal> e : targets.entrySet()) {
      if (e.getValue().signum() < 0 && !indicator.unit().negativeAllowed()) {
        throw InvalidValueException.of(where + ": target for " + e.getKey(), e.getValue(), "must be >= 0");
      }
    }
    for (Period p : realizations.keySet()) {
      checkPeriod(where + ": realisasi period", p, year, type);
      if (!targets.containsKey(p)) {
        throw InvalidValueException.of(where + ": realisasi period", p, "must have a target");
      }
    }
    return new PeriodTracking(indicator, mode, new TreeMap<>(targets), new TreeMap<>(realizations));
  }

  private static void checkPeriod(String field, Period p, int year, Period.Type type) {
    if (p.year() != year) {
      throw InvalidValueException.of(field, p, "must lie in the agreement's year " + year);
    }
    if (p.type() != type) {
      throw InvalidValueException.of(field, p, "must be a " + type + " like the other periods");
    }
  }

  /** Returns the indicator. */
  public Indicator indicator() {
    return indicator;
  }

  /** Returns the consolidation mode. */
  public ConsolidationMode mode() {
    return mode;
  }

  /**
   * The capaian of one period against that period's target.
   *
   * @param period a period with a target
   * @param scorer the scorer
   * @return the capaian; not available when the period has no realisation yet
   * @throws InvalidValueException if the period has no target
   */
  public Achievement achievementFor(Period period, Scorer scorer) {
    BigDecimal target = targets.get(period);
    if (target == null) {
      throw InvalidValueException.of("indicator " + indicator.code() + ": period", period, "must have a target");
    }
    Realization r = realizations.getOrDefault(period, Realization.notAvailable());
    return scorer.score(withTarget(Rational.of(target)), r);
  }

  /**
   * The year-to-date capaian as of a period: consolidated realisasi against consolidated target.
   * Under {@code AVERAGE}, when the mean target has no finite decimal expansion (targets 1, 0,5,
   * 0,5 → 2/3), ratio-based strategies score Σ realisasi against Σ target, which gives exactly
   * the same capaian as the means.
   *
   * <p>{@code asOf} may be a period of another kind that ends with one of the tracked periods: as
   * of {@code TW II} a monthly indicator counts January to June, and as of the year ({@code 2023})
   * every indicator counts its whole year.
   *
   * @param asOf the last period counted: a period with a target, or a period that ends with one
   * @param scorer the scorer
   * @return the consolidated values and their capaian
   * @throws InvalidValueException if no period with a target ends with {@code asOf}
   */
  public YearToDate yearToDate(Period asOf, Scorer scorer) {
    Period own = ownPeriod(Objects.requireNonNull(asOf, "asOf"));
    List<Period> periods = new ArrayList<>(targets.headMap(own, true).keySet());
    List<Period> missing = periods.stream().filter(p -> !realizations.containsKey(p) || !realizations.get(p).isAvailable())
        .collect(Collectors.toList());
    List<Rational> ts = targets.headMap(own, true).values().stream().map(Rational::of).collect(Collectors.toList());
    Rational target = consolidate(ts);
    if (!missing.isEmpty()) {
      Achievement a = scorer.score(withTarget(target), Realization.notAvailable());
      return new YearToDate(own, mode, periods, missing, target, Optional.empty(), a);
    }
    List<Realization> rs = periods.stream().map(realizations::get).collect(Collectors.toList());
    Rational realized = consolidate(rs.stream().map(r -> r.value().orElseThrow(() -> InvalidValueException.of(
        "indicator " + indicator.code() + ": realisasi", r.toString(), "must be a number"))).collect(Collectors.toList()));
    Rational scoredTarget = target;
    Rational scoredRealization = realized;
    if (mode == ConsolidationMode.AVERAGE && !target.isTerminating() && scaleInvariant(scorer.strategyFor(indicator))) {
      // The mean target has no finite decimal (e.g. 2/3), and a target is a decimal. Every ratio of
      // the two means equals the ratio of the two sums (n cancels), so score the sums: exact.
      Rational n = Rational.of(periods.size());
      scoredTarget = target.multiply(n);
      scoredRealization = realized.multiply(n);
    }
    Realization consolidated = Realization.of(scoredRealization);
    Optional<Realization> provisional = rs.stream().filter(Realization::isProvisional).findFirst();
    if (provisional.isPresent()) {
      consolidated = consolidated.provisional(provisional.get().provisional().orElseThrow().carriedFrom(), "includes a provisional period value");
    }
    return new YearToDate(own, mode, periods, List.of(), target, Optional.of(realized), scorer.score(withTarget(scoredTarget), consolidated));
  }

  /** The tracked period that ends with {@code asOf}: itself, or e.g. June for TW II of a monthly indicator. */
  private Period ownPeriod(Period asOf) {
    if (targets.containsKey(asOf)) {
      return asOf;
    }
    for (Period p : targets.keySet()) {
      if (p.lastMonth().equals(asOf.lastMonth())) {
        return p;
      }
    }
    throw InvalidValueException.of("indicator " + indicator.code() + ": asOf", asOf,
        "must be a period with a target, or end with one (the periods are of type " + periodType() + ")");
  }

  /** Returns the kind of the tracked periods: month, quarter or semester. */
  public Period.Type periodType() {
    return targets.firstKey().type();
  }

  /** Returns the tracked periods with their targets, earliest first. */
  public Map<Period, BigDecimal> targets() {
    return Collections.unmodifiableMap(targets);
  }

  /** Strategies whose capaian depends only on realisasi / target, so scaling both changes nothing. */
  @SuppressWarnings("ReferenceEquality") // the built-in strategies are singletons: the question is which one it is
  private static boolean scaleInvariant(ScoringStrategy s) {
    return s == ScoringStrategy.ratio() || s == ScoringStrategy.inverse() || s == ScoringStrategy.inverseRatio()
        || s == ScoringStrategy.comparator() || s == ScoringStrategy.closeness() || s instanceof DaysBasedStrategy;
  }

  private Rational consolidate(List<Rational> values) {
    switch (mode) {
      case SUM:
        return values.stream().reduce(Rational.ZERO, Rational::add);
      case LAST:
        return values.get(values.size() - 1);
      case AVERAGE:
        return values.stream().reduce(Rational.ZERO, Rational::add).divide(values.size());
      case MAX:
        return Collections.max(values);
      default:
        return Collections.min(values);
    }
  }

  private Indicator withTarget(Rational target) {
    BigDecimal t = exact(target);
    Target newTarget = indicator.target() instanceof ComparatorTarget
        ? Target.comparator(((ComparatorTarget) indicator.target()).relation(), t)
        : Target.exact(t);
    return Indicator.builder().from(indicator).target(newTarget).build();
  }

  /**
   * Targets are decimals; an AVERAGE of them may not terminate. Scale-invariant strategies score
   * the sums instead (see {@link #yearToDate}); for any other strategy keep 20 decimals.
   */
  private static BigDecimal exact(Rational r) {
    return r.isTerminating() ? r.toBigDecimalExact() : r.round(20, java.math.RoundingMode.HALF_UP);
  }

  /** Capaian s.d. periode (year to date): consolidated values as of a period and their capaian. */
  public static final class YearToDate {
    private final Period asOf;
    private final ConsolidationMode mode;
    private final List<Period> periods;
    private final List<Period> missing;
    private final Rational target;
    private final Optional<Rational> realization;
    private final Achievement achievement;

    YearToDate(Period asOf, ConsolidationMode mode, List<Period> periods, List<Period> missing, Rational target,
        Optional<Rational> realization, Achievement achievement) {
      this.asOf = asOf;
      this.mode = mode;
      this.periods = List.copyOf(periods);
      this.missing = List.copyOf(missing);
      this.target = target;
      this.realization = realization;
      this.achievement = achievement;
    }

    /** Returns the as-of period: the last tracked period counted. */
    public Period asOf() {
      return asOf;
    }

    /** Returns the consolidation mode. */
    public ConsolidationMode mode() {
      return mode;
    }

    /** Returns the periods counted, earliest first. */
    public List<Period> periods() {
      return periods;
    }

    /**
     * Returns the periods counted that have no realisasi (or a not-available one), earliest first;
     * when any, the capaian is not available.
     *
     * @return the periods counted that have no realisasi (or a not-available one), earliest first;
     *     when any, the capaian is not available
     */
    public List<Period> missing() {
      return missing;
    }

    /** Returns the consolidated target. */
    public Rational target() {
      return target;
    }

    /** Returns the consolidated realisasi; empty when a period is missing. */
    public Optional<Rational> realization() {
      return realization;
    }

    /** Returns the year-to-date capaian. */
    public Achievement achievement() {
      return achievement;
    }

    /**
     * Returns e.g. {@code "s.d. TW II 2023 (SUM: TW I 2023, TW II 2023): 75 / 80 × 100% = 93,75%"}.
     *
     * @param locale Indonesian ({@code id}) or English
     * @return e.g. {@code "s.d. TW II 2023 (SUM: TW I 2023, TW II 2023): 75 / 80 × 100% = 93,75%"}
     */
    public String explain(Locale locale) {
      boolean id = DecimalText.isIndonesian(locale);
      return (id ? "s.d. " : "up to ") + asOf.label(locale) + " (" + mode + ": "
          + periods.stream().map(p -> p.label(locale)).collect(Collectors.joining(", ")) + "): " + achievement.explain(locale)
          + (missing.isEmpty() ? "" : " ("
              + missing.stream().map(p -> p.label(locale)).collect(Collectors.joining(", ")) + ")");
    }
  }
}
