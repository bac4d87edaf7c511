/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BandTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void boundKeepsWrittenScaleButComparesNumerically() {
    Bound four = Bound.inclusive("4.00");
    assertThat(four.value()).isEqualByComparingTo("4");
    assertThat(four.value().toPlainString()).isEqualTo("4.00");
    assertThat(four).isEqualTo(Bound.inclusive("4")).hasSameHashCodeAs(Bound.inclusive("4"));
    assertThat(four).isNotEqualTo(Bound.exclusive("4.00"));
    assertThat(four.inclusive()).isTrue();
    assertThat(Bound.exclusive(d("90")).inclusive()).isFalse();
    assertThat(four.isUnbounded()).isFalse();
    assertThat(four).hasToString("4.00 (inclusive)");
    assertThat(Bound.exclusive("90")).hasToString("90 (exclusive)");
  }

  @Test
  void unboundedHasNoValue() {
    Bound u = Bound.unbounded();
    assertThat(u.isUnbounded()).isTrue();
    assertThat(u.inclusive()).isFalse();
    assertThatThrownBy(u::value).isInstanceOf(IllegalStateException.class);
    assertThat(u).hasToString("unbounded");
  }

  @Test
  void boundRejectsText() {
    assertThatThrownBy(() -> Bound.inclusive("88,31"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("bound must be a plain decimal such as 88.31, but was \"88,31\"");
    assertThatThrownBy(() -> Bound.exclusive((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void containsHonoursOpenAndClosedBounds() {
    Band aa = Band.of("AA", "Sangat Memuaskan", Bound.exclusive("90"), Bound.inclusive("100"));
    assertThat(aa.contains(d("90"))).isFalse();
    assertThat(aa.contains(d("90.00"))).isFalse();
    assertThat(aa.contains(d("90.0001"))).isTrue();
    assertThat(aa.contains(d("90.01"))).isTrue();
    assertThat(aa.contains(d("100"))).isTrue();
    assertThat(aa.contains(d("100.0001"))).isFalse();
    assertThat(aa.contains(Rational.of(271).divide(3))).isTrue(); // 90.333...

    Band open = Band.of("X", "X", Bound.inclusive("0"), Bound.exclusive("55"));
    assertThat(open.contains(d("0"))).isTrue();
    assertThat(open.contains(d("-0.0001"))).isFalse();
    assertThat(open.contains(d("54.9999"))).isTrue();
    assertThat(open.contains(d("55"))).isFalse();
  }

  @Test
  void unboundedBandsExtendWithoutEnd() {
    Band top = Band.of("SB", "Sangat Berhasil", Bound.inclusive("100"), Bound.unbounded());
    assertThat(top.contains(d("100"))).isTrue();
    assertThat(top.contains(d("99.9999"))).isFalse();
    assertThat(top.contains(d("1000000000"))).isTrue();
    Band bottom = Band.of("N", "Negatif", Bound.unbounded(), Bound.exclusive("0"));
    assertThat(bottom.contains(d("-1000000000"))).isTrue();
    assertThat(bottom.contains(d("0"))).isFalse();
    assertThat(top).hasToString("SB Sangat Berhasil [100, ∞)");
    assertThat(bottom).hasToString("N Negatif (-∞, 0)");
  }

  @Test
  void accessorsAndEquality() {
    Band a = Band.of("A", "Sangat Baik", "mutu pelayanan A", Bound.inclusive("88.31"), Bound.inclusive("100.00"));
    assertThat(a.code()).isEqualTo("A");
    assertThat(a.label()).isEqualTo("Sangat Baik");
    assertThat(a.description()).isEqualTo("mutu pelayanan A");
    assertThat(a.lower()).isEqualTo(Bound.inclusive("88.31"));
    assertThat(a.upper()).isEqualTo(Bound.inclusive("100"));
    assertThat(a).hasToString("A Sangat Baik [88.31, 100.00]");
    Band same = Band.of("A", "Sangat Baik", "mutu pelayanan A", Bound.inclusive("88.310"), Bound.inclusive("100"));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(Band.of("A", "Sangat Baik", Bound.inclusive("88.31"), Bound.inclusive("100")));
    assertThat(Band.of("B", "Baik", Bound.inclusive("1"), Bound.inclusive("2")).description()).isEmpty();
  }

  @Test
  void onePointBandNeedsBothBoundsInclusive() {
    Band paripurna = Band.of("TP", "Tuntas Paripurna", Bound.inclusive("100"), Bound.inclusive("100"));
    assertThat(paripurna.contains(d("100"))).isTrue();
    assertThat(paripurna.contains(d("99.9999"))).isFalse();
    assertThatThrownBy(() -> Band.of("X", "X", Bound.exclusive("90"), Bound.inclusive("90")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("band X is empty")
        .hasMessageContaining("90 (exclusive)");
  }

  @Test
  void rejectsInvalidBands() {
    assertThatThrownBy(() -> Band.of("A", "Memuaskan", Bound.exclusive("90"), Bound.inclusive("80")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band A lower bound 90 is above its upper bound 80");
    assertThatThrownBy(() -> Band.of(" ", "Memuaskan", Bound.inclusive("1"), Bound.inclusive("2")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band code must not be blank, but was \" \"");
    assertThatThrownBy(() -> Band.of("A", "", Bound.inclusive("1"), Bound.inclusive("2")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band A: label must not be blank, but was \"\"");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> Band.of(null, "x", Bound.unbounded(), Bound.unbounded()))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> Band.of("x", null, Bound.unbounded(), Bound.unbounded()))
        .isInstanceOf(NullPointerException.class).hasMessage("label");
    assertThatThrownBy(() -> Band.of("x", "x", null, Bound.unbounded(), Bound.unbounded()))
        .isInstanceOf(NullPointerException.class).hasMessage("description");
    assertThatThrownBy(() -> Band.of("x", "x", null, Bound.unbounded()))
        .isInstanceOf(NullPointerException.class).hasMessage("lower");
    assertThatThrownBy(() -> Band.of("x", "x", Bound.unbounded(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("upper");
    Band b = Band.of("x", "x", Bound.unbounded(), Bound.unbounded());
    assertThatThrownBy(() -> b.contains((BigDecimal) null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> b.contains((Rational) null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
  }
}
