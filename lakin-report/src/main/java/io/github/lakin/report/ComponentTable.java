/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.RealizationComponents;
import io.github.lakin.core.RealizationComponents.Component;
import io.github.lakin.core.RealizationComponents.Method;
import io.github.lakin.core.RealizationComponents.Role;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tabel komponen (component table): the components a realisasi is computed from (issue 16), under
 * the header {@code indicator,component,role,value,weight} — in a CSV file after the indicator
 * rows and a line {@code # komponen} (or {@code # components}), in a JSON file as an indicator's
 * array {@code components}. One reader for both.
 *
 * <ul>
 *   <li>{@code indicator}: the code of an indicator of the rows, whose realisasi cell is empty;
 *   <li>{@code component}: the component's code, unique within its indicator;
 *   <li>{@code role}: {@code pembilang} ({@code numerator}), {@code penyebut} ({@code denominator})
 *       or {@code nilai} ({@code value}); numerators and denominators make {@code rasio_persen},
 *       values make {@code penjumlahan}; an indicator's components take one of the two;
 *   <li>{@code value}: a number, or empty when not filled yet (the realisasi is then "belum diisi");
 *   <li>{@code weight} (optional column): the bobot, 0 or more; empty is 1.
 * </ul>
 *
 * Every error names the cell.
 */
final class ComponentTable {
  static final List<String> COLUMNS = List.of("indicator", "component", "role", "value", "weight");
  static final List<String> MARKERS = List.of("komponen", "components");
  private static final int INDICATOR = 0;
  private static final int COMPONENT = 1;
  private static final int ROLE = 2;
  private static final int VALUE = 3;
  private static final int WEIGHT = 4;

  /** The components of one indicator as read, with where they start. */
  static final class Entry {
    final TextLocation at;
    final RealizationComponents components;

    Entry(TextLocation at, RealizationComponents components) {
      this.at = at;
      this.components = components;
    }
  }

  private final CellGrammar grammar;
  private final Map<String, List<Component>> byIndicator = new LinkedHashMap<>();
  private final Map<String, Text> firstRole = new LinkedHashMap<>();
  private final Map<String, Text> firstCell = new LinkedHashMap<>();

  ComponentTable(CellGrammar grammar) {
    this.grammar = grammar;
  }

  /**
   * Tells whether a CSV line starts the components.
   *
   * @param firstCell the first cell of a CSV line
   * @return whether it is the line {@code # komponen} / {@code # components}
   */
  static boolean isMarker(String firstCell) {
    String s = firstCell.replace("\uFEFF", "").strip();
    return s.startsWith("#") && MARKERS.contains(s.substring(1).strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Reads the CSV section: its header, then one row per component.
   *
   * @param records the records after the marker, blank ones left out
   * @param start where the marker is
   * @param grammar the file's cell grammar
   * @return the table
   * @throws InvalidTextException at the first bad cell
   */
  static ComponentTable read(List<List<Text>> records, TextLocation start, CellGrammar grammar) {
    if (records.isEmpty()) {
      throw new InvalidTextException("", start, "a component table", "the header " + String.join(",", COLUMNS)
          + " and one row per component must follow");
    }
    List<Text> header = new ArrayList<>(records.get(0));
    while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
      header.remove(header.size() - 1);
    }
    int[] index = new int[COLUMNS.size()];
    Arrays.fill(index, -1);
    String expected = "the component header is " + String.join(",", COLUMNS) + " (weight may be left out)";
    for (int i = 0; i < header.size(); i++) {
      Text f = header.get(i);
      int k = COLUMNS.indexOf(f.value().strip().toLowerCase(Locale.ROOT));
      if (k < 0 || index[k] >= 0) {
        throw new InvalidTextException(f.value(), f.location(), "a component column name",
            (k < 0 ? "unknown column; " : "the column appears twice; ") + expected);
      }
      index[k] = i;
    }
    for (int k = 0; k < WEIGHT; k++) {
      if (index[k] < 0) {
        throw new InvalidTextException(header.isEmpty() ? "" : header.get(0).value(), header.isEmpty() ? start : header.get(0).location(),
            "a component header", "the column '" + COLUMNS.get(k) + "' is missing; " + expected);
      }
    }
    ComponentTable table = new ComponentTable(grammar);
    for (List<Text> r : records.subList(1, records.size())) {
      for (int i = header.size(); i < r.size(); i++) {
        if (!r.get(i).isEmpty()) {
          throw new InvalidTextException(r.get(i).value(), r.get(i).location(), "a component row", "it is right of the header's last column");
        }
      }
      Text[] cells = new Text[COLUMNS.size()];
      TextLocation rowAt = r.get(0).location();
      for (int k = 0; k < cells.length; k++) {
        cells[k] = index[k] >= 0 && index[k] < r.size() ? r.get(index[k]) : new Text("", rowAt);
      }
      table.add(cells[INDICATOR], cells[COMPONENT], cells[ROLE], cells[VALUE], cells[WEIGHT]);
    }
    if (table.byIndicator.isEmpty()) {
      throw new InvalidTextException("", header.get(0).location(), "a component table", "no component follows the header");
    }
    return table;
  }

  /**
   * Reads one component.
   *
   * @throws InvalidTextException at the first bad cell
   */
  void add(Text indicator, Text component, Text role, Text value, Text weight) {
    if (indicator.isEmpty()) {
      throw new InvalidTextException("", indicator.location(), "the indicator of a component", "it is missing");
    }
    if (component.isEmpty()) {
      throw new InvalidTextException("", component.location(), "the code of a component", "it is missing");
    }
    String code = io.github.lakin.core.Codes.normalize(indicator.value());
    Role r = role(role);
    Text first = firstRole.putIfAbsent(code, role);
    firstCell.putIfAbsent(code, indicator);
    if (first != null && (role(first) == Role.VALUE) != (r == Role.VALUE)) {
      throw new InvalidTextException(role.value(), role.location(), "the role of a component of indicator " + code,
          "its components are " + (r == Role.VALUE ? "pembilang and penyebut (rasio_persen)" : "nilai (penjumlahan)")
              + " since " + first.location() + "; one indicator takes one formula");
    }
    Optional<BigDecimal> v = value.isEmpty() ? Optional.empty() : Optional.of(grammar.forUnit(null).parseNumber(value.value(), value.location()));
    BigDecimal w = weight.isEmpty() ? BigDecimal.ONE : grammar.weights().parseNumber(weight.value(), weight.location());
    if (w.signum() < 0) {
      throw new InvalidTextException(weight.value(), weight.location(), "the weight of a component", "a weight must be 0 or more");
    }
    List<Component> list = byIndicator.computeIfAbsent(code, c -> new ArrayList<>());
    for (Component c : list) {
      if (c.code().equals(component.value())) {
        throw new InvalidTextException(component.value(), component.location(), "the code of a component of indicator " + code,
            "it is given twice");
      }
    }
    try {
      list.add(Component.of(component.value(), r, v, w));
    } catch (InvalidValueException e) {
      throw new InvalidTextException(value.value(), value.location(), "a component of indicator " + code, String.valueOf(e.getMessage()));
    }
  }

  private static Role role(Text t) {
    switch (t.value().strip().toLowerCase(Locale.ROOT)) {
      case "pembilang":
      case "numerator":
        return Role.NUMERATOR;
      case "penyebut":
      case "denominator":
        return Role.DENOMINATOR;
      case "nilai":
      case "value":
        return Role.VALUE;
      default:
        throw new InvalidTextException(t.value(), t.location(), "the role of a component",
            "write pembilang (numerator) or penyebut (denominator) for rasio_persen, or nilai (value) for penjumlahan");
    }
  }

  /**
   * @return the components of each indicator, in order of first use
   * @throws InvalidTextException where an indicator's components lack a numerator or a denominator
   */
  Map<String, Entry> entries() {
    Map<String, Entry> out = new LinkedHashMap<>();
    byIndicator.forEach((code, list) -> {
      Text at = java.util.Objects.requireNonNull(firstCell.get(code), code); // put with the first component
      Method m = role(java.util.Objects.requireNonNull(firstRole.get(code), code)) == Role.VALUE ? Method.SUM : Method.RATIO_PERCENT;
      try {
        out.put(code, new Entry(at.location(), RealizationComponents.of(m, list)));
      } catch (InvalidValueException e) {
        throw new InvalidTextException(at.value(), at.location(), "the components of indicator " + code,
            "rasio_persen needs at least one pembilang (numerator) and one penyebut (denominator)");
      }
    });
    return out;
  }
}
