/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrecisionAndOrdinalTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator.Builder twoDecimals(Target t) {
    return Indicator.builder().code("1.1").name("Nilai").unit(MeasureUnit.index()).target(t).decimals(2);
  }

  @Test
  void aTargetWithMoreDecimalsThanAllowedIsAnError() {
    assertThatThrownBy(() -> twoDecimals(Target.exact(d("69.315"))).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("indicator 1.1: target 69.315 has 3 decimals, but indicator 1.1 allows 2");
    assertThatThrownBy(() -> twoDecimals(Target.range(d("80"), d("90.125"))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("target.upper 90.125 has 3 decimals");
    assertThatThrownBy(() -> twoDecimals(Target.atMost(d("9.999"))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("has 3 decimals");
  }

  @Test
  void trailingZerosAndCountsDoNotCount() {
    assertThat(twoDecimals(Target.exact(d("69.310"))).build().decimals()).contains(2);
    assertThat(twoDecimals(Target.exact(d("1200"))).build().target()).isEqualTo(Target.exact(d("1200")));
    Indicator i = twoDecimals(Target.exact(d("80"))).build();
    i.requirePrecision(Realization.of(d("95.50")));
    i.requirePrecision(Realization.ofCounts(23, 24)); // 95,8333…: derived from counts, not given
    assertThatThrownBy(() -> i.requirePrecision(Realization.of(d("95.505"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("indicator 1.1: realisasi 95.505 has 3 decimals");
    assertThatThrownBy(() -> twoDecimals(Target.exact(d("1"))).decimals(11).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("decimals");
  }

  @Test
  void auditOpinionScoresAndCodesIgnoreCase() {
    OrdinalScale bpk = OrdinalScale.auditOpinion();
    assertThat(bpk.score("TMP")).isEqualTo(1);
    assertThat(bpk.score("tw")).isEqualTo(2);
    assertThat(bpk.score(" Wdp ")).isEqualTo(3);
    assertThat(bpk.score("WTP")).isEqualTo(4);
    assertThat(bpk.code("wtp")).isEqualTo("WTP");
    assertThatThrownBy(() -> bpk.score("WTT")).isInstanceOf(InvalidValueException.class).hasMessageContaining("WTT");
    assertThat(OrdinalScale.builtIn("Opini BPK")).contains(bpk);
    assertThat(OrdinalScale.builtIn("sakip")).contains(OrdinalScale.sakipPredicate());
    assertThat(OrdinalScale.builtIn("lain")).isEmpty();
    OrdinalScale odd = OrdinalScale.of("x", java.util.List.of("a", "A", "b"));
    assertThat(odd.score("A")).isEqualTo(2); // the exact spelling wins
    assertThat(odd.score("B")).isEqualTo(3);
    assertThatThrownBy(() -> OrdinalScale.of("y", java.util.List.of("ab", "AB")).find("Ab"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("it matches both");
  }

  @Test
  void aCategoricalTargetAndAnotherOrdinalScaleDisagree() {
    assertThatThrownBy(() -> Indicator.builder().code("O").name("Opini").unit(MeasureUnit.other("opini"))
        .target(Target.category("WTP", OrdinalScale.auditOpinion())).ordinalScale(OrdinalScale.sakipPredicate()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ordinalScale");
  }
}
