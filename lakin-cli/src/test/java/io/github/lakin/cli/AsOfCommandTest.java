/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code lakin score --as-of} on the bundled quarterly monitoring file (lakin-examples/reports/
 * pemantauan-triwulan-2024.csv). Hand computation, as of TW II 2024:
 *
 * <pre>
 * 1.1 SUM      targets 2 + 3 = 5, realisasi 2 + 4 = 6          6 / 5 = 120%
 * 1.2 LAST     target 40, realisasi 30                          30 / 40 = 75%
 * 2.1 AVERAGE  ≤ 10, realisasi (8 + 11) / 2 = 9,5               (2 − 9,5/10) × 100 = 105%
 * 2.2 MAX      months Januari–Juni: target 80, realisasi 85      85 / 80 = 106,25%
 * 2.3 MIN      lower: targets min(5, 4) = 4, realisasi min(6, 3) = 3   (2 − 3/4) × 100 = 125%
 * 3.1 annual only: no figure as of a period (not available)
 * SK1 (120 + 75) / 2 = 97,5; SK2 (105 + 106,25 + 125) / 3 = 112,083…; unit 531,25 / 5 = 106,25%
 * </pre>
 *
 * For the year: 1.2 has an annual row, 30 / 80 = 37,5%; 3.1 72 / 70 = 102,857…%; the others miss
 * TW III and TW IV (2.2: Juli–Desember) and are not available; unit (37,5 + 102,857…) / 2 = 70,178…%.
 */
class AsOfCommandTest {
  static final String FILE = ScoreCommandTest.REPORTS.resolve("pemantauan-triwulan-2024.csv").toString();

  @Test
  void tableAsOfTwIIInIndonesian() {
    Run r = Run.of("score", FILE, "--as-of", "TW II 2024");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("Capaian kinerja Biro Umum (contoh pemantauan triwulanan) 2024 s.d. TW II 2024")
        .containsPattern("1\\.1 .* 5 +6 +120,00% +tercapai")
        .containsPattern("1\\.2 .* 40 +30 +75,00% +tidak tercapai")
        .containsPattern("2\\.1 .* ≤ 10 +9,5 +105,00% +tercapai")
        .containsPattern("2\\.2 .* 80 +85 +106,25% +tercapai")
        .containsPattern("2\\.3 .* 4 +3 +125,00% +tercapai")
        .containsPattern("3\\.1 .* –  tidak tersedia")
        .containsPattern("SK1 +Sasaran SK1 +97,50%").containsPattern("SK2 +Sasaran SK2 +112,08%")
        .contains("Capaian unit: 106,25%")
        .contains("Periode dihitung s.d. TW II 2024:")
        .contains("2.2: tertinggi Januari 2024–Juni 2024")
        .contains("3.1: tidak ada target dan realisasi per periode, jadi tidak tersedia s.d. TW II 2024");
  }

