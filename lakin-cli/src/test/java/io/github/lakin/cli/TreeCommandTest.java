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

/** {@code lakin tree FILE}: a performance tree derived and explained (issue 16). */
class TreeCommandTest {
  @TempDir
  Path dir;

  private Path file(String text) throws Exception {
    Path f = dir.resolve("pohon.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static final String TREE = "code,name,parent,rule,weight,value\nP,Jumlah desa mandiri,,jumlah,,\n"
      + "K1,Kabupaten A,P,,,12\nK2,Kabupaten B,P,,,\"7,5\"\n";

  @Test
  void derivesAndExplains() throws Exception {
    // 12 + 7,5 = 19,5
    Run r = Run.of("tree", file(TREE).toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo("Pohon kinerja pohon\n"
        + "P Jumlah desa mandiri: jumlah dari K1, K2: 12,00 + 7,50 = 19,50\n"
        + "  K1 Kabupaten A: nilai diisi: 12,00\n"
        + "  K2 Kabupaten B: nilai diisi: 7,50\n"
        + "1 simpul diturunkan, 0 tidak dapat dihitung\n");
    Run en = Run.of("tree", file(TREE).toString(), "--lang", "en", "--format", "json");
    assertThat(en.out).contains("\"code\" : \"P\"").contains("\"value\" : \"19.50\"").contains("\"status\" : \"derived\"")
        .contains("sum of K1, K2: 12.00 + 7.50 = 19.50");
  }

  @Test
  void aMissingValueIsAStatusAndABadFileAnErrorAtTheCell() throws Exception {
    Run r = Run.of("tree", file(TREE.replace("\"7,5\"", "-")).toString(), "--lang", "en");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("P Jumlah desa mandiri: sum of K1, K2: cannot be computed, no value yet: K2")
        .contains("0 nodes derived, 1 cannot be computed");
    Run bad = Run.of("tree", file(TREE.replace("K2,Kabupaten B,P,", "K2,Kabupaten B,Q,")).toString());
    assertThat(bad.code).isEqualTo(LakinCommand.BAD_INPUT);
    assertThat(bad.out).isEmpty();
    assertThat(bad.err).contains("pohon.csv:4:16").contains("no node of the file");
  }
}
