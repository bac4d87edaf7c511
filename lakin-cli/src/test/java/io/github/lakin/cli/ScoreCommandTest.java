/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lakin score} on the bundled 2023 report (DOMAIN.md §12), every format and language. */
class ScoreCommandTest {
  static final Path REPORTS = Paths.get("..", "lakin-examples", "reports");
  static final String CSV = REPORTS.resolve("biro-perencanaan-2023.csv").toString();
  static final String JSON = REPORTS.resolve("biro-perencanaan-2023.json").toString();

  @ParameterizedTest
  @ValueSource(strings = {"biro-perencanaan-2023.csv", "biro-perencanaan-2023.json", "biro-perencanaan-2023.xlsx"})
  void tableInIndonesian(String file) {
    Run r = Run.of("score", REPORTS.resolve(file).toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("Capaian unit: 106,51%")
        .contains("10 dari 11 indikator mencapai atau melampaui target")
        .containsPattern("SK1 +Sasaran SK1 +109,95%")
        .containsPattern("SK4 +Sasaran SK4 +100,67%")
        .containsPattern("3\\.1 .* 80 +95,83 +119,79% +tercapai")
        .containsPattern("4\\.2 .* 83 +82,96\\* +99,95% +tidak tercapai, sementara");
  }

  @Test
  void budgetAndEfficiencyFromTheJsonFile() {
    Run r = Run.of("score", JSON);
    assertThat(r.out).contains("Serapan anggaran: 99,89%").contains("Efisiensi: 6,62 poin (efisien)");
  }

  @Test
  void budgetFromOptionsForACsvFile() {
    Run r = Run.of("score", CSV, "--pagu", "9.970.949.000", "--budget-realisasi", "9.960.052.227", "--lang", "en");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("Unit achievement: 106.51%").contains("Budget absorption: 99.89%")
        .contains("Efficiency gap: 6.62 points (efficient)").contains("10 of 11 indicators met or exceeded their target");
  }

  @Test
  void jsonIsTheStableContract() throws Exception {
    Run r = Run.of("score", CSV, "--format", "json");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out);
    assertThat(j.at("/overall/achievement").textValue()).isEqualTo("106.51");
    assertThat(j.at("/goals/0/code").textValue()).isEqualTo("SK1");
    assertThat(j.at("/goals/0/achievement").textValue()).isEqualTo("109.95");
    assertThat(j.at("/goals/0/indicators/0/code").textValue()).isEqualTo("1.1");
    assertThat(j.at("/goals/0/indicators/0/achievement").textValue()).isEqualTo("100.45");
    assertThat(j.at("/goals/0/indicators/0/status").textValue()).isEqualTo("COMPUTED");
    assertThat(j.at("/goals/1/achievement").textValue()).isEqualTo("100.00");
    assertThat(j.at("/goals/2/achievement").textValue()).isEqualTo("119.79");
    assertThat(j.at("/goals/3/achievement").textValue()).isEqualTo("100.67");
    assertThat(j.at("/schema").textValue()).isEqualTo("lakin-result/1");
    assertThat(j.at("/goals/3/indicators/1/flags/0").textValue()).isEqualTo("PROVISIONAL");
    // target and realisasi as exact decimal strings a script can read; the printed text beside them
    assertThat(j.at("/goals/0/indicators/0/target").textValue()).isEqualTo("69");
    assertThat(j.at("/goals/0/indicators/0/realisasi").textValue()).isEqualTo("69.31");
    assertThat(j.at("/goals/0/indicators/0/realisasiText").textValue()).isEqualTo("69,31");
    assertThat(j.at("/goals/3/indicators/1/realisasi").textValue()).isEqualTo("82.96");
    assertThat(j.at("/goals/3/indicators/1/realisasiText").textValue()).isEqualTo("82,96*");
    assertThat(j.at("/counts/met").intValue()).isEqualTo(10);
    assertThat(j.at("/counts/notMet").intValue()).isEqualTo(1);
    assertThat(j.at("/counts/total").intValue()).isEqualTo(11);
  }

  @Test
  void otherPoliciesFromOptions() throws Exception {
    ObjectMapper m = new ObjectMapper();
    // DOMAIN §12: the mean of the goal means would be 107.60
    assertThat(m.readTree(Run.of("score", CSV, "--aggregate", "goals", "--format", "json").out).at("/overall/achievement").textValue())
        .isEqualTo("107.60");
    // cap 120: 104.8642… averaged exactly; 104.87 with each level rounded first
    assertThat(m.readTree(Run.of("score", CSV, "--cap", "120", "--format", "json").out).at("/overall/achievement").textValue())
        .isEqualTo("104.86");
    assertThat(m.readTree(Run.of("score", CSV, "--cap", "120", "--rounding-stage", "each-level", "--format", "json").out)
        .at("/overall/achievement").textValue()).isEqualTo("104.87");
    // 106.5057902… at 3 decimals
    assertThat(m.readTree(Run.of("score", CSV, "--scale", "3", "--format", "json").out).at("/overall/achievement").textValue())
        .isEqualTo("106.506");
  }

  @Test
  void csvAndMarkdown() {
    Run csv = Run.of("score", CSV, "--format", "csv");
    assertThat(csv.code).isZero();
    assertThat(csv.out).startsWith("level,goal,indicator,name,target,realisasi,achievement,status\n")
        .contains("\nindicator,SK1,1.1,Nilai akuntabilitas kinerja Kementerian Sosial,69,\"69,31\",100.45,COMPUTED\n")
        .contains("\ngoal,SK1,,,,,109.95,\n").endsWith("\nunit,,,,,,106.51,\n");
    Run md = Run.of("score", CSV, "--format", "markdown", "--lang", "en");
    assertThat(md.out).contains("| Code | Indicator | Target | Actual | Achieved | Status |")
        .contains("| 3.1 | Persentase daerah yang meningkat kemampuan penerapan SPM | 80 | 95,83 | 119.79% | met |")
        .contains("**Unit achievement: 106.51%**");
  }
}
