/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberFormatter;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.aggregate.PeriodTracking;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Baris periode (period rows): the rows of a report file that give an indicator's targets and
 * realisations by month, quarter or semester ({@code period} column), read into a {@link
 * PeriodTracking} per indicator.
 *
 * <p>The rows of one indicator follow one another: an optional annual row (no period) and one
 * row per period, every period of the year and all of one kind. The first of them (the annual row
 * when there is one) carries the indicator's name, unit, polarity, weight, formula and
 * consolidation; on the other rows these cells are empty or the same. Without an annual row the
 * year's target and realisasi are the consolidation of all periods ({@link
 * PeriodTracking#yearToDate} as of the year), not available while a period has no realisasi.
 */
final class PeriodRows {
  private final ReportAssembler assembler;
  private final Map<String, PeriodTracking> tracking = new LinkedHashMap<>();
  private final Set<String> fromPeriods = new LinkedHashSet<>();
  private final Map<String, TextLocation> done = new HashMap<>();
  private @Nullable Group pending;
  private @Nullable ReportRow lastAnnualRow;
  private ReportAssembler.@Nullable CheckedRow lastAnnual;

  PeriodRows(ReportAssembler assembler) {
    this.assembler = assembler;
  }

  /** The rows of one indicator with periods. */
  private static final class Group {
    final String code;
    final List<ReportRow> rows = new ArrayList<>();
    @Nullable ReportRow annualRow;
    ReportAssembler.@Nullable CheckedRow annual;

    Group(String code) {
      this.code = code;
    }
  }

