/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

/**
 * Metode penilaian LKE (LKE scoring method): how a sub-component's score comes from its criteria.
 *
 * <p>An enum: immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum LkeMethod {
  /**
   * Rata-rata (the mean, PermenPANRB 88/2021; the default): sub-component score = mean of its
   * criteria's values × its weight in points. Y, Y, T on Y/T with weight 6 → 2/3 × 6 = 4.
   */
  MEAN,
  /**
   * Akumulasi (accumulation, used by some e-SAKIP worksheets): sub-component score = Σ of its
   * criteria's values, each value read as points of the sub-component (the scale carries each
   * criterion's points). Y, Y, T on Y/T → 1 + 1 + 0 = 2 points. A sum above the sub-component's
   * weight is an error naming the sub-component, never cut to the weight.
   */
  ACCUMULATION
}
