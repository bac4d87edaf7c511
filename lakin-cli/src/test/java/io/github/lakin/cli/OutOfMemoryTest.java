/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 10: an input too large for the heap ends in exit code 4 and one line on standard
 * error that names the problem and asks for a larger heap: no stack trace, nothing on standard
 * output. The command runs as {@code java -Xmx24m io.github.lakin.cli.Main} in a child JVM (the
 * test's own classpath), once on a small file (which the same heap reads, so the heap is not simply
 * too small to start) and once on a file that cannot fit, on the object engine, the bulk path and
 * JSON.
 */
class OutOfMemoryTest {
  /** The heap of the child JVM: large enough to start and read a small report, small enough to fill in seconds. */
  static final String HEAP = "-Xmx24m";
  static final String HEADER = "# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";

  @TempDir
  static Path dir;

  static Path smallCsv;
  static Path largeCsv;
  static Path hugeCellCsv;
  static Path smallJson;
  static Path largeJson;
  static Path midJson;

  @BeforeAll
  static void files() throws IOException {
    smallCsv = csv("small.csv", 20, 1);
    // 3,000 rows with names of 11,600 characters, 35 MB: the names alone fill 24 MB of heap, in few
    // objects, so the heap runs out in seconds rather than after minutes of collecting garbage
    largeCsv = csv("large.csv", 3_000, 400);
    // one name of 29,000,000 characters: no path holds that cell in 24 MB
    hugeCellCsv = csv("huge-cell.csv", 1, 1_000_000);
    smallJson = json("small.json", 20, 1);
    // 3,000 indicators with names of 11,600 characters, 35 MB: the text alone does not fit in 24 MB
    largeJson = json("large.json", 3_000, 400);
    // 10,000 indicators, 1.1 MB
    midJson = json("mid.json", 10_000, 1);
  }

  private static Path csv(String name, int rows, int nameRepeats) throws IOException {
    Path f = dir.resolve(name);
    String words = "Persentase indikator kinerja ".repeat(nameRepeats);
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int i = 0; i < rows; i++) {
        w.write("SK" + (i / 10 + 1) + "," + (i + 1) + "," + words + (i + 1) + ",%,higher,80," + (60 + i % 40) + ",,\n");
      }
    }
    return f;
  }

  private static Path json(String name, int indicators, int nameRepeats) throws IOException {
    Path f = dir.resolve(name);
    String words = "Persentase indikator kinerja ".repeat(nameRepeats);
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("{\"schema\":\"lakin-report/2\",\"year\":2023,\"goals\":[");
      for (int g = 0; g * 10 < indicators; g++) {
        w.write((g == 0 ? "" : ",") + "{\"code\":\"SK" + (g + 1) + "\",\"indicators\":[");
        for (int i = g * 10; i < Math.min(indicators, g * 10 + 10); i++) {
          w.write((i == g * 10 ? "" : ",") + "{\"code\":\"" + (i + 1) + "\",\"name\":\"" + words + "nomor "
              + (i + 1) + "\",\"unit\":\"%\",\"target\":\"80\",\"realisasi\":\"" + (60 + i % 40) + "\"}");
        }
        w.write("]}");
      }
      w.write("]}");
    }
    return f;
  }

  /** What a child JVM printed and returned. */
  record Child(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out (" + out.length() + " chars)\n" + out.substring(0, Math.min(out.length(), 500))
          + "\n--- err\n" + err;
    }
  }

  private static Child lakin(String... args) throws Exception {
    return lakinWithHeap(HEAP, args);
  }

  private static Child lakinWithHeap(String heap, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // surefire may put the modules on the module path: the child takes both as its classpath
    String cp = System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("jdk.module.path", "");
    List<String> cmd = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", cp,
        "io.github.lakin.cli.Main"));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("lakin " + String.join(" ", args) + " ran longer than 120 s");
    }
    return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The same heap is enough for the small file: the failure below is the file's size, not the heap's. */
  private static void scoresTheSmallFile(Child small) {
    assertThat(small.code()).as(small.toString()).isZero();
    assertThat(small.out()).contains("SK2");
  }

  private static void outOfMemory(Child c) {
    assertThat(c.code()).as(c.toString()).isEqualTo(LakinCommand.OUT_OF_MEMORY);
    assertThat(c.out()).as(c.toString()).isEmpty();
    assertThat(c.err().lines().count()).as(c.toString()).isEqualTo(1);
    assertThat(c.err()).as(c.toString()).contains("out of memory", "larger Java heap", "-Xmx")
        .doesNotContain("Exception", "Error", "\tat ");
  }

  @Test
  void theObjectEngine() throws Exception {
    scoresTheSmallFile(lakin("score", smallCsv.toString(), "--engine", "object"));
    outOfMemory(lakin("score", largeCsv.toString(), "--engine", "object"));
  }

  @Test
  void theBulkPath() throws Exception {
    scoresTheSmallFile(lakin("score", smallCsv.toString(), "--engine", "bulk"));
    // the bulk path keeps no row: the 35 MB file that the object path cannot hold streams through 24 MB
    Child large = lakin("score", largeCsv.toString(), "--engine", "bulk");
    assertThat(large.code()).as(large.toString()).isZero();
    assertThat(large.out()).as(large.toString()).contains("SK300", "1500 dari 3000 indikator mencapai"); // realisasi 60..99 against 80: 20 of every 40 met
    // one cell larger than the heap still ends in the clean error
    outOfMemory(lakin("score", hugeCellCsv.toString(), "--engine", "bulk"));
    // a file over 64 KB takes the bulk path without the option
    outOfMemory(lakin("score", hugeCellCsv.toString()));
  }

  @Test
  void json() throws Exception {
    scoresTheSmallFile(lakin("score", smallJson.toString()));
    outOfMemory(lakin("score", largeJson.toString()));
  }

  /**
   * Issue 14 item 16 and issue 15 item 4: reading JSON took about 100 times the file in heap, then
   * 30 times (a 1.1 MB report needed 48 MB); read one indicator at a time it needs about what the
   * same report as CSV needs, and the 1.1 MB report of 10,000 indicators scores in the 24 MB heap.
   */
  @Test
  void aJsonFileIsReadOneIndicatorAtATime() throws Exception {
    Child fits = lakin("score", midJson.toString(), "--format", "csv");
    assertThat(fits.code()).as(fits.toString()).isZero();
    // 1 header line, 10,000 indicators, 1,000 goals and the unit
    assertThat(fits.out().lines().count()).as(fits.toString()).isEqualTo(1 + 10_000 + 1_000 + 1);
  }
}
