/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow.Text;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tabel CSV kecil (small CSV table): the one reading of the small CSV files beside a report — a
 * band table, a band set, a performance tree: header lines {@code # key: value} with known keys,
 * a header row of known columns in any order (each at most once, some required), then the
 * non-blank rows. Every error at file:line:column. Package-private; holds no state.
 */
final class SmallCsvTable {
  final String source;
  final Map<String, Text> settings;
  final List<CsvRecords.Field> header;
  /** Index in a row of each known column, or −1. */
  final int[] column;
  final List<List<CsvRecords.Field>> rows;

  private SmallCsvTable(String source, Map<String, Text> settings, List<CsvRecords.Field> header, int[] column,
      List<List<CsvRecords.Field>> rows) {
    this.source = source;
    this.settings = settings;
    this.header = header;
    this.column = column;
    this.rows = rows;
  }

  /** What a file holds and how its header is written, for the messages. */
  static final class Shape {
    final String what;
    final List<String> keys;
    final List<String> columns;
    final Map<String, String> aliases;
    final int required;
    final String headerHint;
    final String rowsWord;

    /**
     * @param what e.g. "a band table"
     * @param keys the settings a header line may name
     * @param columns the known columns, the required ones first
     * @param aliases other names of columns (Indonesian) → the known name
     * @param required how many of the first columns are required
     * @param headerHint the header as the messages describe it
     * @param rowsWord e.g. "band rows"
     */
    Shape(String what, List<String> keys, List<String> columns, Map<String, String> aliases, int required, String headerHint,
        String rowsWord) {
      this.what = what;
      this.keys = keys;
      this.columns = columns;
      this.aliases = aliases;
      this.required = required;
      this.headerHint = headerHint;
      this.rowsWord = rowsWord;
    }
  }

  static SmallCsvTable read(String source, String csv, Shape shape) {
    try (Reader in = new StringReader(csv)) {
      return parse(source, csv, in, shape);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SmallCsvTable parse(String source, String csv, Reader in, Shape shape) throws IOException {
    String firstLine = "";
    for (String l : csv.split("\r\n|\n|\r", -1)) {
      if (!l.strip().replace("\uFEFF", "").startsWith("#")) {
        firstLine = l;
        break;
      }
    }
    char delimiter = CsvRecords.detectDelimiter(firstLine);
    CsvRecords records = new CsvRecords(in, source, delimiter);
    Map<String, Text> settings = new LinkedHashMap<>();
    List<CsvRecords.Field> header = records.next();
    while (header != null && !header.isEmpty() && header.get(0).text.strip().startsWith("#")) {
      setting(source, header, delimiter, settings, shape);
      header = records.next();
    }
    String required = String.join(",", shape.columns.subList(0, shape.required));
    if (header == null || (header.size() == 1 && header.get(0).text.isBlank())) {
      throw new InvalidTextException("", TextLocation.of(source, 1, 1), shape.what, "the file is empty; the header is " + required);
    }
    int[] column = new int[shape.columns.size()];
    Arrays.fill(column, -1);
    for (int i = 0; i < header.size(); i++) {
      CsvRecords.Field f = header.get(i);
      String col = f.text.strip().toLowerCase(Locale.ROOT);
      int k = shape.columns.indexOf(shape.aliases.getOrDefault(col, col));
      if (k < 0 || column[k] >= 0) {
        throw new InvalidTextException(f.text, TextLocation.of(source, f.line, f.column), shape.what + " column",
            (k < 0 ? "unknown column" : "the column appears twice") + "; the header is " + shape.headerHint);
      }
      column[k] = i;
    }
    for (int k = 0; k < shape.required; k++) {
      if (column[k] < 0) {
        throw new InvalidTextException(header.get(0).text, TextLocation.of(source, header.get(0).line, 1), shape.what + " header",
            "the column '" + shape.columns.get(k) + "' is missing; the header is " + required);
      }
    }
    List<List<CsvRecords.Field>> rows = new ArrayList<>();
    List<CsvRecords.Field> r;
    while ((r = records.next()) != null) {
      if (!r.stream().allMatch(f -> f.text.isBlank())) {
        rows.add(r);
      }
    }
    if (rows.isEmpty()) {
      throw new InvalidTextException("", TextLocation.of(source, header.get(0).line, 1), shape.what, "it has no " + shape.rowsWord);
    }
    return new SmallCsvTable(source, settings, header, column, rows);
  }

  /** Returns the cell of a known column in a row, trimmed; empty (at the row's end) when the column or cell is absent. */
  Text cell(List<CsvRecords.Field> fields, int known) {
    int index = column[known];
    if (index < 0 || index >= fields.size()) {
      CsvRecords.Field last = fields.get(fields.size() - 1);
      return new Text("", source, last.line, last.column + last.text.length() + 1);
    }
    CsvRecords.Field f = fields.get(index);
    return new Text(f.text.strip(), source, f.line, f.column);
  }

  /** Returns the header field of a known column, which must be present. */
  CsvRecords.Field headerOf(int known) {
    return header.get(column[known]);
  }

  private static void setting(String source, List<CsvRecords.Field> fields, char delimiter, Map<String, Text> settings,
      Shape shape) {
    CsvRecords.HeaderLine h = CsvRecords.HeaderLine.of(source, fields, delimiter);
    if (h.key == null || h.value == null) {
      return; // a free comment
    }
    String key = h.key.value().toLowerCase(Locale.ROOT);
    if (!shape.keys.contains(key)) {
      throw new InvalidTextException(h.key.value(), h.key.location(), shape.what + " setting",
          "write '# key: value' with a key of " + String.join(", ", shape.keys) + ", or leave ':' out of a comment");
    }
    if (settings.putIfAbsent(key, h.value) != null) {
      throw new InvalidTextException(h.value.value(), h.key.location(), "the setting " + key, "it is set twice");
    }
  }
}
