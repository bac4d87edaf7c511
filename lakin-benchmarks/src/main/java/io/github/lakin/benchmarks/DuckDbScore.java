/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Pembanding DuckDB (DuckDB peer): the work of {@code lakin score FILE} done with DuckDB's plain
 * SQL through its JDBC driver, as a data-minded user would write it: read a {@link CsvGenerator}
 * file, compute every row's capaian (higher: r/t × 100, lower: (2 − r/t) × 100, floor 0), the goal
 * means, the flat unit mean and the counts, and write every row and goal to standard output.
 *
 * <p>Not exact: {@code DECIMAL / DECIMAL} and {@code avg} go through {@code DOUBLE}, so a capaian at
 * an exact tie (2.901/4 = 72.525) may round the wrong way. The driver is on the class path only
 * when the benchmarks are built with {@code -Pduckdb}; this class needs nothing but {@code java.sql}
 * to compile. A process-level peer for {@code scripts/whole_process.py}, not a JMH benchmark.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.lakin.benchmarks.DuckDbScore FILE}. Not
 * thread-safe; a command-line program.
 */
public final class DuckDbScore {
  private DuckDbScore() {}

  /** An Indonesian number text ({@code 1.234,5}) as a DECIMAL expression. */
  private static String number(String column) {
    return "CAST(replace(replace(" + column + ", '.', ''), ',', '.') AS DECIMAL(18,4))";
  }

  /**
   * Scores a CSV file with DuckDB.
   *
   * @param args the CSV file, and optionally where the rows go (default standard output; the goals
   *     then go to the same name with {@code .goals} added)
   * @throws SQLException if DuckDB fails (or its driver is missing: build with {@code -Pduckdb})
   */
  public static void main(String[] args) throws SQLException {
    String file = args[0].replace("'", "''");
    // COPY opens its target anew (truncating a regular file): give a file to keep both tables whole
    String to = (args.length > 1 ? args[1] : "/dev/stdout").replace("'", "''");
    PrintStream out = System.out;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE c AS SELECT n, goal, indicator, name, target, realisasi, r IS NULL AS missing,"
          // greatest() skips NULL: a missing realisasi would count as 0 without the outer CASE
          + " CASE WHEN r IS NULL THEN NULL ELSE greatest(0, CASE WHEN polarity = 'higher' THEN r / t * 100 ELSE (2 - r / t) * 100 END)"
          + " END AS capaian"
          + " FROM (SELECT row_number() OVER () AS n, goal, indicator, name, polarity, target, realisasi, " + number("target") + " AS t,"
          + " CASE WHEN realisasi = '-' THEN NULL ELSE " + number("realisasi") + " END AS r"
          + " FROM read_csv('" + file + "', header = true, all_varchar = true, quote = '\"'))");
      s.execute("COPY (SELECT indicator, name, target, realisasi, round(capaian, 2) AS capaian FROM c ORDER BY n)"
          + " TO '" + to + "' (FORMAT csv, HEADER false)");
      s.execute("COPY (SELECT goal, round(avg(capaian), 2) FROM c GROUP BY goal ORDER BY min(n))"
          + " TO '" + (args.length > 1 ? to + ".goals" : to) + "' (FORMAT csv, HEADER false)");
      try (ResultSet r = s.executeQuery("SELECT round(avg(capaian), 2), count(*), count(*) FILTER (WHERE capaian >= 100),"
          + " count(*) FILTER (WHERE missing) FROM c")) {
        r.next();
        out.println("unit " + r.getBigDecimal(1) + ", " + r.getLong(3) + " of " + r.getLong(2) + " met (" + r.getLong(4)
            + " without)");
      }
    }
    out.flush();
  }
}
