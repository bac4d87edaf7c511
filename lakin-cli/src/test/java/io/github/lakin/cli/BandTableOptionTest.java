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

/** {@code lakin band --table FILE VALUE}: a local capaian scale (DOMAIN §8) from a CSV file. */
class BandTableOptionTest {
  @TempDir
  Path dir;

  private Path table(String text) throws Exception {
    Path f = dir.resolve("skala.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static final String LOCAL = "# name: capaian-daerah\n# gap-policy: strict\ncode,label,lower,upper,upper-bound\n"
      + "KB,Kurang Berhasil,0,55,open\nCB,Cukup Berhasil,55,75,open\nB,Berhasil,75,100,open\nSB,Sangat Berhasil,100,,\n";

  @Test
  void classifiesWithTheFilesTable() throws Exception {
    // B runs [75, 100): 99,95 is B, and SB starts at 100: 0,05 points short
    Run r = Run.of("band", "--table", table(LOCAL).toString(), "99,95", "--lang", "en");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("capaian-daerah: 99.95 → B (Berhasil)").contains("To SB: 0.05 points");
    Run sb = Run.of("band", "--table", table(LOCAL).toString(), "100");
    assertThat(sb.out).contains("capaian-daerah: 100 → SB (Sangat Berhasil)");
  }

  @Test
  void aTableErrorNamesTheFileLineAndColumn() throws Exception {
    // KB and CB both closed at 55: line 4 ("CB,Cukup Berhasil,55,75,open"), the lower bound at column 19
    Path f = table(LOCAL.replace("KB,Kurang Berhasil,0,55,open", "KB,Kurang Berhasil,0,55,closed").replace("# gap-policy: strict\n", ""));
    Run r = Run.of("band", "--table", f.toString(), "60");
    assertThat(r.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(r.err).contains("skala.csv:4:19").contains("band CB overlaps band KB");
  }

  @Test
  void theStockTablesAsBeforeAndAMissingValue() throws Exception {
    assertThat(Run.of("band", "sakip", "69,31", "--lang", "en").out).contains("→ B (");
    Run r = Run.of("band", "--table", table(LOCAL).toString());
    assertThat(r.code).isNotZero();
  }

  private static final String BY_LEVEL = "# name: cakupan-imunisasi\n# gap-policy: strict\nlevel,code,label,lower,upper,upper-bound\n"
      + "nasional,B,Belum tercapai,0,95,open\nnasional,T,Tercapai,95,,\n"
      + "kabupaten/kota,B,Belum tercapai,0,90,open\nkabupaten/kota,T,Tercapai,90,,\n";

  @Test
  void aBandSetChoosesTheTableOfTheLevel() throws Exception {
    // 92 is below the national 95 (B, 3 points to T) and at or above the district 90 (T)
    Run nasional = Run.of("band", "--table", table(BY_LEVEL).toString(), "--level", "nasional", "92", "--lang", "en");
    assertThat(nasional.code).as(nasional.toString()).isZero();
    assertThat(nasional.out).contains("cakupan-imunisasi (nasional): 92 → B (Belum tercapai)").contains("To T: 3.00 points");
    Run kab = Run.of("band", "--table", table(BY_LEVEL).toString(), "--tingkat", "kabupaten/kota", "92");
    assertThat(kab.out).contains("cakupan-imunisasi (kabupaten/kota): 92 → T (Tercapai)");
  }

  @Test
  void aBandSetWithoutTheLevelOrWithAnUnknownLevelIsAnError() throws Exception {
    Run none = Run.of("band", "--table", table(BY_LEVEL).toString(), "92");
    assertThat(none.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(none.err).contains("one band table per level (nasional, kabupaten/kota)").contains("--level KEY");
    Run unknown = Run.of("band", "--table", table(BY_LEVEL).toString(), "--level", "provinsi", "92");
    assertThat(unknown.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(unknown.err).contains("provinsi").contains("has no band table").contains("nasional, kabupaten/kota");
    Run period = Run.of("band", "--table", table(BY_LEVEL).toString(), "--period", "2024", "92");
    assertThat(period.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(period.err).contains("choose one with --level KEY, not --period");
    Run single = Run.of("band", "--table", table(LOCAL).toString(), "--level", "nasional", "92");
    assertThat(single.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(single.err).contains("holds one band table").contains("leave out --level");
    assertThat(Run.of("band", "sakip", "69,31", "--level", "nasional").code).isEqualTo(LakinCommand.BAD_INPUT);
  }
}
