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

/**
 * {@code lakin score} and {@code lakin audit} on a file with three budget lines. Hand computed:
 * A 90 / 100 = 90 %, B 10 / 10 = 100 %, C 20 / 50 = 40 %, total 120 / 160 = 75 %; capaian 105 %,
 * gap 30 points, index 105 / 75 = 1,400.
 */
class BudgetLinesCommandTest {
  static final String FILE = "# year: 2024\n# unit-code: U\n"
      + "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n"
      + "SK1,1.1,a,%,higher,80,80,,\n"
      + "SK2,2.1,b,%,higher,50,55,,\n"
      + "# anggaran\n"
      + "code,name,goal,pagu-awal,pagu,realisasi,printed\n"
      + "A,Output A,SK1,,100.000.000,90.000.000,\"90,00\"\n"
      + "B,Output B,SK1,,10.000.000,10.000.000,\"100,00\"\n"
      + "C,Output C,SK2,,50.000.000,20.000.000,\"40,00\"\n";

  @TempDir
  Path dir;

  private String file(String text) throws Exception {
    Path p = dir.resolve("anggaran.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void scoreShowsEveryLineTheTotalAndTheIndex() throws Exception {
    Run r = Run.of("score", file(FILE));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("Serapan anggaran: 75,00%").contains("Efisiensi: 30,00 poin (efisien)")
        .contains("Indeks efisiensi (capaian ÷ serapan): 1,400")
        .containsPattern("B +Output B +SK1 +10\\.000\\.000 +10\\.000\\.000 +100,00%")
        .containsPattern("SK2 +110,00% +40,00% +70,00 +2,750");
  }

  @Test
  void budgetOptionsBesideFileLinesAreAnError() throws Exception {
    Run r = Run.of("score", file(FILE), "--pagu", "1.000", "--budget-realisasi", "500");
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("the file already has a budget; leave out --pagu and --budget-realisasi");
    assertThat(r.out).isEmpty();
  }

  @Test
  void aLineWithoutPaguGivesOneErrorAndNoOutput() throws Exception {
    Run r = Run.of("score", file(FILE.replace("B,Output B,SK1,,10.000.000,", "B,Output B,SK1,,,")));
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("anggaran.csv:9:17: cannot read \"\" as the pagu of budget line B");
    assertThat(r.out).isEmpty();
  }

  @Test
  void auditFindsSwappedLines() throws Exception {
    Run r = Run.of("audit", file(FILE.replace("\"90,00\"", "\"x\"").replace("\"100,00\"", "\"90,00\"").replace("\"x\"", "\"100,00\"")),
        "--lang", "en");
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).contains("budget absorption of line A: printed 100.00, recomputed 90.00: mismatch; explained by: "
        + "the absorption of budget line B (100.00)").contains("3 figures checked, 2 mismatched");
  }
}
