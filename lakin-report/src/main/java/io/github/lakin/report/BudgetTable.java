/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tabel anggaran (budget table): the budget lines of a report file, any number of them, under the
 * header {@code code,name,goal,pagu-awal,pagu,realisasi,printed} — in a CSV file after the
 * indicator rows and a line {@code # anggaran} (or {@code # budget}), in a workbook on the sheet
 * {@code anggaran}, in a JSON file as the array {@code budget}. One reader for all three, so
 * they accept and refuse the same cells with the same messages.
 *
 * <ul>
 *   <li>{@code code}, {@code pagu} and {@code realisasi} are required columns; the others may be
 *       left out. Names are matched ignoring case and surrounding spaces, in any order.
 *   <li>{@code code}: the line's code, unique in the table; {@code name}: empty takes the code;
 *       {@code goal}: the code of the goal (sasaran) the line finances, or empty.
 *   <li>{@code pagu} (the final pagu, pagu akhir), {@code pagu-awal} (the initial pagu, optional),
 *       {@code realisasi}: Rupiah amounts through the file's number style ({@code 9.970.949.000},
 *       {@code Rp9.960.052.227,-}); a line without pagu or without realisasi is an error (write
 *       {@code 0} for nothing spent).
 *   <li>{@code printed}: the absorption the report printed for that line ({@code 99,89} or
 *       {@code 99,89%}), for the audit.
 *   <li>A row with an empty {@code code} is the total row: it carries only printed figures —
 *       {@code printed} (the absorption of all lines together) and, in the optional columns
 *       {@code efficiency-gap} and {@code efficiency-index}, the printed efficiency of the unit.
 * </ul>
 *
 * Every error names the cell (file, line and column; sheet and cell; JSON Pointer).
 */
final class BudgetTable {
  /** The column names, in the order of {@link Row}'s cells. */
  static final List<String> COLUMNS = List.of("code", "name", "goal", "pagu-awal", "pagu", "realisasi", "printed", "efficiency-gap",
      "efficiency-index");
  static final List<String> REQUIRED = List.of("code", "pagu", "realisasi");
  /** The words of the line that starts the table in a CSV file, after {@code #}. */
  static final List<String> MARKERS = List.of("anggaran", "budget");

  static final int CODE = 0;
  static final int NAME = 1;
  static final int GOAL = 2;
  static final int PAGU_AWAL = 3;
  static final int PAGU = 4;
  static final int REALISASI = 5;
  static final int PRINTED = 6;
  static final int GAP = 7;
  static final int INDEX = 8;

  /** What a column holds: how a workbook cell of it is read. */
  enum Kind {
    TEXT, MONEY, FIGURE
  }

  /** One row as written: a cell per column of {@link #COLUMNS}, empty where the column is absent. */
  static final class Row {
    final TextLocation at;
    final Text[] cells;

    /**
     * @param at where the row is
     * @param cells one per column of {@link #COLUMNS}
     */
    Row(TextLocation at, Text[] cells) {
      if (cells.length != COLUMNS.size()) {
        throw new IllegalArgumentException("a budget row has " + COLUMNS.size() + " cells, not " + cells.length);
      }
      this.at = at;
      this.cells = cells.clone();
    }
  }

  private final CellGrammar grammar;
  private final List<BudgetLine> lines = new ArrayList<>();
  private final Map<String, TextLocation> codes = new HashMap<>();
  private final Map<String, Text> goals = new LinkedHashMap<>();
  private final Map<String, BigDecimal> printed = new LinkedHashMap<>();
  private Optional<BigDecimal> printedTotal = Optional.empty();
  private Optional<BigDecimal> printedGap = Optional.empty();
  private Optional<BigDecimal> printedIndex = Optional.empty();
  private @Nullable TextLocation totalAt;

  BudgetTable(CellGrammar grammar) {
    this.grammar = grammar;
  }

  /**
   * Returns how its cells are read.
   *
   * @param column a column index of {@link #COLUMNS}
   * @return how its cells are read
   */
  static Kind kind(int column) {
    switch (column) {
      case PAGU_AWAL:
      case PAGU:
      case REALISASI:
        return Kind.MONEY;
      case PRINTED:
      case GAP:
      case INDEX:
        return Kind.FIGURE;
      default:
        return Kind.TEXT;
    }
  }

