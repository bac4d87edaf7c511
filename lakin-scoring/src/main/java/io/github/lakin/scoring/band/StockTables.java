/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static io.github.lakin.scoring.band.Bound.exclusive;
import static io.github.lakin.scoring.band.Bound.inclusive;

import io.github.lakin.core.InvalidValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tabel predikat baku (stock band tables): the band tables of the regulations that performance
 * reports cite, each with its source and how well that source was {@link Verification verified}.
 *
 * <p>Every table is also available by name ({@link #byName(String)}): {@code sakip}, {@code
 * ikm-nrr}, {@code ikm-konversi}, {@code ikm-2004-nrr}, {@code ikm-2004-konversi}, {@code ipp},
 * {@code ip-asn}, {@code spm}, {@code ipp-pembangunan}. A table's {@link BandTable#name()} is its
 * name here. The tables are immutable constants; every call returns the same instance.
 *
 * <p>The tables are immutable: safe to share between threads.
 *
 * @since 0.1.0
 */
public final class StockTables {
  private StockTables() {}

  private static final BandTable SAKIP =
      BandTable.builder("sakip")
          .source("Peraturan Menteri PANRB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja"
              + " Instansi Pemerintah")
          .verification(Verification.VERIFIED)
          .gapPolicy(GapPolicy.STRICT)
          .band("D", "Sangat Kurang", inclusive("0"), inclusive("30"))
          .band("C", "Kurang", exclusive("30"), inclusive("50"))
          .band("CC", "Cukup Memadai", exclusive("50"), inclusive("60"))
          .band("B", "Baik", exclusive("60"), inclusive("70"))
          .band("BB", "Sangat Baik", exclusive("70"), inclusive("80"))
          .band("A", "Memuaskan", exclusive("80"), inclusive("90"))
          .band("AA", "Sangat Memuaskan", exclusive("90"), inclusive("100"))
          .build();

  private static final String IKM_2017 =
      "Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan"
          + " Masyarakat Unit Penyelenggara Pelayanan Publik";

  private static final BandTable IKM_NRR =
      BandTable.builder("ikm-nrr")
          .source(IKM_2017 + " (nilai interval, skala NRR 1,00–4,00)")
          .verification(Verification.VERIFIED)
          .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
          .band("D", "Tidak Baik", "mutu pelayanan D", inclusive("1.00"), inclusive("2.5996"))
          .band("C", "Kurang Baik", "mutu pelayanan C", inclusive("2.60"), inclusive("3.064"))
          .band("B", "Baik", "mutu pelayanan B", inclusive("3.0644"), inclusive("3.532"))
          .band("A", "Sangat Baik", "mutu pelayanan A", inclusive("3.5324"), inclusive("4.00"))
          .build();

  private static final BandTable IKM_KONVERSI =
      BandTable.builder("ikm-konversi")
          .source(IKM_2017 + " (nilai interval konversi, skala 25,00–100,00)")
          .verification(Verification.VERIFIED)
          .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
          .band("D", "Tidak Baik", "mutu pelayanan D", inclusive("25.00"), inclusive("64.99"))
          .band("C", "Kurang Baik", "mutu pelayanan C", inclusive("65.00"), inclusive("76.60"))
          .band("B", "Baik", "mutu pelayanan B", inclusive("76.61"), inclusive("88.30"))
          .band("A", "Sangat Baik", "mutu pelayanan A", inclusive("88.31"), inclusive("100.00"))
          .build();

  private static final String IKM_2004 =
      "Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004 tentang Pedoman Umum Penyusunan Indeks"
          + " Kepuasan Masyarakat Unit Pelayanan Instansi Pemerintah (14 unsur)";

  private static final String IKM_2004_NOTES =
      "Only 'A from 81,26' (konversi) is confirmed by the sources checked; the other bounds follow"
          + " the published KepMenPAN 25/2004 table but were not checked against it.";

  private static final BandTable IKM_2004_NRR =
      BandTable.builder("ikm-2004-nrr")
          .source(IKM_2004 + " (nilai interval, skala NRR 1,00–4,00)")
          .notes(IKM_2004_NOTES)
          .verification(Verification.PARTLY_VERIFIED)
          .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
          .band("D", "Tidak Baik", "mutu pelayanan D", inclusive("1.00"), inclusive("1.75"))
          .band("C", "Kurang Baik", "mutu pelayanan C", inclusive("1.76"), inclusive("2.50"))
          .band("B", "Baik", "mutu pelayanan B", inclusive("2.51"), inclusive("3.25"))
          .band("A", "Sangat Baik", "mutu pelayanan A", inclusive("3.26"), inclusive("4.00"))
          .build();

  private static final BandTable IKM_2004_KONVERSI =
      BandTable.builder("ikm-2004-konversi")
          .source(IKM_2004 + " (nilai interval konversi, skala 25,00–100,00)")
          .notes(IKM_2004_NOTES)
          .verification(Verification.PARTLY_VERIFIED)
          .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
          .band("D", "Tidak Baik", "mutu pelayanan D", inclusive("25.00"), inclusive("43.75"))
          .band("C", "Kurang Baik", "mutu pelayanan C", inclusive("43.76"), inclusive("62.50"))
          .band("B", "Baik", "mutu pelayanan B", inclusive("62.51"), inclusive("81.25"))
          .band("A", "Sangat Baik", "mutu pelayanan A", inclusive("81.26"), inclusive("100.00"))
          .build();

  private static final BandTable IPP =
      BandTable.builder("ipp")
          .source("Indeks Pelayanan Publik, Kementerian PANRB: Peraturan Menteri PANRB Nomor 17 Tahun"
              + " 2017 tentang Pedoman Penilaian Kinerja Unit Penyelenggara Pelayanan Publik")
          .notes("Band values verified; the regulation number is recorded from the evaluation guideline"
              + " and not cross-checked against the printed table.")
          .verification(Verification.VERIFIED)
          .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
          .band("F", "Gagal", inclusive("0"), inclusive("1.00"))
          .band("E", "Sangat Buruk", inclusive("1.01"), inclusive("1.50"))
          .band("D", "Buruk", inclusive("1.51"), inclusive("2.00"))
          .band("C-", "Cukup (dengan catatan)", inclusive("2.01"), inclusive("2.50"))
          .band("C", "Cukup", inclusive("2.51"), inclusive("3.00"))
          .band("B-", "Baik (dengan catatan)", inclusive("3.01"), inclusive("3.50"))
          .band("B", "Baik", inclusive("3.51"), inclusive("4.00"))
          .band("A-", "Sangat Baik", inclusive("4.01"), inclusive("4.50"))
          .band("A", "Pelayanan Prima", inclusive("4.51"), inclusive("5.00"))
          .build();

  private static final BandTable IP_ASN =
      BandTable.builder("ip-asn")
          .source("Peraturan Menteri PANRB Nomor 38 Tahun 2018 tentang Pengukuran Indeks"
              + " Profesionalitas Aparatur Sipil Negara")
          .verification(Verification.VERIFIED)
          .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
          .band("SANGAT_RENDAH", "Sangat Rendah", inclusive("0"), inclusive("60"))
          .band("RENDAH", "Rendah", inclusive("61"), inclusive("70"))
          .band("SEDANG", "Sedang", inclusive("71"), inclusive("80"))
          .band("TINGGI", "Tinggi", inclusive("81"), inclusive("90"))
          .band("SANGAT_TINGGI", "Sangat Tinggi", inclusive("91"), inclusive("100"))
          .build();

  private static final BandTable SPM =
      BandTable.builder("spm")
          .source("Kategori ketuntasan Standar Pelayanan Minimal (SPM) bidang sosial, from a"
              + " ministry's manual indikator kinerja")
          .notes("Taken from one ministry's indicator manual, not from the SPM regulation itself.")
          .verification(Verification.PARTLY_VERIFIED)
          .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
          .band("BELUM_TUNTAS", "Belum Tuntas", inclusive("0"), exclusive("60"))
          .band("TUNTAS_MUDA", "Tuntas Muda", inclusive("60"), inclusive("69"))
          .band("TUNTAS_PRATAMA", "Tuntas Pratama", inclusive("70"), inclusive("79"))
          .band("TUNTAS_MADYA", "Tuntas Madya", inclusive("80"), inclusive("89"))
          .band("TUNTAS_UTAMA", "Tuntas Utama", inclusive("90"), inclusive("99"))
          .band("TUNTAS_PARIPURNA", "Tuntas Paripurna", inclusive("100"), inclusive("100"))
          .build();

  private static final BandTable IPP_PEMBANGUNAN =
      BandTable.builder("ipp-pembangunan")
          .source("Indeks Perencanaan Pembangunan, kategori penilaian as printed in a ministry's"
              + " performance documents; the regulation was not identified")
          .notes("The source prints the lowest band as '> 60', a typo for '<= 60'.")
          .verification(Verification.PARTLY_VERIFIED)
          .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
          .band("SANGAT_KURANG", "Sangat Kurang", inclusive("0"), inclusive("60"))
          .band("KURANG", "Kurang", inclusive("61"), inclusive("70"))
          .band("CUKUP_BAIK", "Cukup Baik", inclusive("71"), inclusive("80"))
          .band("BAIK", "Baik", inclusive("81"), inclusive("90"))
          .band("SANGAT_BAIK", "Sangat Baik", inclusive("91"), inclusive("100"))
          .build();

  private static final Map<String, BandTable> BY_NAME = index(
      SAKIP, IKM_NRR, IKM_KONVERSI, IKM_2004_NRR, IKM_2004_KONVERSI, IPP, IP_ASN, SPM, IPP_PEMBANGUNAN);

  private static final List<String> NAMES = List.copyOf(BY_NAME.keySet());

  private static Map<String, BandTable> index(BandTable... tables) {
    Map<String, BandTable> m = new LinkedHashMap<>();
    for (BandTable t : tables) {
      m.put(t.name(), t);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Predikat SAKIP (PermenPANRB 88/2021), 0–100, lower bounds open: D 0–30 (0 included), C &gt;
   * 30–50, CC &gt; 50–60, B &gt; 60–70, BB &gt; 70–80, A &gt; 80–90, AA &gt; 90–100. So 90 is A,
   * 90,01 is AA and 80 is BB. The bands meet exactly, so the gap policy is {@link GapPolicy#STRICT}.
   * {@link Verification#VERIFIED}.
   *
   * @return the table named {@code sakip}
   */
  public static BandTable sakip() {
    return SAKIP;
  }

  /**
   * Mutu pelayanan IKM on the NRR scale 1,00–4,00 (PermenPANRB 14/2017): D 1,00–2,5996, C
   * 2,60–3,064, B 3,0644–3,532, A 3,5324–4,00; labels are the kinerja unit (Tidak Baik, Kurang
   * Baik, Baik, Sangat Baik), the description names the mutu. The written gaps are closed by
   * {@link GapPolicy#LOWER_BOUND_INCLUSIVE} (3,5321 is B). {@link Verification#VERIFIED}.
   *
   * @return the table named {@code ikm-nrr}
   */
  public static BandTable ikmNrr() {
    return IKM_NRR;
  }

  /**
   * Mutu pelayanan IKM on the converted scale 25,00–100,00 (PermenPANRB 14/2017): D 25,00–64,99,
   * C 65,00–76,60, B 76,61–88,30, A 88,31–100,00, {@link GapPolicy#LOWER_BOUND_INCLUSIVE} (88,305
   * is B). {@link Verification#VERIFIED}.
   *
   * @return the table named {@code ikm-konversi}
   */
  public static BandTable ikmKonversi() {
    return IKM_KONVERSI;
  }

  /**
   * The predecessor IKM table on the NRR scale (KepMenPAN 25/2004, 14 unsur), still used by some
   * units: D 1,00–1,75, C 1,76–2,50, B 2,51–3,25, A 3,26–4,00, {@link
   * GapPolicy#LOWER_BOUND_INCLUSIVE}. {@link Verification#PARTLY_VERIFIED}: the sources checked
   * confirm only that A starts at 81,26 on the converted scale.
   *
   * @return the table named {@code ikm-2004-nrr}
   */
  public static BandTable ikmLegacy2004Nrr() {
    return IKM_2004_NRR;
  }

  /**
   * The predecessor IKM table on the converted scale (KepMenPAN 25/2004, 14 unsur): D
   * 25,00–43,75, C 43,76–62,50, B 62,51–81,25, A 81,26–100,00, {@link
   * GapPolicy#LOWER_BOUND_INCLUSIVE}. {@link Verification#PARTLY_VERIFIED}: the sources checked
   * confirm only that A starts at 81,26.
   *
   * @return the table named {@code ikm-2004-konversi}
   */
  public static BandTable ikmLegacy2004Konversi() {
    return IKM_2004_KONVERSI;
  }

  /**
   * Indeks Pelayanan Publik, 0–5: F Gagal 0–1,00; E Sangat Buruk 1,01–1,50; D Buruk 1,51–2,00; C-
   * Cukup (dengan catatan) 2,01–2,50; C Cukup 2,51–3,00; B- Baik (dengan catatan) 3,01–3,50; B Baik
   * 3,51–4,00; A- Sangat Baik 4,01–4,50; A Pelayanan Prima 4,51–5,00. Codes use an ASCII hyphen
   * ({@code "A-"}). {@link GapPolicy#LOWER_BOUND_INCLUSIVE} (4,505 is A-). {@link
   * Verification#VERIFIED} for the bands; the regulation number in {@link BandTable#source()} was
   * not cross-checked.
   *
   * @return the table named {@code ipp}
   */
  public static BandTable indeksPelayananPublik() {
    return IPP;
  }

  /**
   * Indeks Profesionalitas ASN (PermenPANRB 38/2018), 0–100: SANGAT_RENDAH ≤ 60, RENDAH 61–70,
   * SEDANG 71–80, TINGGI 81–90, SANGAT_TINGGI 91–100 (labels Sangat Rendah … Sangat Tinggi). {@link
   * GapPolicy#LOWER_BOUND_INCLUSIVE}: 90,5 is Tinggi and 60,5 Sangat Rendah. {@link
   * Verification#VERIFIED}.
   *
   * @return the table named {@code ip-asn}
   */
  public static BandTable indeksProfesionalitasAsn() {
    return IP_ASN;
  }

  /**
   * Ketuntasan SPM bidang sosial, 0–100: BELUM_TUNTAS &lt; 60, TUNTAS_MUDA 60–69, TUNTAS_PRATAMA
   * 70–79, TUNTAS_MADYA 80–89, TUNTAS_UTAMA 90–99, TUNTAS_PARIPURNA 100. {@link
   * GapPolicy#LOWER_BOUND_INCLUSIVE}: 99,5 is Tuntas Utama, only 100 is Tuntas Paripurna. {@link
   * Verification#PARTLY_VERIFIED}: taken from one ministry's indicator manual, not from the SPM
   * regulation.
   *
   * @return the table named {@code spm}
   */
  public static BandTable spmSosial() {
    return SPM;
  }

  /**
   * Indeks Perencanaan Pembangunan, 0–100: SANGAT_KURANG ≤ 60, KURANG 61–70, CUKUP_BAIK 71–80, BAIK
   * 81–90, SANGAT_BAIK 91–100. The source prints the lowest band as "&gt; 60", a typo for "≤ 60"
   * (it would overlap every other band). {@link GapPolicy#LOWER_BOUND_INCLUSIVE}. {@link
   * Verification#PARTLY_VERIFIED}: the regulation behind the table was not identified.
   *
   * @return the table named {@code ipp-pembangunan}
   */
  public static BandTable indeksPerencanaanPembangunan() {
    return IPP_PEMBANGUNAN;
  }

  /**
   * The stock table with the given name.
   *
   * @param name one of {@link #names()}, e.g. {@code "sakip"}; exact, case-sensitive
   * @return the table
   * @throws InvalidValueException if no stock table has that name; the message lists the names
   */
  public static BandTable byName(String name) {
    Objects.requireNonNull(name, "name");
    BandTable t = BY_NAME.get(name);
    if (t == null) {
      throw InvalidValueException.of("band table name", name, "must be one of " + String.join(", ", names()));
    }
    return t;
  }

  /** Returns the names of the stock tables, in the order of this class. */
  public static List<String> names() {
    return NAMES;
  }
}
