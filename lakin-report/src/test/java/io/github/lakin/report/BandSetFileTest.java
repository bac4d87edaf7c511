/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.band.BandSet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A band set file: one band table per level (tingkat) or period (periode), issue 16. */
class BandSetFileTest {
  private static final String BY_LEVEL = "# name: cakupan-imunisasi\n# gap-policy: strict\n"
      + "level,code,label,lower,upper,upper-bound\n"
      + "nasional,B,Belum tercapai,0,95,open\n"
      + "nasional,T,Tercapai,95,,\n"
      + "kabupaten/kota,B,Belum tercapai,0,90,open\n"
      + "kabupaten/kota,T,Tercapai,90,,\n"
      + "fasilitas,B,Belum tercapai,0,80,open\n"
      + "fasilitas,T,Tercapai,80,,\n";

  @Test
  void oneTablePerLevel() {
    BandSet set = BandTableFile.readSet("set.csv", BY_LEVEL);
    assertThat(set.name()).isEqualTo("cakupan-imunisasi");
    assertThat(set.dimension()).isEqualTo(BandSet.Dimension.LEVEL);
    assertThat(set.keys()).containsExactly("nasional", "kabupaten/kota", "fasilitas");
    // 92: B against the national 95, T against the district 90
    assertThat(set.classify("nasional", new BigDecimal("92")).code()).isEqualTo("B");
    assertThat(set.classify("Kabupaten/Kota", new BigDecimal("92")).code()).isEqualTo("T");
    assertThat(set.table("fasilitas").name()).isEqualTo("cakupan-imunisasi (fasilitas)");
  }

  @Test
  void indonesianColumnNamesAndPeriodsInAnyOrder() {
    BandSet set = BandTableFile.readSet("p.csv", "# gap-policy: strict\nperiode;code;label;lower;upper;upper-bound\n"
        + "2024;B;Belum;0;90;open\n2023;B;Belum;0;100;open\n2024;T;Tercapai;90;;\n2023;T;Tercapai;100;;\n");
    assertThat(set.dimension()).isEqualTo(BandSet.Dimension.PERIOD);
    assertThat(set.keys()).containsExactly("2024", "2023");
    assertThat(set.classify("2023", new BigDecimal("95")).code()).isEqualTo("B");
    assertThat(set.classify("2024", new BigDecimal("95")).code()).isEqualTo("T");
  }

  @Test
  void eachTableIsCheckedAsATableFile() {
    // kabupaten/kota: B ends at 90 closed and T starts at 90 closed: overlap at line 7 ("kabupaten/kota,T,Tercapai,90,,": 3 header lines, 3 rows before), column 27
    String bad = BY_LEVEL.replace("kabupaten/kota,B,Belum tercapai,0,90,open", "kabupaten/kota,B,Belum tercapai,0,90,closed");
    assertThatThrownBy(() -> BandTableFile.readSet("set.csv", bad)).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("set.csv:7:27").hasMessageContaining("band T overlaps band B");
  }

  @Test
  void aRowWithoutItsLevelAndAFileWithoutTheColumnAreErrors() {
    String noKey = BY_LEVEL.replace("fasilitas,T,Tercapai", ",T,Tercapai");
    // line 9, the level column at column 1
    assertThatThrownBy(() -> BandTableFile.readSet("set.csv", noKey)).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("set.csv:9:1").hasMessageContaining("the level of band T");
    assertThatThrownBy(() -> BandTableFile.readSet("t.csv", "code,label,lower,upper\nA,a,0,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:1:1").hasMessageContaining("level (tingkat) or period");
    // and a set read as one table is refused, naming the column
    assertThatThrownBy(() -> BandTableFile.read("set.csv", BY_LEVEL)).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("set.csv:4:1").hasMessageContaining("one table per level");
    assertThatThrownBy(() -> BandTableFile.readSet("x.csv", "level,period,code,label,lower,upper\nnasional,2024,A,a,0,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("not both");
  }
}
