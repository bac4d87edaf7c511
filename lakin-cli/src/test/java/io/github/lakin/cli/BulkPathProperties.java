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
