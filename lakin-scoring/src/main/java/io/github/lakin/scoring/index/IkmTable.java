/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.scoring.band.BandTable;
import io.github.lakin.scoring.band.StockTables;

/**
 * Tabel mutu pelayanan (IKM grading table): which regulation's mutu intervals grade an IKM.
 *
 * <p>Both tables convert the 1–4 index to the 25–100 scale by × 25; they differ in their
 * intervals. The mutu is looked up on the konversi value (the figure reports print), see
 * {@link Ikm}.
 *
 * @since 0.1.0
 */
public enum IkmTable {
  /**
   * PermenPANRB 14/2017, the standard: A (Sangat Baik) from 88.31, B (Baik) from 76.61, C (Kurang
   * Baik) from 65.00, D (Tidak Baik) below.
   */
  PERMENPANRB_14_2017,
  /**
   * KepMenPAN 25/2004, the predecessor (14 unsur), still used by some units: A (Sangat Baik) from
   * 81.26, B (Baik) from 62.51, C (Kurang Baik) from 43.76, D (Tidak Baik) below.
   */
  KEPMENPAN_25_2004;

  /** Returns the band table on the konversi scale 25–100. */
  public BandTable konversiTable() {
    return this == PERMENPANRB_14_2017 ? StockTables.ikmKonversi() : StockTables.ikmLegacy2004Konversi();
  }

  /** Returns the band table on the NRR / index scale 1–4. */
  public BandTable nrrTable() {
    return this == PERMENPANRB_14_2017 ? StockTables.ikmNrr() : StockTables.ikmLegacy2004Nrr();
  }
}