  @Test
  void theYearStatesTheMissingPeriods() {
    Run r = Run.of("score", FILE);
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).doesNotContain("s.d. TW").contains("Capaian unit: 70,18%")
        .containsPattern("1\\.2 .* 80 +30 +37,50%")
        .containsPattern("1\\.1 .* 12 +– +tidak tersedia")
        .contains("Periode tanpa realisasi:")
        .contains("1.1: jumlah TW I 2024–TW IV 2024; belum ada realisasi TW III 2024, TW IV 2024")
        .contains("2.2: tertinggi Januari 2024–Desember 2024; belum ada realisasi Juli 2024, Agustus 2024");
  }

  @Test
  void inEnglishAndMarkdown() {
    Run r = Run.of("score", FILE, "--as-of", "TW II", "--lang", "en", "--format", "markdown");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("## Performance achievement Biro Umum (contoh pemantauan triwulanan) 2024 as of Q2 2024")
        .contains("**Unit achievement: 106.25%**").contains("Periods counted up to Q2 2024:")
        .contains("- 1.1: sum of Q1 2024–Q2 2024").contains("- 2.2: highest of January 2024–June 2024")
        .contains("- 3.1: no targets and realisations by period, so not available as of Q2 2024")
        .doesNotContain("jumlah").doesNotContain("belum");
    Run y = Run.of("score", FILE, "--lang", "en");
    assertThat(y.out).contains("1.1: sum of Q1 2024–Q4 2024; no realisation yet for Q3 2024, Q4 2024");
  }

  @Test
  void jsonNamesTheAsOfPeriodAndThePeriodsOfEachIndicator() throws Exception {
    Run r = Run.of("score", FILE, "--as-of", "Juni 2024", "--format", "json");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out);
    assertThat(j.get("asOf").asText()).isEqualTo("Juni 2024");
    assertThat(j.at("/overall/achievement").asText()).isEqualTo("106.25");
    JsonNode i11 = j.at("/goals/0/indicators/0");
    assertThat(i11.get("target").asText()).isEqualTo("5");
    assertThat(i11.get("realisasi").asText()).isEqualTo("6");
    assertThat(i11.at("/period/asOf").asText()).isEqualTo("TW II 2024"); // a quarterly indicator as of Juni: TW II
    assertThat(i11.at("/period/consolidation").asText()).isEqualTo("SUM");
    assertThat(i11.at("/period/counted").toString()).isEqualTo("[\"TW I 2024\",\"TW II 2024\"]");
    JsonNode i22 = j.at("/goals/1/indicators/1");
    assertThat(i22.at("/period/asOf").asText()).isEqualTo("Juni 2024");
    assertThat(i22.at("/period/counted").size()).isEqualTo(6);
    assertThat(j.at("/goals/2/indicators/0").has("period")).isFalse(); // 3.1 has no period rows
    assertThat(j.at("/goals/2/indicators/0/status").asText()).isEqualTo("NOT_AVAILABLE");
    Run year = Run.of("score", FILE, "--format", "json");
    JsonNode y = new ObjectMapper().readTree(year.out);
    assertThat(y.has("asOf")).isFalse();
    assertThat(y.at("/goals/0/indicators/0/period/missing").toString()).isEqualTo("[\"TW III 2024\",\"TW IV 2024\"]");
  }

  @Test
  void theOtherFormatsPrintTheYearToDateFigures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    Run csv = Run.of("score", FILE, "--as-of", "TW II", "--format", "csv");
    assertThat(csv.code).as(csv.toString()).isZero();
    assertThat(csv.out).contains("indicator,SK1,1.1,Jumlah dokumen rekomendasi kebijakan,5,6,120.00,COMPUTED").contains("unit,,,,,,106.25,");
    java.nio.file.Path html = dir.resolve("r.html");
    assertThat(Run.of("score", FILE, "--as-of", "TW II", "--format", "html", "-o", html.toString()).code).isZero();
    assertThat(java.nio.file.Files.readString(html)).contains("<h1>Capaian kinerja Biro Umum (contoh pemantauan triwulanan) 2024 s.d. TW II 2024</h1>")
        .contains("106,25").contains("Periode dihitung s.d. TW II 2024:<br>\n1.1: jumlah TW I 2024–TW II 2024");
    java.nio.file.Path xlsx = dir.resolve("r.xlsx");
    assertThat(Run.of("score", FILE, "--as-of", "TW II", "--format", "xlsx", "-o", xlsx.toString()).code).isZero();
    assertThat(java.nio.file.Files.size(xlsx)).isPositive();
  }

  @Test
  void badAsOfPeriodsAreOneLineErrors() {
    Run other = Run.of("score", FILE, "--as-of", "TW II 2023");
    assertThat(other.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(other.err).contains("option --as-of").contains("lies in 2023 but the report year is 2024");
    Run noQuarter = Run.of("score", FILE, "--as-of", "Mei 2024");
    assertThat(noQuarter.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(noQuarter.err).contains("Mei 2024");
    Run word = Run.of("score", FILE, "--as-of", "kemarin");
    assertThat(word.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(word.err).contains("write a quarter TW I");
    Run noPeriods = Run.of("score", ScoreCommandTest.CSV, "--as-of", "TW II 2023");
    assertThat(noPeriods.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(noPeriods.err).contains("needs indicators with period rows");
    assertThat(noQuarter.err).contains("indicator 1.1 has its periods by quarter and none of them ends with Mei 2024").contains("e.g. TW I 2024");
  }

  @Test
  void theBulkEngineDoesNotTakePeriods() {
    Run asOf = Run.of("score", FILE, "--as-of", "TW II", "--engine", "bulk");
    assertThat(asOf.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(asOf.err).contains("--as-of");
    Run rows = Run.of("score", FILE, "--engine", "bulk");
    assertThat(rows.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(rows.err).contains("does not apply").contains("no period rows");
    // auto: the object path, the same figures
    assertThat(Run.of("score", FILE, "--engine", "auto").out).contains("Capaian unit: 70,18%");
  }
}
