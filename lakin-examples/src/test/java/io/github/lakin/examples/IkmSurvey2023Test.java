/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.index.IkmResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IkmSurvey2023Test {
  private final IkmResult ikm = IkmSurvey2023.result();

  @Test
  void theQuestionnairesGiveTheNrrOfThe2023Report() {
    // DOMAIN.md §12: the nine NRR of the 2023 report
    List<String> nrr = List.of("3.450", "3.515", "3.441", "3.416", "3.500", "3.619", "3.584", "3.906", "4.000");
    for (int i = 0; i < 9; i++) {
      assertThat(ikm.elements().get(i).nrr()).as("U%d", i + 1).isEqualTo(Rational.parse(nrr.get(i)));
    }
    assertThat(ikm.responses().orElseThrow().respondents()).isEqualTo(1000);
  }

  @Test
  void blanksAreLeftOutOfTheMeanNotCountedAsZero() {
    // U4: 125 of 1000 left blank; 2989 / 875 = 3.416 (as zeros it would be 2989 / 1000 = 2.989)
    assertThat(ikm.element("U4").answered()).hasValue(875);
    assertThat(ikm.element("U4").blanks()).hasValue(125);
    assertThat(ikm.element("U4").nrr()).isEqualTo(Rational.parse("2989/875")).isEqualTo(Rational.parse("3.416"));
    assertThat(ikm.element("U1").blanks()).hasValue(0);
  }

  @Test
  void ikmIs9009MutuA() {
    // Σ NRR = 32.431; / 9 = 32431/9000 = 3.60344…; × 25 = 90.0861… → 90.09; A from 88.31 (DOMAIN §8, §12)
    assertThat(ikm.index()).isEqualTo(Rational.parse("32431/9000"));
    assertThat(ikm.konversiRounded()).isEqualByComparingTo("90.09");
    assertThat(ikm.mutu().code()).isEqualTo("A");
    assertThat(ikm.kinerja()).isEqualTo("Sangat Baik");
  }

  @Test
  void capaianAgainstTarget90Is10010() {
    // 90.09 / 90 × 100 = 100.1 → 100.10 (DOMAIN §11: the report printed 100.09)
    assertThat(IkmSurvey2023.achievement(ikm).rounded()).hasValue(new BigDecimal("100.10"));
  }

  @Test
  void printsTheTableTheResultAndTheVariants() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IkmSurvey2023.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("1000 responden", "9 unsur");
    // U4 row: 875 filled, 125 blank, NRR 3,416, 3.416/9 = 0.37955… → 0,380, 3.416 × 25 = 85.40, B (76.61–88.30)
    assertThat(out).containsPattern("U4 +Biaya/Tarif +875 +125 +3,416 +0,380 +85,40 +B");
    // U9: 4 × 25 = 100.00, A
    assertThat(out).containsPattern("U9 +Sarana dan Prasarana +1000 +0 +4,000 +0,444 +100,00 +A");
    assertThat(out).contains("IKM (1–4)          : 3,603", "90,09 (× 25), mutu A, kinerja Sangat Baik");
    // 0.111: 32.431 × 0.111 = 3.599841; × 25 = 89.996025 → 90.00. Index to 3 decimals: 3.603 × 25 = 90.075 → 90.08
    assertThat(out).contains("penimbang tercetak 0,111 → 90,00", "sebelum × 25 → 90,08");
    assertThat(out).contains("90,09 / 90 × 100% = 100,10%");
  }
}
