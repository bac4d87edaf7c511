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
 * {@code --preset} and {@code # preset:}: a report printed by another system audits clean under
 * its preset, and under the standard rules the audit says figure by figure where and why the
 * standard differs. Every printed figure below is computed by hand from that system's formula
 * (docs/presets.md).
 */
class PresetCommandTest {
  @TempDir
  Path dir;

  private static final String HEAD = "# year: 2023\n";
  private static final String COLUMNS = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";

  /**
   * As wp-eval-sakip prints it: 95,83 / 80 × 100 = 119,7875 → 119,79; lower is better as
   * t / r: 20 / 15 × 100 = 133,333… → 133,33 (the standard (2 − 15/20) × 100 = 125,00).
   */
  private static final String WP_EVAL = COLUMNS + "S1,A,a,%,higher,80,\"95,83\",,\"119,79\"\nS1,B,b,%,lower,20,15,,\"133,33\"\n";

  /**
   * As the regional reports of DOMAIN §13 print: 90,83 / 65 = 139,7384… truncated 139,73; lower as
   * t / r: 162 / 186 × 100 = 87,0967… truncated 87,09; goal and unit the mean of the printed
   * figures (139,73 + 87,09) / 2 = 113,41.
   */
  private static final String REGIONAL = COLUMNS + "S1,A,a,indeks,higher,65,\"90,83\",,\"139,73\"\nS1,B,b,%,lower,162,186,,\"87,09\"\n"
      + "S1,,,,,,,,\"113,41\"\n,,,,,,,,\"113,41\"\n";

  /**
   * As kwanter/sakip computes it (docs/examples/laporan-kwanter.csv): lower 20 / 15 × 100 = 133,333… → 133,33;
   * 80,1 / 80 × 100 = 100,125 → 100,13; target 0 with realisasi 3 → 100; goal S2 the mean of the
   * stored figures (100,13 + 100) / 2 = 100,065 → 100,07 (of the exact values: 100,0625 → 100,06).
   */
  private static final String KWANTER = COLUMNS + "S1,B,b,%,lower,20,15,,\"133,33\"\nS1,,,,,,,,\"133,33\"\n"
      + "S2,A,a,%,higher,80,\"80,1\",,\"100,13\"\nS2,Z,z,%,higher,0,3,,\"100,00\"\nS2,,,,,,,,\"100,07\"\n";

  private Path file(String text) throws Exception {
    Path f = dir.resolve("r" + text.hashCode() + ".csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static String unit(Run r) throws Exception {
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out);
    return j.at("/overall/achievement").textValue();
  }

  @Test
  void aWpEvalSakipReportAuditsCleanUnderItsPresetAndTheStandardNamesTheFormula() throws Exception {
    Path f = file(HEAD + WP_EVAL);
    Run preset = Run.of("audit", f.toString(), "--preset", "wp-eval-sakip", "--lang", "en");
    assertThat(preset.code).as(preset.toString()).isZero();
    assertThat(preset.out).contains("Preset: wp-eval-sakip (agusnurwanto/wp-eval-sakip: public/class-wp-eval-sakip-public-monev-kinerja.php)")
        .contains("2 figures checked, 0 mismatched");
    Run standard = Run.of("audit", f.toString(), "--lang", "en");
    assertThat(standard.code).as(standard.toString()).isEqualTo(LakinCommand.MISMATCH);
    assertThat(standard.out).contains("indicator B: printed 133.33, recomputed 125.00: mismatch; explained by: ")
        .contains("the formula target / realisation × 100").contains("2 figures checked, 1 mismatched");
  }

  @Test
  void aRegionalReportAuditsCleanUnderItsPresetFromTheFileHeader() throws Exception {
    Path f = file(HEAD + "# preset: regional-truncated\n" + REGIONAL);
    Run preset = Run.of("audit", f.toString(), "--lang", "en");
    assertThat(preset.code).as(preset.toString()).isZero();
    assertThat(preset.out).contains("4 figures checked, 0 mismatched");
    // the command line's standard preset replaces the file's: 139,74 and 85,19 differ, and so do the means
    Run standard = Run.of("audit", f.toString(), "--preset", "standard", "--lang", "en");
    assertThat(standard.code).as(standard.toString()).isEqualTo(LakinCommand.MISMATCH);
    assertThat(standard.out).contains("indicator A: printed 139.73, recomputed 139.74: mismatch; explained by: truncated instead of rounded")
        .contains("indicator B: printed 87.09, recomputed 85.19: mismatch").contains("4 figures checked, 4 mismatched");
  }

  @Test
  void aKwanterReportAuditsCleanUnderItsPresetAndTheStandardLeavesTheZeroTargetOut() throws Exception {
    Path f = file(HEAD + KWANTER);
    Run preset = Run.of("audit", f.toString(), "--preset", "kwanter-sakip", "--lang", "en");
    assertThat(preset.code).as(preset.toString()).isZero();
    assertThat(preset.out).contains("5 figures checked, 0 mismatched");
    // its mean of rounded figures matters: rounded once at the end, S2 is 100,0625 → 100,06
    Run once = Run.of("audit", f.toString(), "--preset", "kwanter-sakip", "--rounding-stage", "end", "--lang", "en");
    assertThat(once.out).contains("goal S2: printed 100.07, recomputed 100.06: mismatch").contains("5 figures checked, 1 mismatched");
    Run standard = Run.of("audit", f.toString(), "--lang", "en");
    assertThat(standard.code).as(standard.toString()).isEqualTo(LakinCommand.MISMATCH);
    // the standard: B (2 − 15/20) × 100 = 125; Z (target 0, realisasi 3) undefined, so S2 = A alone = 100,13
    assertThat(standard.out).contains("indicator B: printed 133.33, recomputed 125.00: mismatch")
        .contains("indicator Z: printed 100.00, recomputed none: mismatch")
        .contains("goal S2: printed 100.07, recomputed 100.13: mismatch").contains("5 figures checked, 4 mismatched");
  }

  @Test
  void theJsonPolicyNamesAPresetToo() throws Exception {
    String json = Files.readString(ScoreCommandTest.REPORTS.resolve("biro-perencanaan-2023.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"policy\": {");
    Path f = dir.resolve("r.json");
    Files.writeString(f, json.replace("\"policy\": {", "\"policy\": { \"preset\": \"regional-truncated\","), StandardCharsets.UTF_8);
    // the file states roundingStage end, which wins over the preset's each-level; the preset's truncation stays:
    // DOMAIN §12 exact sum 1171,5636… / 11 = 106,5057… truncated 106,50 (the standard: 106,51)
    assertThat(unit(Run.of("score", f.toString(), "--format", "json"))).isEqualTo("106.50");
    Files.writeString(f, json.replace("\"policy\": {", "\"policy\": { \"preset\": \"simda\","), StandardCharsets.UTF_8);
    Run bad = Run.of("score", f.toString());
    assertThat(bad.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(bad.err).contains("/policy/preset").contains("simda");
  }

  @Test
  void settingsNamedInTheFileOrOnTheCommandLineWinOverThePreset() throws Exception {
    // regional-truncated alone: (139,73 + 87,09) / 2 = 113,41
    Path f = file(HEAD + "# preset: regional-truncated\n" + REGIONAL);
    assertThat(unit(Run.of("score", f.toString(), "--format", "json"))).isEqualTo("113.41");
    // the file's own rounding wins over its preset: 139,7384… → 139,74 and 87,0967… → 87,10, mean 113,42
    Path halfUp = file(HEAD + "# preset: regional-truncated\n# rounding: half-up\n" + REGIONAL);
    assertThat(unit(Run.of("score", halfUp.toString(), "--format", "json"))).isEqualTo("113.42");
    // an option wins over the file's preset: the standard formula, truncated at each level: (139,73 + 85,18) / 2 = 112,455 → 112,45
    assertThat(unit(Run.of("score", f.toString(), "--format", "json", "--lower-formula", "inverse"))).isEqualTo("112.45");
    // a preset on the command line replaces the file's: wp-eval-sakip rounds half-up once: (139,7384… + 87,0967…) / 2 = 113,4176… → 113,42
    assertThat(unit(Run.of("score", f.toString(), "--format", "json", "--preset", "wp-eval-sakip"))).isEqualTo("113.42");
  }

  @Test
  void anUnknownPresetNamesThePlaceAndEveryPreset() throws Exception {
    Run option = Run.of("score", file(HEAD + WP_EVAL).toString(), "--preset", "simda");
    assertThat(option.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(option.err).contains("option --preset").contains("simda")
        .contains("standard, regional-truncated, wp-eval-sakip, kwanter-sakip, esakip-v2");
    Path f = file(HEAD + "# preset: simda\n" + WP_EVAL);
    Run header = Run.of("score", f.toString());
    assertThat(header.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(header.err).contains(f + ":2:").contains("simda");
  }
}
