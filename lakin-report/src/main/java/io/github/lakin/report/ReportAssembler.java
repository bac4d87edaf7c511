/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.Cell;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.ParsedTarget;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.audit.PrintedFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Penyusun laporan (report assembler): turns report rows into the model, reading every number
 * through the explicit parser of {@code io.github.lakin.core.text} (style {@code MIXED}: both
 * {@code 69,31} and {@code 69.31} are 69.31; {@code 13.393.506.000} groups thousands). Every error
 * is an {@link InvalidTextException} naming the file, line and column of the cell.
 */
final class ReportAssembler {

  private final String source;
  private final int year;
  private final OrgUnit unit;
  private final CellGrammar grammar;
  private final Map<String, List<Indicator>> goals = new LinkedHashMap<>();
  private final Map<String, Optional<BigDecimal>> goalWeights = new HashMap<>();
  private final Map<String, TextLocation> seen = new HashMap<>();
  private final Map<String, Realization> realizations = new LinkedHashMap<>();
  /** The realisasi cell and the indicator of each code, for realisasi from components. */
  private final Map<String, Text> realisasiCells = new HashMap<>();
  private final Map<String, Indicator> indicators = new HashMap<>();
  private @Nullable ComponentTable componentTable;
  private final Map<String, String> targetTexts = new LinkedHashMap<>();
  private final Map<String, String> realisasiTexts = new LinkedHashMap<>();
  private final Map<String, io.github.lakin.core.Rational> previous = new LinkedHashMap<>();
  private final Map<String, BigDecimal> printedIndicators = new LinkedHashMap<>();
  private final Map<String, BigDecimal> printedGoals = new LinkedHashMap<>();
  private final Map<String, List<ExactTarget>> otherTargets = new LinkedHashMap<>();
  private final Map<String, List<Realization>> otherRealisasi = new LinkedHashMap<>();
  private Optional<BigDecimal> printedOverall = Optional.empty();
  private final List<BudgetLine> budget = new ArrayList<>();
  private final Map<String, ScoringStrategy> strategies = new LinkedHashMap<>();

  ReportAssembler(String source, int year, OrgUnit unit, CellGrammar grammar) {
    this.source = source;
    this.year = year;
    this.unit = unit;
    this.grammar = grammar;
  }

  CellGrammar grammar() {
    return grammar;
  }

  /** Reads one indicator row, period row or summary row. */
  void add(ReportRow row) {
    if (periods.take(row)) {
      return; // a period row: PeriodRows keeps it until the indicator's rows end
    }
    if (row.isSummary()) {
      addSummary(row);
      return;
    }
    String goal = requireGoal(row);
    unique(row);
    CheckedRow c = check(row, year, grammar);
    record(row, goal, c, row.target.value(), row.realisasi.value());
    periods.annual(row, c);
  }

  /** The rows of indicators with periods, until their last row. */
  private final PeriodRows periods = new PeriodRows(this);

  int year() {
    return year;
  }

  /**
   * @param row an indicator row or the first row of an indicator with periods
   * @throws InvalidTextException when its code was used by an earlier indicator
   */
  void unique(ReportRow row) {
    String code = row.indicator.value();
    TextLocation first = seen.putIfAbsent(code, row.indicator.location());
    if (first != null) {
      throw new InvalidTextException(code, row.indicator.location(), "an indicator code",
          "the code is used twice (first at " + (first.line().isPresent() ? "line " + first.line().getAsInt() : first.toString()) + ")");
    }
  }

  /** Returns whether an earlier row gave this indicator code. */
  boolean seen(String code) {
    return seen.containsKey(code);
  }

