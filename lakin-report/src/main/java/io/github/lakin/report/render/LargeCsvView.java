/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import io.github.lakin.report.BulkCsvScan;
import io.github.lakin.report.CsvReportReader;
import io.github.lakin.report.ReportRow;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.bulk.BulkResult;
import io.github.lakin.scoring.bulk.BulkScores;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tampilan berkas besar (large CSV view): the second pass over a large CSV report already checked
 * and scored by {@link BulkCsvScan}: rows are read again one by one and rendered straight out by
 * {@link ScoreRenderer}, so no object per row is kept and the output is never held whole in memory.
 * Prints the same bytes as {@link ScoreView#of} for the same file.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class LargeCsvView {
  private LargeCsvView() {}

  /**
   * Writes the result of a large CSV file, reading the file again row by row.
   *
   * @param file the CSV file the scan read
   * @param scan its scan
   * @param format the output format
   * @param locale Indonesian ({@code id}) or English
   * @param out where to write; flushed, not closed
   * @throws IOException if the file cannot be read again
   * @throws io.github.lakin.core.text.InvalidTextException if the file changed since the scan
   * @throws UncheckedIOException if writing fails
   */
  public static void render(Path file, BulkCsvScan scan, ScoreFormat format, Locale locale, Writer out) throws IOException {
    // the output is spooled and copied only when the second pass read the same text as the first:
    // a file that changes between the passes gives no output at all, never a mixed one
    Path spool = Files.createTempFile("lakin-", ".out");
    try {
      try (Reader in = scan.reopen(file);
          CsvReportReader.Cursor cursor = CsvReportReader.cursor(file.toString(), in).inBackground();
          Writer w = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
        ScoreRenderer.render(view(cursor, scan), format, locale, w);
        finish(file, scan, cursor);
      }
      try (Reader spooled = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        char[] b = new char[1 << 16];
        int n;
        while ((n = spooled.read(b)) > 0) {
          out.write(b, 0, n);
        }
      }
      out.flush();
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /**
   * The same second pass written as a workbook by {@link WorkbookRenderer}: the same cells as
   * {@code WorkbookRenderer.write(ScoreView.of(...))} for the same file, rows streamed out.
   *
   * @param file the CSV file the scan read
   * @param scan its scan
   * @param locale Indonesian ({@code id}) or English
   * @param out where the workbook goes; not closed
   * @throws IOException if the file cannot be read again
   * @throws io.github.lakin.core.text.InvalidTextException if the file changed since the scan; what
   *     was written to {@code out} must then be discarded (the command writes to a temporary file)
   * @throws UncheckedIOException if writing fails
   */
  public static void workbook(Path file, BulkCsvScan scan, Locale locale, OutputStream out) throws IOException {
    try (Reader in = scan.reopen(file);
        CsvReportReader.Cursor cursor = CsvReportReader.cursor(file.toString(), in).inBackground()) {
      WorkbookRenderer.write(view(cursor, scan), locale, out);
      finish(file, scan, cursor);
    }
  }

  /** Reads what is left of the second pass and checks it read the text of the first. */
  private static void finish(Path file, BulkCsvScan scan, CsvReportReader.Cursor cursor) {
    while (cursor.next() != null) {
      // rows after the last goal's: none in a file that did not change; the hash decides
    }
    scan.requireUnchanged(file, cursor);
  }

  private static ScoreView view(CsvReportReader.Cursor cursor, BulkCsvScan scan) {
    BulkResult r = scan.result();
    Iterable<ScoreView.GoalView> goals = () -> new Goals(cursor, scan);
    return new ScoreView(scan.unit().name(), scan.year(), scan.policy(), goals, r.overall().rounded(), r.counts(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), scan.longestCode(),
        scan.longestTarget(), scan.longestRealisasi());
  }

  /** Goals in file order; each goal's lines are pulled from the shared cursor. */
  private static final class Goals implements Iterator<ScoreView.GoalView> {
    private final CsvReportReader.Cursor cursor;
    private final BulkCsvScan scan;
    private final java.util.function.Function<ReportRow, BulkCsvScan.Values> values;
    private int goal;
    private int row;
    private @Nullable ReportRow pending;

    Goals(CsvReportReader.Cursor cursor, BulkCsvScan scan) {
      this.cursor = cursor;
      this.scan = scan;
      this.values = scan.rowValues();
    }

    private @Nullable ReportRow peek() {
      while (pending == null) {
        ReportRow r = cursor.next();
        if (r == null) {
          return null;
        }
        if (!r.isSummary()) {
          pending = r;
        }
      }
      return pending;
    }

    @Override
    public boolean hasNext() {
      return goal < scan.goals().size();
    }

    @Override
    public ScoreView.GoalView next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int g = goal++;
      String code = scan.goals().get(g);
      Iterable<ScoreView.Line> lines = () -> new Iterator<>() {
        @Override
        public boolean hasNext() {
          ReportRow p = peek();
          return p != null && p.goal().value().equals(code);
        }

        @Override
        public ScoreView.Line next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          ReportRow p = java.util.Objects.requireNonNull(pending, "hasNext() found the row");
          pending = null;
          int i = row++;
          BulkScores s = scan.result().indicators();
          Optional<BigDecimal> a = s.rounded(i);
          Set<Achievement.Flag> flags = EnumSet.noneOf(Achievement.Flag.class);
          for (Achievement.Flag f : Achievement.Flag.values()) {
            if (s.has(i, f)) {
              flags.add(f);
            }
          }
          BulkCsvScan.Values x = values.apply(p);
          return new ScoreView.Line(p.indicator().value(), BulkCsvScan.name(p), x.unit(), p.target().value(),
              p.realisasi().value(), x.target(), x.realisasi(), s.status(i), a, flags, s.isMet(i));
        }
      };
      return new ScoreView.GoalView(code, scan.result().goal(g).rounded(), lines, scan.goalCounts(g));
    }
  }
}
