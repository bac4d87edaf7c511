package io.github.lakin.report;

import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.Cell;
import io.github.lakin.core.text.ColumnKind;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberParser;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.core.text.ParsedTarget;
import io.github.lakin.core.text.TargetParser;
import io.github.lakin.core.text.TextLocation;
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

/**
 * Penyusun laporan (report assembler): turns report rows into the model, reading every number
 * through the explicit parser of {@code io.github.lakin.core.text} (style {@code MIXED}: both
 * {@code 69,31} and {@code 69.31} are 69.31; {@code 13.393.506.000} groups thousands). Every error
 * is an {@link InvalidTextException} naming the file, line and column of the cell.
 */
final class ReportAssembler {
  static final NumberParser NUMBERS = NumberParser.of(NumberStyle.MIXED, ColumnKind.MEASURE);
  static final NumberParser MONEY = NumberParser.of(NumberStyle.MIXED, ColumnKind.COUNT);
  static final TargetParser TARGETS = TargetParser.of(NUMBERS);

  private final String source;
  private final int year;
  private final OrgUnit unit;
  private final Map<String, List<Indicator>> goals = new LinkedHashMap<>();
  private final Map<String, Optional<BigDecimal>> goalWeights = new HashMap<>();
  private final Map<String, TextLocation> seen = new HashMap<>();
  private final Realizations.Builder realizations = Realizations.builder();
  private final Map<String, String> targetTexts = new LinkedHashMap<>();
  private final Map<String, String> realisasiTexts = new LinkedHashMap<>();
  private final Map<String, BigDecimal> printedIndicators = new LinkedHashMap<>();
  private final Map<String, BigDecimal> printedGoals = new LinkedHashMap<>();
  private final Map<String, List<BigDecimal>> otherTargets = new LinkedHashMap<>();
  private final Map<String, List<BigDecimal>> otherRealisasi = new LinkedHashMap<>();
  private Optional<BigDecimal> printedOverall = Optional.empty();
  private final List<BudgetLine> budget = new ArrayList<>();

  ReportAssembler(String source, int year, OrgUnit unit) {
    this.source = source;
    this.year = year;
    this.unit = unit;
  }

