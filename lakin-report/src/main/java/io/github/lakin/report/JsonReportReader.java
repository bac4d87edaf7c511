/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.RoundingStage;
import org.jspecify.annotations.Nullable;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.core.text.TextLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pembaca JSON laporan (JSON report reader): the versioned JSON form of a report file, schema
 * {@code "lakin-report/1"} (documented in {@code docs/report-format.md}, JSON Schema in
 * {@code docs/lakin-report-1.schema.json}). Indicator fields are those of the CSV form; numbers
 * may be JSON strings in the formats of the CSV form ({@code "69,31"}, {@code "< 20%"}) or JSON
 * numbers, which are read as exact decimals (never through {@code double}). Version 2 may give
 * {@code budget} as an array of budget lines ({@code code}, {@code name}, {@code goal}, {@code
 * paguAwal}, {@code pagu}, {@code realisasi}, {@code printed}); version 1's single budget object
 * reads as before. Unknown fields are errors. Every error names the file, line and column and the JSON path.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class JsonReportReader {
  /** The schema this reader reads. */
  public static final String SCHEMA = "lakin-report/1";
  /** The schema of version 2 files: adds the number style and the rounding mode; every version 1 file reads the same. */
  public static final String SCHEMA_2 = "lakin-report/2";

  /** Duplicate names in one object are an error (the parser says where). */
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final String source;
  /** Where each value the first pass kept starts, by JSON Pointer: all but the indicators. */
  private final Map<String, TextLocation> where = new HashMap<>();
  /** Where each value of the indicator being read starts, by JSON Pointer. */
  private final Map<String, TextLocation> here = new HashMap<>();
  /** The number of indicators of each goal whose {@code indicators} is an array, by the goal's pointer. */
  private final Map<String, Integer> indicatorCounts = new HashMap<>();
  private @Nullable IndicatorStream indicators;
  private final ReadOptions options;
  /** The JSON text and where it starts (after a byte order mark), for the second pass. */
  private String text = "";
  private int start;
  private CellGrammar grammar = CellGrammar.MIXED;

  private JsonReportReader(String source, ReadOptions options) {
    this.source = source;
    this.options = options;
  }

  /**
   * Returns the report.
   *
   * @param file a {@code .json} report file
   * @return the report
   * @throws InvalidTextException for bad JSON or a bad value, naming file, line, column and path
   * @throws IOException if the file cannot be read
   */
  public static ReportFile read(Path file) throws IOException {
    return read(file, ReadOptions.none());
  }

  /**
   * Returns the report.
   *
   * @param file a {@code .json} report file
   * @param options the year and number style the caller states; where the file states them too,
   *     they must agree
   * @return the report
   * @throws InvalidTextException for bad JSON or a bad value, naming file, line, column and path
   * @throws IOException if the file cannot be read
   */
  public static ReportFile read(Path file, ReadOptions options) throws IOException {
    return new JsonReportReader(file.toString(), options).parse(Encodings.readString(file, options.encoding()));
  }

  /**
   * Returns the report.
   *
   * @param source the name to use in error messages
   * @param json the JSON text
   * @return the report
   * @throws InvalidTextException for bad JSON or a bad value
   */
  public static ReportFile read(String source, String json) {
    return new JsonReportReader(source, ReadOptions.none()).parse(json);
  }

  private ReportFile parse(String text) {
    this.text = text;
    this.start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0; // a byte order mark
    try {
      return parse();
    } finally {
      IndicatorStream s = indicators;
      if (s != null) {
        s.close();
      }
    }
  }

  /**
   * Reads the report in two passes over the text, so that memory grows with the file by a small
   * factor: the first checks the whole text (syntax, duplicate names, number sizes, one value) and
   * keeps everything as a tree but the indicators, which it only counts; the second reads one
   * indicator at a time as the goals are assembled. The checks run in the order of the fields as
   * before, so each error is the one a whole tree gave.
   */
  private ReportFile parse() {
    JsonNode root;
    try {
      root = firstPass();
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (root == null || !root.isObject()) {
      throw fail("", "", "a report", "the file must hold one JSON object");
    }
    fields(root, "", Set.of("schema", "unit", "year", "numberStyle", "policy", "goals", "budget", "printed", "asOf"));
    String schema = text(root, "/schema");
    if (!SCHEMA.equals(schema) && !SCHEMA_2.equals(schema)) {
      throw fail("/schema", schema, "the schema", "it must be \"" + SCHEMA_2 + "\" (or \"" + SCHEMA + "\")");
    }
    Optional<String> style = optionalText(root, "/numberStyle");
    if (style.isPresent()) {
      NumberStyle stated = SettingTexts.numberStyle(new Text(style.get(), at("/numberStyle")));
      if (options.numberStyle().isPresent() && options.numberStyle().get() != stated) {
        throw fail("/numberStyle", style.get(), "the number style", "the file states " + style.get() + " but "
            + options.numberStyle().get().name().toLowerCase(java.util.Locale.ROOT) + " was given (--number-style); leave one out");
      }
      grammar = new CellGrammar(stated);
    } else {
      grammar = new CellGrammar(options.numberStyle().orElse(NumberStyle.MIXED));
    }
    OrgUnit unit = unit(root.get("unit"));
    int year = year(root);
    ReportAssembler a = new ReportAssembler(source, year, unit, grammar);
    Optional<String> asOf = optionalText(root, "/asOf");
    if (asOf.isPresent()) {
      a.asOf(Optional.of(SettingTexts.asOf(new Text(asOf.get(), at("/asOf")), year)));
    }
    JsonNode goals = root.get("goals");
    if (goals == null || !goals.isArray() || goals.isEmpty()) {
      throw fail("/goals", "", "the goals", "a non-empty array of goals is required");
    }
    Map<String, String> goalAt = new HashMap<>();
    ComponentTable components = new ComponentTable(grammar);
    for (int g = 0; g < goals.size(); g++) {
      String gp = "/goals/" + g;
      JsonNode goal = goals.get(g);
      object(goal, gp);
      fields(goal, gp, Set.of("code", "name", "weight", "indicators"));
      String code = io.github.lakin.core.Codes.normalize(required(goal, gp + "/code"));
      String first = goalAt.putIfAbsent(code, gp);
      if (first != null) {
        throw fail(gp + "/code", code, "a goal code", "goal " + code + " appears twice (first at " + first + "); put its indicators in one goal");
      }
      optionalText(goal, gp + "/weight").ifPresent(w -> a.goalWeight(code,
          Optional.of(grammar.weights().parseNumber(w, at(gp + "/weight")))));
      JsonNode inds = goal.get("indicators");
      Integer count = indicatorCounts.get(gp);
      if (inds == null || !inds.isArray() || count == null || count == 0) {
        throw fail(gp + "/indicators", "", "the indicators of goal " + code, "a non-empty array is required");
      }
      for (int i = 0; i < count; i++) {
        String ip = gp + "/indicators/" + i;
        JsonNode ind = nextIndicator(ip);
        object(ind, ip);
        fields(ind, ip, Set.of("code", "name", "unit", "polarity", "target", "realisasi", "weight", "printed", "printedElsewhere",
            "formula", "baseline", "negativeAllowed", "periods", "consolidation", "previous", "ordinalScale", "decimals",
            "components"));
        required(ind, ip + "/code");
        List<Text> otherTargets = new ArrayList<>();
        List<Text> otherRealisasi = new ArrayList<>();
        JsonNode elsewhere = ind.get("printedElsewhere");
        if (elsewhere != null && !elsewhere.isNull()) {
          object(elsewhere, ip + "/printedElsewhere");
          fields(elsewhere, ip + "/printedElsewhere", Set.of("target", "realisasi"));
          otherTargets = list(elsewhere, ip + "/printedElsewhere/target");
          otherRealisasi = list(elsewhere, ip + "/printedElsewhere/realisasi");
        }
        ReportRow indicatorRow = new ReportRow(at(ip), new Text(code, at(gp + "/code")), cell(ind, ip + "/code"), cell(ind, ip + "/name"),
            cell(ind, ip + "/unit"), cell(ind, ip + "/polarity"), cell(ind, ip + "/target"), cell(ind, ip + "/realisasi"),
            cell(ind, ip + "/weight"), cell(ind, ip + "/printed"), otherTargets, otherRealisasi, cell(ind, ip + "/formula"),
            cell(ind, ip + "/baseline"), flag(ind, ip + "/negativeAllowed"), new Text("", at(ip)), cell(ind, ip + "/consolidation"))
            .withPrevious(cell(ind, ip + "/previous"))
            .withRealisasiOptions(cell(ind, ip + "/ordinalScale"), cell(ind, ip + "/decimals"));
        components(ind, ip, components);
        periodRows(a, ind, ip, indicatorRow);
      }
    }
    a.components(components);
    JsonNode budget = root.get("budget");
    if (budget != null && budget.isArray()) {
      budgetLines(budget, schema, a);
    } else if (budget != null && !budget.isNull()) {
      object(budget, "/budget");
      fields(budget, "/budget", Set.of("paguAwal", "pagu", "realisasi"));
      BudgetLine.Builder b = BudgetLine.builder().code(unit.code()).name("anggaran " + unit.name())
          .finalPagu(money(budget, "/budget/pagu", true).orElseThrow())
          .realization(money(budget, "/budget/realisasi", true).orElseThrow());
      money(budget, "/budget/paguAwal", false).ifPresent(b::initialPagu);
      try {
        a.budget(b.build());
      } catch (InvalidValueException e) {
        throw fail("/budget", "", "the budget", String.valueOf(e.getMessage()));
      }
    }
    JsonNode printed = root.get("printed");
    if (printed != null && !printed.isNull()) {
      object(printed, "/printed");
      fields(printed, "/printed", Set.of("goals", "overall", "absorption", "efficiencyGap", "efficiencyIndex"));
      JsonNode pg = printed.get("goals");
      if (pg != null && !pg.isNull()) {
        object(pg, "/printed/goals");
        for (Iterator<String> it = pg.fieldNames(); it.hasNext(); ) {
          String g = it.next();
          String gp = "/printed/goals/" + g.replace("~", "~0").replace("/", "~1");
          if (g.isBlank()) {
            throw fail(gp, g, "a goal code", "a printed goal figure needs the code of its goal");
          }
          a.printedGoal(io.github.lakin.core.Codes.normalize(g), number(pg, gp).orElseThrow(() -> fail(gp, "", "the printed capaian of goal " + g,
              "a number is required")), at(gp));
        }
      }
      number(printed, "/printed/overall").ifPresent(a::printedOverall);
      number(printed, "/printed/absorption").ifPresent(a::printedAbsorption);
      number(printed, "/printed/efficiencyGap").ifPresent(a::printedEfficiencyGap);
      number(printed, "/printed/efficiencyIndex").ifPresent(a::printedEfficiencyIndex);
    }
    return a.build(settings(root.get("policy")));
  }

  /** The JSON names of the fields of a budget line object, in the order of {@link BudgetTable#COLUMNS}. */
  private static final List<String> BUDGET_FIELDS = List.of("code", "name", "goal", "paguAwal", "pagu", "realisasi", "printed");

  /**
   * Version 2: {@code "budget"} as an array of line objects ({@code code}, {@code name}, {@code
   * goal}, {@code paguAwal}, {@code pagu}, {@code realisasi}, {@code printed}), read by the one
   * budget table reader of the CSV and workbook forms.
   */
  private void budgetLines(JsonNode budget, String schema, ReportAssembler a) {
    if (!SCHEMA_2.equals(schema)) {
      throw fail("/budget", "[…]", "the budget", "an array of budget lines needs the schema \"" + SCHEMA_2
          + "\"; version 1 has one budget object {\"pagu\", \"realisasi\", \"paguAwal\"}");
    }
    if (budget.isEmpty()) {
      throw fail("/budget", "[]", "the budget", "give at least one budget line, or leave the field out");
    }
    BudgetTable table = new BudgetTable(grammar);
    for (int i = 0; i < budget.size(); i++) {
      String lp = "/budget/" + i;
      JsonNode line = budget.get(i);
      object(line, lp);
      fields(line, lp, new java.util.HashSet<>(BUDGET_FIELDS));
      required(line, lp + "/code");
      Text[] cells = new Text[BudgetTable.COLUMNS.size()];
      for (int k = 0; k < cells.length; k++) {
        cells[k] = k < BUDGET_FIELDS.size() ? cell(line, lp + "/" + BUDGET_FIELDS.get(k)) : new Text("", at(lp));
      }
      table.add(new BudgetTable.Row(at(lp), cells));
    }
    a.budget(table);
  }

  /**
   * An indicator, with its {@code periods} when it has them: the indicator's fields make the annual
   * row when it gives a target or a realisasi, else they go with the first period.
   */
  private void periodRows(ReportAssembler a, JsonNode ind, String ip, ReportRow row) {
    JsonNode periods = ind.get("periods");
    if (periods == null || periods.isNull()) {
      a.add(row);
      return;
    }
    if (!periods.isArray() || periods.isEmpty()) {
      throw fail(ip + "/periods", periods.toString(), "the periods", "a non-empty array of {\"period\", \"target\", \"realisasi\"} is required");
    }
    boolean annual = !row.target.isEmpty() || !row.realisasi.isEmpty() || !row.printed.isEmpty() || !row.otherTargets.isEmpty()
        || !row.otherRealisasi.isEmpty(); // what only an annual row carries makes one (an error there when the target is missing)
    if (annual) {
      a.add(row);
    }
    for (int k = 0; k < periods.size(); k++) {
      String pp = ip + "/periods/" + k;
      JsonNode p = periods.get(k);
      object(p, pp);
      fields(p, pp, Set.of("period", "target", "realisasi"));
      Text none = new Text("", at(pp));
      Text period = new Text(required(p, pp + "/period"), at(pp + "/period"));
      if (!annual && k == 0) {
        a.add(new ReportRow(at(pp), row.goal, row.indicator, row.name, row.unit, row.polarity, cell(p, pp + "/target"),
            cell(p, pp + "/realisasi"), row.weight, none, List.of(), List.of(), row.formula, row.baseline, row.negative, period,
            row.consolidation));
      } else {
        a.add(new ReportRow(at(pp), row.goal, row.indicator, none, none, none, cell(p, pp + "/target"), cell(p, pp + "/realisasi"),
            none, none, List.of(), List.of(), none, none, none, period, none));
      }
    }
  }

  /** The settings the file names; "weighted" is resolved against the agreement once it is built. */
  private java.util.function.Function<PerformanceAgreement, ReportSettings> settings(@Nullable JsonNode policy) {
    if (policy == null || policy.isNull()) {
      return pk -> ReportSettings.none();
    }
    object(policy, "/policy");
    fields(policy, "/policy", Set.of("cap", "aggregate", "scale", "roundingStage", "rounding", "lowerFormula", "zeroTarget", "provisional",
        "missing", "preset", "negativeTarget"));
    Optional<BigDecimal> cap = number(policy, "/policy/cap");
    ReportSettings s = ReportSettings.none();
    Optional<String> preset = optionalText(policy, "/policy/preset");
    if (preset.isPresent()) {
      s = s.withPreset(SettingTexts.preset(new Text(preset.get(), at("/policy/preset"))));
    }
    if (cap.isPresent()) {
      if (cap.get().signum() <= 0) {
        throw fail("/policy/cap", cap.get().toPlainString(), "the cap", "it must be above 0");
      }
      s = s.withCap(cap.get());
    }
    Optional<String> aggregate = optionalText(policy, "/policy/aggregate");
    if (aggregate.isPresent()) {
      switch (aggregate.get()) {
        case "flat":
          s = s.withShape(AggregationShape.FLAT);
          break;
        case "goals":
          s = s.withShape(AggregationShape.GOAL_MEANS);
          break;
        case "weighted":
          break;
        default:
          throw fail("/policy/aggregate", aggregate.get(), "the aggregation", "it must be flat, goals or weighted");
      }
    }
    JsonNode sc = policy.get("scale");
    if (sc != null && !sc.isNull()) {
      if (!sc.canConvertToInt() || !sc.isIntegralNumber() || sc.intValue() < 0 || sc.intValue() > ReportSettings.MAX_SCALE) {
        throw fail("/policy/scale", sc.toString(), "the rounding scale", "it must be a whole number from 0 to " + ReportSettings.MAX_SCALE);
      }
      s = s.withScale(sc.intValue());
    }
    Optional<String> stage = optionalText(policy, "/policy/roundingStage");
    if (stage.isPresent()) {
      switch (stage.get()) {
        case "end":
          s = s.withRoundingStage(RoundingStage.END);
          break;
        case "each-level":
          s = s.withRoundingStage(RoundingStage.EACH_LEVEL);
          break;
        default:
          throw fail("/policy/roundingStage", stage.get(), "the rounding stage", "it must be end or each-level");
      }
    }
    Optional<String> rounding = optionalText(policy, "/policy/rounding");
    if (rounding.isPresent()) {
      s = s.withRoundingMode(SettingTexts.roundingMode(new Text(rounding.get(), at("/policy/rounding"))));
    }
    Optional<String> lower = optionalText(policy, "/policy/lowerFormula");
    if (lower.isPresent()) {
      s = s.withLowerIsBetterFormula(SettingTexts.lowerFormula(new Text(lower.get(), at("/policy/lowerFormula"))));
    }
    s = SettingTexts.rules(s, policyText(policy, "/policy/zeroTarget"), policyText(policy, "/policy/provisional"),
        policyText(policy, "/policy/missing"));
    s = SettingTexts.negativeTarget(s, policyText(policy, "/policy/negativeTarget"));
    ReportSettings named = s;
    if (aggregate.isPresent() && aggregate.get().equals("weighted")) {
      return pk -> {
        try {
          return named.withShape(ReportSettings.weightedShape(pk, "a weighted mean"));
        } catch (IllegalArgumentException e) {
          throw fail("/policy/aggregate", "weighted", "the aggregation", "the file gives no indicator or goal weight");
        }
      };
    }
    return pk -> named;
  }

  /** A text field of the policy, with its JSON Pointer, or null when absent. */
  private @Nullable Text policyText(JsonNode policy, String pointer) {
    Optional<String> v = optionalText(policy, pointer);
    return v.isPresent() ? new Text(v.get(), at(pointer)) : null;
  }

  private OrgUnit unit(JsonNode unit) {
    if (unit == null || unit.isNull()) {
      return OrgUnit.of("UNIT", "UNIT", OrgLevel.ESELON_II);
    }
    object(unit, "/unit");
    fields(unit, "/unit", Set.of("code", "name"));
    String code = required(unit, "/unit/code");
    String name = optionalText(unit, "/unit/name").orElse(code);
    return OrgUnit.of(code, name, OrgLevel.ESELON_II);
  }

  private int year(JsonNode root) {
    JsonNode y = root.get("year");
    if ((y == null || y.isNull()) && options.year().isPresent()) {
      return options.year().getAsInt();
    }
    if (y == null || !y.isIntegralNumber() || !y.canConvertToInt() || y.intValue() < 1900 || y.intValue() > 2999) {
      throw fail("/year", y == null ? "" : y.toString(), "the year",
          "a whole number from 1900 to 2999 such as 2023 is required (or leave it out and give --year)");
    }
    if (options.year().isPresent() && options.year().getAsInt() != y.intValue()) {
      throw fail("/year", y.toString(), "the year", "the file states " + y.intValue() + " but " + options.year().getAsInt()
          + " was given (--year); leave one out");
    }
    return y.intValue();
  }

  // --- helpers: locations, fields, values ---

  /** A syntax error the parser found, at its line and column. */
  private InvalidTextException syntax(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    TextLocation at = l == null ? TextLocation.of(source) : TextLocation.of(source, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    return new InvalidTextException("", at, "JSON", String.valueOf(e.getOriginalMessage()));
  }

  private JsonParser parser() throws IOException {
    java.io.StringReader r = new java.io.StringReader(text);
    if (r.skip(start) != start) {
      throw new IllegalStateException("cannot skip the byte order mark");
    }
    return FACTORY.createParser(r);
  }

  private TextLocation location(JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return TextLocation.of(source, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /**
   * The first pass: the root object as a tree, except that the indicators of each goal are checked
   * and counted but not kept; null when the text holds no object.
   */
  private @Nullable JsonNode firstPass() throws IOException {
    try (JsonParser p = parser()) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      JsonNode root = null;
      if (t == JsonToken.START_OBJECT) {
        root = build(p, "", where, ROOT);
      } else {
        where.put("", location(p));
        scan(p);
      }
      t = p.nextToken();
      if (t != null) {
        TextLocation second = location(p);
        do {
          scan(p);
        } while (p.nextToken() != null);
        throw new InvalidTextException("", second, "JSON", "a second JSON value follows the first; the file must hold one JSON object");
      }
      return root;
    }
  }

  /** Roles of a value in {@link #build}: the root object, its goals array, one goal, anything else. */
  private static final int OTHER = 0;
  private static final int ROOT = 1;
  private static final int GOALS = 2;
  private static final int GOAL = 3;

  /**
   * The value at the parser's current token as a tree (numbers as the whole-tree reader of Jackson
   * makes them: exact decimals without trailing zeros), noting where each value starts by its JSON
   * Pointer. In a goal, an array of indicators is counted into {@link #indicatorCounts} and kept as
   * an empty array.
   */
  private JsonNode build(JsonParser p, String pointer, Map<String, TextLocation> into, int role) throws IOException {
    into.put(pointer, location(p));
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = f.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          JsonToken v = p.nextToken();
          if (role == GOAL && name.equals("indicators") && v == JsonToken.START_ARRAY) {
            into.put(child, location(p));
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              scan(p);
              n++;
            }
            indicatorCounts.put(pointer, n);
            o.set(name, f.arrayNode());
          } else {
            o.set(name, build(p, child, into, role == ROOT && name.equals("goals") ? GOALS : OTHER));
          }
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = f.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(build(p, pointer + "/" + i++, into, role == GOALS ? GOAL : OTHER));
        }
        return a;
      }
      case VALUE_STRING:
        return f.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return f.numberNode(p.getIntValue());
          case LONG:
            return f.numberNode(p.getLongValue());
          default:
            return f.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT: {
        BigDecimal d = checkNumber(p);
        return f.numberNode(d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros());
      }
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      default:
        throw new IllegalStateException("unexpected " + t + " at " + location(p));
    }
  }

  /** Goes over the value at the parser's current token, checking the size of its numbers. */
  private void scan(JsonParser p) throws IOException {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        checkNumber(p);
      }
    } while (depth > 0 && p.nextToken() != null);
  }

  /** The next indicator of the goals, in the order of the file, as a tree with its locations in {@link #here}. */
  private JsonNode nextIndicator(String pointer) {
    try {
      IndicatorStream s = indicators;
      if (s == null) {
        s = new IndicatorStream(parser());
        indicators = s;
      }
      return s.next(pointer);
    } catch (JsonProcessingException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The second pass: a parser over the goals that stops at each indicator. Only the indicators
   * asked for are read, in order; the first pass has checked the text and counted them.
   */
  private final class IndicatorStream {
    private final JsonParser p;
    private boolean inIndicators;

    IndicatorStream(JsonParser p) throws IOException {
      this.p = p;
      p.nextToken(); // the root object
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("goals")) {
          return;
        }
        p.skipChildren();
      }
      throw new IllegalStateException("no goals");
    }

    JsonNode next(String pointer) throws IOException {
      while (true) {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new IllegalStateException("no indicator at " + pointer);
        }
        if (inIndicators) {
          if (t == JsonToken.END_ARRAY) {
            inIndicators = false;
            continue;
          }
          here.clear();
          return build(p, pointer, here, OTHER);
        }
        if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if (name.equals("indicators") && v == JsonToken.START_ARRAY) {
            inIndicators = true;
          } else {
            p.skipChildren();
          }
        } else if (t == JsonToken.END_ARRAY) {
          throw new IllegalStateException("no indicator at " + pointer);
        } else if (t != JsonToken.START_OBJECT && t != JsonToken.END_OBJECT) {
          p.skipChildren(); // a goal that is not an object (refused before its indicators are asked for)
        }
      }
    }

    void close() {
      try {
        p.close();
      } catch (IOException e) {
        // a parser over a string has nothing to release
      }
    }
  }

  /** Largest exponent of a JSON number: beyond it no report figure is meant, and its plain text would be huge. */
  private static final int MAX_EXPONENT = 1000;

  /** A JSON number must be a decimal Lakin can hold: {@code 1E999999999} is refused here, with its place. */
  private BigDecimal checkNumber(JsonParser p) throws IOException {
    BigDecimal d;
    try {
      d = p.getDecimalValue();
    } catch (NumberFormatException e) {
      throw new InvalidTextException(p.getText(), location(p), "a JSON number", "its exponent is out of range");
    }
    if (Math.abs((long) d.scale()) > MAX_EXPONENT || Math.abs((long) d.precision() - d.scale()) > MAX_EXPONENT) {
      throw new InvalidTextException(p.getText(), location(p), "a JSON number", "its exponent is out of range (at most " + MAX_EXPONENT + ")");
    }
    return d;
  }

  private TextLocation at(String pointer) {
    String p = pointer;
    while (true) {
      TextLocation l = here.get(p);
      if (l == null) {
        l = where.get(p);
      }
      if (l != null) {
        return TextLocation.of(l.source() + " " + (pointer.isEmpty() ? "/" : pointer), l.line().orElse(1), l.column().orElse(1));
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return TextLocation.of(source + " " + pointer);
      }
      p = p.substring(0, slash);
    }
  }

  private InvalidTextException fail(String pointer, String text, String readingAs, String reason) {
    return new InvalidTextException(text, at(pointer), readingAs, reason);
  }

  private void object(JsonNode node, String pointer) {
    if (node == null || !node.isObject()) {
      throw fail(pointer, node == null ? "" : node.toString(), "a JSON object", "an object {…} is required here");
    }
  }

  private void fields(JsonNode node, String pointer, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw fail(pointer + "/" + f, f, "a field", "unknown field; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  /** The last reference token of a JSON Pointer, unescaped (RFC 6901: ~1 is '/', ~0 is '~'). */
  private static String leaf(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  private Optional<String> optionalText(JsonNode parent, String pointer) {
    JsonNode v = parent.get(leaf(pointer));
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isTextual()) {
      String s = v.textValue().strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
    if (v.isNumber()) {
      return Optional.of(grammar.numberText(v.decimalValue()));
    }
    throw fail(pointer, v.toString(), "a value", "a string or a number is required");
  }

  private String text(JsonNode parent, String pointer) {
    return optionalText(parent, pointer).orElse("");
  }

  private String required(JsonNode parent, String pointer) {
    return optionalText(parent, pointer).orElseThrow(() -> fail(pointer, "", leaf(pointer), "it is required"));
  }

  /** A JSON boolean as the CSV word for it ({@code yes} or empty). */
  private Text flag(JsonNode parent, String pointer) {
    JsonNode v = parent.get(leaf(pointer));
    if (v == null || v.isNull()) {
      return new Text("", at(pointer));
    }
    if (!v.isBoolean()) {
      throw fail(pointer, v.toString(), "a yes/no value", "true or false is required");
    }
    return new Text(v.booleanValue() ? "yes" : "", at(pointer));
  }

  /** An indicator's {@code components}: objects {@code code}, {@code role}, {@code value} (null: belum diisi), {@code weight}. */
  private void components(JsonNode ind, String ip, ComponentTable table) {
    JsonNode list = ind.get("components");
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray() || list.isEmpty()) {
      throw fail(ip + "/components", list.toString(), "the components of an indicator", "a non-empty array is required");
    }
    for (int k = 0; k < list.size(); k++) {
      String cp = ip + "/components/" + k;
      JsonNode c = list.get(k);
      object(c, cp);
      fields(c, cp, Set.of("code", "role", "value", "weight"));
      table.add(cell(ind, ip + "/code"), cell(c, cp + "/code"), cell(c, cp + "/role"), cell(c, cp + "/value"), cell(c, cp + "/weight"));
    }
  }

  private Text cell(JsonNode parent, String pointer) {
    return new Text(text(parent, pointer), at(pointer));
  }

  private List<Text> list(JsonNode parent, String pointer) {
    JsonNode v = parent.get(leaf(pointer));
    List<Text> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw fail(pointer, v.toString(), "a list", "an array of values is required");
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String ep = pointer + "/" + i;
      if (!e.isTextual() && !e.isNumber()) {
        throw fail(ep, e.toString(), "a value", "a string or a number is required");
      }
      out.add(new Text(e.isTextual() ? e.textValue().strip() : e.decimalValue().toPlainString(), at(ep)));
    }
    return out;
  }

  private Optional<BigDecimal> number(JsonNode parent, String pointer) {
    return optionalText(parent, pointer).map(s -> {
      io.github.lakin.core.text.Cell c = grammar.capaian().parseCell(s, at(pointer));
      if (c.value().isEmpty() || c.provisional() || c.counts().isPresent()) {
        throw fail(pointer, s, "a figure", "it must be one number");
      }
      return ReportAssembler.asPrinted(s, c.value().get());
    });
  }

  private Optional<BigDecimal> money(JsonNode parent, String pointer, boolean required) {
    Optional<String> s = optionalText(parent, pointer);
    if (s.isEmpty() && required) {
      throw fail(pointer, "", leaf(pointer), "it is required");
    }
    return s.map(t -> grammar.money().parseNumber(t, at(pointer)));
  }
}
