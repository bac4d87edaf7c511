/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Band sets: one table per organisation level or period for the same indicator (issue 16). */
class BandSetTest {
  /** Tercapai from {@code threshold} (closed), Belum tercapai below it. */
  private static BandTable reached(String name, String threshold) {
    BigDecimal t = new BigDecimal(threshold);
    return BandTable.builder(name)
        .band("B", "Belum tercapai", Bound.inclusive(BigDecimal.ZERO), Bound.exclusive(t))
        .band("T", "Tercapai", Bound.inclusive(t), Bound.unbounded())
        .build();
  }

  private static final BandSet BY_LEVEL = BandSet.builder("cakupan imunisasi", BandSet.Dimension.LEVEL)
      .table("nasional", reached("nasional", "95"))
      .table("Kabupaten/Kota", reached("kabupaten/kota", "90"))
      .table("fasilitas", reached("fasilitas", "80"))
      .build();

  @Test
  void theSameValueIsClassifiedByTheTableOfItsLevel() {
    // 92: below the national 95, at or above the district 90 and the facility 80
    assertThat(BY_LEVEL.classify("nasional", new BigDecimal("92")).code()).isEqualTo("B");
    assertThat(BY_LEVEL.classify("kabupaten/kota", new BigDecimal("92")).code()).isEqualTo("T");
    assertThat(BY_LEVEL.classify(" KABUPATEN/KOTA ", new BigDecimal("89.99")).code()).isEqualTo("B");
    assertThat(BY_LEVEL.classify("fasilitas", new BigDecimal("80")).code()).isEqualTo("T");
    assertThat(BY_LEVEL.keys()).containsExactly("nasional", "Kabupaten/Kota", "fasilitas");
    assertThat(BY_LEVEL.table("Nasional").name()).isEqualTo("nasional");
  }

  @Test
  void aKeyWithoutATableIsAnErrorNamingTheKeyAndTheKeysThereAre() {
    assertThatThrownBy(() -> BY_LEVEL.classify("provinsi", new BigDecimal("92")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("band set cakupan imunisasi: level")
        .hasMessageContaining("provinsi")
        .hasMessageContaining("nasional, Kabupaten/Kota, fasilitas");
    assertThat(BY_LEVEL.find("provinsi")).isEmpty();
  }

  @Test
  void byPeriod() {
    BandSet byYear = BandSet.builder("capaian", BandSet.Dimension.PERIOD)
        .table("2023", reached("2023", "100")).table("2024", reached("2024", "90")).build();
    assertThat(byYear.classify("2023", new BigDecimal("95")).code()).isEqualTo("B");
    assertThat(byYear.classify("2024", new BigDecimal("95")).code()).isEqualTo("T");
    assertThatThrownBy(() -> byYear.table("2025")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("band set capaian: period").hasMessageContaining("2025").hasMessageContaining("2023, 2024");
  }

  @Test
  void keysAreUniqueAndNotBlankAndASetHasATable() {
    BandSet.Builder b = BandSet.builder("x", BandSet.Dimension.LEVEL).table("nasional", reached("a", "1"));
    assertThatThrownBy(() -> b.table("NASIONAL", reached("b", "2"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("has two band tables");
    assertThatThrownBy(() -> b.table(" ", reached("b", "2"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> BandSet.builder("x", BandSet.Dimension.LEVEL).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("band set x: tables");
  }
}
