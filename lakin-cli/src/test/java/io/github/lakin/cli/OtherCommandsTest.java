/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** band, ikm, budget and audit, with figures from DOMAIN.md §8, §9, §11 and §12. */
class OtherCommandsTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void band() throws Exception {
    Run r = Run.of("band", "sakip", "69,31");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("sakip: 69,31").contains("→ B (Baik)").contains("Ke BB: 0,69 poin");
    JsonNode j = json.readTree(Run.of("band", "sakip", "90.01", "--format", "json").out);
    assertThat(j.get("code").textValue()).isEqualTo("AA");
    assertThat(json.readTree(Run.of("band", "sakip", "90", "--format", "json").out).get("code").textValue()).isEqualTo("A");
    assertThat(json.readTree(Run.of("band", "ikm-konversi", "90,09", "--format", "json").out).get("code").textValue()).isEqualTo("A");
    Run bad = Run.of("band", "nope", "1");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.out).isEmpty();
    assertThat(bad.err).contains("unknown table nope").contains("sakip");
  }

  @Test
  void ikmFromNrr() throws Exception {
    Run r = Run.of("ikm", "--nrr", "3.450,3.515,3.441,3.416,3.500,3.619,3.584,3.906,4.000", "--format", "json");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode j = json.readTree(r.out);
    assertThat(j.get("konversi").textValue()).isEqualTo("90.09");
    assertThat(j.get("mutu").textValue()).isEqualTo("A");
    // the same with Indonesian decimals separated by ';'
    Run id = Run.of("ikm", "--nrr", "3,450;3,515;3,441;3,416;3,500;3,619;3,584;3,906;4,000");
    assertThat(id.out).contains("90,09").contains("mutu A");
  }

  @Test
  void ikmFromResponses(@TempDir Path dir) throws Exception {
    // two respondents, three unsur; U3 blank for the second: NRR 3.5, 2.5, 4 → (3.5 + 2.5 + 4) / 3 = 3.3333… × 25 = 83.33
    Path f = dir.resolve("skm.csv");
    Files.writeString(f, "U1,U2,U3\n4,3,4\n3,2,\n");
    JsonNode j = json.readTree(Run.of("ikm", "--responses", f.toString(), "--format", "json").out);
    assertThat(j.get("konversi").textValue()).isEqualTo("83.33");
    assertThat(j.get("respondents").intValue()).isEqualTo(2);
    Files.writeString(f, "4,3,4\n3,5,4\n");
    Run bad = Run.of("ikm", "--responses", f.toString());
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains(f + ":2:3").contains("1, 2, 3 or 4");
    assertThat(bad.out).isEmpty();
  }

  @Test
  void budget() throws Exception {
    JsonNode j = json.readTree(Run.of("budget", "--pagu", "9.970.949.000", "--realisasi", "9.960.052.227", "--capaian", "106,51",
        "--format", "json").out);
    assertThat(j.get("absorption").textValue()).isEqualTo("99.89");
    assertThat(j.get("efficiencyGap").textValue()).isEqualTo("6.62");
    assertThat(j.get("efficient").booleanValue()).isTrue();
    Run r = Run.of("budget", "--pagu", "Rp9.970.949.000,-", "--realisasi", "Rp 9.960.052.227");
    assertThat(r.out).isEqualTo("Serapan anggaran: 99,89%\n");
  }

  @Test
  void auditOfTheJsonReport() throws Exception {
    Run r = Run.of("audit", ScoreCommandTest.JSON, "--lang", "en");
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).contains("indicator 3.1: printed 109.38, recomputed 119.79: mismatch; explained by: realisation 87.5 instead of 95.83 gives 109.38")
        .contains("indicator 4.1: printed 100.09, recomputed 100.10: mismatch; explained by: realisation 90.08 instead of 90.09 gives 100.09")
        .contains("goal SK1: printed 109.94, recomputed 109.95: mismatch; explained by: truncated at each level: members truncated"
            + " before averaging, the mean truncated; realisation of 1.4 = 95.42 (printed elsewhere)")
        .contains("indicator 1.4: printed 101.60, recomputed 101.60: matches")
        .contains("unit BIRO-PERENCANAAN: printed 106.51, recomputed 106.51: matches")
        .contains("budget absorption: printed 99.89, recomputed 99.89: matches")
        .contains("the printed achievement 109.67 agrees with target 81")
        .contains("18 figures checked, 3 mismatched");
    JsonNode j = json.readTree(Run.of("audit", ScoreCommandTest.CSV, "--format", "json").out);
    assertThat(j.get("clean").booleanValue()).isFalse();
    assertThat(j.get("mismatches").intValue()).isEqualTo(2);
    assertThat(j.at("/findings/7/code").textValue()).isEqualTo("3.1");
    assertThat(j.at("/findings/7/explanations/0/variant").textValue()).isEqualTo("IMPLIED_REALISASI");
  }

  @Test
  void aCleanAuditExitsZero(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ok-2023.csv");
    Files.writeString(f, "goal,indicator,name,unit,polarity,target,realisasi,printed\nG,1,a,%,,80,\"95,83\",\"119,79\"\n");
    Run r = Run.of("audit", f.toString(), "--year", "2023");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("1 angka diperiksa, 0 tidak cocok");
  }

  @Test
  void usageErrorsExitTwo() {
    Run none = Run.of();
    assertThat(none.code).isEqualTo(2);
    assertThat(Run.of("score").code).isEqualTo(2);
    Run lang = Run.of("score", ScoreCommandTest.CSV, "--lang", "fr");
    assertThat(lang.code).isEqualTo(2);
    assertThat(lang.err).contains("--lang must be id or en");
    assertThat(lang.out).isEmpty();
    Run missing = Run.of("score", "no-such-file.csv");
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("no-such-file.csv");
  }
}
