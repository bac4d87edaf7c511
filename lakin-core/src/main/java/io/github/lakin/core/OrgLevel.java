/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

/**
 * Tingkat organisasi (organisational level) of a unit in the SAKIP hierarchy.
 *
 * @since 0.1.0
 */
public enum OrgLevel {
  /** Kementerian / lembaga. */
  KEMENTERIAN_LEMBAGA,
  /** Unit eselon I (direktorat jenderal, sekretariat jenderal, badan). */
  ESELON_I,
  /** Unit eselon II (direktorat, biro, pusat). */
  ESELON_II,
  /** Unit eselon III. */
  ESELON_III,
  /** Unit eselon IV. */
  ESELON_IV,
  /** Pemerintah daerah (provinsi, kabupaten, kota). */
  PEMERINTAH_DAERAH,
  /** Perangkat daerah (dinas, badan daerah). */
  PERANGKAT_DAERAH,
  /** Satuan kerja or any other unit. */
  SATKER
}
