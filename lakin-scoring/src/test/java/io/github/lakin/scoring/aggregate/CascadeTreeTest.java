/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Pohon kinerja (issue 16): a parent's indicator derived from its children's, over several levels. */
class CascadeTreeTest {
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final RoundingPolicy TWO = RoundingPolicy.defaults();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void sumOverTwoLevels() {
    // K1 = 10 + 5,5 = 15,5; P = 15,5 + 4 = 19,5
    CascadeResult r = CascadeTree.builder()
        .derived("P", "Provinsi", "", CascadeRule.SUM)
        .derived("K1", "Kabupaten A", "P", CascadeRule.SUM)
        .leaf("D1", "Kecamatan A1", "K1", d("10"))
        .leaf("D2", "Kecamatan A2", "K1", d("5.5"))
        .leaf("K2", "Kabupaten B", "P", d("4"))
        .build().compute(TWO);
    assertThat(r.node("K1").value()).contains(Rational.parse("15.5"));
    assertThat(r.node("P").value()).contains(Rational.parse("19.5"));
    assertThat(r.node("P").status()).isEqualTo(CascadeStatus.DERIVED);
    assertThat(r.node("D1").status()).isEqualTo(CascadeStatus.GIVEN);
    assertThat(r.node("K1").explain(ID)).isEqualTo("jumlah dari D1, D2: 10,00 + 5,50 = 15,50");
    assertThat(r.node("P").explain(Locale.ENGLISH)).isEqualTo("sum of K1, K2: 15.50 + 4.00 = 19.50");
    assertThat(r.node("D1").explain(ID)).isEqualTo("nilai diisi: 10,00");
    assertThat(r.explain(ID)).isEqualTo("P Provinsi: jumlah dari K1, K2: 15,50 + 4,00 = 19,50\n"
        + "  K1 Kabupaten A: jumlah dari D1, D2: 10,00 + 5,50 = 15,50\n"
        + "    D1 Kecamatan A1: nilai diisi: 10,00\n"
        + "    D2 Kecamatan A2: nilai diisi: 5,50\n"
        + "  K2 Kabupaten B: nilai diisi: 4,00\n");
  }

  @Test
  void everyRuleOverThreeLevels() {
    // K1 = min(80; 92) = 80; P1 = (3 × 80 + 1 × 96) / (3 + 1) = 336 / 4 = 84;
    // P2 = max(70; 75,5) = 75,5; N = (84 + 75,5) / 2 = 79,75
    CascadeResult r = threeLevels(d("92")).compute(TWO);
    assertThat(r.node("K1").value()).contains(Rational.of(80));
    assertThat(r.node("P1").value()).contains(Rational.of(84));
    assertThat(r.node("P2").value()).contains(Rational.parse("75.5"));
    assertThat(r.node("N").value()).contains(Rational.parse("79.75"));
    assertThat(r.node("K1").explain(ID)).isEqualTo("terendah dari F1, F2: min(80,00; 92,00) = 80,00");
    assertThat(r.node("K1").explain(Locale.ENGLISH)).isEqualTo("minimum of F1, F2: min(80.00, 92.00) = 80.00");
    assertThat(r.node("P1").explain(ID)).isEqualTo("rata-rata tertimbang dari K1, K2: (3 × 80,00 + 1 × 96,00) / (3 + 1) = 84,00");
    assertThat(r.node("P2").explain(ID)).isEqualTo("tertinggi dari F3, F4: max(70,00; 75,50) = 75,50");
    assertThat(r.node("N").explain(Locale.ENGLISH)).isEqualTo("mean of P1, P2: (84.00 + 75.50) / 2 = 79.75");
    assertThat(r.roots()).extracting(CascadeNode::code).containsExactly("N");
  }

  private static CascadeTree threeLevels(BigDecimal f2) {
    CascadeTree.Builder b = CascadeTree.builder()
        .derived("N", "Nasional", "", CascadeRule.MEAN)
        .derived("P1", "Provinsi 1", "N", CascadeRule.WEIGHTED)
        .derived("K1", "Kabupaten 1", "P1", CascadeRule.MIN)
        .leaf("F1", "Puskesmas 1", "K1", d("80"));
    b = f2 == null ? b.missing("F2", "Puskesmas 2", "K1") : b.leaf("F2", "Puskesmas 2", "K1", f2);
    return b.leaf("K2", "Kabupaten 2", "P1", d("96"))
        .derived("P2", "Provinsi 2", "N", CascadeRule.MAX)
        .leaf("F3", "Puskesmas 3", "P2", d("70"))
        .leaf("F4", "Puskesmas 4", "P2", d("75.5"))
        .weight("K1", d("3")).weight("K2", d("1"))
        .build();
  }

