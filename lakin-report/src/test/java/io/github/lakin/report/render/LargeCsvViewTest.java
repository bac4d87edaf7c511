/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.report.BulkCsvScan;
import io.github.lakin.report.ReadOptions;
import io.github.lakin.report.ReportSettings;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 2: a file that changes between the two passes gives no output at all. */
class LargeCsvViewTest {
  private static final String HEAD = "# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi\n";

  @TempDir
  Path dir;

  private static String rows(String last) {
    StringBuilder b = new StringBuilder(HEAD);
    for (int i = 1; i < 2000; i++) {
      b.append("S").append(i / 100).append(',').append(i).append(",a,%,higher,80,\"90,5\"\n");
    }
    return b.append("S99,2000,a,%,higher,80,").append(last).append('\n').toString();
  }

  @Test
  void aFileChangedBetweenThePassesIsAnErrorAndNothingIsWritten() throws Exception {
    Path f = dir.resolve("big.csv");
    Files.writeString(f, rows("\"128,70\""));
    BulkCsvScan scan = BulkCsvScan.scan(f, ReadOptions.none(), ReportSettings.none()).orElseThrow();
    Files.writeString(f, rows("\"999,99\"")); // changed after the first pass
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> LargeCsvView.render(f, scan, ScoreFormat.TABLE, Locale.ENGLISH, out))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining(f.toString()).hasMessageContaining("changed while it was read");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnchangedFileIsWrittenWhole() throws Exception {
    Path f = dir.resolve("same.csv");
    Files.writeString(f, rows("\"128,70\""));
    BulkCsvScan scan = BulkCsvScan.scan(f, ReadOptions.none(), ReportSettings.none()).orElseThrow();
    StringWriter out = new StringWriter();
    LargeCsvView.render(f, scan, ScoreFormat.CSV, Locale.ENGLISH, out);
    assertThat(out.toString()).startsWith("level,goal,indicator").contains("indicator,S99,2000,a,80,\"128,70\",160.88,COMPUTED")
        .endsWith("\n");
  }
}
