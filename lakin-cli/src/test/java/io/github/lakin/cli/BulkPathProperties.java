/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path of {@code lakin score} prints exactly what the object path prints, on random
 * report files (exact ties such as 40,594 / 40 and zero targets included), in every format.
 */
class BulkPathProperties {
  @TempDir
  Path dir;

  static String decimal(SplittableRandom r) {
    int scale = r.nextInt(3);
    long unscaled = r.nextInt(20) == 0 ? 0 : r.nextLong(1, 20_000);
    String s = java.math.BigDecimal.valueOf(unscaled, scale).toPlainString();
    return r.nextBoolean() ? "\"" + s.replace('.', ',') + "\"" : s;
  }

  static String file(long seed, int rows) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder("# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi,weight,printed\n");
    int goal = 1;
    for (int i = 0; i < rows; i++) {
      if (i > 0 && r.nextInt(4) == 0) {
        goal++;
      }
      String polarity = new String[] {"higher", "lower", "", "tinggi"}[r.nextInt(4)];
      String target = decimal(r);
      String realisasi = r.nextInt(15) == 0 ? "N/A" : r.nextInt(10) == 0 ? target : decimal(r);
      b.append("SK").append(goal).append(',').append(i + 1).append(",\"Indikator ").append(i + 1).append(", uji\",%,")
          .append(polarity).append(',').append(target).append(',').append(realisasi).append(",,\n");
    }
    return b.toString();
  }

  @Test
  void bulkEqualsObjectPath() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 60), integers().between(0, 3))
        .checkAssert((seed, rows, variant) -> {
          try {
            Path f = dir.resolve("r" + Long.toHexString(seed) + "-" + rows + ".csv");
            Files.writeString(f, file(seed, rows));
            String[] extra = new String[][] {{}, {"--cap", "120"}, {"--aggregate", "goals"}, {"--scale", "3", "--lang", "en"}}[variant];
            for (String format : new String[] {"json", "table", "csv", "markdown"}) {
              String[] object = args(f, format, "object", extra);
              String[] bulk = args(f, format, "bulk", extra);
              Run o = Run.of(object);
              Run k = Run.of(bulk);
              assertThat(o.code).as(o.toString()).isZero();
              assertThat(k.code).as(k.toString()).isZero();
              assertThat(k.out).isEqualTo(o.out);
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /** A number as report files write it, in one of many shapes: grouped, trailing zeros, leading zeros, a percent sign. */
  static String shaped(SplittableRandom r) {
    long whole = r.nextInt(10) == 0 ? 0 : r.nextLong(1, 3_000_000);
    String w = Long.toString(whole);
    String frac = new String[] {"", "5", "50", "25", "125", "07", "0"}[r.nextInt(7)];
    switch (r.nextInt(9)) {
      case 0:
        return frac.isEmpty() ? w : "\"" + w + "," + frac + "\"";
      case 1: // grouped with dots, a decimal comma
        return "\"" + grouped(w, '.') + (frac.isEmpty() ? "" : "," + frac) + "\"";
      case 2: // grouped with commas, a decimal point
        return "\"" + grouped(w, ',') + (frac.isEmpty() ? "" : "." + frac) + "\"";
      case 3:
        return w + (frac.isEmpty() ? "" : "." + frac) + "%";
      case 4: // a leading zero
        return "0" + w;
      case 5:
        return "\"" + w + (frac.isEmpty() ? "" : "," + frac) + " %\"";
      default:
        return Long.toString(whole % 1000) + (frac.isEmpty() ? "" : "." + frac);
    }
  }

  private static String grouped(String digits, char mark) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append(mark);
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }

  static String shapedFile(long seed, int rows) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder("# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi,weight,printed\n");
    int goal = 1;
    for (int i = 0; i < rows; i++) {
      if (i > 0 && r.nextInt(4) == 0) {
        goal++;
      }
      String unit = new String[] {"%", "indeks", "dokumen", "", "rupiah"}[r.nextInt(5)];
      String polarity = new String[] {"higher", "lower", ""}[r.nextInt(3)];
      String target = shaped(r);
      String realisasi = r.nextInt(12) == 0 ? "-" : shaped(r);
      String printed = r.nextInt(3) == 0 ? "" : r.nextInt(40) == 0 ? "abc" : shaped(r);
      b.append("SK").append(goal).append(',').append(i + 1).append(",Indikator ").append(i + 1).append(',').append(unit).append(',')
          .append(polarity).append(',').append(target).append(',').append(realisasi).append(",,").append(printed).append('\n');
    }
    return b.toString();
  }

  /**
   * Rows of a few shapes repeated (the bulk scan checks a shape once and reads later rows of it by
   * their digits): the bulk path prints what the object path prints, and a file with a bad cell
   * fails on both with the same message. A file the bulk path refuses is skipped.
   */
  @Test
  void shapesOfNumbersReadAsTheObjectPathReadsThem() {
    java.util.concurrent.atomic.AtomicInteger compared = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 80)).checkAssert((seed, rows) -> {
      try {
        Path f = dir.resolve("s" + Long.toHexString(seed) + "-" + rows + ".csv");
        Files.writeString(f, shapedFile(seed, rows));
        for (String format : new String[] {"table", "json"}) {
          Run o = Run.of(args(f, format, "object", new String[0]));
          Run k = Run.of(args(f, format, "bulk", new String[0]));
          if (k.err.contains("--engine bulk does not apply")) {
            continue;
          }
          assertThat(k.code).as(k + "\n" + o).isEqualTo(o.code);
          assertThat(k.out).isEqualTo(o.out);
          assertThat(k.err).isEqualTo(o.err);
          compared.incrementAndGet();
          failed.addAndGet(o.code == 0 ? 0 : 1);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    // the property compared both outcomes: files the bulk path scored and files with a bad cell
    assertThat(compared.get() - failed.get()).isPositive();
    assertThat(failed.get()).isPositive();
  }

  private static String[] args(Path f, String format, String engine, String[] extra) {
    String[] base = {"score", f.toString(), "--format", format, "--engine", engine};
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void theBulkPathRefusesWhatItCannotScore() throws Exception {
    Path f = dir.resolve("provisional-2023.csv");
    Files.writeString(f, "# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi\nG,1,a,%,,80,\"82,96*\"\n");
    Run r = Run.of("score", f.toString(), "--engine", "bulk");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("--engine bulk does not apply");
    assertThat(Run.of("score", f.toString(), "--engine", "auto").code).isZero();
  }
}
