/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The row cursor reads the same rows, in the same order, with the same errors, when it reads ahead. */
class CursorTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";

  private static String rows(int n, int badLine) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 1; i <= n; i++) {
      int line = i + 1;
      if (line == badLine) {
        b.append("SK,").append(i).append(",three fields\n");
        continue;
      }
      b.append("SK").append(i / 100).append(',').append(i).append(",\"Indikator ").append(i).append("\",%,,80,")
          .append("90,,\n");
    }
    return b.toString();
  }

  private static List<String> read(CsvReportReader.Cursor c) {
    List<String> out = new ArrayList<>();
    ReportRow r;
    while ((r = c.next()) != null) {
      out.add(r.indicator().value() + "@" + r.indicator().location());
    }
    return out;
  }

  @Test
  void readingAheadGivesTheSameRowsAcrossManyBatches() throws Exception {
    String text = rows(2000, -1);
    List<String> plain = read(CsvReportReader.cursor("a.csv", new StringReader(text)));
    List<String> ahead;
    try (CsvReportReader.Cursor c = CsvReportReader.cursor("a.csv", new StringReader(text)).inBackground()) {
      ahead = read(c);
      assertThat(c.next()).isNull(); // and stays at the end
    }
    assertThat(plain).hasSize(2000).startsWith("1@a.csv:2:5").endsWith("2000@a.csv:2001:6");
    assertThat(ahead).isEqualTo(plain);
  }

  @Test
  void anErrorArrivesAfterTheRowsBeforeIt() throws Exception {
    // line 1200 has three fields: rows 1..1198 (lines 2..1199) come first
    String text = rows(1500, 1200);
    List<String> got = new ArrayList<>();
    try (CsvReportReader.Cursor c = CsvReportReader.cursor("b.csv", new StringReader(text)).inBackground()) {
      assertThatThrownBy(() -> {
        ReportRow r;
        while ((r = c.next()) != null) {
          got.add(r.indicator().value());
        }
      }).isInstanceOf(InvalidTextException.class).hasMessageStartingWith("b.csv:1200:").hasMessageContaining("3 fields");
    }
    assertThat(got).hasSize(1198).endsWith("1198");
  }

  @Test
  void closingEarlyStopsTheReader() throws Exception {
    CsvReportReader.Cursor c = CsvReportReader.cursor("c.csv", new StringReader(rows(20_000, -1))).inBackground();
    assertThat(c.next()).isNotNull();
    c.close();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("lakin-csv-reader") && t.isAlive());
  }
}
