/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.band.BandTable;
import io.github.lakin.scoring.band.GapPolicy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A user's band table from a CSV file (DOMAIN §8), and its errors at file:line:column. */
class BandTableFileTest {
  /** IKM konversi as PermenPANRB 14/2017 writes it: 0,01-wide gaps (64,99 | 65,00, 76,60 | 76,61, 88,30 | 88,31). */
  private static final String IKM_ROWS = "code;label;lower;upper\nD;Tidak Baik;25,00;64,99\nC;Kurang Baik;65,00;76,60\n"
      + "B;Baik;76,61;88,30\nA;Sangat Baik;88,31;100,00\n";

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void theIkmTableAsWrittenWithTheLowerBoundInclusivePolicy() {
    BandTable t = BandTableFile.read("ikm.csv", "# name: ikm-konversi-lokal\n# source: PermenPANRB 14/2017\n"
        + "# gap-policy: lower-bound-inclusive\n" + IKM_ROWS);
    assertThat(t.name()).isEqualTo("ikm-konversi-lokal");
    assertThat(t.source()).isEqualTo("PermenPANRB 14/2017");
    assertThat(t.gapPolicy()).isEqualTo(GapPolicy.LOWER_BOUND_INCLUSIVE);
    // DOMAIN §8: a value in the gap 88,30 | 88,31 is B; 88,31 is A; 100 is A
    assertThat(t.classify(d("88.305")).code()).isEqualTo("B");
    assertThat(t.classify(d("88.31")).code()).isEqualTo("A");
    assertThat(t.classify(d("100")).code()).isEqualTo("A");
    assertThat(t.classify(d("25")).code()).isEqualTo("D");
  }

  @Test
  void aGapWithoutADeclaredPolicyIsAnErrorAtTheNextBandsLowerBound() {
    // line 2 is the header, line 3 band D, line 4 band C; "65,00" starts at column 15 of "C;Kurang Baik;65,00;76,60"
    assertThatThrownBy(() -> BandTableFile.read("ikm.csv", "# name: ikm\n" + IKM_ROWS))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("ikm.csv:4:15")
        .hasMessageContaining("between band D (ends at 64,99) and band C").hasMessageContaining("gap-policy");
  }

  @Test
  void aStrictPolicyRefusesAValueInTheGap() {
    BandTable t = BandTableFile.read("ikm.csv", "# gap-policy: strict\n" + IKM_ROWS);
    assertThat(t.name()).isEqualTo("ikm.csv");
    assertThat(t.find(d("88.305"))).isEmpty();
    assertThat(t.classify(d("88.30")).code()).isEqualTo("B");
  }

  @Test
  void sakipWithOpenLowerBounds() {
    // DOMAIN §8: lower bounds open, so 90 is A and 90,01 is AA; 80 is BB
    String csv = "code,label,lower,upper,lower-bound\nD,Sangat Kurang,0,30,\nC,Kurang,30,50,open\nCC,Cukup Memadai,50,60,open\n"
        + "B,Baik,60,70,open\nBB,Sangat Baik,70,80,open\nA,Memuaskan,80,90,open\nAA,Sangat Memuaskan,90,100,open\n";
    BandTable t = BandTableFile.read("sakip.csv", csv);
    assertThat(t.classify(d("90")).code()).isEqualTo("A");
    assertThat(t.classify(d("90.01")).code()).isEqualTo("AA");
    assertThat(t.classify(d("80")).code()).isEqualTo("BB");
    assertThat(t.classify(d("30")).code()).isEqualTo("D");
  }

  @Test
  void anOverlapNeedsAnOpenBoundOrTheLowerBoundInclusivePolicy() {
    // "Berhasil 75–100" and "Sangat Berhasil ≥ 100", both closed at 100: 100 would be in two bands
    String rows = "code,label,lower,upper\nB,Berhasil,75,100\nSB,Sangat Berhasil,100,\n";
    assertThatThrownBy(() -> BandTableFile.read("lokal.csv", rows)).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("lokal.csv:3:20").hasMessageContaining("band SB overlaps band B")
        .hasMessageContaining("mark one of the two bounds open");
    BandTable t = BandTableFile.read("lokal.csv", "# gap-policy: lower-bound-inclusive\n" + rows);
    assertThat(t.classify(d("100")).code()).isEqualTo("SB");
    assertThat(t.classify(d("99.99")).code()).isEqualTo("B");
    BandTable open = BandTableFile.read("lokal.csv", "code,label,lower,upper,upper-bound\nB,Berhasil,75,100,open\nSB,Sangat Berhasil,100,,\n");
    assertThat(open.classify(d("100")).code()).isEqualTo("SB");
  }

  @Test
  void badCellsAreErrorsAtTheirPlace() {
    assertThatThrownBy(() -> BandTableFile.read("x.csv", "code,label,lower,upper\nB,Baik,7x,80\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("x.csv:2:8");
    assertThatThrownBy(() -> BandTableFile.read("x.csv", "code,label,lower,upper,colour\nB,Baik,70,80,red\n"))
        .hasMessageContaining("x.csv:1:24").hasMessageContaining("unknown column");
    assertThatThrownBy(() -> BandTableFile.read("x.csv", "code,label,lower,upper,upper-bound\nB,Baik,70,80,half\n"))
        .hasMessageContaining("x.csv:2:14").hasMessageContaining("write closed");
    assertThatThrownBy(() -> BandTableFile.read("x.csv", "# gap-policy: loose\ncode,label,lower,upper\nB,Baik,70,80\n"))
        .hasMessageContaining("x.csv:1:15").hasMessageContaining("write strict");
    assertThatThrownBy(() -> BandTableFile.read("x.csv", "code,label,lower,upper\nA,Baik,80,90\nB,Cukup,60,80\n"))
        .hasMessageContaining("x.csv:3:9").hasMessageContaining("listed from the lowest");
    assertThatThrownBy(() -> BandTableFile.read("x.csv", "code,label,lower,upper\nA,Baik,90,80\n"))
        .hasMessageContaining("x.csv:2:1").hasMessageContaining("above its upper bound");
    assertThatThrownBy(() -> BandTableFile.read("x.csv", "code,label,lower,upper\nA,Baik,,80\nB,Cukup,80,90\nC,Lagi,,\n"))
        .hasMessageContaining("x.csv:4:").hasMessageContaining("only the first band may have no lower bound");
    assertThatThrownBy(() -> BandTableFile.read("x.csv", "code,label,lower\nA,Baik,80\n"))
        .hasMessageContaining("the column 'upper' is missing");
  }
}