  @Test
  void aLeafWithoutAValueMakesEveryNodeAboveItIncompleteNamingIt() {
    CascadeResult r = threeLevels(null).compute(TWO);
    assertThat(r.node("F2").status()).isEqualTo(CascadeStatus.MISSING);
    assertThat(r.node("F2").value()).isEmpty();
    assertThat(r.node("K1").status()).isEqualTo(CascadeStatus.INCOMPLETE);
    assertThat(r.node("N").status()).isEqualTo(CascadeStatus.INCOMPLETE);
    assertThat(r.node("N").value()).isEmpty();
    assertThat(r.node("N").missingLeaves()).containsExactly("F2");
    assertThat(r.node("P2").value()).contains(Rational.parse("75.5")); // the other branch still counts
    assertThat(r.node("K1").explain(ID)).isEqualTo("terendah dari F1, F2: tidak dapat dihitung, belum ada nilai: F2");
    assertThat(r.node("N").explain(ID)).isEqualTo("rata-rata dari P1, P2: tidak dapat dihitung, belum ada nilai: P1 (di bawahnya: F2)");
    assertThat(r.node("N").explain(Locale.ENGLISH))
        .isEqualTo("mean of P1, P2: cannot be computed, no value yet: P1 (below them: F2)");
    assertThat(r.node("F2").explain(Locale.ENGLISH)).isEqualTo("no value yet");
  }

  @Test
  void shownChildrenGiveTheShownResult() {
    // (106,505 + 100) / 2 = 103,2525 → 103,25; shown at 2 decimals (106,51 + 100,00) / 2 = 103,255 → 103,26:
    // so the children are shown with 3 decimals
    CascadeResult r = CascadeTree.builder().derived("U", "Unit", "", CascadeRule.MEAN)
        .leaf("A", "A", "U", d("106.505")).leaf("B", "B", "U", d("100")).build().compute(TWO);
    assertThat(r.node("U").explain(ID)).isEqualTo("rata-rata dari A, B: (106,505 + 100,000) / 2 = 103,25");
    // a mean that does not terminate: (100 + 100 + 101) / 3 = 100,333… → 100,33, exact inside
    CascadeResult third = CascadeTree.builder().derived("U", "Unit", "", CascadeRule.MEAN)
        .leaf("A", "A", "U", d("100")).leaf("B", "B", "U", d("100")).leaf("C", "C", "U", d("101")).build().compute(TWO);
    assertThat(third.node("U").value()).contains(Rational.of(301).divide(3));
    assertThat(third.node("U").rounded()).contains(d("100.33"));
  }

  @Test
  void treeErrorsNameTheCodes() {
    assertThatThrownBy(() -> CascadeTree.builder().derived("P", "P", "", CascadeRule.SUM).leaf("A", "A", "X", d("1")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cascade node A: parent").hasMessageContaining("\"X\"");
    assertThatThrownBy(() -> CascadeTree.builder().derived("R", "R", "", CascadeRule.SUM).leaf("L", "L", "R", d("1"))
        .derived("A", "A", "B", CascadeRule.SUM).derived("B", "B", "A", CascadeRule.SUM).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("A → B → A").hasMessageContaining("cycle");
    assertThatThrownBy(() -> CascadeTree.builder().derived("A", "A", "A", CascadeRule.SUM).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("A → A");
    assertThatThrownBy(() -> CascadeTree.builder().leaf("A", "A", "", d("1")).leaf("B", "B", "A", d("1")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cascade node A: children").hasMessageContaining("B");
    assertThatThrownBy(() -> CascadeTree.builder().derived("A", "A", "", CascadeRule.MEAN).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cascade node A: children");
    assertThatThrownBy(() -> CascadeTree.builder().leaf("A", "A", "", d("1")).leaf("A ", "A", "", d("1")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("given twice");
  }

  @Test
  void weightsBelongToTheChildrenOfAWeightedParentOnly() {
    CascadeTree.Builder missing = CascadeTree.builder().derived("P", "P", "", CascadeRule.WEIGHTED)
        .leaf("A", "A", "P", d("1")).leaf("B", "B", "P", d("2")).weight("A", d("1"));
    assertThatThrownBy(missing::build).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cascade node B: weight").hasMessageContaining("parent P is a weighted mean");
    CascadeTree.Builder misplaced = CascadeTree.builder().derived("P", "P", "", CascadeRule.SUM)
        .leaf("A", "A", "P", d("1")).weight("A", d("2"));
    assertThatThrownBy(misplaced::build).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cascade node A: weight").hasMessageContaining("not a weighted mean");
    CascadeTree.Builder zero = CascadeTree.builder().derived("P", "P", "", CascadeRule.WEIGHTED)
        .leaf("A", "A", "P", d("1")).weight("A", d("0"));
    assertThatThrownBy(zero::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("must not all be 0");
    assertThatThrownBy(() -> CascadeTree.builder().leaf("A", "A", "", d("1")).weight("A", d("-1")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be >= 0");
    // a weight of 0 for one child leaves it out of the mean: (0 × 50 + 2 × 80) / (0 + 2) = 80
    CascadeResult r = CascadeTree.builder().derived("P", "P", "", CascadeRule.WEIGHTED)
        .leaf("A", "A", "P", d("50")).leaf("B", "B", "P", d("80")).weight("A", d("0")).weight("B", d("2")).build().compute(TWO);
    assertThat(r.node("P").value()).contains(Rational.of(80));
    assertThat(r.node("P").explain(ID)).isEqualTo("rata-rata tertimbang dari A, B: (0 × 50,00 + 2 × 80,00) / (0 + 2) = 80,00");
  }
}
