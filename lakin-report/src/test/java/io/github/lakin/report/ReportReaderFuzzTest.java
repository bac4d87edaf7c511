/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import io.github.lakin.core.text.InvalidTextException;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the report readers ({@link CsvReportReader}, {@link JsonReportReader})
 * with Jazzer.
 *
 * <p>What must hold for any text: the only exception is the documented {@link
 * InvalidTextException}, whose location names the file and whose message starts with it (and, for
 * CSV, a line within the text and a column of at least 1); a file that is read has at least one
 * indicator, each indicator code once, and every printed figure belongs to an indicator or goal of
 * the file.
 */
class ReportReaderFuzzTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";

  /** Rows of the 2023 example and near misses: every column form of DOMAIN.md section 10. */
  static Stream<String> csvSeeds() {
    return Stream.of(HEADER + "SK1,1.1,Nilai SAKIP,nilai,higher,\"69,31\",\"69,62\",,\"100,45\"\n",
        HEADER + "SK1,1.2,Persentase,%,lower,< 20%,\"12,5\",2,\n",
        HEADER + "SK2,2.1,Waktu layanan,hari kerja,,≤ 10 hari kerja,8,,\n",
        HEADER + "SK2,2.2,Dokumen,dokumen,tinggi,10,N/A,,\n",
        HEADER + "SK3,3.1,Survei,%,,80,\"82,96*\",,\n",
        HEADER + "SK3,3.2,Rasio,%,,80–90,23/24,,\n",
        HEADER + ",,Capaian unit,,,,,,\"106,51\"\n",
        "goal;indicator;name;unit;polarity;target;realisasi\nSK1;1.1;A;%;;80;\"82,5\"\n",
        "\uFEFF" + HEADER + "SK1,1.1,\"A, \"\"kutip\"\"\",%,,80,90,,\r\n",
        HEADER + "SK1,1.1,A,%,naik,80,90\nSK1,1.1,B,%,,80,90\n",
        HEADER + "SK1,1.1,A,%,,0,0,,\n",
        HEADER + "SK1,1.1,A,%,,80,\"90\n");
  }

  /** The JSON example's shapes and near misses. */
  static Stream<String> jsonSeeds() {
    return Stream.of("{\"schema\":\"lakin-report/1\",\"year\":2023,\"goals\":[{\"code\":\"SK1\",\"indicators\":"
            + "[{\"code\":\"1.1\",\"name\":\"Nilai SAKIP\",\"unit\":\"nilai\",\"target\":\"69,31\",\"realisasi\":\"69,62\"}]}]}",
        "{\"schema\":\"lakin-report/1\",\"year\":2023,\"unit\":{\"code\":\"BP\",\"name\":\"Biro\"},"
            + "\"policy\":{\"cap\":\"120\",\"aggregate\":\"goals\",\"scale\":2},"
            + "\"goals\":[{\"code\":\"SK1\",\"weight\":\"2\",\"indicators\":[{\"code\":\"1.1\",\"polarity\":\"lower\","
            + "\"target\":\"< 20%\",\"realisasi\":\"12,5\",\"printed\":\"137,5\"}]}],"
            + "\"budget\":{\"pagu\":\"1.000.000\",\"realisasi\":\"900.000\"},\"printed\":{\"overall\":\"106,51\"},"
            + "\"printedElsewhere\":{\"realisasi\":{\"1.1\":\"13\"}}}",
        "{\"schema\":\"lakin-report/2\"}", "[]", "{\"schema\":\"lakin-report/1\",\"year\":2023,\"goals\":[]}", "{");
  }

  @MethodSource("csvSeeds")
  @FuzzTest(maxDuration = "2m")
  void csv(@NotNull @WithUtf8Length(max = 2000) String text) {
    ReportFile f;
    try {
      f = CsvReportReader.read("fuzz.csv", text, 2023);
    } catch (InvalidTextException e) {
      assertThat(e.location().source()).isEqualTo("fuzz.csv");
      assertThat(e.getMessage()).startsWith("fuzz.csv");
      // LF, CRLF and CR each end a line
      long lines = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
      e.location().line().ifPresent(l -> assertThat((long) l).isBetween(1L, lines + 1));
      e.location().column().ifPresent(c -> assertThat(c).isPositive());
      return;
    }
    checkRead(f);
  }

  @MethodSource("jsonSeeds")
  @FuzzTest(maxDuration = "2m")
  void json(@NotNull @WithUtf8Length(max = 2000) String text) {
    ReportFile f;
    try {
      f = JsonReportReader.read("fuzz.json", text);
    } catch (InvalidTextException e) {
      assertThat(e.location().source()).startsWith("fuzz.json");
      assertThat(e.getMessage()).startsWith("fuzz.json");
      return;
    }
    checkRead(f);
  }

  private static void checkRead(ReportFile f) {
    assertThat(f.agreement().indicators()).isNotEmpty();
    assertThat(f.agreement().indicators().stream().map(i -> i.code()).distinct().count())
        .isEqualTo(f.agreement().indicators().size());
  }
}