  /** Records a checked indicator: its goal, realisasi, texts as shown, printed capaian and formula. */
  void record(ReportRow row, String goal, CheckedRow c, String targetText, String realisasiText) {
    String code = row.indicator.value();
    if (c.indicator().weight().isPresent()) {
      anyWeight = true;
      allWeightsZero &= c.indicator().weight().get().signum() == 0;
      if (firstWeight == null) {
        firstWeight = row.weight.location();
      }
    }
    goals.computeIfAbsent(goal, g -> new ArrayList<>()).add(c.indicator());
    realizations.put(code, c.realization());
    realisasiCells.put(code, row.realisasi);
    indicators.put(code, c.indicator());
    targetTexts.put(code, targetText);
    realisasiTexts.put(code, realisasiText);
    c.printed().ifPresent(p -> printedIndicators.put(code, p));
    previous(row.previous, c.indicator(), grammar).ifPresent(p -> previous.put(code, p));
    c.formula().ifPresent(f -> strategies.put(code, f));
    if (!c.otherTargets().isEmpty()) {
      otherTargets.computeIfAbsent(code, x -> new ArrayList<>()).addAll(c.otherTargets());
    }
    if (!c.otherRealisasi().isEmpty()) {
      otherRealisasi.computeIfAbsent(code, x -> new ArrayList<>()).addAll(c.otherRealisasi());
    }
  }

  /**
   * An indicator row after every check: its indicator, realisasi, printed capaian and the inputs it
   * printed differently elsewhere.
   */
  record CheckedRow(Indicator indicator, Realization realization, Optional<BigDecimal> printed, List<ExactTarget> otherTargets,
      List<Realization> otherRealisasi, Optional<ScoringStrategy> formula) {}

  /**
   * The checks of one indicator row after its goal and the uniqueness of its code: the one
   * implementation that both the object path ({@link #add}) and the large-file scan
   * ({@link BulkCsvScan}) call, so they accept and refuse the same rows with the same errors.
   *
   * @param row an indicator row
   * @param year the report year (a provisional value is dated the year before)
   * @param grammar the file's cell grammar
   * @return the checked row
   * @throws InvalidTextException at the first bad cell
   */
  static CheckedRow check(ReportRow row, int year, CellGrammar grammar) {
    plainText(row.indicator);
    plainText(row.name);
    Indicator indicator = indicator(row, grammar);
    Realization realization = realisasi(row.realisasi, year, indicator, grammar);
    Optional<BigDecimal> printed = row.printed.isEmpty() ? Optional.empty() : Optional.of(printedNumber(row.printed, grammar));
    List<ExactTarget> targets = new ArrayList<>(row.otherTargets.size());
    MeasureUnit unitColumn = row.unit.isEmpty() ? null : unit(row.unit);
    for (Text t : row.otherTargets) {
      Optional<ExactTarget> counted = countsTarget(t, indicator.unit(), grammar, "a target printed elsewhere");
      targets.add(counted.isPresent() ? counted.get()
          : ExactTarget.of(grammar.targets(unitColumn).parse(t.value(), t.location()).target().accept(new ExactValue(t))));
    }
    List<Realization> realisasi = new ArrayList<>(row.otherRealisasi.size());
    for (Text t : row.otherRealisasi) {
      Cell cell = grammar.forUnit(indicator.unit()).parseCell(withoutUnit(t, indicator.unit()), t.location());
      if (cell.notAvailable() || cell.provisional()) {
        throw new InvalidTextException(t.value(), t.location(), "a realisasi printed elsewhere", "it must be one number or counts n/T");
      }
      realisasi.add(countsOrRate(cell, indicator.unit(), t, grammar, "a realisasi printed elsewhere"));
    }
    Optional<ScoringStrategy> formula = row.formula.isEmpty() ? Optional.empty() : Optional.of(SettingTexts.formula(row.formula, indicator));
    return new CheckedRow(indicator, realization, printed, targets, realisasi, formula);
  }

  private final Map<String, TextLocation> summaryAt = new HashMap<>();
  private boolean anyWeight;
  private boolean allWeightsZero = true;
  private @Nullable TextLocation firstWeight;
  private final Map<String, TextLocation> printedGoalAt = new HashMap<>();

