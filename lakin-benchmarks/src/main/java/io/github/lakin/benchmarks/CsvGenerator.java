/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.bulk.BulkScorer;
import io.github.lakin.scoring.bulk.BulkScores;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pembuat berkas uji (CSV generator): writes the benchmark data set as a report file for
 * {@code lakin score}, in Indonesian number format.
 *
 * <pre>
 * goal,indicator,name,unit,polarity,target,realisasi,weight,printed
 * SK1,1.1,Persentase dokumen perencanaan yang tepat waktu,%,higher,"69,31","71,5",,"103,16"
 * </pre>
 *
 * <p>Decimal commas ({@code 69,31}), so such fields are quoted; a name with a comma or a quote is
 * quoted with the quote doubled. A missing realisasi is {@code -} with an empty printed capaian.
 * {@code printed} is the exact capaian rounded half-up at 2 decimals (default policy: no cap,
 * floor 0), from {@link BulkScorer}. Weights are left empty.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.lakin.benchmarks.CsvGenerator [rows] [file]},
 * by default 1,000,000 rows to {@code indicators-1000000.csv}.
 */
public final class CsvGenerator {
  private CsvGenerator() {}

  /**
   * Writes a generated CSV report of the given size.
   *
   * @param args the number of rows (default 1,000,000) and the output file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    Path file = Path.of(args.length > 1 ? args[1] : "indicators-" + rows + ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(Dataset.generate(rows), w);
    }
  }

  /**
   * Writes the data set as CSV.
   *
   * @param d the data set
   * @param w where to write
   * @throws IOException if writing fails
   */
  static void write(Dataset d, Writer w) throws IOException {
    BulkScores printed = BulkScorer.of(ScoringPolicy.defaults()).scoreIndicators(d.bulkInput());
    w.write("goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n");
    int index = 0;
    for (int i = 0; i < d.size; i++) {
      index = i > 0 && d.goal[i] == d.goal[i - 1] ? index + 1 : 1;
      String goal = "SK" + (d.goal[i] + 1);
      StringBuilder sb = new StringBuilder(128);
      sb.append(goal).append(',')
          .append(d.goal[i] + 1).append('.').append(index).append(',')
          .append(field(d.kind[i].name + (i % 7 == 0 ? ", tahap " + (i % 3 + 1) : ""))).append(',')
          .append(field(d.kind[i].unit)).append(',')
          .append(d.lowerIsBetter[i] ? "lower" : "higher").append(',')
          .append(field(indonesian(d.target(i)))).append(',')
          .append(d.available[i] ? field(indonesian(d.realisasi(i))) : "-").append(',')
          .append(',')
          .append(printed.rounded(i).map(v -> field(indonesian(v))).orElse(""))
          .append('\n');
      w.write(sb.toString());
    }
  }

  /** {@code 1234.5} → {@code 1.234,5}: dots group thousands, a comma marks decimals. */
  static String indonesian(BigDecimal v) {
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append('.');
      }
      sb.append(whole.charAt(i));
    }
    if (dot >= 0) {
      sb.append(',').append(plain, dot + 1, plain.length());
    }
    return (v.signum() < 0 ? "-" : "") + sb;
  }

  /** Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180). */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
