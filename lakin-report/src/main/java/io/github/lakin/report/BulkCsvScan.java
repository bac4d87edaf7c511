/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.scoring.bulk.BulkEligibility;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.bulk.BulkInput;
import io.github.lakin.scoring.bulk.BulkResult;
import io.github.lakin.scoring.bulk.BulkScorer;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pemindaian massal (bulk scan) of a large CSV report: reads and checks every row like
 * {@link CsvReportReader} (the same errors), but keeps no object per row: targets and realisations
 * go straight into a {@link BulkInput}, scored by {@link BulkScorer} with figures identical to
 * the object path. Applies when every row has an exact target, higher or lower polarity and a
 * plain or missing realisasi, the goals' rows are contiguous, and the policy is flat or goal means,
 * rounded at the end; otherwise {@link #scan} returns empty and the caller reads the file whole.
 * A file with period rows ({@code period} or {@code consolidation} filled) or an as-of period
 * ({@code # as-of:}) always takes the object path.
 *
 * <p>Immutable once scanned; safe to share between threads, though each rendering reads the file again.
 *
 * @since 0.1.0
 */
public final class BulkCsvScan {
  private final BulkResult result;
  private final List<String> goals;
  private final ReportPolicy policy;
  private final OrgUnit unit;
  private final int longestCode;
  private final int longestTarget;
  private final int longestRealisasi;
  private final int year;
  private final CellGrammar grammar;
  private final java.nio.charset.Charset encoding;
  private final long contentHash;

  private BulkCsvScan(BulkResult result, List<String> goals, List<Integer> goalStarts, ReportPolicy policy, OrgUnit unit, int wc, int wt, int wr, int year,
      CellGrammar grammar, java.nio.charset.Charset encoding, long contentHash) {
    this.contentHash = contentHash;
    this.grammar = grammar;
    this.encoding = encoding;
    this.result = result;
    this.goals = List.copyOf(goals);
    this.goalStarts = goalStarts.stream().mapToInt(Integer::intValue).toArray();
    this.policy = policy;
    this.unit = unit;
    this.longestCode = wc;
    this.longestTarget = wt;
    this.longestRealisasi = wr;
    this.year = year;
  }

  /**
   * Returns the scan, or empty when the file or the policy needs the object path (see the bulk
   * eligibility of the scoring module for why).
   *
   * @param file the CSV report
   * @param year the report year
   * @param policy the report policy
   * @return the scan, or empty when the file or the policy needs the object path (see
   *     the bulk eligibility of the scoring module for why)
   * @throws InvalidTextException for a bad cell, exactly as {@link CsvReportReader#read(Path, int)}
   * @throws IOException if the file cannot be read
   */
  public static Optional<BulkCsvScan> scan(Path file, int year, ReportPolicy policy) throws IOException {
    return scan(file, ReadOptions.none().withYear(year), s -> Optional.of(policy));
  }

  /**
   * Scans with the policy the file's header lines name ({@code # cap: 120}), overridden where the
   * caller names a choice, as {@code lakin score} does.
   *
   * @param file the CSV report
   * @param options the year and number style the caller states
   * @param overrides the settings that win over the file's (e.g. the command line's)
   * @return the scan, or empty when the file or the policy needs the object path
   * @throws InvalidTextException for a bad cell, exactly as {@link CsvReportReader#read(Path, ReadOptions)}
   * @throws IOException if the file cannot be read
   */
  public static Optional<BulkCsvScan> scan(Path file, ReadOptions options, ReportSettings overrides) throws IOException {
    return scan(file, options, s -> {
      ReportSettings merged = s.named().overriddenBy(overrides);
      if ((overrides.shape().isEmpty() && s.weighted()) || merged.lowerIsBetterFormula().isPresent() || merged.preset().isPresent()) {
        return Optional.empty(); // weights, formulas by polarity and presets are the object path's
      }
      return Optional.of(merged.policy());
    });
  }

  private static Optional<BulkCsvScan> scan(Path file, ReadOptions options,
      java.util.function.Function<CsvSettings, Optional<ReportPolicy>> policyOf) throws IOException {
    try (Reader r = Encodings.open(file, options.encoding());
        CsvReportReader.Cursor c = CsvReportReader.cursor(file.toString(), r)) {
      CsvSettings settings = CsvSettings.of(file.toString(), c.settings(), options, CsvReportReader.unitOf(file));
      if (settings.asOf.isPresent()) {
        return Optional.empty(); // scoring as of a period is the object path's (PeriodTracking)
      }
      Optional<ReportPolicy> p = policyOf.apply(settings);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      return scan(c.inBackground(), settings, p.get(), options.encoding());
    }
  }

  private static Optional<BulkCsvScan> scan(CsvReportReader.Cursor c, CsvSettings settings, ReportPolicy policy,
      java.nio.charset.Charset encoding) throws IOException {
    int year = settings.year;
    CellGrammar grammar = new CellGrammar(settings.style);
    if (BulkEligibility.policy(policy).isPresent()) {
      return Optional.empty();
    }
    BulkInput.Builder in = BulkInput.builder();
    Map<String, Integer> goalIndex = new HashMap<>();
    List<String> goals = new ArrayList<>();
    List<Integer> goalStarts = new ArrayList<>();
    // duplicate codes: a table of 64-bit hashes instead of a million retained strings; a repeated
    // hash (a duplicate, or a one-in-10^13 collision) hands the file to the object path, which
    // reports a real duplicate with both lines
    CodeHashes seen = new CodeHashes(1 << 12); // grows with the rows: never sized from the file size
    Set<String> printedGoals = new HashSet<>();
    RowShapes shapes = new RowShapes();
    int wc = 0;
    int wt = 0;
    int wr = 0;
    String last = null;
    int rowNo = 0;
    {
      ReportRow row;
      while ((row = c.next()) != null) {
        // the row checks of the object path (ReportAssembler.check); a repeated code hands the file over
        if (!row.period.isEmpty() || !row.consolidation.isEmpty()) {
          return Optional.empty(); // targets and realisations by period: the object path reads them (PeriodRows)
        }
        if (!row.previous.isEmpty()) {
          return Optional.empty(); // previous-year figures and trends: the object path shows them
        }
        if (row.isSummary()) {
          ReportAssembler.summaryPrinted(row, grammar);
          if (!printedGoals.add(row.goal.value())) {
            return Optional.empty(); // a figure printed twice: the object path names both lines
          }
          continue;
        }
        String code = row.indicator.value();
        String goal = ReportAssembler.requireGoal(row);
        if (!seen.add(code)) {
          return Optional.empty();
        }
        RowShapes.Values known = shapes.read(row);
        BigDecimal t;
        BigDecimal x;
        Polarity polarity;
        if (known != null) { // a row of a shape already checked in full: the same checks, remembered
          t = known.target;
          x = known.realisasi;
          polarity = known.polarity;
        } else {
          ReportAssembler.CheckedRow checked = ReportAssembler.check(row, year, grammar);
          Indicator indicator = checked.indicator();
          Realization real = checked.realization();
          if (checked.formula().isPresent() || BulkEligibility.indicator(indicator, real).isPresent()
              || !checked.otherTargets().isEmpty() || !checked.otherRealisasi().isEmpty()) {
            return Optional.empty(); // what the bulk path does not hold hands the file to the object path
          }
          shapes.learn(row, checked);
          t = ((ExactTarget) indicator.target()).value();
          polarity = indicator.polarity();
          x = real.isAvailable() ? real.value().get().toBigDecimalExact() : null;
        }
        if (!goal.equals(last)) {
          if (goalIndex.containsKey(goal)) {
            return Optional.empty(); // a goal's rows are not contiguous
          }
          goalIndex.put(goal, goals.size());
          goals.add(goal);
          goalStarts.add(rowNo);
          last = goal;
        }
        try {
          in.add(goals.size() - 1, t, x, polarity); // the goal just seen is the last one: rows of a goal are contiguous
        } catch (InvalidValueException e) {
          return Optional.empty(); // a value the bulk path cannot hold: the object path decides
        }
        wc = Math.max(wc, Math.max(code.length(), goal.length()));
        wt = Math.max(wt, row.target.value().length());
        wr = Math.max(wr, row.realisasi.value().length());
        rowNo++;
      }
    }
    if (rowNo == 0 || c.hasSections()) {
      return Optional.empty(); // budget lines and realisasi from components are the object path's
    }
    long hash = c.contentHash();
    for (String g : printedGoals) {
      if (!g.isEmpty() && !goalIndex.containsKey(g)) {
        return Optional.empty(); // the object path names the summary row of a goal without indicators
      }
    }
    BulkResult result;
    try {
      result = BulkScorer.of(policy).score(in.build());
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
    goalStarts.add(rowNo);
    return Optional.of(new BulkCsvScan(result, goals, goalStarts, policy, settings.unit, wc, wt, wr, year, grammar, encoding, hash));
  }

  /** An open-addressing set of 64-bit hashes of codes. */
  static final class CodeHashes {
    private long[] table;
    private int size;

    CodeHashes(long expected) {
      int capacity = 16;
      while (capacity < expected * 2 && capacity < (1 << 28)) {
        capacity <<= 1;
      }
      table = new long[capacity];
    }

    static long hash(String s) {
      long h = 0xcbf29ce484222325L;
      for (int i = 0; i < s.length(); i++) {
        h ^= s.charAt(i);
        h *= 0x100000001b3L;
      }
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      return h == 0 ? 1 : h;
    }

    /** Returns false when the hash was already present. */
    boolean add(String code) {
      if (size >= table.length - (table.length >> 2)) { // at most three quarters full: 10^7 codes in 128 MB
        grow();
      }
      long h = hash(code);
      if (!insert(table, h)) {
        return false;
      }
      size++;
      return true;
    }

    private static boolean insert(long[] t, long h) {
      int mask = t.length - 1;
      int i = (int) h & mask;
      while (t[i] != 0) {
        if (t[i] == h) {
          return false;
        }
        i = (i + 1) & mask;
      }
      t[i] = h;
      return true;
    }

    private void grow() {
      long[] bigger = new long[table.length * 2];
      for (long h : table) {
        if (h != 0) {
          insert(bigger, h);
        }
      }
      table = bigger;
    }
  }

  /** Returns the bulk result: per-row capaian, goal means, unit figure. */
  public BulkResult result() {
    return result;
  }

  /** The first row of each goal, then the number of rows. */
  private final int[] goalStarts;

  /**
   * Returns the counts of a goal's indicators.
   *
   * @param goal a goal index
   * @return the counts of that goal's indicators (its rows are contiguous)
   */
  public io.github.lakin.scoring.aggregate.MetCounts goalCounts(int goal) {
    java.util.Objects.checkIndex(goal, goals.size());
    return result.indicators().counts(goalStarts[goal], goalStarts[goal + 1]);
  }

  /** Returns the goal codes in file order (index = bulk goal index). */
  public List<String> goals() {
    return goals;
  }

  /** Returns the report policy the rows were scored under. */
  public ReportPolicy policy() {
    return policy;
  }

  /** Returns the unit the file stands for (named after the file). */
  public OrgUnit unit() {
    return unit;
  }

  /** Returns the length of the longest indicator or goal code. */
  public int longestCode() {
    return longestCode;
  }

  /** Returns the length of the longest target text. */
  public int longestTarget() {
    return longestTarget;
  }

  /** Returns the length of the longest realisasi text. */
  public int longestRealisasi() {
    return longestRealisasi;
  }

  /** Returns the report year used. */
  public int year() {
    return year;
  }

  /**
   * The name of an indicator row as the file wrote it, or its code when the name is empty.
   *
   * @param row a row from a cursor
   * @return the name
   */
  public static String name(ReportRow row) {
    return row.name.isEmpty() ? row.indicator.value() : row.name.value();
  }

  /**
   * Checks that a second pass over the file read the text this scan read.
   *
   * @param file the file scanned
   * @param secondPass the cursor of a second pass over the file, at its end
   * @throws InvalidTextException if the second pass read other text than the first: the file
   *     changed while it was read
   */
  public void requireUnchanged(Path file, CsvReportReader.Cursor secondPass) {
    if (secondPass.contentHash() != contentHash) {
      throw new InvalidTextException("", io.github.lakin.core.text.TextLocation.of(file.toString()),
          "a report file", "the file changed while it was read; nothing was written, run the command again");
    }
  }

  /**
   * Opens the file again for the second pass, in the encoding of the first.
   *
   * @param file the file scanned
   * @return a reader; the caller closes it
   * @throws IOException if the file cannot be opened
   */
  public Reader reopen(Path file) throws IOException {
    return Encodings.open(file, encoding);
  }

  /**
   * Nilai baris (row values): what the renderers need of a row beyond its text.
   *
   * @param unit the unit label of the indicator, as the object path has it
   * @param target the target
   * @param realisasi the exact realisasi, when available
   */
  public record Values(String unit, io.github.lakin.core.Target target, Optional<io.github.lakin.core.Rational> realisasi) {}

  /**
   * The values of an indicator row read again (the second pass): the same row checks as the
   * first pass, so a row that changed into a bad one fails here.
   *
   * @param row an indicator row of the same file
   * @return its values
   * @throws InvalidTextException if the row no longer passes the checks
   */
  public Values values(ReportRow row) {
    ReportAssembler.CheckedRow c = ReportAssembler.check(row, year, grammar);
    return new Values(c.indicator().unit().label(), c.indicator().target(), c.realization().value());
  }

  /**
   * The values of the indicator rows of one second pass, as {@link #values} gives them, with the
   * checks remembered by the shape of a row (as the first pass does): a row of a shape seen before
   * costs no full check. The function is not thread-safe: one per pass.
   *
   * @return a function from a row of the same file to its values
   */
  public java.util.function.Function<ReportRow, Values> rowValues() {
    RowShapes shapes = new RowShapes();
    return row -> {
      RowShapes.Values v = shapes.read(row);
      if (v != null) {
        return new Values(v.unitLabel, ExactTarget.of(v.target), Optional.ofNullable(v.realisasi).map(io.github.lakin.core.Rational::of));
      }
      ReportAssembler.CheckedRow c = ReportAssembler.check(row, year, grammar);
      shapes.learn(row, c);
      return new Values(c.indicator().unit().label(), c.indicator().target(), c.realization().value());
    };
  }

}
