/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightedIndexTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void generalIndexNormalisesWeightsBySum() {
    // (80/100 × 2 + 3/4 × 1 + 10/20 × 1) / 4 × 100 = (1.6 + 0.75 + 0.5) / 4 × 100 = 71.25
    WeightedIndex idx = WeightedIndex.of(
        WeightedComponent.of("a", d("80"), d("100"), d("2")),
        WeightedComponent.of("b", d("3"), d("4"), d("1")),
        WeightedComponent.of("c", d("10"), d("20"), d("1")));
    assertThat(idx.value()).isEqualTo(Rational.parse("71.25"));
    assertThat(idx.rounded()).isEqualByComparingTo("71.25");
    assertThat(idx.weightSum()).isEqualTo(Rational.of(4));
    // contributions 40 + 18.75 + 12.5
    assertThat(idx.contributions()).containsExactly(Rational.of(40), Rational.parse("18.75"), Rational.parse("12.5"));
    assertThat(idx.band()).isEmpty();
  }

  @Test
  void otherScale() {
    // on a 1–4 style scale of 4: (1/2 × 1 + 1 × 1) / 2 × 4 = 3
    WeightedIndex idx = WeightedIndex.of(
        WeightedComponent.of("a", d("1"), d("2"), d("1")),
        WeightedComponent.of("b", d("5"), d("5"), d("1"))).withScale(d("4"));
    assertThat(idx.value()).isEqualTo(Rational.of(3));
  }

  @Test
  void nonTerminatingValueIsExactAndRoundedOnce() {
    // 1/3 × 1 / 1 × 100 = 33.333… → 33.33
    WeightedIndex idx = WeightedIndex.of(WeightedComponent.of("a", d("1"), d("3"), d("7")));
    assertThat(idx.value()).isEqualTo(Rational.parse("100/3"));
    assertThat(idx.rounded()).isEqualByComparingTo("33.33");
  }

  @Test
  void indeksProfesionalitasAsn() {
    // S2 20 + kompetensi 32 + kinerja 25 + disiplin 5 = 82 → Tinggi (81–90)
    WeightedIndex ip = WeightedIndex.indeksProfesionalitasAsn(Education.S2, d("32"), d("25"), d("5"));
    assertThat(ip.value()).isEqualTo(Rational.of(82));
    assertThat(ip.band().orElseThrow().label()).isEqualTo("Tinggi");
    // S3 25 + 40 + 30 + 5 = 100 → Sangat Tinggi
    assertThat(WeightedIndex.indeksProfesionalitasAsn(Education.S3, d("40"), d("30"), d("5")).band().orElseThrow().label())
        .isEqualTo("Sangat Tinggi");
    // S1/D4 15 + 30 + 25 + 5 = 75 → Sedang
    assertThat(WeightedIndex.indeksProfesionalitasAsn(Education.S1_D4, d("30"), d("25"), d("5")).band().orElseThrow().label())
        .isEqualTo("Sedang");
    // D3 10 + 28 + 20 + 4 = 62 → Rendah
    assertThat(WeightedIndex.indeksProfesionalitasAsn(Education.D3, d("28"), d("20"), d("4")).band().orElseThrow().label())
        .isEqualTo("Rendah");
    // below SLTA 1 + 20 + 20 + 3 = 44 → Sangat Rendah; SLTA 5 + 20 + 20 + 3 = 48
    WeightedIndex low = WeightedIndex.indeksProfesionalitasAsn(Education.BELOW_SLTA, d("20"), d("20"), d("3"));
    assertThat(low.value()).isEqualTo(Rational.of(44));
    assertThat(low.band().orElseThrow().label()).isEqualTo("Sangat Rendah");
    assertThat(WeightedIndex.indeksProfesionalitasAsn(Education.SLTA_D1_D2, d("20"), d("20"), d("3")).value())
        .isEqualTo(Rational.of(48));
    // 25 + 35.5 + 25 + 5 = 90.5: between the printed 81–90 and 91–100, lower-bound inclusive → Tinggi
    assertThat(WeightedIndex.indeksProfesionalitasAsn(Education.S3, d("35.5"), d("25"), d("5")).band().orElseThrow().label())
        .isEqualTo("Tinggi");
  }

  @Test
  void educationPoints() {
    assertThat(Education.S3.points()).isEqualByComparingTo("25");
    assertThat(Education.S2.points()).isEqualByComparingTo("20");
    assertThat(Education.S1_D4.points()).isEqualByComparingTo("15");
    assertThat(Education.D3.points()).isEqualByComparingTo("10");
    assertThat(Education.SLTA_D1_D2.points()).isEqualByComparingTo("5");
    assertThat(Education.BELOW_SLTA.points()).isEqualByComparingTo("1");
  }

  @Test
  void indeksPerencanaanPembangunan() {
    // 0.6 × 90 + 0.3 × 85 + 0.1 × 80 = 54 + 25.5 + 8 = 87.5 → Baik (81–90)
    WeightedIndex ipp = WeightedIndex.indeksPerencanaanPembangunan(d("90"), d("85"), d("80"));
    assertThat(ipp.value()).isEqualTo(Rational.parse("87.5"));
    assertThat(ipp.band().orElseThrow().label()).isEqualTo("Baik");
    // 0.6 × 95 + 0.3 × 92 + 0.1 × 90 = 57 + 27.6 + 9 = 93.6 → Sangat Baik
    assertThat(WeightedIndex.indeksPerencanaanPembangunan(d("95"), d("92"), d("90")).band().orElseThrow().label())
        .isEqualTo("Sangat Baik");
    // 0.6 × 50 + 0.3 × 60 + 0.1 × 70 = 30 + 18 + 7 = 55 → Sangat Kurang
    assertThat(WeightedIndex.indeksPerencanaanPembangunan(d("50"), d("60"), d("70")).band().orElseThrow().label())
        .isEqualTo("Sangat Kurang");
  }

  @Test
  void badWeightsAreRefused() {
    assertThatThrownBy(() -> WeightedComponent.of("kinerja", d("20"), d("30"), d("-1")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("component kinerja: weight must be >= 0, but was -1");
    assertThatThrownBy(() -> WeightedIndex.of(
        WeightedComponent.of("a", d("1"), d("2"), d("0")), WeightedComponent.of("b", d("1"), d("2"), d("0.00"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("weights must not all be zero (their sum must be > 0), but was 0");
    assertThatThrownBy(() -> WeightedIndex.of(java.util.List.of()))
        .hasMessage("components must be at least 1, but was 0");
    assertThatThrownBy(() -> WeightedIndex.of(
        WeightedComponent.of("a", d("1"), d("2"), d("1")), WeightedComponent.of("a", d("1"), d("2"), d("1"))))
        .hasMessage("component name must be unique, but was \"a\"");
  }

  @Test
  void badValuesAreRefused() {
    assertThatThrownBy(() -> WeightedIndex.indeksProfesionalitasAsn(Education.S2, d("41"), d("25"), d("5")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("component kompetensi: value must be between 0 and 40, but was 41");
    assertThatThrownBy(() -> WeightedIndex.indeksPerencanaanPembangunan(d("90"), d("-1"), d("80")))
        .hasMessage("component sinkronisasi: value must be between 0 and 100, but was -1");
    assertThatThrownBy(() -> WeightedComponent.of("a", d("0"), d("0"), d("1")))
        .hasMessage("component a: max must be > 0, but was 0");
    assertThatThrownBy(() -> WeightedIndex.of(WeightedComponent.of("a", d("1"), d("2"), d("1"))).withScale(d("0")))
        .hasMessage("scale must be > 0, but was 0");
  }
}
