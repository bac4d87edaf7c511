/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing with bytes, not strings (issue 14): files in any encoding, with or without
 * a byte order mark, with LF, CRLF or CR-only line ends, read from disk as the command reads them
 * and then scored, so that errors raised while scoring are reached too.
 *
 * <p>What must hold for any bytes: reading throws only {@link InvalidTextException} whose message
 * starts with the file's name; scoring a file that was read throws nothing but
 * {@link InvalidValueException} (a policy the data cannot take, e.g. weights that are all 0 under
 * a weighted shape), never another exception; a result has as many indicator results as the file
 * has indicators.
 */
class ReportBytesFuzzTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";

  static Stream<byte[]> csvBytes() {
    Charset w1252 = Charset.forName("windows-1252");
    return Stream.of(("# year: 2023\n" + HEADER + "SK1,1.1,Nilai,nilai,higher,\"69,31\",\"69,62\",,\"100,45\"\n").getBytes(StandardCharsets.UTF_8),
        ("\uFEFF# year: 2023\r\n" + HEADER.replace("\n", "\r\n") + "SK1,1.1,A,%,,80,90,,\r\n").getBytes(StandardCharsets.UTF_8),
        ("# year: 2023\r" + HEADER.replace("\n", "\r") + "SK1,1.1,\"two\rlines\",%,,80,90,,\r").getBytes(StandardCharsets.UTF_8),
        ("# year: 2023\n" + HEADER + "SK1,1.1,Cakupan \u00e9,%,,80,90,,\n").getBytes(w1252),
        ("# year: 2023\n# number-style: indonesian\n" + HEADER + "SK1,1.1,Desa,Ha,,1.250,1410,,\n").getBytes(StandardCharsets.UTF_8),
        ("# year: 2023\n# cap: 90\n# rounding: down\n" + HEADER + "SK1,1.1,A,%,lower,20,15,,\nSK1,1.2,B,%,,0,0,,\n")
            .getBytes(StandardCharsets.UTF_8),
        ("# year: 2023\n# aggregate: weighted\n" + HEADER + "SK1,1.1,A,%,,80,90,0,\n").getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, 0x0A});
  }

  static Stream<byte[]> jsonBytes() {
    return Stream.of(("\uFEFF{\"schema\":\"lakin-report/2\",\"year\":2023,\"numberStyle\":\"indonesian\",\"goals\":[{\"code\":\"SK1\","
        + "\"indicators\":[{\"code\":\"1.1\",\"unit\":\"%\",\"target\":\"80\",\"realisasi\":\"90,5\"}]}]}").getBytes(StandardCharsets.UTF_8),
        "{\"schema\":\"lakin-report/1\",\"year\":2023,\"goals\":[]} {}".getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("csvBytes")
  @FuzzTest(maxDuration = "2m")
  void csvFiles(@NotNull @WithLength(max = 3000) byte[] bytes) throws Exception {
    readAndScore(bytes, "fuzz.csv");
  }

  @MethodSource("jsonBytes")
  @FuzzTest(maxDuration = "2m")
  void jsonFiles(@NotNull @WithLength(max = 3000) byte[] bytes) throws Exception {
    readAndScore(bytes, "fuzz.json");
  }

  private static void readAndScore(byte[] bytes, String name) throws Exception {
    Path dir = Files.createTempDirectory("lakin-fuzz");
    Path f = dir.resolve(name);
    try {
      Files.write(f, bytes);
      ReportFile report;
      try {
        report = ReportFiles.read(f, ReadOptions.none().withYear(2023));
      } catch (InvalidTextException e) {
        assertThat(e.getMessage()).startsWith(f.toString());
        return;
      }
      ReportResult r;
      try {
        r = ReportScorer.of(report.settings().policy(report.agreement())).score(report.agreement(), report.realizations());
      } catch (InvalidValueException e) {
        assertThat(e).isNotInstanceOf(InvalidTextException.class);
        assertThat(e.getMessage()).isNotBlank();
        return;
      }
      assertThat(r.goals().stream().mapToInt(g -> g.indicators().size()).sum()).isEqualTo(report.agreement().indicators().size());
    } finally {
      Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    }
  }
}