  /** Reads one indicator row or summary row. */
  void add(ReportRow row) {
    if (row.isSummary()) {
      addSummary(row);
      return;
    }
    String code = row.indicator.value();
    String goal = requireGoal(row);
    TextLocation first = seen.putIfAbsent(code, row.indicator.location());
    if (first != null) {
      throw new InvalidTextException(code, row.indicator.location(), "an indicator code",
          "the code is used twice (first at line " + first.line().orElse(0) + ")");
    }
    CheckedRow c = check(row, year);
    goals.computeIfAbsent(goal, g -> new ArrayList<>()).add(c.indicator());
    realizations.put(code, c.realization());
    targetTexts.put(code, row.target.value());
    realisasiTexts.put(code, row.realisasi.value());
    c.printed().ifPresent(p -> printedIndicators.put(code, p));
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
  record CheckedRow(Indicator indicator, Realization realization, Optional<BigDecimal> printed, List<BigDecimal> otherTargets,
      List<BigDecimal> otherRealisasi) {}

  /**
   * The checks of one indicator row after its goal and the uniqueness of its code: the one
   * implementation that both the object path ({@link #add}) and the large-file scan
   * ({@link BulkCsvScan}) call, so they accept and refuse the same rows with the same errors.
   *
   * @param row an indicator row
   * @param year the report year (a provisional value is dated the year before)
   * @return the checked row
   * @throws InvalidTextException at the first bad cell
   */
  static CheckedRow check(ReportRow row, int year) {
    Indicator indicator = indicator(row);
    Realization realization = realisasi(row.realisasi, year);
    Optional<BigDecimal> printed = row.printed.isEmpty() ? Optional.empty() : Optional.of(printedNumber(row.printed));
    List<BigDecimal> targets = new ArrayList<>(row.otherTargets.size());
    for (Text t : row.otherTargets) {
      targets.add(TARGETS.parse(t.value(), t.location()).target().accept(new ExactValue(t)));
    }
    List<BigDecimal> realisasi = new ArrayList<>(row.otherRealisasi.size());
    for (Text t : row.otherRealisasi) {
      realisasi.add(NUMBERS.parseNumber(t.value(), t.location()));
    }
    return new CheckedRow(indicator, realization, printed, targets, realisasi);
  }

  private void addSummary(ReportRow row) {
    BigDecimal printed = summaryPrinted(row);
    if (row.goal.isEmpty()) {
      printedOverall = Optional.of(printed);
    } else {
      printedGoals.put(row.goal.value(), printed);
    }
  }

  void goalWeight(String goal, Optional<BigDecimal> weight) {
    goalWeights.put(goal, weight);
  }

  void budget(BudgetLine line) {
    budget.add(line);
  }

  void printedOverall(BigDecimal value) {
    printedOverall = Optional.of(value);
  }

  void printedGoal(String goal, BigDecimal value) {
    printedGoals.put(goal, value);
  }

  /**
   * @param row an indicator row
   * @return its goal code
   * @throws InvalidTextException when the goal cell is empty
   */
  static String requireGoal(ReportRow row) {
    if (row.goal.isEmpty()) {
      throw new InvalidTextException("", row.goal.location(), "a goal code",
          "indicator " + row.indicator.value() + " needs the code of its goal (sasaran)");
    }
    return row.goal.value();
  }

  /**
   * @param row an indicator row
   * @return its target, read
   * @throws InvalidTextException when the target cell is empty or cannot be read
   */
  static ParsedTarget target(ReportRow row) {
    if (row.target.isEmpty()) {
      throw new InvalidTextException("", row.target.location(), "a target", "indicator " + row.indicator.value() + " has no target");
    }
    return TARGETS.parse(row.target.value(), row.target.location());
  }

  static Indicator indicator(ReportRow row) {
    String code = row.indicator.value();
    ParsedTarget parsed = target(row);
    MeasureUnit unit;
    if (!row.unit.isEmpty()) {
      unit = unit(row.unit);
    } else {
      unit = parsed.unit().orElse(MeasureUnit.other("-"));
    }
    Indicator.Builder b = Indicator.builder().code(code).name(row.name.isEmpty() ? code : row.name.value())
        .unit(unit).target(parsed.target());
    polarity(row.polarity).ifPresent(b::polarity);
    if (!row.weight.isEmpty()) {
      b.weight(NUMBERS.parseNumber(row.weight.value(), row.weight.location()));
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

  static Realization realisasi(Text t, int year) {
    if (t.isEmpty()) {
      return Realization.notAvailable("no realisasi in " + t.location());
    }
    Cell cell = NUMBERS.parseCell(t.value(), t.location());
    return cell.toRealization(Period.year(year - 1));
  }

  /**
   * The checks of a summary row (a row without an indicator code), shared by the bulk path.
   *
   * @param row a summary row
   * @return its printed figure
   * @throws InvalidTextException for a cell a summary row may not carry, or a missing or bad figure
   */
  static BigDecimal summaryPrinted(ReportRow row) {
    for (Text t : List.of(row.name, row.unit, row.polarity, row.target, row.realisasi, row.weight)) {
      if (!t.isEmpty()) {
        throw new InvalidTextException(t.value(), t.location(), "a summary row",
            "a row without an indicator code may only carry its goal and the printed capaian");
      }
    }
    if (row.printed.isEmpty()) {
      throw new InvalidTextException("", row.indicator.location(), "an indicator code", "it is missing");
    }
    return printedNumber(row.printed);
  }

  static InvalidTextException noSuchGoal(String source, String goal) {
    return new InvalidTextException(goal, TextLocation.of(source), "a printed goal figure", "no indicator belongs to goal " + goal);
  }

  static BigDecimal printedNumber(Text t) {
    return asPrinted(t.value(), checkPrinted(t));
  }

  /**
   * @param t a printed capaian cell
   * @return its value as read (without the printed scale)
   * @throws InvalidTextException unless the cell is one number
   */
  static BigDecimal checkPrinted(Text t) {
    Cell cell = NUMBERS.parseCell(t.value(), t.location());
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

  ReportFile build(java.util.function.Function<PerformanceAgreement, ReportSettings> settingsOf) {
    if (goals.isEmpty()) {
      throw new InvalidTextException("", TextLocation.of(source), "a report", "it has no indicator rows");
    }
    for (String g : printedGoals.keySet()) {
      if (!goals.containsKey(g)) {
        throw noSuchGoal(source, g);
      }
    }
    PerformanceAgreement.Builder pk = PerformanceAgreement.builder().unit(unit).year(year).effectiveDate(LocalDate.of(year, 1, 1));
    goals.forEach((code, indicators) -> {
      Goal.Builder g = Goal.builder().code(code).name(code).addAllIndicators(indicators);
      goalWeights.getOrDefault(code, Optional.empty()).ifPresent(g::weight);
      pk.addGoals(g.build());
    });
    pk.addAllBudget(budget);
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
    otherTargets.forEach((code, list) -> list.forEach(t -> printed.otherTarget(code, t)));
    otherRealisasi.forEach((code, list) -> list.forEach(x -> printed.otherRealisasi(code, x)));
    return new ReportFile(source, agreement, realizations.build(), targetTexts, realisasiTexts, printed.build(), settingsOf.apply(agreement));
  }

  private Optional<BigDecimal> absorption = Optional.empty();
  private Optional<BigDecimal> efficiencyGap = Optional.empty();

  void printedAbsorption(BigDecimal value) {
    absorption = Optional.of(value);
  }

  void printedEfficiencyGap(BigDecimal value) {
    efficiencyGap = Optional.of(value);
  }
}
