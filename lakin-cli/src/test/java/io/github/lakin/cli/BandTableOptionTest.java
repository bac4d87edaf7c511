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
}
