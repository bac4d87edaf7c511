/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import io.github.lakin.json.ResultBudget;
import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Period;
import io.github.lakin.report.PeriodScoring;
import io.github.lakin.report.ReportFile;
import io.github.lakin.scoring.budget.EfficiencyIndex;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.Trend;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Target;

/**
 * Tampilan hasil (score view): what {@code lakin score} shows of a scored report — the unit, the
 * policy, each goal with its indicators (code, name, unit, target and realisasi as the file printed
 * them, capaian, status), the unit figure, the counts, the budget lines with their absorption, the
 * total absorption, per goal and for the unit the efficiency gap and index, the achievement rate
 * (tingkat ketercapaian) per goal and for the unit, and, when the file gives previous-year
 * realisasi, each indicator's previous value and {@link Trend trend} — in a form
 * every {@link ScoreFormat} renders. Build one with {@link #of(ReportFile, ReportResult, ReportPolicy)}
 * and write it with {@link ScoreRenderer#render}; a large CSV file streams through
 * {@link LargeCsvView} into the same renderer, so both print the same bytes.
 *
 * <p>Not thread-safe: render a view from one thread (the view of a large file streams its rows).
 *
 * @since 0.1.0
 */
public final class ScoreView {
  /**
   * One indicator line: the target and realisasi as printed, and their exact values for JSON.
   */
  record Line(String code, String name, String unit, String target, String realisasi, Target targetValue,
      Optional<Rational> realisasiValue, Achievement.Status status, Optional<BigDecimal> achievement, Set<Achievement.Flag> flags,
      boolean met, Optional<PeriodNote> period, Optional<Rational> previous, Trend trend) {
    Line(String code, String name, String unit, String target, String realisasi, Target targetValue,
        Optional<Rational> realisasiValue, Achievement.Status status, Optional<BigDecimal> achievement, Set<Achievement.Flag> flags,
        boolean met, Optional<PeriodNote> period) {
      this(code, name, unit, target, realisasi, targetValue, realisasiValue, status, achievement, flags, met, period, Optional.empty(),
          Trend.noComparison());
    }

    Line(String code, String name, String unit, String target, String realisasi, Target targetValue,
        Optional<Rational> realisasiValue, Achievement.Status status, Optional<BigDecimal> achievement, Set<Achievement.Flag> flags,
        boolean met) {
      this(code, name, unit, target, realisasi, targetValue, realisasiValue, status, achievement, flags, met, Optional.empty());
    }

    boolean provisional() {
      return flags.contains(Achievement.Flag.PROVISIONAL);
    }

    boolean capped() {
      return flags.contains(Achievement.Flag.CAPPED);
    }
  }

  /**
   * The periods behind an indicator's figure: counted up to {@code asOf} by {@code mode}, with the
   * counted periods that have no realisasi; {@code mode} is empty for an indicator without period
   * rows scored as of a period (not available).
   */
  record PeriodNote(Period asOf, Optional<ConsolidationMode> mode, List<Period> counted, List<Period> missing) {}

  /** One goal with its indicators (the lines may be streamed once) and their counts. */
  record GoalView(String code, Optional<BigDecimal> achievement, Iterable<Line> lines, MetCounts counts) {}

  /** Narrowest code, target and realisasi columns of the table. */
  static final int MIN_CODE = 4;
  static final int MIN_TARGET = 6;
  static final int MIN_REALISASI = 9;

  final String unit;
  final int year;
  final ReportPolicy policy;
  final Iterable<GoalView> goals;
  final Optional<BigDecimal> overall;
  final MetCounts counts;
  final Optional<BigDecimal> absorption;
  final Optional<BigDecimal> efficiencyGap;
  final Optional<Boolean> efficient;
  final Optional<BigDecimal> pagu;
  final Optional<BigDecimal> spent;
  /** The unit's efficiency index (capaian ÷ serapan), rounded at its own scale. */
  final Optional<BigDecimal> efficiencyIndex;
  /** Each budget line with its absorption, in the agreement's order. */
  final List<ResultBudget.Line> budgetLines;
  /** Each goal with budget lines: absorption, gap and index. */
  final List<ResultBudget.GoalFigures> budgetGoals;
  final int widthCode;
  final int widthTarget;
  final int widthRealisasi;
  /** The period scored as of; empty for the year. */
  final Optional<Period> asOf;
  /** Whether a line has a period note (a view built from a scored file; a streamed view has none). */
  final boolean periodNotes;
  /** Whether a line has a previous year's realisasi: then the outputs show it and the trend. */
  final boolean yearOnYear;
  /** The threshold of the trends. */
  final Trend.Threshold threshold;

