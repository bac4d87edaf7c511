package io.github.lakin.core.text;

/**
 * Jenis kolom (column kind): what a column holds, which decides how a lone separator followed by
 * exactly three digits is read ({@code 3.450} is 3,45 among NRR scores but {@code 5.985} is 5985
 * among counts, DOMAIN §10).
 *
 * <p>A token's own marker beats the column: a {@code Rp}/{@code IDR} prefix or a {@code ,-}
 * suffix makes it a {@link #MONEY} token, a {@code %} suffix a {@link #MEASURE} token. The full
 * decision table is in {@link NumberParser}.
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
  MONEY
}
