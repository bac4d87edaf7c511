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

/** {@code lakin lke FILE}: the LKE variants of issue 16 from a worksheet file. */
class LkeCommandTest {
  @TempDir
  Path dir;

  private Path worksheet() throws Exception {
    Path f = dir.resolve("lke.csv");
    try (var in = LkeCommandTest.class.getResourceAsStream("/lke-2024.csv")) {
      Files.write(f, in.readAllBytes());
    }
    return f;
  }

  @Test
  void theEvaluatorsAnswers() throws Exception {
    // by hand, the evaluator's column (PermenPANRB 88/2021 weights):
    // perencanaan: Y,T → 0,5 × 6 = 3; B → 0,75 × 9 = 6,75; C → 0,5 × 15 = 7,5            = 17,25
    // pengukuran:  Y → 6; B → 6,75; C → 7,5                                               = 20,25
    // pelaporan:   Y → 3; B → 0,75 × 4,5 = 3,375; B → 0,75 × 7,5 = 5,625                  = 12
    // evaluasi:    T → 0; C → 0,5 × 7,5 = 3,75; D → 0,25 × 12,5 = 3,125                   = 6,875
    // total 56,375 → 56,38, CC (> 50 – 60)
    Run r = Run.of("lke", worksheet().toString(), "--assessor", "evaluator");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("Perencanaan Kinerja: 17,25 / 30\n").contains("  Kualitas: 3,38 / 4,5 (1 dijawab)\n")
        .contains("Nilai SAKIP: 56,38 → CC (Cukup Memadai)");
  }

  @Test
  void theQualityAssurerWithUnansweredAsZeroOrExcludedOrRefused() throws Exception {
    // penjamin mutu, blanks as 0: perencanaan 3 + 6,75 + 0 = 9,75; pengukuran 6 + 4,5 + 7,5 = 18;
    // pelaporan 3 + 3,375 + 0 = 6,375; evaluasi 0 + 3,75 + 3,125 = 6,875; total 41 → C (> 30 – 50)
    Run zero = Run.of("lke", worksheet().toString(), "--assessor", "penjamin-mutu", "--unanswered", "zero", "--lang", "en");
    assertThat(zero.out).contains("SAKIP score: 41.00 → C").contains("  Pemanfaatan: 0.00 / 15 (0 answered, 1 unanswered)");
    Run fail = Run.of("lke", worksheet().toString(), "--assessor", "quality-assurer", "--unanswered", "fail");
    assertThat(fail.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(fail.err).contains("component perencanaan, sub-component pemanfaatan, criterion 1: answer");
    // excluded: evaluasi/keberadaan has only the blank → an error naming the sub-component
    Run excluded = Run.of("lke", worksheet().toString(), "--assessor", "penjamin-mutu");
    assertThat(excluded.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(excluded.err).contains("sub-component pemanfaatan: answered criteria");
  }

  @Test
  void akumulasiAndJson() throws Exception {
    // akumulasi, self-assessment: each answer's value is its points; perencanaan keberadaan Y, Y = 2 (weight 6) …
    Path f = dir.resolve("a.csv");
    Files.writeString(f, "komponen,sub-komponen,skala,jawaban\n" + String.join("\n",
        "perencanaan,keberadaan,Y/T,Y", "perencanaan,keberadaan,Y/T,Y", "perencanaan,kualitas,A-E,B", "perencanaan,pemanfaatan,A-E,A",
        "pengukuran,keberadaan,Y/T,Y", "pengukuran,kualitas,A-E,A", "pengukuran,pemanfaatan,A-E,A",
        "pelaporan,keberadaan,Y/T,T", "pelaporan,kualitas,A-E,A", "pelaporan,pemanfaatan,A-E,A",
        "evaluasi,keberadaan,Y/T,Y", "evaluasi,kualitas,A-E,C", "evaluasi,pemanfaatan,A-E,") + "\n", StandardCharsets.UTF_8);
    // perencanaan 2 + 0,75 + 1 = 3,75; pengukuran 1 + 1 + 1 = 3; pelaporan 0 + 1 + 1 = 2; evaluasi 1 + 0,5 + 0 (the
    // unanswered criterion counted as 0) = 1,5; total 3,75 + 3 + 2 + 1,5 = 10,25 → D
    Run r = Run.of("lke", f.toString(), "--method", "akumulasi", "--unanswered", "zero", "--format", "json");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("\"method\" : \"accumulation\"").contains("\"total\" : \"10.25\"").contains("\"predikat\" : \"D\"");
    Run bad = Run.of("lke", f.toString(), "--method", "sum");
    assertThat(bad.code).isEqualTo(LakinCommand.BAD_INPUT);
    Files.writeString(f, "component,sub-component,scale,answer\nperencanaan,kualitas,A-E,F\n", StandardCharsets.UTF_8);
    Run badCell = Run.of("lke", f.toString());
    // "perencanaan,kualitas,A-E,F": the answer at column 26
    assertThat(badCell.err).contains("a.csv:2:26").contains("must be one of A, B, C, D, E");
  }
}