  private void addSummary(ReportRow row) {
    BigDecimal printed = summaryPrinted(row, grammar);
    TextLocation first = summaryAt.putIfAbsent(row.goal.value(), row.printed.location());
    if (first != null) {
      throw new InvalidTextException(row.printed.value(), row.printed.location(), "a summary row",
          (row.goal.isEmpty() ? "the unit's printed capaian" : "the printed capaian of goal " + row.goal.value())
              + " is given twice (first at line " + first.line().orElse(0) + "); a report prints one figure");
    }
    if (row.goal.isEmpty()) {
      printedOverall = Optional.of(printed);
    } else {
      printedGoals.put(row.goal.value(), printed);
      printedGoalAt.put(row.goal.value(), row.goal.location());
    }
  }

  void goalWeight(String goal, Optional<BigDecimal> weight) {
    goalWeights.put(goal, weight);
  }

  void budget(BudgetLine line) {
    budget.add(line);
  }

  private @Nullable BudgetTable budgetTable;

  /** The budget lines of a budget table (CSV section, workbook sheet, JSON array), checked at {@link #build}. */
  void budget(BudgetTable table) {
    budgetTable = table;
  }

  void printedOverall(BigDecimal value) {
    printedOverall = Optional.of(value);
  }

  void printedGoal(String goal, BigDecimal value, TextLocation at) {
    printedGoals.put(goal, value);
    printedGoalAt.put(goal, at);
  }

