/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.Rational;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.CascadeResult;
import io.github.lakin.scoring.aggregate.CascadeRule;
import io.github.lakin.scoring.aggregate.CascadeStatus;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A performance tree (pohon kinerja) from a CSV file, and its errors at file:line:column. */
class CascadeTreeFileTest {
  private static final String TREE = "# name: contoh\n# decimals: 2\ncode,name,parent,rule,weight,value\n"
      + "P,Jumlah desa mandiri,,jumlah,,\n"
      + "K1,Kabupaten A,P,jumlah,,\n"
      + "K1.1,Kecamatan A1,K1,,,12\n"
      + "K1.2,Kecamatan A2,K1,,,7\n"
      + "K2,Kabupaten B,P,,,9\n"
      + "I,Indeks kepuasan,,tertimbang,,\n"
      + "I1,Kabupaten A,I,,2,\"82,5\"\n"
      + "I2,Kabupaten B,I,,1,\"76,25\"\n";

  @Test
  void readsAndDerivesTheTree() {
    CascadeTreeFile f = CascadeTreeFile.read("pohon.csv", TREE);
    assertThat(f.name()).isEqualTo("contoh");
    CascadeResult r = f.tree().compute(f.rounding());
    // P = (12 + 7) + 9 = 28; I = (2 × 82,5 + 1 × 76,25) / 3 = 241,25 / 3 = 80,41666… → 80,42
    assertThat(r.node("P").value()).contains(Rational.of(28));
    assertThat(r.node("I").value()).contains(Rational.parse("241.25").divide(3));
    assertThat(r.node("I").rounded()).contains(new BigDecimal("80.42"));
    assertThat(r.node("I").rule()).contains(CascadeRule.WEIGHTED);
    assertThat(r.node("I").explain(Locale.forLanguageTag("id")))
        .isEqualTo("rata-rata tertimbang dari I1, I2: (2 × 82,50 + 1 × 76,25) / (2 + 1) = 80,42");
  }

  @Test
  void indonesianColumnsAMissingValueAndDecimals() {
    CascadeTreeFile f = CascadeTreeFile.read("p.csv", "# decimals: 1\nkode;nama;induk;turunan;nilai\nA;Atas;;rata-rata;\n"
        + "B;Bawah 1;A;;N/A\nC;Bawah 2;A;;3\n");
    CascadeResult r = f.tree().compute(f.rounding());
    assertThat(r.node("B").status()).isEqualTo(CascadeStatus.MISSING);
    assertThat(r.node("A").status()).isEqualTo(CascadeStatus.INCOMPLETE);
    assertThat(r.node("C").rounded()).contains(new BigDecimal("3.0"));
  }

  @Test
  void errorsNameTheCell() {
    // an unknown parent: line 5 "K1.1,Kecamatan A1,KX,,,12", the parent at column 19
    assertThatThrownBy(() -> CascadeTreeFile.read("pohon.csv", TREE.replace("K1.1,Kecamatan A1,K1,", "K1.1,Kecamatan A1,KX,")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("pohon.csv:6:19").hasMessageContaining("no node of the file");
    // a value on a derived node: line 4 "P,Jumlah desa mandiri,,jumlah,,5", the value at column 32
    assertThatThrownBy(() -> CascadeTreeFile.read("pohon.csv", TREE.replace("P,Jumlah desa mandiri,,jumlah,,", "P,Jumlah desa mandiri,,jumlah,,5")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("pohon.csv:4:32").hasMessageContaining("leave its value empty");
    // a cycle: P under K1 and K1 under P; named at P's code (line 4, column 1)
    assertThatThrownBy(() -> CascadeTreeFile.read("pohon.csv", TREE.replace("P,Jumlah desa mandiri,,", "P,Jumlah desa mandiri,K1,")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("pohon.csv:4:1").hasMessageContaining("P → K1 → P");
    // a weight missing under a weighted parent: I2 (line 11, column 1)
    assertThatThrownBy(() -> CascadeTreeFile.read("pohon.csv", TREE.replace("I2,Kabupaten B,I,,1,", "I2,Kabupaten B,I,,,")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("pohon.csv:11:1").hasMessageContaining("cascade node I2: weight");
    assertThatThrownBy(() -> CascadeTreeFile.read("pohon.csv", TREE.replace("jumlah", "total")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("pohon.csv:4:24").hasMessageContaining("a cascade rule");
    assertThatThrownBy(() -> CascadeTreeFile.read("pohon.csv", TREE.replace("K2,Kabupaten B", "K1,Kabupaten B")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("pohon.csv:8:1").hasMessageContaining("given twice (first at line 5)");
    assertThatThrownBy(() -> CascadeTreeFile.read("pohon.csv", TREE.replace("# decimals: 2", "# decimals: 11")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("pohon.csv:2:").hasMessageContaining("0 to 10");
  }
}