  ScoreView(String unit, int year, ReportPolicy policy, Iterable<GoalView> goals, Optional<BigDecimal> overall, MetCounts counts,
      Optional<BigDecimal> absorption, Optional<BigDecimal> efficiencyGap, Optional<Boolean> efficient, Optional<BigDecimal> pagu,
      Optional<BigDecimal> spent, int longestCode, int longestTarget, int longestRealisasi) {
    this(unit, year, policy, goals, overall, counts, absorption, efficiencyGap, efficient, pagu, spent, Optional.empty(), List.of(),
        List.of(), longestCode, longestTarget, longestRealisasi, Optional.empty(), false, false, Trend.Threshold.none());
  }

  ScoreView(String unit, int year, ReportPolicy policy, Iterable<GoalView> goals, Optional<BigDecimal> overall, MetCounts counts,
      Optional<BigDecimal> absorption, Optional<BigDecimal> efficiencyGap, Optional<Boolean> efficient, Optional<BigDecimal> pagu,
      Optional<BigDecimal> spent, Optional<BigDecimal> efficiencyIndex, List<ResultBudget.Line> budgetLines,
      List<ResultBudget.GoalFigures> budgetGoals, int longestCode, int longestTarget, int longestRealisasi, Optional<Period> asOf,
      boolean periodNotes, boolean yearOnYear, Trend.Threshold threshold) {
    this.yearOnYear = yearOnYear;
    this.threshold = threshold;
    this.efficiencyIndex = efficiencyIndex;
    this.budgetLines = List.copyOf(budgetLines);
    this.budgetGoals = List.copyOf(budgetGoals);
    this.asOf = asOf;
    this.periodNotes = periodNotes;
    this.pagu = pagu;
    this.spent = spent;
    this.unit = unit;
    this.year = year;
    this.policy = policy;
    this.goals = goals;
    this.overall = overall;
    this.counts = counts;
    this.absorption = absorption;
    this.efficiencyGap = efficiencyGap;
    this.efficient = efficient;
    this.widthCode = Math.max(MIN_CODE, longestCode);
    this.widthTarget = Math.max(MIN_TARGET, longestTarget);
    this.widthRealisasi = Math.max(MIN_REALISASI, longestRealisasi);
  }

  /** Returns whether there is a budget to show in more than one total figure: several lines, or lines per goal. */
  boolean budgetDetail() {
    return budgetLines.size() > 1 || !budgetGoals.isEmpty();
  }

  /**
   * Returns its capaian, rounded; empty when it has none or the view has no such goal.
   *
   * @param code a goal's code
   * @return its capaian, rounded; empty when it has none or the view has no such goal
   */
  Optional<BigDecimal> goalAchievement(String code) {
    for (GoalView g : goals) {
      if (g.code().equals(code)) {
        return g.achievement();
      }
    }
    return Optional.empty();
  }

  /** Returns the rounding scale figures are shown at. */
  int scale() {
    return policy.scoring().rounding().scale();
  }

  /**
   * The view of a report read from a file and scored.
   *
   * @param file the report file (target and realisasi texts as printed, unit, year)
   * @param result its result
   * @param policy the policy it was scored under
   * @return the view
   */
  public static ScoreView of(ReportFile file, ReportResult result, ReportPolicy policy) {
    return of(file, result, policy, Trend.Threshold.none());
  }