  /**
   * @param t a cell whose text reaches the output (a code, a name)
   * @throws InvalidTextException for a control character (NUL, escape, …) or a lone surrogate,
   *     which no report prints and which would corrupt what Lakin writes
   */
  static void plainText(Text t) {
    String s = t.value();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(++i))
          : Character.isLowSurrogate(c);
      if (lone || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        throw new InvalidTextException(s, t.location(), "text", "it contains a control character or a broken character (U+"
            + String.format("%04X", (int) c) + "); write plain text");
      }
    }
  }

  /**
   * Returns its goal code.
   *
   * @param row an indicator row
   * @return its goal code
   * @throws InvalidTextException when the goal cell is empty
   */
  static String requireGoal(ReportRow row) {
    plainText(row.goal);
    if (row.goal.isEmpty()) {
      throw new InvalidTextException("", row.goal.location(), "a goal code",
          "indicator " + row.indicator.value() + " needs the code of its goal (sasaran)");
    }
    return row.goal.value();
  }

  /**
   * Returns its target, read.
   *
   * @param row an indicator row
   * @return its target, read
   * @throws InvalidTextException when the target cell is empty or cannot be read
   */
  static ParsedTarget target(ReportRow row, CellGrammar grammar, @Nullable MeasureUnit unitColumn) {
    if (row.target.isEmpty()) {
      throw new InvalidTextException("", row.target.location(), "a target", "indicator " + row.indicator.value() + " has no target");
    }
    return grammar.targets(unitColumn).parse(row.target.value(), row.target.location());
  }

  static Indicator indicator(ReportRow row, CellGrammar grammar) {
    String code = row.indicator.value();
    MeasureUnit unitColumn = row.unit.isEmpty() ? null : unit(row.unit);
    OrdinalScale scale = row.scale.isEmpty() ? null : SettingTexts.ordinalScale(row.scale);
    Optional<ExactTarget> counted = row.target.isEmpty() || scale != null ? Optional.empty()
        : countsTarget(row.target, unitColumn, grammar, "the target of indicator " + code);
    ParsedTarget parsed = counted.isPresent() ? ParsedTarget.of(counted.get())
        : scale != null && !row.target.isEmpty() ? grammar.targets(unitColumn).parse(row.target.value(), row.target.location(), scale)
        : target(row, grammar, unitColumn);
    MeasureUnit unit;
    if (counted.isPresent() && counted.get().counts().isPresent() && unitColumn == null) {
      unit = MeasureUnit.percent(); // counts are n / T × 100 percent
    } else if (unitColumn != null) {
      unit = unitColumn;
      if (parsed.unit().isPresent() && !sameUnit(parsed.unit().get(), unitColumn)) {
        throw new InvalidTextException(row.target.value(), row.target.location(), "the target of indicator " + code,
            "it is in " + parsed.unit().get().label() + " but the unit column says " + unitColumn.label());
      }
    } else {
      unit = parsed.unit().orElse(MeasureUnit.other("-"));
    }
    if (SettingTexts.yes(row.negative)) {
      unit = unit.allowingNegative();
    }
    Indicator.Builder b = Indicator.builder().code(code).name(row.name.isEmpty() ? code : row.name.value())
        .unit(unit).target(parsed.target());
    polarity(row.polarity).ifPresent(b::polarity);
    PeriodRows.mode(row.consolidation).ifPresent(b::consolidation);
    if (scale != null) {
      b.ordinalScale(scale);
    }
    if (!row.decimals.isEmpty()) {
      b.decimals(SettingTexts.decimals(row.decimals));
    }
    if (!row.weight.isEmpty()) {
      BigDecimal w = grammar.weights().parseNumber(row.weight.value(), row.weight.location());
      if (w.signum() < 0) {
        throw new InvalidTextException(row.weight.value(), row.weight.location(), "the weight of indicator " + code,
            "a weight must be 0 or more");
      }
      b.weight(w);
    }
    if (!row.baseline.isEmpty()) {
      b.baseline(grammar.forUnit(unit).parseNumber(withoutUnit(row.baseline, unit), row.baseline.location()));
    }
    try {
      return b.build();
    } catch (InvalidTextException e) {
      throw e;
    } catch (InvalidValueException e) {
      throw new InvalidTextException(row.target.value(), row.target.location(), "the target of indicator " + code,
          String.valueOf(e.getMessage()));
    }
  }

  /**
   * Returns its unit.
   *
   * @param t a non-empty unit cell
   * @return its unit
   * @throws InvalidTextException at the cell for a label without a visible character
   */
  static MeasureUnit unit(Text t) {
    try {
      return MeasureUnit.parse(t.value());
    } catch (InvalidValueException e) {
      throw new InvalidTextException(t.value(), t.location(), "a unit", "write a label such as %, indeks, dokumen or hari kerja");
    }
  }

  static Optional<Polarity> polarity(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "":
        return Optional.empty();
      case "higher":
      case "tinggi":
      case "naik":
        return Optional.of(Polarity.HIGHER_IS_BETTER);
      case "lower":
      case "rendah":
      case "turun":
        return Optional.of(Polarity.LOWER_IS_BETTER);
      default:
        throw new InvalidTextException(t.value(), t.location(), "a polarity",
            "write higher (tinggi) or lower (rendah), or leave it empty to infer it from the target");
    }
  }

  /** The first year a {@link Period} may have, so a provisional value of a report of that year has no year to come from. */
  private static final int FIRST_YEAR = 1900;

  static Realization realisasi(Text t, int year, Indicator indicator, CellGrammar grammar) {
    return realisasi(t, year <= FIRST_YEAR ? null : Period.year(year - 1), indicator, grammar);
  }

  /**
   * @param t a realisasi cell
   * @param carriedFrom the period a provisional value ({@code 82,96*}) was carried from: the year
   *     before for an annual row, the period before for a period row; {@code null} in a report of
   *     the first year a period may have, which has no year before
   */
  static Realization realisasi(Text t, @Nullable Period carriedFrom, Indicator indicator, CellGrammar grammar) {
    return realisasi(t, carriedFrom, indicator, grammar, "the realisasi of indicator " + indicator.code());
  }

  /**
   * The realisasi of the previous year ({@code previous}): read as a realisasi is, without the mark
   * {@code *} (a previous year's figure is final); empty when the cell is empty or not available.
   */
  static Optional<io.github.lakin.core.Rational> previous(Text t, Indicator indicator, CellGrammar grammar) {
    String what = "the previous year's realisasi of indicator " + indicator.code();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (grammar.forUnit(indicator.unit()).parseCell(withoutUnit(t, indicator.unit()), t.location()).provisional()) {
      throw new InvalidTextException(t.value(), t.location(), what, "it is marked '*', but a previous year's figure is final: write it"
          + " without the mark");
    }
    return realisasi(t, null, indicator, grammar, what).value();
  }

  private static Realization realisasi(Text t, @Nullable Period carriedFrom, Indicator indicator, CellGrammar grammar, String what) {
    if (t.isEmpty()) {
      return Realization.notAvailable("no realisasi in " + t.location());
    }
    OrdinalScale scale = ordinalScaleOf(indicator);
    if (scale != null) {
      return ordinalRealisasi(t, indicator, scale, grammar);
    }
    Cell cell = grammar.forUnit(indicator.unit()).parseCell(withoutUnit(t, indicator.unit()), t.location());
    if (cell.provisional() && carriedFrom == null) {
      throw new InvalidTextException(t.value(), t.location(), what,
          "it is marked '*' (carried from the year before), but no year before " + FIRST_YEAR + " is known");
    }
    // the period before is used only by a provisional value; a report of the first year has none
    Realization r = cell.provisional() && carriedFrom != null ? cell.toRealization(carriedFrom) : cell.toRealization();
    if (cell.counts().isPresent()) {
      Realization plain = countsOrRate(cell, indicator.unit(), t, grammar, what);
      r = cell.provisional() && carriedFrom != null ? plain.provisional(carriedFrom, "*") : plain;
    }
    if (r.value().isPresent() && r.value().get().signum() < 0 && !indicator.unit().negativeAllowed()) {
      throw new InvalidTextException(t.value(), t.location(), what,
          "it is negative, but the unit " + indicator.unit().label() + " does not allow negative values"
              + " (mark the indicator's negative column yes, e.g. for a backlog that grew)");
    }
    precise(t, indicator, r);
    return r;
  }

  /** The indicator's {@code decimals} (issue 16): a realisasi with more decimals is an error at its cell. */
  private static void precise(Text t, Indicator indicator, Realization r) {
    try {
      indicator.requirePrecision(r);
    } catch (InvalidValueException e) {
      throw new InvalidTextException(t.value(), t.location(), "the realisasi of indicator " + indicator.code(),
          String.valueOf(e.getMessage()) + " (column decimals)");
    }
  }

  /** The scale a realisasi code is read on: the indicator's ordinal scale, or its categorical target's. */
  static @Nullable OrdinalScale ordinalScaleOf(Indicator indicator) {
    if (indicator.ordinalScale().isPresent()) {
      return indicator.ordinalScale().get();
    }
    return indicator.target() instanceof CategoricalTarget ? ((CategoricalTarget) indicator.target()).scale() : null;
  }

  /** A realisasi code on an ordinal scale ({@code WDP}, any case), or not available ({@code N/A}, {@code -}). */
  private static Realization ordinalRealisasi(Text t, Indicator indicator, OrdinalScale scale, CellGrammar grammar) {
    try {
      return Realization.ofCategory(scale.code(t.value()));
    } catch (InvalidValueException e) {
      Cell cell;
      try {
        cell = grammar.forUnit(indicator.unit()).parseCell(t.value(), t.location());
      } catch (InvalidTextException notANumber) {
        cell = null;
      }
      if (cell != null && cell.notAvailable()) {
        return cell.toRealization();
      }
      throw new InvalidTextException(t.value(), t.location(), "the realisasi of indicator " + indicator.code(),
          "it must be a code of the scale '" + scale.name() + "': " + String.join(", ", scale.categories()) + " (any case)");
    }
  }

  /**
   * A cell read with counts n/T as the realisasi it states under the indicator's unit: counts (n / T
   * × 100, exact), or the rate n when the unit is a rate per T ({@link CellGrammar#rateOrCounts}).
   */
  static Realization countsOrRate(Cell cell, MeasureUnit unit, Text t, CellGrammar grammar, String what) {
    if (cell.counts().isEmpty()) {
      return Realization.of(cell.value().orElseThrow());
    }
    Realization.Counts c = cell.counts().get();
    Optional<BigDecimal> rate = grammar.rateOrCounts(c, unit, t, what);
    return rate.isPresent() ? Realization.of(rate.get()) : Realization.ofCounts(c.n(), c.total());
  }

  /**
   * A target cell written n/T or "n dari T": counts (an exact n / T × 100) or a rate by the unit
   * ({@link CellGrammar#rateOrCounts}); empty when the cell is not of that form.
   */
  static Optional<ExactTarget> countsTarget(Text t, @Nullable MeasureUnit unit, CellGrammar grammar, String what) {
    String v = t.value();
    if (v.indexOf('/') < 0 && !v.toLowerCase(Locale.ROOT).contains(" dari ")) {
      return Optional.empty();
    }
    Cell cell = grammar.forUnit(unit).parseCell(v, t.location());
    if (cell.notAvailable() || cell.counts().isEmpty()) {
      return Optional.empty(); // N/A and the like: the target parser says what is wrong
    }
    if (cell.provisional() || cell.secondary().isPresent()) {
      throw new InvalidTextException(v, t.location(), what, "a target is counts n/T or a number, without '*' or a figure in parentheses");
    }
    Realization.Counts c = cell.counts().get();
    Optional<BigDecimal> rate = grammar.rateOrCounts(c, unit, t, what);
    return Optional.of(rate.isPresent() ? ExactTarget.of(rate.get()) : ExactTarget.ofCounts(c.n(), c.total()));
  }

  /** Two units are the same when they have the same kind and label, ignoring case. */
  static boolean sameUnit(MeasureUnit a, MeasureUnit b) {
    return a.kind() == b.kind() && a.label().equalsIgnoreCase(b.label());
  }

  /**
   * The cell without a unit label after its number ({@code 40,5 Ha}, {@code 2.545 KK},
   * {@code 12 hari kerja}), which must name the indicator's unit.
   *
   * @throws InvalidTextException when the label names another unit
   */
  static String withoutUnit(Text t, MeasureUnit unit) {
    String s = t.value();
    int end = s.length();
    int tail = end;
    while (tail > 0 && (Character.isLetter(s.charAt(tail - 1)) || s.charAt(tail - 1) == ' ' || s.charAt(tail - 1) == '.'
        || s.charAt(tail - 1) == '\u00A0')) {
      tail--;
    }
    if (tail == end || tail == 0 || !Character.isDigit(s.charAt(tail - 1)) || !Character.isLetter(s.charAt(end - 1))) {
      return s;
    }
    while (tail < end && !Character.isLetter(s.charAt(tail))) {
      tail++; // the label starts at its first letter ("40,5 Ha"; a '.' right after the number stays with it)
    }
    String label = s.substring(tail).strip();
    MeasureUnit written;
    try {
      written = MeasureUnit.parse(label);
    } catch (io.github.lakin.core.InvalidValueException e) {
      return s;
    }
    if (!sameUnit(written, unit) && !label.equalsIgnoreCase(unit.label())) {
      throw new InvalidTextException(s, t.location(), "a value in " + unit.label(),
          "it is written in " + label + " but the indicator's unit is " + unit.label());
    }
    return s.substring(0, tail).strip();
  }

  /**
   * The checks of a summary row (a row without an indicator code), shared by the bulk path.
   *
   * @param row a summary row
   * @return its printed figure
   * @throws InvalidTextException for a cell a summary row may not carry, or a missing or bad figure
   */
  static BigDecimal summaryPrinted(ReportRow row, CellGrammar grammar) {
    for (Text t : List.of(row.name, row.unit, row.polarity, row.target, row.realisasi, row.weight)) {
      if (!t.isEmpty()) {
        throw new InvalidTextException(t.value(), t.location(), "a summary row",
            "a row without an indicator code may only carry its goal and the printed capaian");
      }
    }
    if (row.printed.isEmpty()) {
      throw new InvalidTextException("", row.indicator.location(), "an indicator code", "it is missing");
    }
    return printedNumber(row.printed, grammar);
  }

  static InvalidTextException noSuchGoal(TextLocation at, String goal) {
    return new InvalidTextException(goal, at, "a printed goal figure", "no indicator belongs to goal " + goal);
  }

  static BigDecimal printedNumber(Text t, CellGrammar grammar) {
    return asPrinted(t.value(), checkPrinted(t, grammar));
  }

  /**
   * Returns its value as read (without the printed scale).
   *
   * @param t a printed capaian cell
   * @return its value as read (without the printed scale)
   * @throws InvalidTextException unless the cell is one number
   */
  static BigDecimal checkPrinted(Text t, CellGrammar grammar) {
    Cell cell = grammar.capaian().parseCell(t.value(), t.location());
    if (cell.value().isEmpty() || cell.provisional() || cell.counts().isPresent()) {
      throw new InvalidTextException(t.value(), t.location(), "a printed capaian", "it must be one number, e.g. 100,45 or 100,45%");
    }
    return cell.value().get();
  }

  /**
   * The value at the scale it was printed with: the parser gives {@code 101,60} as 101.6, but a
   * printed {@code 101,60} claims two decimals, and the audit compares at that scale.
   */
  static BigDecimal asPrinted(String text, BigDecimal value) {
    int end = text.length();
    int run = 0;
    for (int i = end - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        run++;
      } else if (run > 0) {
        break;
      }
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        break;
      }
      if (Character.isDigit(c)) {
        digits.append(c);
      }
    }
    String all = digits.toString().replaceFirst("^0+(?=\\d)", "");
    if (run > 0 && run <= 10 && value.scale() <= run) {
      BigDecimal scaled = value.setScale(run);
      if (scaled.unscaledValue().abs().toString().equals(all)) {
        return scaled;
      }
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** The number of an exact target printed elsewhere. */
  private static final class ExactValue implements Target.Visitor<BigDecimal> {
    private final Text text;

    ExactValue(Text text) {
      this.text = text;
    }

    @Override
    public BigDecimal exact(io.github.lakin.core.ExactTarget t) {
      return t.value();
    }

    @Override
    public BigDecimal range(io.github.lakin.core.RangeTarget t) {
      throw fail();
    }

    @Override
    public BigDecimal comparator(io.github.lakin.core.ComparatorTarget t) {
      throw fail();
    }

    @Override
    public BigDecimal categorical(io.github.lakin.core.CategoricalTarget t) {
      throw fail();
    }

    private InvalidTextException fail() {
      return new InvalidTextException(text.value(), text.location(), "a target printed elsewhere", "it must be one number");
    }
  }

  /** The components of realisasi (CSV section {@code # komponen}, JSON {@code components}), applied at {@link #build}. */
  void components(ComponentTable table) {
    componentTable = table;
  }

  /**
   * Each indicator with components gets the realisasi they give (issue 16): its own realisasi cell
   * must be empty, and the value passes the checks of a realisasi cell (sign, decimals).
   */
  private void applyComponents() {
    ComponentTable table = componentTable;
    if (table == null) {
      return;
    }
    table.entries().forEach((code, e) -> {
      Indicator indicator = indicators.get(code);
      if (indicator == null) {
        throw new InvalidTextException(code, e.at, "the indicator of a component", "no indicator row has this code");
      }
      Text cell = realisasiCells.get(code);
      if (cell != null && !cell.isEmpty()) {
        throw new InvalidTextException(cell.value(), cell.location(), "the realisasi of indicator " + code,
            "it is computed from components (" + e.at + "); leave the cell empty");
      }
      if (indicator.consolidation().isPresent() || ordinalScaleOf(indicator) != null) {
        throw new InvalidTextException(code, e.at, "the components of indicator " + code,
            "a realisasi from components is a number for the year; an indicator with periods or an ordinal scale cannot take one");
      }
      Realization r = e.components.toRealization();
      Text as = new Text(realisasiText(r), e.at);
      if (r.value().isPresent() && r.value().get().signum() < 0 && !indicator.unit().negativeAllowed()) {
        throw new InvalidTextException(as.value(), e.at, "the realisasi of indicator " + code + " from its components",
            "it is negative, but the unit " + indicator.unit().label() + " does not allow negative values");
      }
      realizations.put(code, r);
      realisasiTexts.put(code, as.value());
    });
  }

  /** How a realisasi from components is shown: its exact value, or its state ("belum diisi: …"). */
  private String realisasiText(Realization r) {
    if (r.value().isEmpty()) {
      return r.note().orElse("");
    }
    io.github.lakin.core.Rational v = r.value().get();
    try {
      return grammar.numberText(v.toBigDecimalExact());
    } catch (ArithmeticException e) {
      return v.toString();
    }
  }

  ReportFile build(java.util.function.Function<PerformanceAgreement, ReportSettings> settingsOf) {
    periods.end();
    applyComponents();
    if (goals.isEmpty()) {
      throw new InvalidTextException("", TextLocation.of(source), "a report", "it has no indicator rows");
    }
    for (String g : printedGoals.keySet()) {
      if (!goals.containsKey(g)) {
        throw noSuchGoal(printedGoalAt.getOrDefault(g, TextLocation.of(source)), g);
      }
    }
    if (anyWeight && allWeightsZero && firstWeight != null) {
      throw new InvalidTextException("0", firstWeight, "the weights", "every weight is 0, so they weight nothing; give at least one"
          + " weight above 0, or leave the column empty");
    }
    PerformanceAgreement.Builder pk = PerformanceAgreement.builder().unit(unit).year(year).effectiveDate(LocalDate.of(year, 1, 1));
    goals.forEach((code, indicators) -> {
      Goal.Builder g = Goal.builder().code(code).name(code).addAllIndicators(indicators);
      goalWeights.getOrDefault(code, Optional.empty()).ifPresent(g::weight);
      pk.addGoals(g.build());
    });
    pk.addAllBudget(budget);
    BudgetTable table = budgetTable;
    if (table != null) {
      table.checkGoals(goals.keySet());
      pk.addAllBudget(table.lines());
      table.printedTotal().ifPresent(this::printedAbsorption);
      table.printedGap().ifPresent(this::printedEfficiencyGap);
      table.printedIndex().ifPresent(this::printedEfficiencyIndex);
    }
    PerformanceAgreement agreement;
    try {
      agreement = pk.build();
    } catch (InvalidValueException e) {
      throw new InvalidTextException("", TextLocation.of(source), "a performance agreement", String.valueOf(e.getMessage()));
    }
    PrintedFigures.Builder printed = PrintedFigures.builder();
    printedIndicators.forEach(printed::indicator);
    printedGoals.forEach(printed::goal);
    printedOverall.ifPresent(printed::overall);
    absorption.ifPresent(printed::absorption);
    efficiencyGap.ifPresent(printed::efficiencyGap);
    efficiencyIndex.ifPresent(printed::efficiencyIndex);
    if (table != null) {
      table.printed().forEach(printed::lineAbsorption);
    }
    otherTargets.forEach((code, list) -> list.forEach(t -> printed.otherTarget(code, t)));
    otherRealisasi.forEach((code, list) -> list.forEach(x -> printed.otherRealisasi(code, x)));
    Realizations.Builder realized = Realizations.builder();
    realizations.forEach(realized::put);
    return new ReportFile(source, agreement, realized.build(), targetTexts, realisasiTexts, printed.build(), settingsOf.apply(agreement).withStrategies(strategies))
        .withPeriods(periods.tracking(), periods.fromPeriods(), asOf).withPrevious(previous);
  }

  private Optional<Period> asOf = Optional.empty();

  /** The as-of period the file states ({@code # as-of: TW II 2024}). */
  void asOf(Optional<Period> period) {
    asOf = period;
  }


  private Optional<BigDecimal> absorption = Optional.empty();
  private Optional<BigDecimal> efficiencyGap = Optional.empty();

  void printedAbsorption(BigDecimal value) {
    absorption = Optional.of(value);
  }

  void printedEfficiencyGap(BigDecimal value) {
    efficiencyGap = Optional.of(value);
  }

  private Optional<BigDecimal> efficiencyIndex = Optional.empty();

  void printedEfficiencyIndex(BigDecimal value) {
    efficiencyIndex = Optional.of(value);
  }
}
