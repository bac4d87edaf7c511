/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.text.ColumnKind;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberParser;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.scoring.band.BandTable;
import io.github.lakin.scoring.band.Bound;
import io.github.lakin.scoring.band.GapPolicy;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Berkas tabel predikat (band table file): a user's band table in CSV, for {@code lakin band
 * --table FILE} and for any program that classifies with a local scale.
 *
 * <pre>
 * # name: capaian-daerah
 * # source: Peraturan Bupati Contoh No. 1 Tahun 2022
 * # gap-policy: strict
 * code,label,lower,upper,upper-bound
 * KB,Kurang Berhasil,0,55,open
 * CB,Cukup Berhasil,55,75,open
 * B,Berhasil,75,100,open
 * SB,Sangat Berhasil,100,,
 * </pre>
 *
 * <p>Header lines {@code # key: value} name the table ({@code name}, else the file name), its
 * {@code source} and its {@code gap-policy} ({@code strict} or {@code lower-bound-inclusive},
 * {@link GapPolicy}). Columns, in any order: {@code code}, {@code label}, {@code lower},
 * {@code upper}, and optionally {@code lower-bound} and {@code upper-bound} ({@code closed}, the
 * default, or {@code open}; {@code tertutup}/{@code terbuka}) and {@code description}. An empty
 * {@code lower} (first band only) or {@code upper} (last band only) has no limit. Bands are listed
 * from the lowest.
 *
 * <p>Validated as read, each error at file:line:column: bands in ascending order and not empty; a
 * gap between two bands (values that belong to neither) needs a declared gap policy; bands that
 * overlap (even at one shared closed edge) need {@code gap-policy: lower-bound-inclusive}, under
 * which each band runs up to the next band's lower bound and the written upper bound of every band
 * but the last is not used.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class BandTableFile {
  private static final List<String> KEYS = List.of("name", "source", "gap-policy");
  private static final List<String> COLUMNS = List.of("code", "label", "lower", "upper", "lower-bound", "upper-bound", "description");
  private static final int CODE = 0;
  private static final int LABEL = 1;
  private static final int LOWER = 2;
  private static final int UPPER = 3;
  private static final int LOWER_BOUND = 4;
  private static final int UPPER_BOUND = 5;
  private static final int DESCRIPTION = 6;
  private static final NumberParser NUMBERS = NumberParser.of(NumberStyle.MIXED, ColumnKind.MEASURE);

  private BandTableFile() {}

  /**
   * Returns the table.
   *
   * @param file a CSV band table, UTF-8
   * @return the table
   * @throws InvalidTextException for a bad cell, a gap or an overlap, naming file, line and column
   * @throws IOException if the file cannot be read
   */
  public static BandTable read(Path file) throws IOException {
    return read(file, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Returns the table.
   *
   * @param file a CSV band table
   * @param encoding its character encoding
   * @return the table
   * @throws InvalidTextException for a bad cell, a gap or an overlap, naming file, line and column
   * @throws IOException if the file cannot be read
   */
  public static BandTable read(Path file, Charset encoding) throws IOException {
    String name = String.valueOf(file.getFileName()).replaceFirst("(?i)\\.csv$", "");
    return read(file.toString(), name, Encodings.readString(file, encoding));
  }

  /**
   * Returns the table.
   *
   * @param source the name in error messages, and the table's name unless the text names one
   * @param csv the CSV text
   * @return the table
   * @throws InvalidTextException for a bad cell, a gap or an overlap, naming the source, line and column
   */
  public static BandTable read(String source, String csv) {
    return read(source, source, csv);
  }

  private static BandTable read(String source, String defaultName, String csv) {
    try (Reader in = new StringReader(csv)) {
      return parse(source, defaultName, in, csv);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static BandTable parse(String source, String defaultName, Reader in, String csv) throws IOException {
    String firstLine = "";
    for (String l : csv.split("\r\n|\n|\r")) {
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
      setting(source, header, delimiter, settings);
      header = records.next();
    }
    if (header == null || header.size() == 1 && header.get(0).text.isBlank()) {
      throw new InvalidTextException("", TextLocation.of(source, 1, 1), "a band table", "the file is empty; the header is "
          + String.join(",", COLUMNS.subList(0, 4)));
    }
    int[] column = new int[COLUMNS.size()];
    Arrays.fill(column, -1);
    for (int i = 0; i < header.size(); i++) {
      CsvRecords.Field f = header.get(i);
      int k = COLUMNS.indexOf(f.text.strip().toLowerCase(Locale.ROOT));
      if (k < 0 || column[k] >= 0) {
        throw new InvalidTextException(f.text, TextLocation.of(source, f.line, f.column), "a band table column",
            (k < 0 ? "unknown column" : "the column appears twice") + "; the header is code,label,lower,upper and optionally"
                + " lower-bound,upper-bound,description");
      }
      column[k] = i;
    }
    for (int k = 0; k < 4; k++) {
      if (column[k] < 0) {
        throw new InvalidTextException(header.get(0).text, TextLocation.of(source, header.get(0).line, 1), "a band table header",
            "the column '" + COLUMNS.get(k) + "' is missing; the header is code,label,lower,upper");
      }
    }
    Text gapText = settings.get("gap-policy");
    GapPolicy declared = gapText == null ? null : gapPolicy(gapText);
    Text nameText = settings.get("name");
    BandTable.Builder b = BandTable.builder(nameText != null && !nameText.value().isBlank() ? nameText.value() : defaultName);
    Text sourceText = settings.get("source");
    if (sourceText != null) {
      b.source(sourceText.value());
    }
    b.gapPolicy(declared == null ? GapPolicy.STRICT : declared);
    List<Row> rows = new ArrayList<>();
    List<CsvRecords.Field> r;
    while ((r = records.next()) != null) {
      if (r.stream().allMatch(f -> f.text.isBlank())) {
        continue;
      }
      rows.add(row(source, r, column));
    }
    if (rows.isEmpty()) {
      throw new InvalidTextException("", TextLocation.of(source, header.get(0).line, 1), "a band table", "it has no band rows");
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (i > 0 && row.lower == null) {
        throw new InvalidTextException("", row.lowerText.location(), "the lower bound of band " + row.code.value(),
            "only the first band may have no lower bound");
      }
      if (i < rows.size() - 1 && row.upper == null) {
        throw new InvalidTextException("", row.upperText.location(), "the upper bound of band " + row.code.value(),
            "only the last band may have no upper bound");
      }
    }
    for (int i = 1; i < rows.size(); i++) {
      Row prev = rows.get(i - 1);
      Row cur = rows.get(i);
      BigDecimal hi = prev.upper;
      BigDecimal lo = cur.lower;
      if (hi == null || lo == null) {
        continue; // refused above
      }
      if (prev.lower != null && lo.compareTo(prev.lower) < 0) {
        throw new InvalidTextException(cur.lowerText.value(), cur.lowerText.location(), "the lower bound of band " + cur.code.value(),
            "bands are listed from the lowest, but it starts below band " + prev.code.value() + " (" + prev.lowerText.value() + ")");
      }
      int c = hi.compareTo(lo);
      boolean overlap = c > 0 || c == 0 && prev.upperClosed && cur.lowerClosed;
      boolean gap = c < 0 || c == 0 && !prev.upperClosed && !cur.lowerClosed;
      if (overlap && declared != GapPolicy.LOWER_BOUND_INCLUSIVE) {
        throw new InvalidTextException(cur.lowerText.value(), cur.lowerText.location(), "the lower bound of band " + cur.code.value(),
            "band " + cur.code.value() + " overlaps band " + prev.code.value() + " (which ends at " + prev.upperText.value()
                + (prev.upperClosed ? ", closed" : "") + "): mark one of the two bounds open (column upper-bound or lower-bound),"
                + " or declare '# gap-policy: lower-bound-inclusive' (each band runs up to the next band's lower bound)");
      }
      if (gap && declared == null) {
        throw new InvalidTextException(cur.lowerText.value(), cur.lowerText.location(), "the lower bound of band " + cur.code.value(),
            "between band " + prev.code.value() + " (ends at " + prev.upperText.value() + ") and band " + cur.code.value()
                + " lie values of no band: declare '# gap-policy: strict' (they are refused) or '# gap-policy: lower-bound-inclusive'"
                + " (each band runs up to the next band's lower bound)");
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Bound lower = row.lower == null ? Bound.unbounded() : row.lowerClosed ? Bound.inclusive(row.lower) : Bound.exclusive(row.lower);
      Bound upper;
      if (declared == GapPolicy.LOWER_BOUND_INCLUSIVE && i < rows.size() - 1) {
        // the written upper bound is not used: the band ends where the next begins
        Row next = rows.get(i + 1);
        BigDecimal at = next.lower;
        upper = at == null ? Bound.unbounded() : next.lowerClosed ? Bound.exclusive(at) : Bound.inclusive(at);
      } else {
        upper = row.upper == null ? Bound.unbounded() : row.upperClosed ? Bound.inclusive(row.upper) : Bound.exclusive(row.upper);
      }
      try {
        b.band(row.code.value(), row.label.value(), row.description, lower, upper);
      } catch (InvalidValueException e) {
        throw new InvalidTextException(row.code.value(), row.code.location(), "band " + row.code.value(), String.valueOf(e.getMessage()));
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      Row at = rows.get(0);
      for (Row row : rows) {
        if (String.valueOf(e.getMessage()).contains("band " + row.code.value() + " ")) {
          at = row;
          break;
        }
      }
      throw new InvalidTextException(at.code.value(), at.code.location(), "band " + at.code.value(), String.valueOf(e.getMessage()));
    }
  }

  /** One band row as written. */
  private static final class Row {
    final Text code;
    final Text label;
    final String description;
    final Text lowerText;
    final Text upperText;
    final @Nullable BigDecimal lower;
    final @Nullable BigDecimal upper;
    final boolean lowerClosed;
    final boolean upperClosed;

    Row(Text code, Text label, String description, Text lowerText, Text upperText, boolean lowerClosed, boolean upperClosed) {
      this.code = code;
      this.label = label;
      this.description = description;
      this.lowerText = lowerText;
      this.upperText = upperText;
      this.lower = lowerText.isEmpty() ? null : NUMBERS.parseNumber(lowerText.value(), lowerText.location());
      this.upper = upperText.isEmpty() ? null : NUMBERS.parseNumber(upperText.value(), upperText.location());
      this.lowerClosed = lowerClosed;
      this.upperClosed = upperClosed;
    }
  }

  private static Row row(String source, List<CsvRecords.Field> fields, int[] column) {
    Text code = cell(source, fields, column[CODE]);
    if (code.isEmpty()) {
      throw new InvalidTextException("", code.location(), "a band code", "every band needs a code, e.g. B");
    }
    Text label = cell(source, fields, column[LABEL]);
    if (label.isEmpty()) {
      throw new InvalidTextException("", label.location(), "the label of band " + code.value(), "every band needs a label, e.g. Baik");
    }
    ReportAssembler.plainText(code);
    ReportAssembler.plainText(label);
    Text description = cell(source, fields, column[DESCRIPTION]);
    return new Row(code, label, description.value(), cell(source, fields, column[LOWER]), cell(source, fields, column[UPPER]),
        closed(cell(source, fields, column[LOWER_BOUND])), closed(cell(source, fields, column[UPPER_BOUND])));
  }

  private static boolean closed(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "":
      case "closed":
      case "tertutup":
        return true;
      case "open":
      case "terbuka":
        return false;
      default:
        throw new InvalidTextException(t.value(), t.location(), "a bound", "write closed (the value belongs to the band; the default)"
            + " or open (it does not)");
    }
  }

  private static Text cell(String source, List<CsvRecords.Field> fields, int index) {
    if (index < 0 || index >= fields.size()) {
      CsvRecords.Field last = fields.get(fields.size() - 1);
      return new Text("", source, last.line, last.column + last.text.length() + 1);
    }
    CsvRecords.Field f = fields.get(index);
    return new Text(f.text.strip(), source, f.line, f.column);
  }

  private static GapPolicy gapPolicy(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "strict":
      case "ketat":
        return GapPolicy.STRICT;
      case "lower-bound-inclusive":
        return GapPolicy.LOWER_BOUND_INCLUSIVE;
      default:
        throw new InvalidTextException(t.value(), t.location(), "the gap policy",
            "write strict (a value between two bands belongs to none) or lower-bound-inclusive (each band runs up to the next"
                + " band's lower bound)");
    }
  }

  private static void setting(String source, List<CsvRecords.Field> fields, char delimiter, Map<String, Text> settings) {
    CsvRecords.HeaderLine h = CsvRecords.HeaderLine.of(source, fields, delimiter);
    if (h.key == null || h.value == null) {
      return; // a free comment
    }
    String key = h.key.value().toLowerCase(Locale.ROOT);
    if (!KEYS.contains(key)) {
      throw new InvalidTextException(h.key.value(), h.key.location(), "a band table setting",
          "write '# key: value' with a key of " + String.join(", ", KEYS) + ", or leave ':' out of a comment");
    }
    if (settings.putIfAbsent(key, h.value) != null) {
      throw new InvalidTextException(h.value.value(), h.key.location(), "the setting " + key, "it is set twice");
    }
  }

}
