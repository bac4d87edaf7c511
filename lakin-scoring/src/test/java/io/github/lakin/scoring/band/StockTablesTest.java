/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every edge of every stock table, with expected bands from DOMAIN.md §8. */
class StockTablesTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
    // SAKIP, lower bounds open, D includes 0
    "sakip, 0, D", "sakip, 0.00, D", "sakip, 15, D", "sakip, 30, D", "sakip, 30.00, D", "sakip, 30.01, C",
    "sakip, 30.0001, C", "sakip, 50, C", "sakip, 50.01, CC", "sakip, 60, CC", "sakip, 60.01, B",
    "sakip, 69.31, B", "sakip, 70, B", "sakip, 70.01, BB", "sakip, 80, BB", "sakip, 80.01, A",
    "sakip, 82.96, A", "sakip, 90, A", "sakip, 90.00, A", "sakip, 90.0001, AA", "sakip, 90.01, AA",
    "sakip, 100, AA", "sakip, 100.00, AA",
    // IKM NRR 2017, lower-bound inclusive across the written gaps
    "ikm-nrr, 1.00, D", "ikm-nrr, 1, D", "ikm-nrr, 2.5996, D", "ikm-nrr, 2.5999, D", "ikm-nrr, 2.60, C",
    "ikm-nrr, 2.901, C", "ikm-nrr, 3.064, C", "ikm-nrr, 3.0643, C", "ikm-nrr, 3.0644, B", "ikm-nrr, 3.45, B",
    "ikm-nrr, 3.532, B", "ikm-nrr, 3.5321, B", "ikm-nrr, 3.53239, B", "ikm-nrr, 3.5324, A", "ikm-nrr, 3.6036, A",
    "ikm-nrr, 4.00, A",
    // IKM konversi 2017
    "ikm-konversi, 25.00, D", "ikm-konversi, 25, D", "ikm-konversi, 64.99, D", "ikm-konversi, 64.995, D",
    "ikm-konversi, 64.9999, D", "ikm-konversi, 65.00, C", "ikm-konversi, 72.525, C", "ikm-konversi, 76.60, C",
    "ikm-konversi, 76.605, C", "ikm-konversi, 76.61, B", "ikm-konversi, 85, B", "ikm-konversi, 88.30, B",
    "ikm-konversi, 88.305, B", "ikm-konversi, 88.31, A", "ikm-konversi, 90.09, A", "ikm-konversi, 100.00, A",
    // IKM NRR 2004
    "ikm-2004-nrr, 1.00, D", "ikm-2004-nrr, 1.75, D", "ikm-2004-nrr, 1.755, D", "ikm-2004-nrr, 1.76, C",
    "ikm-2004-nrr, 2.50, C", "ikm-2004-nrr, 2.505, C", "ikm-2004-nrr, 2.51, B", "ikm-2004-nrr, 3.25, B",
    "ikm-2004-nrr, 3.255, B", "ikm-2004-nrr, 3.26, A", "ikm-2004-nrr, 4.00, A",
    // IKM konversi 2004
    "ikm-2004-konversi, 25.00, D", "ikm-2004-konversi, 43.75, D", "ikm-2004-konversi, 43.755, D",
    "ikm-2004-konversi, 43.76, C", "ikm-2004-konversi, 62.50, C", "ikm-2004-konversi, 62.505, C",
    "ikm-2004-konversi, 62.51, B", "ikm-2004-konversi, 81.25, B", "ikm-2004-konversi, 81.255, B",
    "ikm-2004-konversi, 81.26, A", "ikm-2004-konversi, 100.00, A",
    // Indeks Pelayanan Publik 0–5
    "ipp, 0, F", "ipp, 1.00, F", "ipp, 1.005, F", "ipp, 1.01, E", "ipp, 1.50, E", "ipp, 1.505, E",
    "ipp, 1.51, D", "ipp, 2.00, D", "ipp, 2.005, D", "ipp, 2.01, C-", "ipp, 2.50, C-", "ipp, 2.505, C-",
    "ipp, 2.51, C", "ipp, 3.00, C", "ipp, 3.005, C", "ipp, 3.01, B-", "ipp, 3.50, B-", "ipp, 3.505, B-",
    "ipp, 3.51, B", "ipp, 4.00, B", "ipp, 4.005, B", "ipp, 4.01, A-", "ipp, 4.50, A-", "ipp, 4.505, A-",
    "ipp, 4.51, A", "ipp, 5.00, A", "ipp, 5, A",
    // Indeks Profesionalitas ASN
    "ip-asn, 0, SANGAT_RENDAH", "ip-asn, 60, SANGAT_RENDAH", "ip-asn, 60.5, SANGAT_RENDAH",
    "ip-asn, 60.9999, SANGAT_RENDAH", "ip-asn, 61, RENDAH", "ip-asn, 70, RENDAH", "ip-asn, 70.5, RENDAH",
    "ip-asn, 71, SEDANG", "ip-asn, 80, SEDANG", "ip-asn, 80.5, SEDANG", "ip-asn, 81, TINGGI", "ip-asn, 90, TINGGI",
    "ip-asn, 90.5, TINGGI", "ip-asn, 90.9999, TINGGI", "ip-asn, 91, SANGAT_TINGGI", "ip-asn, 100, SANGAT_TINGGI",
    // SPM bidang sosial
    "spm, 0, BELUM_TUNTAS", "spm, 59.99, BELUM_TUNTAS", "spm, 59.9999, BELUM_TUNTAS", "spm, 60, TUNTAS_MUDA",
    "spm, 69, TUNTAS_MUDA", "spm, 69.5, TUNTAS_MUDA", "spm, 70, TUNTAS_PRATAMA", "spm, 79, TUNTAS_PRATAMA",
    "spm, 79.5, TUNTAS_PRATAMA", "spm, 80, TUNTAS_MADYA", "spm, 89.5, TUNTAS_MADYA", "spm, 90, TUNTAS_UTAMA",
    "spm, 95.83, TUNTAS_UTAMA", "spm, 99, TUNTAS_UTAMA", "spm, 99.5, TUNTAS_UTAMA", "spm, 99.9999, TUNTAS_UTAMA",
    "spm, 100, TUNTAS_PARIPURNA", "spm, 100.00, TUNTAS_PARIPURNA",
    // Indeks Perencanaan Pembangunan
    "ipp-pembangunan, 0, SANGAT_KURANG", "ipp-pembangunan, 60, SANGAT_KURANG", "ipp-pembangunan, 60.5, SANGAT_KURANG",
    "ipp-pembangunan, 61, KURANG", "ipp-pembangunan, 70.5, KURANG", "ipp-pembangunan, 71, CUKUP_BAIK",
    "ipp-pembangunan, 80.5, CUKUP_BAIK", "ipp-pembangunan, 81, BAIK", "ipp-pembangunan, 88.83, BAIK",
    "ipp-pembangunan, 90.5, BAIK", "ipp-pembangunan, 91, SANGAT_BAIK", "ipp-pembangunan, 100, SANGAT_BAIK",
  })
  void edges(String table, String value, String code) {
    BandTable t = StockTables.byName(table);
    BigDecimal v = new BigDecimal(value);
    assertThat(t.classify(v).code()).isEqualTo(code);
    assertThat(t.classify(Rational.of(v)).code()).isEqualTo(code);
    assertThat(t.find(v)).map(Band::code).contains(code);
    assertThat(t.find(Rational.of(v))).map(Band::code).contains(code);
  }

  @ParameterizedTest(name = "{0}: {1} is outside the domain")
  @CsvSource({
    "sakip, -0.01", "sakip, 100.01", "sakip, 100.0001", "sakip, -1",
    "ikm-nrr, 0.9999", "ikm-nrr, 4.0001", "ikm-nrr, 0",
    "ikm-konversi, 24.99", "ikm-konversi, 100.01", "ikm-konversi, 0",
    "ikm-2004-nrr, 0.99", "ikm-2004-nrr, 4.01",
    "ikm-2004-konversi, 24.9999", "ikm-2004-konversi, 100.001",
    "ipp, -0.01", "ipp, 5.01", "ipp, 5.0001",
    "ip-asn, -0.5", "ip-asn, 100.5",
    "spm, -0.01", "spm, 100.01",
    "ipp-pembangunan, -1", "ipp-pembangunan, 100.0001",
  })
  void outsideTheDomain(String table, String value) {
    BandTable t = StockTables.byName(table);
    BigDecimal v = new BigDecimal(value);
    assertThatThrownBy(() -> t.classify(v))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("band table '" + table + "': value must lie in the table's domain ")
        .hasMessageEndingWith(", but was " + value);
    assertThatThrownBy(() -> t.classify(Rational.of(v)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("band table '" + table + "'");
    assertThat(t.find(v)).isEmpty();
    assertThat(t.inDomain(Rational.of(v))).isFalse();
  }

  @Test
  void domainIsNamedInTheMessage() {
    assertThatThrownBy(() -> StockTables.sakip().classify(new BigDecimal("100.01")))
        .hasMessage("band table 'sakip': value must lie in the table's domain [0, 100], but was 100.01");
    assertThatThrownBy(() -> StockTables.ikmNrr().classify(new BigDecimal("4.01")))
        .hasMessage("band table 'ikm-nrr': value must lie in the table's domain [1.00, 4.00], but was 4.01");
  }

  @Test
  void sakipBands() {
    assertThat(StockTables.sakip().bands())
        .extracting(Band::code, Band::label)
        .containsExactly(
            tuple("D", "Sangat Kurang"), tuple("C", "Kurang"), tuple("CC", "Cukup Memadai"), tuple("B", "Baik"),
            tuple("BB", "Sangat Baik"), tuple("A", "Memuaskan"), tuple("AA", "Sangat Memuaskan"));
    Band aa = StockTables.sakip().band("AA");
    assertThat(aa.lower()).isEqualTo(Bound.exclusive("90"));
    assertThat(aa.upper()).isEqualTo(Bound.inclusive("100"));
    Band d = StockTables.sakip().band("D");
    assertThat(d.lower()).isEqualTo(Bound.inclusive("0"));
    assertThat(d.upper()).isEqualTo(Bound.inclusive("30"));
  }

  @Test
  void ikmBands() {
    for (BandTable t : new BandTable[] {StockTables.ikmNrr(), StockTables.ikmKonversi(),
        StockTables.ikmLegacy2004Nrr(), StockTables.ikmLegacy2004Konversi()}) {
      assertThat(t.bands())
          .extracting(Band::code, Band::label, Band::description)
          .containsExactly(
              tuple("D", "Tidak Baik", "mutu pelayanan D"), tuple("C", "Kurang Baik", "mutu pelayanan C"),
              tuple("B", "Baik", "mutu pelayanan B"), tuple("A", "Sangat Baik", "mutu pelayanan A"));
      assertThat(t.gapPolicy()).isEqualTo(GapPolicy.LOWER_BOUND_INCLUSIVE);
    }
    assertThat(StockTables.ikmNrr().band("B").upper().value().toPlainString()).isEqualTo("3.532");
    assertThat(StockTables.ikmKonversi().band("A").lower()).isEqualTo(Bound.inclusive("88.31"));
    assertThat(StockTables.ikmLegacy2004Konversi().band("A").lower()).isEqualTo(Bound.inclusive("81.26"));
  }

  @Test
  void ippBands() {
    assertThat(StockTables.indeksPelayananPublik().bands())
        .extracting(Band::code, Band::label)
        .containsExactly(
            tuple("F", "Gagal"), tuple("E", "Sangat Buruk"), tuple("D", "Buruk"),
            tuple("C-", "Cukup (dengan catatan)"), tuple("C", "Cukup"), tuple("B-", "Baik (dengan catatan)"),
            tuple("B", "Baik"), tuple("A-", "Sangat Baik"), tuple("A", "Pelayanan Prima"));
  }

  @Test
  void otherBandLabels() {
    assertThat(StockTables.indeksProfesionalitasAsn().bands())
        .extracting(Band::label)
        .containsExactly("Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi");
    assertThat(StockTables.spmSosial().bands())
        .extracting(Band::label)
        .containsExactly("Belum Tuntas", "Tuntas Muda", "Tuntas Pratama", "Tuntas Madya", "Tuntas Utama",
            "Tuntas Paripurna");
    assertThat(StockTables.indeksPerencanaanPembangunan().bands())
        .extracting(Band::label)
        .containsExactly("Sangat Kurang", "Kurang", "Cukup Baik", "Baik", "Sangat Baik");
  }

  @Test
  void verificationAndGapPolicyOfEachTable() {
    assertThat(StockTables.names().stream().map(StockTables::byName))
        .extracting(BandTable::name, BandTable::verification, BandTable::gapPolicy)
        .containsExactly(
            tuple("sakip", Verification.VERIFIED, GapPolicy.STRICT),
            tuple("ikm-nrr", Verification.VERIFIED, GapPolicy.LOWER_BOUND_INCLUSIVE),
            tuple("ikm-konversi", Verification.VERIFIED, GapPolicy.LOWER_BOUND_INCLUSIVE),
            tuple("ikm-2004-nrr", Verification.PARTLY_VERIFIED, GapPolicy.LOWER_BOUND_INCLUSIVE),
            tuple("ikm-2004-konversi", Verification.PARTLY_VERIFIED, GapPolicy.LOWER_BOUND_INCLUSIVE),
            tuple("ipp", Verification.VERIFIED, GapPolicy.LOWER_BOUND_INCLUSIVE),
            tuple("ip-asn", Verification.VERIFIED, GapPolicy.LOWER_BOUND_INCLUSIVE),
            tuple("spm", Verification.PARTLY_VERIFIED, GapPolicy.LOWER_BOUND_INCLUSIVE),
            tuple("ipp-pembangunan", Verification.PARTLY_VERIFIED, GapPolicy.LOWER_BOUND_INCLUSIVE));
  }

  @Test
  void sourcesAreRecorded() {
    assertThat(StockTables.sakip().source()).contains("Nomor 88 Tahun 2021");
    assertThat(StockTables.ikmNrr().source()).contains("Nomor 14 Tahun 2017");
    assertThat(StockTables.ikmKonversi().source()).contains("Nomor 14 Tahun 2017");
    assertThat(StockTables.ikmLegacy2004Nrr().source()).contains("KEP/25/M.PAN/2/2004");
    assertThat(StockTables.ikmLegacy2004Konversi().source()).contains("KEP/25/M.PAN/2/2004");
    assertThat(StockTables.ikmLegacy2004Konversi().notes()).contains("81,26");
    assertThat(StockTables.indeksProfesionalitasAsn().source()).contains("Nomor 38 Tahun 2018");
    assertThat(StockTables.spmSosial().source()).contains("SPM");
    assertThat(StockTables.indeksPerencanaanPembangunan().notes()).contains("> 60");
    for (String name : StockTables.names()) {
      assertThat(StockTables.byName(name).source()).as(name).isNotBlank();
    }
  }

  @Test
  void byNameAndNames() {
    assertThat(StockTables.names()).containsExactly(
        "sakip", "ikm-nrr", "ikm-konversi", "ikm-2004-nrr", "ikm-2004-konversi", "ipp", "ip-asn", "spm",
        "ipp-pembangunan");
    assertThat(StockTables.byName("sakip")).isSameAs(StockTables.sakip());
    assertThat(StockTables.byName("ikm-nrr")).isSameAs(StockTables.ikmNrr());
    assertThat(StockTables.byName("ikm-konversi")).isSameAs(StockTables.ikmKonversi());
    assertThat(StockTables.byName("ikm-2004-nrr")).isSameAs(StockTables.ikmLegacy2004Nrr());
    assertThat(StockTables.byName("ikm-2004-konversi")).isSameAs(StockTables.ikmLegacy2004Konversi());
    assertThat(StockTables.byName("ipp")).isSameAs(StockTables.indeksPelayananPublik());
    assertThat(StockTables.byName("ip-asn")).isSameAs(StockTables.indeksProfesionalitasAsn());
    assertThat(StockTables.byName("spm")).isSameAs(StockTables.spmSosial());
    assertThat(StockTables.byName("ipp-pembangunan")).isSameAs(StockTables.indeksPerencanaanPembangunan());
    assertThatThrownBy(() -> StockTables.byName("SAKIP"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table name must be one of sakip, ikm-nrr, ikm-konversi, ikm-2004-nrr, ikm-2004-konversi,"
            + " ipp, ip-asn, spm, ipp-pembangunan, but was \"SAKIP\"");
    assertThatThrownBy(() -> StockTables.byName(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> StockTables.names().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> StockTables.sakip().bands().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void worksWithTheWorkedExample() {
    // DOMAIN §12: SAKIP 69.31 → B; IKM 90.09 → A
    assertThat(StockTables.sakip().classify(new BigDecimal("69.31")).code()).isEqualTo("B");
    assertThat(StockTables.ikmKonversi().classify(new BigDecimal("90.09")).code()).isEqualTo("A");
  }
}
