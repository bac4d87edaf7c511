package io.github.lakin.report.render;

import io.github.lakin.report.BulkCsvScan;
import io.github.lakin.report.CsvReportReader;
import io.github.lakin.report.ReportRow;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.bulk.BulkResult;
import io.github.lakin.scoring.bulk.BulkScores;
import java.io.BufferedWriter;
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

/**
 * Tampilan berkas besar (large CSV view): the second pass over a large CSV report already checked
 * and scored by {@link BulkCsvScan}: rows are read again one by one and rendered straight out by
 * {@link ScoreRenderer}, so no object per row is kept and the output is never held whole in memory.
 * Prints the same bytes as {@link ScoreView#of} for the same file.
 */
public final class LargeCsvView {
  private LargeCsvView() {}

  /**
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
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReportReader.Cursor cursor = CsvReportReader.cursor(file.toString(), in).inBackground()) {
      Writer w = new BufferedWriter(out, 1 << 16);
      ScoreRenderer.render(view(cursor, scan), format, locale, w);
      w.flush();
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
   * @throws io.github.lakin.core.text.InvalidTextException if the file changed since the scan
   * @throws UncheckedIOException if writing fails
   */
  public static void workbook(Path file, BulkCsvScan scan, Locale locale, OutputStream out) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReportReader.Cursor cursor = CsvReportReader.cursor(file.toString(), in).inBackground()) {
      WorkbookRenderer.write(view(cursor, scan), locale, out);
    }
  }

  private static ScoreView view(CsvReportReader.Cursor cursor, BulkCsvScan scan) {
    BulkResult r = scan.result();
    Iterable<ScoreView.GoalView> goals = () -> new Goals(cursor, scan);
    return new ScoreView(scan.unit().name(), scan.year(), scan.policy(), goals, r.overall().rounded(), counts(scan),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), scan.longestCode(),
        scan.longestTarget(), scan.longestRealisasi());
  }

  private static ScoreView.Counts counts(BulkCsvScan scan) {
    BulkScores s = scan.result().indicators();
    int[] c = scan.counts();
    int na = s.count(Achievement.Status.NOT_AVAILABLE);
    int undef = s.count(Achievement.Status.UNDEFINED);
    int computed = c[0] - na - undef;
    return new ScoreView.Counts(c[0], c[1], computed - c[1], c[2], c[3], computed - c[1], na, undef);
  }

  /** Goals in file order; each goal's lines are pulled from the shared cursor. */
  private static final class Goals implements Iterator<ScoreView.GoalView> {
    private final CsvReportReader.Cursor cursor;
    private final BulkCsvScan scan;
    private int goal;
    private int row;
    private ReportRow pending;

    Goals(CsvReportReader.Cursor cursor, BulkCsvScan scan) {
      this.cursor = cursor;
      this.scan = scan;
    }

    private ReportRow peek() {
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
          ReportRow p = pending;
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
          BulkCsvScan.Values x = scan.values(p);
          return new ScoreView.Line(p.indicator().value(), BulkCsvScan.name(p), x.unit(), p.target().value(),
              p.realisasi().value(), x.target(), x.realisasi(), s.status(i), a, flags, scan.met(i));
        }
      };
      return new ScoreView.GoalView(code, scan.result().goal(g).rounded(), lines);
    }
  }
}