  /**
   * Returns whether it is the line {@code # anggaran} / {@code # budget} that starts the table.
   *
   * @param firstCell the first cell of a CSV line, stripped
   * @return whether it is the line {@code # anggaran} / {@code # budget} that starts the table
   */
  static boolean isMarker(String firstCell) {
    String s = firstCell.replace("\uFEFF", "").strip();
    return s.startsWith("#") && MARKERS.contains(s.substring(1).strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The index of each column of {@link #COLUMNS} in a header row; -1 when absent.
   *
   * @param header the header cells in order (trailing empty cells removed)
   * @param missingAt where to report a missing required column
   * @return the indices
   * @throws InvalidTextException for an unknown or repeated name, or a missing required column
   */
  static int[] header(List<Text> header, TextLocation missingAt) {
    int[] index = new int[COLUMNS.size()];
    Arrays.fill(index, -1);
    String expected = "the budget header is " + String.join(",", COLUMNS.subList(0, PRINTED + 1))
        + " (name, goal, pagu-awal and printed may be left out; efficiency-gap and efficiency-index are optional)";
    for (int i = 0; i < header.size(); i++) {
      Text f = header.get(i);
      int k = COLUMNS.indexOf(f.value().strip().toLowerCase(Locale.ROOT));
      if (k < 0) {
        throw new InvalidTextException(f.value(), f.location(), "a budget column name", "unknown column; " + expected);
      }
      if (index[k] >= 0) {
        throw new InvalidTextException(f.value(), f.location(), "a budget column name", "the column appears twice");
      }
      index[k] = i;
    }
    for (String r : REQUIRED) {
      if (index[COLUMNS.indexOf(r)] < 0) {
        throw new InvalidTextException(header.isEmpty() ? "" : header.get(0).value(), missingAt, "a budget header",
            "the column '" + r + "' is missing; " + expected);
      }
    }
    return index;
  }

  /**
   * Reads one row.
   *
   * @param row the row
   * @throws InvalidTextException at the first bad cell
   */
  void add(Row row) {
    Text[] c = row.cells;
    Text code = c[CODE].normalCode();
    if (code.isEmpty()) {
      total(row);
      return;
    }
    ReportAssembler.plainText(code);
    ReportAssembler.plainText(c[NAME]);
    ReportAssembler.plainText(c[GOAL]);
    TextLocation first = codes.putIfAbsent(code.value(), code.location());
    if (first != null) {
      throw new InvalidTextException(code.value(), code.location(), "a budget line code",
          "the code is used twice (first at " + (first.line().isPresent() ? "line " + first.line().getAsInt() : first.toString()) + ")");
    }
    for (int k : new int[] {GAP, INDEX}) {
      if (!c[k].isEmpty()) {
        throw new InvalidTextException(c[k].value(), c[k].location(), "a budget line",
            "only the total row (with an empty code) carries the printed " + COLUMNS.get(k));
      }
    }
    String where = "budget line " + code.value();
    BigDecimal pagu = amount(c[PAGU], where, "pagu", "a budget line needs its pagu (the final pagu, pagu akhir), e.g. 9.970.949.000");
    BigDecimal spent = amount(c[REALISASI], where, "realisasi",
        "a budget line needs its realisasi anggaran, e.g. 9.960.052.227; write 0 when nothing was spent");
    BudgetLine.Builder b = BudgetLine.builder().code(code.value()).name(c[NAME].isEmpty() ? code.value() : c[NAME].value())
        .finalPagu(pagu).realization(spent);
    if (!c[PAGU_AWAL].isEmpty()) {
      b.initialPagu(amount(c[PAGU_AWAL], where, "pagu-awal", ""));
    }
    Text goal = c[GOAL].normalCode();
    if (!goal.isEmpty()) {
      b.goalCode(goal.value());
      goals.put(code.value(), goal);
    }
    try {
      lines.add(b.build());
    } catch (InvalidValueException e) {
      throw new InvalidTextException(c[PAGU].value(), c[PAGU].location(), "the pagu of " + where, String.valueOf(e.getMessage()));
    }
    if (!c[PRINTED].isEmpty()) {
      printed.put(code.value(), ReportAssembler.printedNumber(c[PRINTED], grammar));
    }
  }

  private void total(Row row) {
    Text[] c = row.cells;
    for (int k : new int[] {NAME, GOAL, PAGU_AWAL, PAGU, REALISASI}) {
      if (!c[k].isEmpty()) {
        throw new InvalidTextException(c[k].value(), c[k].location(), "a budget total row",
            "a budget row without a code is the total row and carries only printed figures (printed, efficiency-gap, efficiency-index);"
                + " give the line its code");
      }
    }
    if (c[PRINTED].isEmpty() && c[GAP].isEmpty() && c[INDEX].isEmpty()) {
      throw new InvalidTextException("", c[CODE].location(), "a budget line code", "it is missing");
    }
    TextLocation first = totalAt;
    if (first != null) {
      throw new InvalidTextException(c[CODE].value(), row.at, "a budget total row",
          "the total row is given twice (first at " + (first.line().isPresent() ? "line " + first.line().getAsInt() : first.toString())
              + "); a report prints one total");
    }
    totalAt = row.at;
    printedTotal = figure(c[PRINTED]);
    printedGap = figure(c[GAP]);
    printedIndex = figure(c[INDEX]);
  }

  private Optional<BigDecimal> figure(Text t) {
    return t.isEmpty() ? Optional.empty() : Optional.of(ReportAssembler.printedNumber(t, grammar));
  }

  private BigDecimal amount(Text t, String where, String column, String missing) {
    if (t.isEmpty()) {
      throw new InvalidTextException("", t.location(), "the " + column + " of " + where, missing);
    }
    BigDecimal v = grammar.money().parseNumber(t.value(), t.location());
    if (v.signum() < 0) {
      throw new InvalidTextException(t.value(), t.location(), "the " + column + " of " + where, "an amount must be 0 or more");
    }
    return v;
  }

  /**
   * Reads a whole table of text rows: the first row is the header, each further row a line or
   * the total row (blank rows are skipped by the caller). A row may be longer than the header
   * only by empty cells (a spreadsheet pads rows to the widest); a shorter row is an error.
   *
   * @param records the header and the rows, each cell with its place
   * @param start where the table starts (the marker line), for an empty table
   * @param grammar the file's cell grammar
   * @return the table
   * @throws InvalidTextException at the first bad cell
   */
  static BudgetTable read(List<List<Text>> records, TextLocation start, CellGrammar grammar) {
    if (records.isEmpty()) {
      throw new InvalidTextException("", start, "a budget table", "the header " + String.join(",", COLUMNS.subList(0, PRINTED + 1))
          + " and one row per budget line must follow");
    }
    List<Text> header = new ArrayList<>(records.get(0));
    while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
      header.remove(header.size() - 1);
    }
    int[] index = header(header, header.isEmpty() ? start : header.get(0).location());
    BudgetTable table = new BudgetTable(grammar);
    for (List<Text> r : records.subList(1, records.size())) {
      table.add(row(index, header.size(), r, r.get(0).location()));
    }
    if (table.lines.isEmpty()) {
      throw new InvalidTextException("", header.get(0).location(), "a budget table", "no budget line follows the header");
    }
    return table;
  }

  /**
   * Returns the row.
   *
   * @param index the column indices of the header
   * @param width the header's width
   * @param cells the row's cells
   * @param at where the row is
   * @return the row
   * @throws InvalidTextException for a cell right of the header or a row shorter than the header
   */
  static Row row(int[] index, int width, List<Text> cells, TextLocation at) {
    for (int i = width; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        throw new InvalidTextException(cells.get(i).value(), cells.get(i).location(), "a budget row",
            "it has a value right of the budget header's last column (" + width + " columns)");
      }
    }
    if (cells.size() < width) {
      Text last = cells.get(cells.size() - 1);
      throw new InvalidTextException(last.value(), last.location(), "a budget row",
          "it has " + cells.size() + " fields but the budget header has " + width);
    }
    Text[] t = new Text[COLUMNS.size()];
    Text end = cells.get(cells.size() - 1);
    for (int k = 0; k < t.length; k++) {
      t[k] = index[k] < 0 ? new Text("", end.location()) : cells.get(index[k]);
    }
    return new Row(at, t);
  }

  /** Returns whether no row was read. */
  boolean isEmpty() {
    return lines.isEmpty() && totalAt == null;
  }

  /**
   * Checks that each line's goal is a goal of the report.
   *
   * @param goalCodes the goals of the report
   * @throws InvalidTextException at the goal cell of a line whose goal has no indicator, or when
   *     the table has a total row but no line
   */
  void checkGoals(java.util.Set<String> goalCodes) {
    goals.forEach((line, goal) -> {
      if (!goalCodes.contains(goal.value())) {
        throw new InvalidTextException(goal.value(), goal.location(), "the goal of budget line " + line,
            "no indicator belongs to goal " + goal.value() + "; the goals are " + String.join(", ", goalCodes));
      }
    });
    TextLocation t = totalAt;
    if (lines.isEmpty() && t != null) {
      throw new InvalidTextException("", t, "a budget table", "it has a total row but no budget line");
    }
  }

  /** Returns the lines, in the order read. */
  List<BudgetLine> lines() {
    return lines;
  }

  /** Returns the printed absorption of each line, by code. */
  Map<String, BigDecimal> printed() {
    return printed;
  }

  /** Returns the printed absorption of all lines together. */
  Optional<BigDecimal> printedTotal() {
    return printedTotal;
  }

  /** Returns the printed efficiency gap of the unit. */
  Optional<BigDecimal> printedGap() {
    return printedGap;
  }

  /** Returns the printed efficiency index of the unit. */
  Optional<BigDecimal> printedIndex() {
    return printedIndex;
  }
}
