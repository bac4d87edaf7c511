/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import java.math.BigDecimal;

/**
 * Kualifikasi pendidikan (education level) of an ASN, with its points on the kualifikasi dimension
 * (out of 25) of the Indeks Profesionalitas ASN.
 *
 * @since 0.1.0
 */
public enum Education {
  /** Doktor (S3): 25 points. */
  S3(25),
  /** Magister (S2): 20 points. */
  S2(20),
  /** Sarjana (S1) or Diploma IV: 15 points. */
  S1_D4(15),
  /** Diploma III: 10 points. */
  D3(10),
  /** SLTA, Diploma I or Diploma II: 5 points. */
  SLTA_D1_D2(5),
  /** Below SLTA: 1 point. */
  BELOW_SLTA(1);

  private final BigDecimal points;

  Education(int points) {
    this.points = BigDecimal.valueOf(points);
  }

  /** Returns the kualifikasi points, out of 25. */
  public BigDecimal points() {
    return points;
  }
}
