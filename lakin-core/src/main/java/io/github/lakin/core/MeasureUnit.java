/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Satuan (unit of measure) of an indicator: persen, indeks, a count of something (dokumen, orang),
 * hari, hari kerja, bulan, Rupiah, or a free label.
 *
 * <p>A unit also says whether negative values are allowed; none is by default (a growth rate in
 * percent is declared with {@link #allowingNegative()}).
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MeasureUnit {

  /** Jenis satuan: the kind of a unit of measure. */
  public enum Kind {
    /** Persen (%). */
    PERCENT,
    /** Indeks / nilai (a score on a scale). */
    INDEX,
    /** Jumlah: a count of a noun such as dokumen, orang, laporan. */
    COUNT,
    /** Hari (calendar days). */
    DAYS,
    /** Hari kerja (working days). */
    WORKING_DAYS,
    /** Bulan (months). */
    MONTHS,
    /** Rupiah. */
    RUPIAH,
    /** Any other unit, by its label. */
    OTHER
  }

  MeasureUnit() {}

  /** Returns the kind of unit. */
  public abstract Kind kind();

  /** Returns the label shown in tables, e.g. {@code "%"}, {@code "dokumen"}, {@code "hari kerja"}. */
  public abstract String label();

  /** Returns whether negative targets and realisations are allowed (false unless declared). */
  @Value.Default
  public boolean negativeAllowed() {
    return false;
  }

  /** Returns persen. */
  public static MeasureUnit percent() {
    return of(Kind.PERCENT, "%");
  }

  /** Returns indeks (a score). */
  public static MeasureUnit index() {
    return of(Kind.INDEX, "indeks");
  }

  /**
   * Returns a count of that noun.
   *
   * @param noun what is counted, e.g. {@code "dokumen"} or {@code "orang"}
   * @return a count of that noun
   */
  public static MeasureUnit count(String noun) {
    return of(Kind.COUNT, noun);
  }

  /** Returns hari (calendar days). */
  public static MeasureUnit days() {
    return of(Kind.DAYS, "hari");
  }

  /** Returns hari kerja (working days). */
  public static MeasureUnit workingDays() {
    return of(Kind.WORKING_DAYS, "hari kerja");
  }

  /** Returns bulan (months). */
  public static MeasureUnit months() {
    return of(Kind.MONTHS, "bulan");
  }

  /** Returns rupiah. */
  public static MeasureUnit rupiah() {
    return of(Kind.RUPIAH, "Rp");
  }

  /**
   * Returns a free unit with that label.
   *
   * @param label any label, e.g. {@code "km"}
   * @return a free unit with that label
   */
  public static MeasureUnit other(String label) {
    return of(Kind.OTHER, label);
  }

  /**
   * A unit of any kind with the label printed in tables, e.g. {@code of(Kind.COUNT, "laporan")};
   * what JSON readers use to rebuild a unit exactly as it was written.
   *
   * @param kind the kind
   * @param label the label shown in tables
   * @return the unit
   * @throws InvalidValueException if the label is blank
   */
  public static MeasureUnit of(Kind kind, String label) {
    return ImmutableMeasureUnit.builder().kind(kind).label(label).build();
  }

  /** Returns the same unit, but allowing negative values (e.g. a growth rate). */
  public MeasureUnit allowingNegative() {
    return ImmutableMeasureUnit.builder().from(this).negativeAllowed(true).build();
  }

  /** Returns whether this unit measures a duration (days, working days, months). */
  public boolean isDuration() {
    return kind() == Kind.DAYS || kind() == Kind.WORKING_DAYS || kind() == Kind.MONTHS;
  }

  /**
   * The labels {@link #parse(String)} reads as counts (case-insensitive, spaces collapsed). A count
   * settles how a number is read: {@code 1.250 desa} is 1250 (DOMAIN §13).
   */
  public static final java.util.Set<String> COUNT_NOUNS = java.util.Set.of(
      "orang", "jiwa", "penduduk", "kk", "keluarga", "rumah tangga", "rt", "rumah", "desa", "kelurahan", "desa/kelurahan",
      "kecamatan", "kabupaten", "kota", "kabupaten/kota", "kab/kota", "provinsi", "daerah", "wilayah", "dokumen", "laporan",
      "kegiatan", "program", "rekomendasi", "unit", "satker", "opd", "instansi", "lembaga", "kali", "buah",
      "paket", "perkara", "kasus", "peserta", "siswa", "pegawai", "asn", "sekolah", "perusahaan", "umkm", "koperasi",
      "titik", "lokasi", "sertifikat", "izin", "produk", "inovasi", "aplikasi", "regulasi", "peraturan", "perda", "kejadian",
      "pelaku", "korban", "pengaduan", "layanan", "sarana", "prasarana", "judul", "naskah", "ekor", "pohon", "batang",
      "kelompok", "usaha", "pasien", "bayi", "balita", "ibu", "set", "eksemplar");

  /**
   * Reads a unit label as printed in reports: {@code "%"}, {@code "persen"}, {@code "indeks"},
   * {@code "nilai"}, {@code "hari"}, {@code "hari kerja"}, {@code "HK"}, {@code "bulan"},
   * {@code "Rp"}, {@code "rupiah"}; the nouns of {@link #COUNT_NOUNS} (orang, KK, desa,
   * dokumen, laporan, kegiatan, …) become counts (the label in lower case); anything else is {@link Kind#OTHER}. Non-breaking
   * and other Unicode spaces count as spaces, and runs of spaces as one ({@code "hari\u00A0kerja"}
   * is {@code "hari kerja"}).
   *
   * @param label the printed label
   * @return the unit
   * @throws InvalidValueException if the label is blank
   */
  public static MeasureUnit parse(String label) {
    String t = Checks.collapseSpaces(java.util.Objects.requireNonNull(label, "unit label"));
    if (t.isEmpty()) {
      throw InvalidValueException.of("unit", label, "must not be blank");
    }
    String k = t.toLowerCase(Locale.ROOT).replace('.', ' ').trim();
    switch (k) {
      case "%":
      case "persen":
      case "persentase":
      case "percent":
        return percent();
      case "indeks":
      case "index":
      case "nilai":
      case "skor":
      case "poin":
        return index();
      case "hari":
      case "days":
      case "day":
        return days();
      case "hari kerja":
      case "hk":
      case "working days":
        return workingDays();
      case "bulan":
      case "months":
        return months();
      case "rp":
      case "rupiah":
        return rupiah();
      default:
        break;
    }
    if (COUNT_NOUNS.contains(k)) {
      return count(k);
    }
    return other(t);
  }

  @Value.Check
  void check() {
    Checks.nonBlank("unit.label", label());
  }

  @Override
  public String toString() {
    return label();
  }
}