  /**
   * Returns the mode, empty for an empty cell.
   *
   * @param t a consolidation cell: {@code SUM} (jumlah), {@code LAST} (terakhir), {@code AVERAGE}
   *     (rata-rata), {@code MAX} (tertinggi), {@code MIN} (terendah), any case; or empty
   * @return the mode, empty for an empty cell
   * @throws InvalidTextException for another word, at the cell
   */
  static Optional<ConsolidationMode> mode(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "":
        return Optional.empty();
      case "sum":
      case "jumlah":
      case "kumulatif":
        return Optional.of(ConsolidationMode.SUM);
      case "last":
      case "terakhir":
        return Optional.of(ConsolidationMode.LAST);
      case "average":
      case "rata-rata":
      case "rerata":
        return Optional.of(ConsolidationMode.AVERAGE);
      case "max":
      case "tertinggi":
        return Optional.of(ConsolidationMode.MAX);
      case "min":
      case "terendah":
        return Optional.of(ConsolidationMode.MIN);
      default:
        throw new InvalidTextException(t.value(), t.location(), "a consolidation",
            "write SUM (jumlah), LAST (terakhir), AVERAGE (rata-rata), MAX (tertinggi) or MIN (terendah)");
    }
  }

  /**
   * A period cell of a report of a year: {@code TW II}, {@code Semester I}, {@code Maret},
   * {@code 2024-03}, with or without the year ({@code TW II 2024}).
   *
   * @param t the cell
   * @param year the report year
   * @param yearAllowed whether the whole year ({@code 2024}) is a period here (an as-of period)
   * @return the period
   * @throws InvalidTextException when it is no period, lies in another year, or is the year where
   *     a part of it is needed
   */
  static Period period(Text t, int year, boolean yearAllowed) {
    String v = t.value();
    Period p;
    try {
      p = Period.parse(v);
    } catch (InvalidValueException e) {
      try {
        p = Period.parse(v + " " + year);
      } catch (InvalidValueException again) {
        throw new InvalidTextException(v, t.location(), "a period",
            "write a quarter TW I … TW IV, a semester Semester I or II, or a month Januari … Desember, with or without the year");
      }
    }
    if (p.year() != year) {
      throw new InvalidTextException(v, t.location(), "a period", "it lies in " + p.year() + " but the report year is " + year);
    }
    if (p.type() == Period.Type.YEAR && !yearAllowed) {
      throw new InvalidTextException(v, t.location(), "a period",
          "a period row needs a month, quarter or semester; give the annual figure on a row without period");
    }
    return p;
  }

  /**
   * Keeps a period row; a row of another indicator (or a summary row) ends the rows kept before.
   *
   * @param row any row, in file order
   * @return whether the row was a period row, now kept
   */
  boolean take(ReportRow row) {
    Group g = pending;
    if (row.period.isEmpty()) {
      if (g != null && (row.isSummary() || !g.code.equals(row.indicator.value()))) {
        flush(g);
      }
      return false;
    }
    if (row.isSummary()) {
      throw new InvalidTextException("", row.indicator.location(), "an indicator code", "a period row needs its indicator code");
    }
    String code = row.indicator.value();
    if (g == null || !g.code.equals(code)) {
      if (g != null) {
        flush(g);
      }
      ReportRow annualRow = lastAnnualRow;
      boolean annualJustBefore = annualRow != null && annualRow.indicator.value().equals(code);
      if (done.containsKey(code) || (!annualJustBefore && assembler.seen(code))) {
        throw new InvalidTextException(code, row.indicator.location(), "a period row",
            "the rows of indicator " + code + " must follow one another (an annual row, then one row per period)");
      }
      g = new Group(code);
      if (annualJustBefore) {
        g.annualRow = annualRow;
        g.annual = lastAnnual;
      }
      pending = g;
    }
    g.rows.add(row);
    return true;
  }

  /** Notes an annual row just recorded: period rows of the same indicator may follow (or came just before). */
  void annual(ReportRow row, ReportAssembler.CheckedRow checked) {
    lastAnnualRow = row;
    lastAnnual = checked;
    Group g = pending;
    if (g != null && g.code.equals(row.indicator.value())) {
      g.annualRow = row;
      g.annual = checked;
    }
  }

  /** Ends the last indicator's rows. */
  void end() {
    Group g = pending;
    if (g != null) {
      flush(g);
    }
  }

  /** Returns the tracking of each indicator with periods, in file order. */
  Map<String, PeriodTracking> tracking() {
    return Collections.unmodifiableMap(tracking);
  }

  /** Returns the codes of the indicators whose year's figure is the consolidation of their periods. */
  Set<String> fromPeriods() {
    return Collections.unmodifiableSet(fromPeriods);
  }

  private void flush(Group g) {
    pending = null;
    int year = assembler.year();
    CellGrammar grammar = assembler.grammar();
    ReportRow annualRow = g.annualRow;
    ReportAssembler.CheckedRow annual = g.annual;
    ReportRow head = annualRow != null ? annualRow : g.rows.get(0);
    for (ReportRow r : g.rows) {
      if (!r.printed.isEmpty()) {
        throw new InvalidTextException(r.printed.value(), r.printed.location(), "a period row",
            "the printed capaian belongs on the indicator's annual row (a row without period)");
      }
      if (r != head) {
        same(r.goal, head.goal, g.code);
        same(r.name, head.name, g.code);
        same(r.unit, head.unit, g.code);
        same(r.polarity, head.polarity, g.code);
        same(r.weight, head.weight, g.code);
        same(r.formula, head.formula, g.code);
        same(r.baseline, head.baseline, g.code);
        same(r.negative, head.negative, g.code);
        same(r.consolidation, head.consolidation, g.code);
      }
    }
    ReportAssembler.CheckedRow checked;
    if (annual != null) {
      checked = annual;
    } else {
      ReportAssembler.requireGoal(head);
      assembler.unique(head);
      checked = ReportAssembler.check(head, year, grammar);
    }
    Indicator base = checked.indicator();
    ConsolidationMode mode = base.consolidation().orElseThrow(() -> new InvalidTextException("", head.consolidation.location(),
        "the consolidation of indicator " + g.code, "the indicator has period rows: say how they make the year-to-date value,"
            + " SUM (jumlah), LAST (terakhir), AVERAGE (rata-rata), MAX (tertinggi) or MIN (terendah), in the consolidation column"));
    if (!(base.target() instanceof ExactTarget) && !(base.target() instanceof ComparatorTarget)) {
      throw new InvalidTextException(head.target.value(), head.target.location(), "the target of indicator " + g.code,
          "an indicator with period rows needs a number or a comparator (≤ 10) as target, but it is " + base.target());
    }
    Map<Period, BigDecimal> targets = new LinkedHashMap<>();
    Map<Period, Realization> realizations = new LinkedHashMap<>();
    Map<Period, Text> at = new HashMap<>();
    Text firstPeriod = g.rows.get(0).period;
    Period.Type type = null;
    for (ReportRow r : g.rows) {
      Period p = period(r.period, year, false);
      if (type == null) {
        type = p.type();
      } else if (p.type() != type) {
        throw new InvalidTextException(r.period.value(), r.period.location(), "a period of indicator " + g.code,
            "it is a " + kind(p.type()) + " but " + firstPeriod.value() + " (line " + firstPeriod.location().line().orElse(0)
                + ") is a " + kind(type) + "; give all periods of one indicator of one kind");
      }
      Text before = at.putIfAbsent(p, r.period);
      if (before != null) {
        throw new InvalidTextException(r.period.value(), r.period.location(), "a period of indicator " + g.code,
            p + " is given twice (first at line " + before.location().line().orElse(0) + ")");
      }
      targets.put(p, periodTarget(r, base, grammar));
      realizations.put(p, ReportAssembler.realisasi(r.realisasi, p.previous(), base, grammar));
    }
    List<String> absent = new ArrayList<>();
    Period.Type t = java.util.Objects.requireNonNull(type, "a group has a row");
    for (int i = 1; i <= 12 / t.months(); i++) {
      Period p = of(t, year, i);
      if (!targets.containsKey(p)) {
        absent.add(p.toString());
      }
    }
    if (!absent.isEmpty()) {
      throw new InvalidTextException(firstPeriod.value(), firstPeriod.location(), "the periods of indicator " + g.code,
          "there is no row for " + String.join(", ", absent) + "; give a row with its target for every " + kind(t) + " of the year");
    }
    PeriodTracking tr = tracking(head, base, year, mode, targets, realizations);
    if (annual == null) {
      // no annual row: the year's figure is the consolidation of all periods, by the one rule of PeriodTracking
      PeriodTracking.YearToDate y = tr.yearToDate(Period.year(year), Scorer.defaults());
      Rational yt = y.target();
      if (!yt.isTerminating()) {
        throw new InvalidTextException(head.target.value(), head.target.location(), "the target of indicator " + g.code,
            "the year's target, the " + mode + " of the period targets, is " + yt + ", which has no finite decimal;"
                + " give the annual target on a row without period");
      }
      BigDecimal v = yt.toBigDecimalExact();
      Target yearTarget = base.target() instanceof ComparatorTarget
          ? Target.comparator(((ComparatorTarget) base.target()).relation(), v) : Target.exact(v);
      Indicator ind;
      try {
        ind = Indicator.builder().from(base).target(yearTarget).build();
      } catch (InvalidValueException e) {
        throw new InvalidTextException(head.target.value(), head.target.location(), "the target of indicator " + g.code,
            String.valueOf(e.getMessage()));
      }
      tr = tracking(head, ind, year, mode, targets, realizations);
      Realization yearRealisasi = y.achievement().realization();
      String targetText = (base.target() instanceof ComparatorTarget ? ((ComparatorTarget) base.target()).relation().symbol() + " " : "")
          + text(yt);
      assembler.record(head, head.goal.value(), new ReportAssembler.CheckedRow(ind, yearRealisasi, checked.printed(),
          checked.otherTargets(), checked.otherRealisasi(), checked.formula()), targetText, y.realization().map(PeriodRows::text).orElse(""));
      fromPeriods.add(g.code);
    }
    tracking.put(g.code, tr);
    done.put(g.code, head.indicator.location());
  }

  private static PeriodTracking tracking(ReportRow head, Indicator indicator, int year, ConsolidationMode mode,
      Map<Period, BigDecimal> targets, Map<Period, Realization> realizations) {
    try {
      return PeriodTracking.of(indicator, year, mode, targets, realizations);
    } catch (InvalidValueException e) {
      throw new InvalidTextException(head.indicator.value(), head.indicator.location(), "the periods of indicator " + indicator.code(),
          String.valueOf(e.getMessage()));
    }
  }

  /** A period row's target: a number, or a comparator with the relation of the indicator's target. */
  private static BigDecimal periodTarget(ReportRow r, Indicator indicator, CellGrammar grammar) {
    Text t = r.target;
    if (t.isEmpty()) {
      throw new InvalidTextException("", t.location(), "a period target", "indicator " + indicator.code() + " has no target for this period");
    }
    Target parsed = grammar.targets(indicator.unit()).parse(t.value(), t.location()).target();
    if (indicator.target() instanceof ComparatorTarget) {
      ComparatorTarget c = (ComparatorTarget) indicator.target();
      if (parsed instanceof ComparatorTarget && ((ComparatorTarget) parsed).relation() == c.relation()) {
        return ((ComparatorTarget) parsed).value();
      }
      if (parsed instanceof ExactTarget) {
        return ((ExactTarget) parsed).value(); // the relation is the indicator's
      }
      throw new InvalidTextException(t.value(), t.location(), "a period target",
          "write a number or " + c.relation().symbol() + " and a number, like the indicator's target " + c);
    }
    if (parsed instanceof ExactTarget) {
      return ((ExactTarget) parsed).value();
    }
    throw new InvalidTextException(t.value(), t.location(), "a period target", "write one number, like the indicator's target "
        + indicator.target());
  }

  /** A cell of a period row: empty, or as on the indicator's first row. */
  private static void same(Text cell, Text head, String code) {
    if (!cell.isEmpty() && !cell.value().equals(head.value())) {
      throw new InvalidTextException(cell.value(), cell.location(), "a period row of indicator " + code,
          "it differs from the indicator's first row (line " + head.location().line().orElse(0) + ": '" + head.value()
              + "'); leave the cell empty or write the same");
    }
  }

  private static Period of(Period.Type type, int year, int index) {
    switch (type) {
      case MONTH:
        return Period.month(year, index);
      case QUARTER:
        return Period.quarter(year, index);
      default:
        return Period.semester(year, index);
    }
  }

  private static String kind(Period.Type type) {
    switch (type) {
      case MONTH:
        return "month";
      case QUARTER:
        return "quarter";
      case SEMESTER:
        return "semester";
      default:
        return "year";
    }
  }

  /** A consolidated value as the report shows it: exact when it terminates, else rounded to 2 decimals after ≈. */
  static String text(Rational v) {
    NumberFormatter f = NumberFormatter.indonesian();
    if (v.isTerminating()) {
      BigDecimal d = v.toBigDecimalExact().stripTrailingZeros();
      return f.format(d, Math.max(0, d.scale()));
    }
    return "≈ " + f.format(v.round(2, RoundingMode.HALF_UP), 2);
  }
}
