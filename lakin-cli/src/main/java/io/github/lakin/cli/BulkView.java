package io.github.lakin.cli;

import io.github.lakin.cli.report.BulkCsvScan;
import io.github.lakin.cli.report.CsvReportReader;
import io.github.lakin.cli.report.ReportRow;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.bulk.BulkResult;
import io.github.lakin.scoring.bulk.BulkScores;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
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
import java.util.Optional;

/**
 * Tampilan massal (bulk view): the second pass over a large CSV file already checked and scored by
 * {@link BulkCsvScan}: rows are read again one by one and written straight out, so no object per
 * row is kept and the output is never held whole in memory.
 */
final class BulkView {
  private BulkView() {}

  static void write(Path file, BulkCsvScan scan, Policies.Choice choice, ScoreWriters.Format format, Locale locale, PrintWriter out)
      throws IOException {
    BulkResult r = scan.result();
    BulkScores s = r.indicators();
    int na = s.count(Achievement.Status.NOT_AVAILABLE);
    int undef = s.count(Achievement.Status.UNDEFINED);
    int computed = scan.total() - na - undef;
    ScoreView.Counts counts = new ScoreView.Counts(scan.total(), scan.metCount(), computed - scan.metCount(), scan.aboveCount(),
        scan.equalCount(), computed - scan.metCount(), na, undef);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReportReader.Cursor cursor = CsvReportReader.cursor(file.toString(), in).inBackground()) {
      Iterable<ScoreView.GoalView> goals = () -> new Goals(cursor, scan);
      String unit = CsvName.stem(file);
      ScoreView view = new ScoreView(unit, scan.year(), choice.describe(ScoreWriters.indonesian(locale)), choice.scale(), goals,
          r.overall().rounded(), counts, Optional.empty(), Optional.empty(), Optional.empty(), scan.widthCode(), scan.widthTarget(),
          scan.widthRealisasi());
      Writer w = new BufferedWriter(out, 1 << 16);
      ScoreWriters.write(view, format, locale, w);
      w.flush();
    }
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
          return new ScoreView.Line(p.indicator().value(), BulkCsvScan.name(p), BulkCsvScan.unit(p), p.target().value(),
              p.realisasi().value(), s.status(i).name(), a, false, s.has(i, Achievement.Flag.CAPPED), scan.met(i));
        }
      };
      return new ScoreView.GoalView(code, scan.result().goal(g).rounded(), lines);
    }
  }

  /** The unit name of a CSV file: its name without extension. */
  static final class CsvName {
    private CsvName() {}

    static String stem(Path file) {
      String name = String.valueOf(file.getFileName());
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