  /**
   * The view of a report read from a file and scored, with the trend of each indicator that has a
   * previous year's realisasi judged under a threshold.
   *
   * @param file the report file (target and realisasi texts as printed, unit, year, previous values)
   * @param result its result
   * @param policy the policy it was scored under
   * @param threshold the trend threshold
   * @return the view
   */
  public static ScoreView of(ReportFile file, ReportResult result, ReportPolicy policy, Trend.Threshold threshold) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(threshold, "threshold");
    return of(file, result, policy, Optional.empty(), threshold);
  }

  /**
   * The view of a report scored for its year or as of a period: it states the as-of period, shows
   * year-to-date targets and realisasi, and notes per indicator the periods counted and those
   * without realisasi.
   *
   * @param scores the report file scored
   * @param policy the policy it was scored under
   * @return the view
   */
  public static ScoreView of(PeriodScoring scores, ReportPolicy policy) {
    return of(scores, policy, Trend.Threshold.none());
  }

  /**
   * The view of a report scored for its year or as of a period, with trends under a threshold.
   * A trend compares a whole year with the year before: scored as of a period, or with a
   * provisional realisasi (the previous year's value), an indicator has no comparison.
   *
   * @param scores the report file scored
   * @param policy the policy it was scored under
   * @param threshold the trend threshold
   * @return the view
   */
  public static ScoreView of(PeriodScoring scores, ReportPolicy policy, Trend.Threshold threshold) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(threshold, "threshold");
    return of(scores.file(), scores.result(), policy, Optional.of(scores), threshold);
  }

  private static ScoreView of(ReportFile file, ReportResult result, ReportPolicy policy, Optional<PeriodScoring> scores,
      Trend.Threshold threshold) {
    Optional<Period> asOf = scores.flatMap(PeriodScoring::asOf);
    List<GoalView> goals = new ArrayList<>();
    boolean notes = false;
    int wc = 0;
    int wt = 0;
    int wr = 0;
    for (GoalResult g : result.goals()) {
      List<Line> lines = new ArrayList<>();
      for (IndicatorResult ir : g.indicators()) {
        Achievement a = ir.achievement();
        String code = ir.indicator().code();
        String target = scores.isPresent() ? scores.get().targetText(code)
            : file.targetTexts().getOrDefault(code, ir.indicator().target().toString());
        String realisasi = scores.isPresent() ? scores.get().realisasiText(code) : file.realisasiTexts().getOrDefault(code, "");
        Optional<PeriodNote> note = scores.flatMap(s -> s.yearToDate(code))
            .map(y -> new PeriodNote(y.asOf(), Optional.of(y.mode()), y.periods(), y.missing()));
        if (note.isEmpty() && asOf.isPresent()) {
          note = Optional.of(new PeriodNote(asOf.get(), Optional.empty(), List.of(), List.of()));
        }
        notes |= note.isPresent();
        Target targetValue = asOf.isPresent() ? a.target() : ir.indicator().target();
        Optional<Rational> realisasiValue = a.realization().value();
        if (asOf.isPresent() && scores.get().yearToDate(code).isPresent()) {
          realisasiValue = scores.get().yearToDate(code).get().realization();
        }
        Set<Achievement.Flag> flags = EnumSet.noneOf(Achievement.Flag.class);
        for (Achievement.Flag fl : Achievement.Flag.values()) {
          if (a.has(fl)) {
            flags.add(fl);
          }
        }
        Optional<Rational> previous = Optional.ofNullable(file.previous().get(code));
        boolean comparable = asOf.isEmpty() && !a.has(Achievement.Flag.PROVISIONAL);
        Trend trend = comparable ? Trend.of(ir.indicator().polarity(), file.agreement().year() - 1, previous, a.realization().value(),
            threshold) : Trend.noComparison();
        lines.add(new Line(code, ir.indicator().name(), ir.indicator().unit().label(), target, realisasi, targetValue,
            realisasiValue, a.status(), a.rounded(), flags, a.isComputed() && a.isMet(), note, previous, trend));
        wc = Math.max(wc, code.length());
        wt = Math.max(wt, target.length());
        wr = Math.max(wr, realisasi.length());
      }
      wc = Math.max(wc, g.goal().code().length());
      goals.add(new GoalView(g.goal().code(), g.aggregate().rounded(), lines, g.counts()));
    }
    return new ScoreView(file.agreement().unit().name(), file.agreement().year(), policy, goals, result.overall().rounded(),
        result.counts(), result.absorption().flatMap(x -> x.rounded()), result.efficiency().map(e -> e.rounded()),
        result.efficiency().map(e -> e.efficient()), result.absorption().map(x -> x.pagu()),
        result.absorption().map(x -> x.realization()), result.efficiencyIndex().map(EfficiencyIndex::rounded),
        ResultBudget.lines(result), ResultBudget.goals(result), wc, wt, wr, asOf, notes, !file.previous().isEmpty(), threshold);
  }
}
