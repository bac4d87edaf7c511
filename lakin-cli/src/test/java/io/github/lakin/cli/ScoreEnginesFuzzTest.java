/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@code lakin score} on CSV files with Jazzer: the bulk engine and the
 * object engine agree on every file.
 *
 * <p>What must hold for any file: the object engine succeeds (exit 0) or ends with exit 2 and one
 * error line that names the file (no exception class name, which would mean an unexpected
 * exception); the bulk engine either refuses the file as not eligible (exit 2, "does not apply";
 * {@code --engine auto} then takes the object path) or ends with the same exit code, the same
 * standard output and the same error as the object engine.
 */
class ScoreEnginesFuzzTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("lakin-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> seeds() {
    return Stream.of(HEADER + "SK1,1.1,Nilai SAKIP,nilai,higher,\"69,31\",\"69,62\",,\n"
            + "SK1,1.2,Persentase,%,lower,20,\"12,5\",,\nSK2,2.1,Dokumen,dokumen,,10,N/A,,\n",
        HEADER + "SK1,1,a,%,,\"40,594\",40,,\nSK1,2,b,%,,40,\"40,594\",,\n",
        HEADER + "SK1,1,a,%,,0,0,,\nSK1,2,b,%,,0,5,,\n",
        HEADER + "SK1,1,a,%,,80,90,,\nSK2,1,b,%,,80,90,,\n",
        HEADER + "SK1,1,a,%,,80,\"82,96*\",,\n",
        HEADER + "SK1,1,a,%,,< 20%,10,,\n",
        HEADER + "SK1,1,a,%,,99999999999999999999,1,,\n");
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void bulkEqualsObject(@NotNull @WithUtf8Length(max = 3000) String text) throws IOException {
    Path f = DIR.resolve("fuzz-2023.csv");
    Files.writeString(f, text);
    Run object = Run.of("score", f.toString(), "--format", "json", "--engine", "object", "--year", "2023");
    Run bulk = Run.of("score", f.toString(), "--format", "json", "--engine", "bulk", "--year", "2023");
    assertThat(object.code).as("%s", object).isIn(0, 2);
    if (object.code == 2) {
      assertThat(object.out).isEmpty();
      assertThat(object.err).startsWith("lakin: " + f + ":").doesNotContain("Exception");
    }
    if (bulk.code == 2 && bulk.err.startsWith("lakin: --engine bulk does not apply to " + f + ":")) {
      assertThat(bulk.out).isEmpty();
      return;
    }
    assertThat(bulk.code).as("bulk %s%nobject %s", bulk, object).isEqualTo(object.code);
    assertThat(bulk.out).isEqualTo(object.out);
    assertThat(bulk.err).isEqualTo(object.err);
  }

  /** Two seeds for the large-file target: each becomes a 4 MB file scored twice. */
  static Stream<String> largeSeeds() {
    return Stream.of(HEADER + "SK1,1.1,Nilai SAKIP,nilai,higher,\"69,31\",\"69,62\",,\n"
        + "SK1,1.2,Persentase,%,lower,20,\"12,5\",,\nSK2,2.1,Dokumen,dokumen,,10,N/A,,\n",
        HEADER + "SK1,1,a,%,,\"40,594\",40,,\nSK1,2,b,%,,0,0,,\n,,,,,,,,\"100,5\"\n");
  }

  /**
   * The same law on files past the read-ahead batch (512 rows) and past the 4 MB bulk threshold,
   * where {@code --engine auto} takes the bulk path by itself: the fuzzed rows are repeated under
   * fresh indicator codes until the file is large, then auto and object must print the same.
   */
  @MethodSource("largeSeeds")
  @FuzzTest(maxDuration = "2m")
  void largeFilesAgree(@NotNull @WithUtf8Length(max = 400) String text) throws IOException {
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || !lines[0].equals(HEADER.strip())) {
      return; // only files with the header; other texts are the small target's
    }
    StringBuilder b = new StringBuilder(5 << 20).append(HEADER);
    int copy = 0;
    while (b.length() < (4 << 20) + 4096 && copy < 200_000) {
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split(",", -1);
        if (cells.length >= 2 && !cells[1].isEmpty()) {
          cells[1] = cells[1] + "-" + copy; // a fresh code per copy, so the codes stay unique
        }
        if (!lines[i].isEmpty()) {
          b.append(String.join(",", cells)).append('\n');
        }
      }
      copy++;
    }
    Path f = DIR.resolve("large-2023.csv");
    Files.writeString(f, b);
    Run object = Run.of("score", f.toString(), "--format", "csv", "--engine", "object", "--year", "2023");
    Run auto = Run.of("score", f.toString(), "--format", "csv", "--engine", "auto", "--year", "2023");
    assertThat(auto.code).as("auto %s", auto.err).isEqualTo(object.code);
    assertThat(auto.out).isEqualTo(object.out);
    assertThat(auto.err).isEqualTo(object.err);
  }
}
