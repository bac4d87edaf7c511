/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

/**
 * Cara konsolidasi (period consolidation): how monthly or quarterly values make a year-to-date value.
 *
 * @since 0.1.0
 */
public enum ConsolidationMode {
  /** Jumlah: cumulative counts (dokumen, orang): add the periods. */
  SUM,
  /** Nilai terakhir: stocks, indices, percentages of a population: the latest period's value. */
  LAST,
  /** Rata-rata: mean durations: the mean of the periods. */
  AVERAGE,
  /** Tertinggi: the highest period value. */
  MAX,
  /** Terendah: the lowest period value. */
  MIN
}
