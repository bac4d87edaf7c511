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
import io.github.lakin.scoring.band.BandSet;
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
 * <p>A file with a column {@code level} (tingkat) or {@code period} (periode) is a band set
 * ({@link BandSet}): one table per organisation level or period, read with {@link #readSet(Path)};
 * {@link #read(Path)} refuses it, naming the column.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class BandTableFile {
  private static final List<String> KEYS = List.of("name", "source", "gap-policy");
  private static final List<String> COLUMNS =
      List.of("code", "label", "lower", "upper", "lower-bound", "upper-bound", "description", "level", "period");
  /** Indonesian names of the key columns. */
  private static final Map<String, String> ALIASES = Map.of("tingkat", "level", "periode", "period");
  private static final int CODE = 0;
  private static final int LABEL = 1;
  private static final int LOWER = 2;
  private static final int UPPER = 3;
  private static final int LOWER_BOUND = 4;
  private static final int UPPER_BOUND = 5;
  private static final int DESCRIPTION = 6;
  private static final int LEVEL = 7;
  private static final int PERIOD = 8;
  private static final SmallCsvTable.Shape SHAPE = new SmallCsvTable.Shape("a band table", KEYS, COLUMNS, ALIASES, 4,
      "code,label,lower,upper and optionally lower-bound,upper-bound,description, and level or period for a band set", "band rows");
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

  /**
   * Reads a band set: one table per organisation level or period, from a file with a column
   * {@code level} (tingkat) or {@code period} (periode) that names each row's table. The rows of
   * one key are one table, validated as a table file is; the keys need not be sorted.
   *
   * <pre>
   * # name: cakupan-imunisasi
   * level,code,label,lower,upper,upper-bound
   * nasional,T,Tercapai,95,,
   * nasional,B,Belum tercapai,0,95,open
   * kabupaten/kota,T,Tercapai,90,,
   * kabupaten/kota,B,Belum tercapai,0,90,open
   * </pre>
   *
   * @param file a CSV band set, UTF-8
   * @return the set; each table is named "name (key)"
   * @throws InvalidTextException for a bad cell, a gap or an overlap in any table, or a file without
   *     a level or period column, naming file, line and column
   * @throws IOException if the file cannot be read
   */
  public static BandSet readSet(Path file) throws IOException {
    String name = String.valueOf(file.getFileName()).replaceFirst("(?i)\\.csv$", "");
    return readSet(file.toString(), name, Encodings.readString(file, java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Reads a band set from CSV text.
   *
   * @param source the name in error messages, and the set's name unless the text names one
   * @param csv the CSV text
   * @return the set
   * @throws InvalidTextException as {@link #readSet(Path)}
   */
  public static BandSet readSet(String source, String csv) {
    return readSet(source, source, csv);
  }

  /**
   * Tells whether a CSV file is a band set.
   *
   * @param file a CSV band table or band set, UTF-8
   * @return whether it has a {@code level} or {@code period} column (a band set)
   * @throws InvalidTextException if the file cannot be read as either
   * @throws IOException if the file cannot be read
   */
  public static boolean isSet(Path file) throws IOException {
    return parsed(file.toString(), "", Encodings.readString(file, java.nio.charset.StandardCharsets.UTF_8)).dimension != null;
  }

  private static BandSet readSet(String source, String defaultName, String csv) {
    Parsed p = parsed(source, defaultName, csv);
    BandSet.@Nullable Dimension dimension = p.dimension;
    if (dimension == null) {
      throw new InvalidTextException(p.header.get(0).text, TextLocation.of(source, p.header.get(0).line, 1), "a band set header",
          "a band set needs a column level (tingkat) or period (periode) naming each row's table");
    }
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    Map<String, String> keys = new LinkedHashMap<>();
    for (Row row : p.rows) {
      Text key = java.util.Objects.requireNonNull(row.key);
      if (key.isEmpty()) {
        throw new InvalidTextException("", key.location(), "the " + dimension.english() + " of band " + row.code.value(),
            "every row of a band set names its " + dimension.english() + ", e.g. nasional");
      }
      String k = io.github.lakin.core.Codes.normalize(key.value()).toLowerCase(Locale.ROOT);
      keys.putIfAbsent(k, key.value());
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
    }
    BandSet.Builder set = BandSet.builder(p.name, dimension);
    for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
      String key = java.util.Objects.requireNonNull(keys.get(g.getKey()));
      set.table(key, table(p.name + " (" + key + ")", p, g.getValue()));
    }
    return set.build();
  }

  private static BandTable read(String source, String defaultName, String csv) {
    Parsed p = parsed(source, defaultName, csv);
    if (p.dimension != null) {
      Text first = java.util.Objects.requireNonNull(p.rows.get(0).key);
      throw new InvalidTextException(first.value(), first.location(), "a band table",
          "the file has a column " + p.dimension.english() + ": it holds one table per " + p.dimension.english()
              + "; choose one (lakin band --" + p.dimension.english() + " KEY, or BandTableFile.readSet)");
    }
    return table(p.name, p, p.rows);
  }

  /** A band table or set file, read and checked cell by cell, its tables not yet built. */
  private static final class Parsed {
    final String name;
    final List<CsvRecords.Field> header;
    final @Nullable GapPolicy declared;
    final @Nullable Text sourceText;
    final BandSet.@Nullable Dimension dimension;
    final List<Row> rows;

    Parsed(String name, List<CsvRecords.Field> header, @Nullable GapPolicy declared, @Nullable Text sourceText,
        BandSet.@Nullable Dimension dimension, List<Row> rows) {
      this.name = name;
      this.header = header;
      this.declared = declared;
      this.sourceText = sourceText;
      this.dimension = dimension;
      this.rows = rows;
    }
  }

  private static Parsed parsed(String source, String defaultName, String csv) {
    return parse(source, defaultName, csv);
  }

  private static Parsed parse(String source, String defaultName, String csv) {
    SmallCsvTable t = SmallCsvTable.read(source, csv, SHAPE);
    int[] column = t.column;
    Map<String, Text> settings = t.settings;
    List<CsvRecords.Field> header = t.header;
    if (column[LEVEL] >= 0 && column[PERIOD] >= 0) {
      CsvRecords.Field f = header.get(column[PERIOD]);
      throw new InvalidTextException(f.text, TextLocation.of(source, f.line, f.column), "a band set column",
          "a band set is by level or by period, not both");
    }
    BandSet.@Nullable Dimension dimension = column[LEVEL] >= 0 ? BandSet.Dimension.LEVEL : column[PERIOD] >= 0 ? BandSet.Dimension.PERIOD : null;
    int keyColumn = column[LEVEL] >= 0 ? LEVEL : column[PERIOD] >= 0 ? PERIOD : -1;
    Text gapText = settings.get("gap-policy");
    GapPolicy declared = gapText == null ? null : gapPolicy(gapText);
    Text nameText = settings.get("name");
    String name = nameText != null && !nameText.value().isBlank() ? nameText.value() : defaultName;
    List<Row> rows = new ArrayList<>();
    for (List<CsvRecords.Field> r : t.rows) {
      rows.add(row(t, r, keyColumn));
    }
    return new Parsed(name, header, declared, settings.get("source"), dimension, rows);
  }

  /** Builds one table from its rows, checking order, gaps and overlaps. */
  private static BandTable table(String name, Parsed p, List<Row> rows) {
    GapPolicy declared = p.declared;
    BandTable.Builder b = BandTable.builder(name);
    Text sourceText = p.sourceText;
    if (sourceText != null) {
      b.source(sourceText.value());
    }
    b.gapPolicy(declared == null ? GapPolicy.STRICT : declared);
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
      boolean overlap = c > 0 || (c == 0 && prev.upperClosed && cur.lowerClosed);
      boolean gap = c < 0 || (c == 0 && !prev.upperClosed && !cur.lowerClosed);
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
    final @Nullable Text key;

    Row(Text code, Text label, String description, Text lowerText, Text upperText, boolean lowerClosed, boolean upperClosed,
        @Nullable Text key) {
      this.key = key;
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

  private static Row row(SmallCsvTable t, List<CsvRecords.Field> fields, int keyColumn) {
    Text code = t.cell(fields, CODE);
    if (code.isEmpty()) {
      throw new InvalidTextException("", code.location(), "a band code", "every band needs a code, e.g. B");
    }
    Text label = t.cell(fields, LABEL);
    if (label.isEmpty()) {
      throw new InvalidTextException("", label.location(), "the label of band " + code.value(), "every band needs a label, e.g. Baik");
    }
    ReportAssembler.plainText(code);
    ReportAssembler.plainText(label);
    Text description = t.cell(fields, DESCRIPTION);
    return new Row(code, label, description.value(), t.cell(fields, LOWER), t.cell(fields, UPPER),
        closed(t.cell(fields, LOWER_BOUND)), closed(t.cell(fields, UPPER_BOUND)), keyColumn < 0 ? null : t.cell(fields, keyColumn));
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
}
