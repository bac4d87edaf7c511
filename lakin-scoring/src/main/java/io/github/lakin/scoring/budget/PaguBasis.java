/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.budget;

/**
 * Dasar pagu (pagu basis): which allocation absorption is measured against.
 *
 * @since 0.1.0
 */
public enum PaguBasis {
  /** The final, revised pagu (pagu akhir, after revisi/pergeseran): the default. */
  FINAL,
  /** The initial pagu (pagu awal), on request. */
  INITIAL
}
