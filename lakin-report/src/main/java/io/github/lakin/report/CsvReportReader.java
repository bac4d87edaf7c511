/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Pembaca CSV laporan (CSV report reader): one row per indicator under the header
 * {@code goal,indicator,name,unit,polarity,target,realisasi,weight,printed}.
 *
 * <ul>
 *   <li>Header names are matched ignoring case and surrounding spaces, in any order;
 *       {@code weight} and {@code printed} may be left out; any other name is an error.
 *   <li>The delimiter is {@code ,} or {@code ;}, whichever the header line uses more
 *       (spreadsheets in an Indonesian locale write {@code ;}); quoting as in RFC 4180
 *       ({@code "69,31"}); UTF-8 with or without a byte order mark; blank lines are skipped.
 *   <li>{@code polarity}: {@code higher}/{@code tinggi}/{@code naik}, {@code lower}/{@code rendah}/
 *       {@code turun}, or empty: then a comparator target ({@code < 20%}) decides, else higher.
 *   <li>{@code target}: {@code 69}, {@code 69,31}, {@code < 20%}, {@code ≤ 10 hari kerja},
 *       {@code 80–90}; {@code realisasi}: a number, {@code 82,96*} (provisional: the previous
 *       year's value), counts {@code 23/24}, or {@code N/A}, {@code -}, {@code n.a} or empty (not
 *       available); {@code printed}: the capaian the report printed, {@code 100,45} or
 *       {@code 100,45%}.
 *   <li>A row with an empty {@code indicator} and only {@code goal} and {@code printed} filled
 *       carries the printed capaian of that goal; with {@code goal} empty too, of the unit.
 *   <li>{@code unit}: {@code %}, {@code persen}, {@code indeks}, {@code nilai}, {@code dokumen},
 *       {@code hari kerja}, …; empty takes the unit written with the target, if any.
 *   <li>After the indicator rows, a line {@code # anggaran} (or {@code # budget}) starts the budget
 *       lines, a table with its own header {@code code,name,goal,pagu-awal,pagu,realisasi,printed}
 *       (see {@code docs/report-format.md}).
 *   <li>{@code previous} (or {@code realisasi-lalu}): the realisasi of the previous year, read as
 *       the realisasi is; empty or {@code N/A} when there is none. It gives the trend per indicator.
 * </ul>
 *
 * Every error is an {@link InvalidTextException} naming file, line and column; nothing is
 * returned for a file with an error.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class CsvReportReader {
  static final List<String> REQUIRED = List.of("goal", "indicator", "name", "unit", "polarity", "target", "realisasi");
  static final List<String> OPTIONAL = List.of("weight", "printed", "formula", "baseline", "negative", "period", "consolidation", "previous",
      "ordinal-scale", "decimals");
  /** Other names of columns: the Indonesian {@code realisasi-lalu} for {@code previous}. */
  private static final Map<String, String> ALIASES = Map.of("realisasi-lalu", "previous");

  private CsvReportReader() {}

  /**
   * Reads a whole CSV report.
   *
   * @param file the file
   * @param options the year and number style the caller states (the file may state them in its
   *     header lines instead: {@code # year: 2023}, {@code # number-style: indonesian})
   * @return the report
   * @throws InvalidTextException for any bad cell, naming file, line and column, and when neither
   *     the file nor the options state the year
   * @throws IOException if the file cannot be read
   */
  public static ReportFile read(Path file, ReadOptions options) throws IOException {
    try (Reader r = Encodings.open(file, options.encoding())) {
      return read(file.toString(), r, options, unitOf(file));
    }
  }

  /**
   * Reads a whole CSV report of a given year.
   *
   * @param file the file
   * @param year the report year (labels the agreement; a provisional value is the year before's)
   * @return the report
   * @throws InvalidTextException for any bad cell, naming file, line and column
   * @throws IOException if the file cannot be read
   */
  public static ReportFile read(Path file, int year) throws IOException {
    return read(file, ReadOptions.none().withYear(year));
  }

  /**
   * Reads a CSV report from text (for tests and services).
   *
   * @param source the name to use in error messages
   * @param text the CSV text
   * @param year the report year
   * @return the report
   * @throws InvalidTextException for any bad cell
   */
  public static ReportFile read(String source, String text, int year) {
    return read(source, text, ReadOptions.none().withYear(year));
  }

  /**
   * Reads a CSV report from text (for tests and services).
   *
   * @param source the name to use in error messages
   * @param text the CSV text
   * @param options the year and number style the caller states
   * @return the report
   * @throws InvalidTextException for any bad cell
   */
  public static ReportFile read(String source, String text, ReadOptions options) {
    try {
      return read(source, new java.io.StringReader(text), options, OrgUnit.of("UNIT", source, OrgLevel.ESELON_II));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ReportFile read(String source, Reader reader, ReadOptions options, OrgUnit fileUnit) throws IOException {
    Cursor c = new Cursor(source, reader);
    CsvSettings settings = CsvSettings.of(source, c.settings(), options, fileUnit);
    ReportAssembler assembler = new ReportAssembler(source, settings.year, settings.unit, new CellGrammar(settings.style));
    ReportRow row;
    while ((row = c.next()) != null) {
      assembler.add(row);
    }
    budget(c, assembler);
    assembler.asOf(settings.asOf);
    return assembler.build(settings::settings);
  }

  /** The budget section after the indicator rows, if the file has one. */
  private static void budget(Cursor c, ReportAssembler assembler) {
    TextLocation marker = c.budgetMarker;
    if (marker != null) {
      assembler.budget(BudgetTable.read(c.budgetRecords, marker, assembler.grammar()));
    }
    TextLocation components = c.componentMarker;
    if (components != null) {
      assembler.components(ComponentTable.read(c.componentRecords, components, assembler.grammar()));
    }
  }

  static OrgUnit unitOf(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return OrgUnit.of(stem.isBlank() ? "UNIT" : stem, stem.isBlank() ? "UNIT" : stem, OrgLevel.ESELON_II);
  }

  /**
   * Streams the rows of a CSV report without keeping them: for files too large to hold.
   *
   * @param file the file
   * @param sink receives each row, in file order
   * @throws InvalidTextException for a bad header or a malformed record
   * @throws IOException if the file cannot be read
   */
  public static void forEachRow(Path file, Consumer<ReportRow> sink) throws IOException {
    try (Reader r = Encodings.open(file, StandardCharsets.UTF_8)) {
      forEachRow(file.toString(), r, sink);
    }
  }

  static void forEachRow(String source, Reader reader, Consumer<ReportRow> sink) throws IOException {
    Cursor c = new Cursor(source, reader);
    ReportRow row;
    while ((row = c.next()) != null) {
      sink.accept(row);
    }
  }

  /**
   * Opens a pull-style cursor over the rows of a CSV report, for readers that consume rows as
   * they go (the caller closes the reader).
   *
   * @param source the name for error messages
   * @param reader the text
   * @return the cursor, after the header was read and checked
   * @throws InvalidTextException for a bad header
   * @throws IOException if the text cannot be read
   */
  public static Cursor cursor(String source, Reader reader) throws IOException {
    return new Cursor(source, reader);
  }

  /**
   * Kursor baris (row cursor): hands out the rows of a CSV report one by one. After {@link
   * #inBackground()} a second thread reads and splits the rows ahead (in batches, a few thousand
   * rows at most), so that tokenising overlaps with whatever the caller does with each row; rows and
   * errors still arrive in file order. Close the cursor before its reader.
   */
  public static final class Cursor implements AutoCloseable {
    private static final int BATCH = 512;
    private static final Object END = new Object();

    private final String source;
    private final CsvRecords records;
    private final int headerSize;
    private final int[] column;
    private final Map<String, Text> settings = new java.util.LinkedHashMap<>();
    private @Nullable Thread reader;
    private @Nullable BlockingQueue<Object> queue;
    private ReportRow @Nullable [] batch;
    private int next;
    private boolean ended;

    Cursor(String source, Reader reader) throws IOException {
      this.source = source;
      BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader, 1 << 16);
      in.mark(1 << 16);
      char[] head = new char[1 << 15];
      int n = in.read(head);
      in.reset();
      String firstLine = "";
      for (String l : (n <= 0 ? "" : new String(head, 0, n)).split("\r\n|\n|\r", -1)) {
        if (!l.strip().replace("\uFEFF", "").startsWith("#")) {
          firstLine = l;
          break;
        }
      }
      char delimiter = CsvRecords.detectDelimiter(firstLine);
      records = new CsvRecords(in, source, delimiter);
      List<CsvRecords.Field> header = records.next();
      while (header != null && !header.isEmpty() && header.get(0).text.strip().startsWith("#")) {
        setting(header, delimiter);
        header = records.next();
      }
      if (header == null || (header.size() == 1 && header.get(0).text.isBlank())) {
        throw new InvalidTextException("", TextLocation.of(source, 1, 1), "a CSV header",
            "the file is empty; the header is " + String.join(",", REQUIRED) + ",weight,printed");
      }
      headerSize = header.size();
      List<Text> names = new ArrayList<>(header.size());
      for (CsvRecords.Field f : header) {
        names.add(new Text(f.text, source, f.line, f.column));
      }
      column = columns(names, TextLocation.of(source, 1, 1), "a CSV header");
    }

    /** Reads one header line {@code # key: value}; a line without ':' is a free comment. */
    private void setting(List<CsvRecords.Field> fields, char delimiter) {
      CsvRecords.HeaderLine h = CsvRecords.HeaderLine.of(source, fields, delimiter);
      if (h.key == null || h.value == null) {
        String c = h.comment.value();
        if (c.equalsIgnoreCase(JsonReportReader.SCHEMA_2) || c.equalsIgnoreCase(JsonReportReader.SCHEMA)) {
          settings.put("schema", h.comment);
        }
        return; // a free comment
      }
      SettingTexts.put(settings, h.key, h.value,
          "write '# key: value' with a key of " + String.join(", ", SettingTexts.CSV_KEYS) + ", or leave ':' out of a comment");
    }

    /**
     * Returns a hash of the whole text, once {@link #next()} has returned {@code null}: two reads
     * of a file that give different hashes read different files.
     *
     * @return a hash of the whole text, once {@link #next()} has returned {@code null}: two reads
     *     of a file that give different hashes read different files
     * @throws IllegalStateException before the end was reached
     */
    public long contentHash() {
      if ((!ended && queue != null) || (queue == null && !atEnd)) {
        throw new IllegalStateException("the cursor has not reached the end of " + source);
      }
      return records.contentHash();
    }

    /**
     * Returns the settings of the header lines ({@code # year: 2023}), by lower-case key, each with
     * its place.
     *
     * @return the settings of the header lines ({@code # year: 2023}), by lower-case key, each
     *     with its place
     */
    public Map<String, Text> settings() {
      return java.util.Collections.unmodifiableMap(settings);
    }

    /**
     * Reads ahead on a second thread from now on.
     *
     * @return this cursor
     */
    public Cursor inBackground() {
      if (reader == null) {
        BlockingQueue<Object> q = new ArrayBlockingQueue<>(8);
        Thread t = new Thread(() -> readAhead(q), "lakin-csv-reader");
        t.setDaemon(true);
        queue = q;
        reader = t;
        t.start();
      }
      return this;
    }

    private void readAhead(BlockingQueue<Object> q) {
      try {
        while (true) {
          ReportRow[] b = new ReportRow[BATCH];
          int n = 0;
          Object failure = null;
          try {
            ReportRow r;
            while (n < BATCH && (r = read()) != null) {
              b[n++] = r;
            }
          } catch (RuntimeException | Error e) {
            failure = e; // handed over in order, thrown by next()
          }
          if (n > 0) {
            q.put(n == BATCH ? b : Arrays.copyOf(b, n));
          }
          if (failure != null || n < BATCH) {
            q.put(failure != null ? failure : END);
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // closed by the consumer: stop reading
      }
    }

    /**
     * Returns the next row, or {@code null} at the end.
     *
     * @return the next row, or {@code null} at the end
     * @throws InvalidTextException for a malformed record
     */
    public @Nullable ReportRow next() {
      BlockingQueue<Object> q = queue;
      if (q == null) {
        return read();
      }
      ReportRow[] b = batch;
      if (b != null && next < b.length) {
        return b[next++];
      }
      if (ended) {
        return null;
      }
      Object o;
      try {
        o = q.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + source, e);
      }
      if (o instanceof ReportRow[]) {
        batch = (ReportRow[]) o;
        next = 1;
        return batch[0];
      }
      ended = true;
      batch = null;
      if (o instanceof RuntimeException) {
        throw (RuntimeException) o;
      }
      if (o instanceof Error) {
        throw (Error) o;
      }
      return null;
    }

    /** Stops the reading thread, if any, and waits for it. */
    @Override
    public void close() {
      Thread t = reader;
      if (t != null) {
        t.interrupt();
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        reader = null;
      }
    }

    private boolean atEnd;
    /** Where the line {@code # anggaran} is, when the file has a budget section. */
    @Nullable TextLocation budgetMarker;
    /** The records of the budget section: its header, then its rows; blank records left out. */
    final List<List<Text>> budgetRecords = new ArrayList<>();

    /** Returns whether the rows ended at a budget section ({@code # anggaran}). */
    public boolean hasBudget() {
      return budgetMarker != null;
    }

    /** Where the line {@code # komponen} is, when the file has a component section. */
    @Nullable TextLocation componentMarker;
    /** The records of the component section: its header, then its rows; blank records left out. */
    final List<List<Text>> componentRecords = new ArrayList<>();

    /** Returns whether the rows ended at a section ({@code # anggaran} or {@code # komponen}). */
    public boolean hasSections() {
      return budgetMarker != null || componentMarker != null;
    }

    private static boolean isSection(List<CsvRecords.Field> fields) {
      String first = fields.get(0).text;
      return (BudgetTable.isMarker(first) || ComponentTable.isMarker(first)) && blank(fields.subList(1, fields.size()));
    }

    /** Starts a section at its marker line: where its records go; each section at most once. */
    private List<List<Text>> section(CsvRecords.Field marker) {
      TextLocation at = TextLocation.of(source, marker.line, marker.column);
      boolean budget = BudgetTable.isMarker(marker.text);
      TextLocation before = budget ? budgetMarker : componentMarker;
      if (before != null) {
        throw new InvalidTextException(marker.text, at, "a section line", "the section is given twice (first at line " + before.line().orElse(0) + ")");
      }
      if (budget) {
        budgetMarker = at;
        return budgetRecords;
      }
      componentMarker = at;
      return componentRecords;
    }

    /**
     * Reads the rest of the text as the sections {@code # anggaran} and {@code # komponen}, in
     * either order: their records are checked by {@code BudgetTable} and {@code ComponentTable}.
     */
    private void sections(CsvRecords.Field marker) {
      List<List<Text>> into = section(marker);
      List<CsvRecords.Field> fields;
      while ((fields = records.next()) != null) {
        if (blank(fields)) {
          continue;
        }
        if (isSection(fields)) {
          into = section(fields.get(0));
          continue;
        }
        List<Text> texts = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
          texts.add(text(source, fields, i));
        }
        into.add(texts);
      }
    }

    private @Nullable ReportRow read() {
      List<CsvRecords.Field> fields;
      while ((fields = records.next()) != null) {
        if (blank(fields)) {
          continue;
        }
        CsvRecords.Field firstField = fields.get(0);
        if (isSection(fields)) {
          sections(firstField);
          break;
        }
        if (fields.size() != headerSize) {
          CsvRecords.Field at = fields.get(Math.min(fields.size(), headerSize) - 1);
          throw new InvalidTextException(at.text, TextLocation.of(source, at.line, at.column), "a row",
              "it has " + fields.size() + " fields but the header has " + headerSize);
        }
        TextLocation rowAt = TextLocation.of(source, firstField.line, firstField.column);
        return new ReportRow(rowAt, text(source, fields, column[0]), text(source, fields, column[1]),
            text(source, fields, column[2]), text(source, fields, column[3]), text(source, fields, column[4]),
            text(source, fields, column[5]), text(source, fields, column[6]), text(source, fields, column[7]),
            text(source, fields, column[8]), List.of(), List.of(), text(source, fields, column[9]), text(source, fields, column[10]),
            text(source, fields, column[11]), text(source, fields, column[12]), text(source, fields, column[13]))
            .withPrevious(text(source, fields, column[14]))
            .withRealisasiOptions(text(source, fields, column[15]), text(source, fields, column[16]));
      }
      atEnd = true;
      return null;
    }
  }

  private static boolean blank(List<CsvRecords.Field> fields) {
    for (CsvRecords.Field f : fields) {
      if (!f.text.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Text text(String source, List<CsvRecords.Field> fields, int index) {
    if (index < 0) {
      CsvRecords.Field last = fields.get(fields.size() - 1);
      return new Text("", source, last.line, last.column);
    }
    CsvRecords.Field f = fields.get(index);
    return new Text(f.text.strip(), source, f.line, f.column);
  }

  /**
   * The index of each known column of a header (CSV or workbook), in the order REQUIRED then
   * OPTIONAL; -1 when absent. The one rule for header names: matched ignoring case and surrounding
   * spaces, in any order; an unknown or repeated name is an error at its cell.
   *
   * @param header the header cells, in order (empty cells included)
   * @param missingAt where to report a missing required column
   * @param form what the header is called in the message, e.g. "a CSV header"
   */
  static int[] columns(List<Text> header, TextLocation missingAt, String form) {
    List<String> known = new ArrayList<>(REQUIRED);
    known.addAll(OPTIONAL);
    int[] index = new int[known.size()];
    Arrays.fill(index, -1);
    Map<String, Text> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Text f = header.get(i);
      String name = f.value().strip().toLowerCase(Locale.ROOT);
      name = ALIASES.getOrDefault(name, name);
      int k = known.indexOf(name);
      if (k < 0) {
        throw new InvalidTextException(f.value(), f.location(), "a column name",
            "unknown column; the header is " + String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL));
      }
      @Nullable Text before = seen.put(name, f);
      if (before != null) {
        throw new InvalidTextException(f.value(), f.location(), "a column name", "the column appears twice");
      }
      index[k] = i;
    }
    for (int k = 0; k < REQUIRED.size(); k++) {
      if (index[k] < 0) {
        throw new InvalidTextException(header.isEmpty() ? "" : header.get(0).value(), missingAt, form,
            "the column '" + REQUIRED.get(k) + "' is missing; the header is " + String.join(",", REQUIRED) + ",weight,printed");
      }
    }
    return index;
  }
}
