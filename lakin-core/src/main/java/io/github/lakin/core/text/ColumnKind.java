/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

/**
 * Jenis kolom (column kind): what a column holds, which decides how a lone separator followed by
 * exactly three digits is read ({@code 3.450} is 3,45 among NRR scores but {@code 5.985} is 5985
 * among counts, DOMAIN §10).
 *
 * <p>A token's own marker beats the column: a {@code Rp}/{@code IDR} prefix or a {@code ,-}
 * suffix makes it a {@link #MONEY} token, a {@code %} suffix a {@link #MEASURE} token. The full
 * decision table is in {@link NumberParser}.
 *
 * @since 0.1.0
 */
public enum ColumnKind {
  /**
   * Ukuran: scores, indices, percentages, durations (NRR {@code 3.450}, capaian {@code 99.88%}).
   * A lone separator followed by three digits is a decimal separator (in the {@link
   * NumberStyle#ENGLISH} style only {@code .} can be).
   */
  MEASURE,
  /**
   * Jumlah: counts of people, documents, regions ({@code 5.985} orang). A lone separator followed
   * by three digits groups thousands.
   */
  COUNT,
  /**
   * Uang: Rupiah amounts ({@code 9.960.052.227}). A lone separator followed by three digits groups
   * thousands.
   */
  MONEY,
  /**
   * Belum jelas (undecided): nothing says what the column holds — a unit such as {@code Ha} or
   * {@code km}, or none. In the {@link NumberStyle#MIXED} style a lone separator followed by
   * exactly three digits that could group thousands ({@code 1.250}: 1250 or 1,25) is then an
   * error that names both readings, never a guess (DOMAIN §13); in the {@link
   * NumberStyle#INDONESIAN} style {@code .} groups thousands, as in {@link #COUNT}.
   */
  UNDECIDED;

  /**
   * The column a unit settles: percentages, indices and scores are {@link #MEASURE},
   * counts (orang, KK, desa, dokumen, …) {@link #COUNT}, Rupiah {@link #MONEY}.
   *
   * @param unit a unit
   * @return its column, or empty for durations and units of kind {@link
   *     io.github.lakin.core.MeasureUnit.Kind#OTHER}, which settle nothing
   */
  public static java.util.Optional<ColumnKind> of(io.github.lakin.core.MeasureUnit unit) {
    switch (unit.kind()) {
      case PERCENT:
      case INDEX:
        return java.util.Optional.of(MEASURE);
      case COUNT:
        return java.util.Optional.of(COUNT);
      case RUPIAH:
        return java.util.Optional.of(MONEY);
      default:
        return java.util.Optional.empty();
    }
  }
}
