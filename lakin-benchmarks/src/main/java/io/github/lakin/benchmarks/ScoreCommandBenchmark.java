/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.cli.LakinCommand;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code lakin score FILE} (table format, default policy) on a generated CSV of {@code size}
 * indicator rows ({@link CsvGenerator}), in a JVM limited to 512 MB, beside two baselines that read
 * the same file: a naive {@code BigDecimal} program (a quote-aware split per line,
 * {@code divide(MathContext.DECIMAL128)} per row, streams for the flat mean) and a {@code double}
 * program (the same with {@code Double.parseDouble}). All three write one line per row to a
 * discarding writer. One operation is one whole run over the file.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ScoreCommandBenchmark {

  /** A generated report file. */
  @State(Scope.Benchmark)
  public static class File {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    Path path;

    /** Writes the file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      path = Files.createTempFile("lakin-score-" + size + "-", ".csv");
      try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        CsvGenerator.write(Dataset.generate(size), w);
      }
    }

    /** Removes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(path);
    }
  }

  private static final class Discard extends Writer {
    long chars;

    @Override
    public void write(char[] b, int off, int len) {
      chars += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * Returns characters written.
   *
   * @param f the file
   * @return characters written
   */
  @Benchmark
  public long lakinScore(File f) {
    Discard out = new Discard();
    int code = LakinCommand.run(new String[] {"score", f.path.toString()}, new PrintWriter(out), new PrintWriter(new Discard()));
    if (code != 0) {
      throw new IllegalStateException("lakin score exit " + code);
    }
    return out.chars;
  }

  /** Splits one CSV line, RFC 4180 quotes (no line breaks inside fields in the generated file). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>(9);
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            b.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }

  static String plain(String indonesian) {
    return indonesian.replace(".", "").replace(',', '.');
  }

  /**
   * Returns characters written.
   *
   * @param f the file
   * @return characters written
   * @throws IOException if reading fails
   */
  @Benchmark
  public long naiveBigDecimal(File f) throws IOException {
    Discard out = new Discard();
    List<BigDecimal> all = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(f.path, StandardCharsets.UTF_8)) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        List<String> c = split(line);
        BigDecimal t = new BigDecimal(plain(c.get(5)));
        if (c.get(6).equals("-") || t.signum() == 0) {
          out.write(c.get(1) + " -\n");
          continue;
        }
        BigDecimal r = new BigDecimal(plain(c.get(6)));
        BigDecimal q = r.divide(t, MathContext.DECIMAL128);
        BigDecimal v = c.get(4).equals("lower") ? Baselines.TWO.subtract(q) : q;
        v = v.multiply(Baselines.HUNDRED).max(BigDecimal.ZERO);
        all.add(v);
        out.write(c.get(1) + " " + c.get(2) + " " + v.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%\n");
      }
    }
    BigDecimal mean = all.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(all.size()), MathContext.DECIMAL128);
    out.write(mean.setScale(2, RoundingMode.HALF_UP).toPlainString() + "\n");
    return out.chars;
  }

  /**
   * Returns characters written.
   *
   * @param f the file
   * @return characters written
   * @throws IOException if reading fails
   */
  @Benchmark
  public long doubleLoop(File f) throws IOException {
    Discard out = new Discard();
    double sum = 0;
    long n = 0;
    try (BufferedReader in = Files.newBufferedReader(f.path, StandardCharsets.UTF_8)) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        List<String> c = split(line);
        double t = Double.parseDouble(plain(c.get(5)));
        if (c.get(6).equals("-") || t == 0) {
          out.write(c.get(1) + " -\n");
          continue;
        }
        double q = Double.parseDouble(plain(c.get(6))) / t;
        double v = Math.max(0, (c.get(4).equals("lower") ? 2 - q : q) * 100);
        sum += v;
        n++;
        out.write(c.get(1) + " " + c.get(2) + " " + Math.round(v * 100) / 100.0 + "%\n");
      }
    }
    out.write(Math.round(sum / n * 100) / 100.0 + "\n");
    return out.chars;
  }
}
