/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --zero-target}, {@code --provisional} and {@code --missing} win over a file's settings, and
 * {@code lakin audit} under the report's own rounding, naming the one variant that explains every
 * mismatch.
 */
class RuleOptionsTest {
  @TempDir
  Path dir;

  private Path golden(String extraSetting) throws Exception {
    String text = Files.readString(ScoreCommandTest.REPORTS.resolve("biro-perencanaan-2023.csv"), StandardCharsets.UTF_8);
    Path f = dir.resolve("r.csv");
    Files.writeString(f, extraSetting + text, StandardCharsets.UTF_8);
    return f;
  }

  private static String unit(Run r) throws Exception {
    JsonNode j = new ObjectMapper().readTree(r.out);
    return j.at("/overall/achievement").textValue();
  }

  @Test
  void provisionalExcludeFromTheFileAndIncludeFromTheOption() throws Exception {
    // DOMAIN §12 with 4.2 (82,96* / 83) left out: the other ten exact capaian sum to 1071.6118… → 107.16;
    // with it, 1171.5636… / 11 = 106.51
    Path f = golden("# provisional: exclude\n");
    Run excluded = Run.of("score", f.toString(), "--format", "json");
    assertThat(excluded.code).as(excluded.toString()).isZero();
    assertThat(unit(excluded)).isEqualTo("107.16");
    assertThat(unit(Run.of("score", f.toString(), "--format", "json", "--provisional", "include"))).isEqualTo("106.51");
    assertThat(unit(Run.of("score", ScoreCommandTest.CSV, "--format", "json", "--provisional", "exclude"))).isEqualTo("107.16");
  }

  @Test
  void provisionalFailAndABadOptionValue() throws Exception {
    Run fail = Run.of("score", ScoreCommandTest.CSV, "--provisional", "fail");
    assertThat(fail.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(fail.err).contains("4.2").contains("ProvisionalRule.FAIL");
    Run bad = Run.of("score", ScoreCommandTest.CSV, "--missing", "maybe");
    assertThat(bad.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(bad.err).contains("--missing").contains("maybe").contains("write exclude");
  }

  @Test
  void zeroTargetFromTheOption() throws Exception {
    // target 0, realisasi 2: undefined by default (unit = A alone, 100); "100 0" scores it 0 → (100 + 0) / 2 = 50
    Path f = dir.resolve("z.csv");
    Files.writeString(f, "# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi\nS1,A,a,%,higher,80,80\nS1,Z,z,%,higher,0,2\n",
        StandardCharsets.UTF_8);
    assertThat(unit(Run.of("score", f.toString(), "--format", "json"))).isEqualTo("100.00");
    assertThat(unit(Run.of("score", f.toString(), "--format", "json", "--zero-target", "100 0"))).isEqualTo("50.00");
  }

  @Test
  void zeroTargetFunctionAndNegativeTargetsFromTheOptions() throws Exception {
    // Z: target 0, realisasi 2 → 2 × 100 + 100 = 300; unit (100 + 300) / 2 = 200
    Path f = dir.resolve("z.csv");
    Files.writeString(f, "# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi\nS1,A,a,%,higher,80,80\nS1,Z,z,%,higher,0,2\n",
        StandardCharsets.UTF_8);
    assertThat(unit(Run.of("score", f.toString(), "--format", "json", "--zero-target", "100 r×100+100"))).isEqualTo("200.00");
    // G: target −2, realisasi −1, higher is better → 100 + 1 / 2 × 100 = 150; unit (100 + 150) / 2 = 125
    Path g = dir.resolve("g.csv");
    Files.writeString(g, "# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi,negative\nS1,A,a,%,higher,80,80,\n"
        + "S1,G,g,%,higher,-2,-1,yes\n", StandardCharsets.UTF_8);
    Run refused = Run.of("score", g.toString());
    assertThat(refused.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(refused.err).contains("negative-target: deviation");
    assertThat(unit(Run.of("score", g.toString(), "--format", "json", "--negative-target", "deviation"))).isEqualTo("125.00");
    Run bad = Run.of("score", g.toString(), "--negative-target", "maybe");
    assertThat(bad.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(bad.err).contains("--negative-target").contains("maybe");
  }

  /** A truncating report (DOMAIN §13): 90,83 / 65 = 139,7384… printed 139,73; 2 / 3 = 66,66…; goal (139,73 + 66,66) / 2 = 103,195 → 103,19. */
  private Path truncating(String settings) throws Exception {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "# year: 2023\n" + settings + "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n"
        + "S1,A,a,indeks,higher,65,\"90,83\",,\"139,73\"\nS1,B,b,%,higher,3,2,,\"66,66\"\nS1,,,,,,,,\"103,19\"\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void auditNamesTheOneVariantAndHonoursTheStatedRounding() throws Exception {
    Run halfUp = Run.of("audit", truncating("").toString(), "--lang", "en");
    assertThat(halfUp.code).as(halfUp.toString()).isEqualTo(LakinCommand.MISMATCH);
    // the example of docs/cli.md, line by line
    assertThat(halfUp.out).contains("indicator B: printed 66.66, recomputed 66.67: mismatch; explained by: truncated instead of rounded"
        + " (66.666667…)\n")
        .contains("goal S1: printed 103.19, recomputed 103.20: mismatch; explained by: truncated at each level: members truncated"
            + " before averaging, the mean truncated; the mean of the printed figures of its indicators (139.73, 66.66), truncated\n")
        .contains("One variant explains every mismatch: truncation instead of rounding")
        .contains("3 figures checked, 3 mismatched");
    Run id = Run.of("audit", truncating("").toString());
    assertThat(id.out).contains("Satu varian menjelaskan semua ketidakcocokan: dipotong, bukan dibulatkan");
    JsonNode j = new ObjectMapper().readTree(Run.of("audit", truncating("").toString(), "--format", "json").out);
    assertThat(j.at("/explainedByOneVariant/0").textValue()).isEqualTo("TRUNCATION");
    Run stated = Run.of("audit", truncating("# rounding: down\n# rounding-stage: each-level\n").toString(), "--lang", "en");
    assertThat(stated.code).as(stated.toString()).isZero();
    assertThat(stated.out).contains("3 figures checked, 0 mismatched").doesNotContain("explains every mismatch");
  }
}
