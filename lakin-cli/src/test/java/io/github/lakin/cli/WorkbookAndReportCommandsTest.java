/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lakin score --format xlsx}, {@code lakin report} and {@code lakin template} as a person runs them. */
class WorkbookAndReportCommandsTest {
  static final String XLSX = ScoreCommandTest.REPORTS.resolve("biro-perencanaan-2023.xlsx").toString();

  @TempDir
  Path dir;

  @Test
  void auditReadsAWorkbook() {
    Run r = Run.of("audit", XLSX);
    assertThat(r.code).as(r.toString()).isEqualTo(LakinCommand.MISMATCH);
    assertThat(r.out).contains("indikator 3.1: tercetak 109,38, dihitung ulang 119,79: tidak cocok")
        .contains("capaian unit BIRO-PERENCANAAN: tercetak 106,51, dihitung ulang 106,51: cocok");
  }

  @Test
  void xlsxIsRefusedWithoutAFile() {
    Run r = Run.of("score", ScoreCommandTest.CSV, "--format", "xlsx");
    assertThat(r.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).hasSize(1).first().asString().contains("-o hasil.xlsx");
  }

  @Test
  void xlsxGoesToTheFileAndAFailedWriteIsOneLine() throws Exception {
    Path out = dir.resolve("hasil.xlsx");
    Run r = Run.of("score", XLSX, "--format", "xlsx", "-o", out.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEmpty();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    Run bad = Run.of("score", XLSX, "--format", "xlsx", "-o", dir.resolve("no/such/dir/hasil.xlsx").toString());
    assertThat(bad.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(bad.err.lines()).hasSize(1).first().asString().startsWith("lakin: cannot write ");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("hasil.xlsx");
    }
  }

  @Test
  void reportWritesOneHtmlPageInEitherLanguage() throws Exception {
    Path id = dir.resolve("laporan.html");
    Run r = Run.of("report", ScoreCommandTest.JSON, "-o", id.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(Files.readString(id)).contains("Capaian unit: 106,51%").contains("6,62 poin, efisien").contains("<svg");
    Path en = dir.resolve("report.html");
    Run e = Run.of("report", XLSX, "--lang", "en", "-o", en.toString(), "--bands", "101,100");
    assertThat(e.code).as(e.toString()).isZero();
    assertThat(Files.readString(en)).contains("Unit achievement: 106.51%").contains("green ≥ 101%");
    Run f = Run.of("report", XLSX, "--format", "csv");
    assertThat(f.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(f.err).contains("lakin report writes HTML");
  }

  @Test
  void templateWritesAWorkbookThatAsksForItsYear() throws Exception {
    Path t = dir.resolve("laporan.xlsx");
    Run r = Run.of("template", "-o", t.toString());
    assertThat(r.code).as(r.toString()).isZero();
    Run s = Run.of("score", t.toString());
    assertThat(s.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(s.err).contains("does not state its year");
  }
}
