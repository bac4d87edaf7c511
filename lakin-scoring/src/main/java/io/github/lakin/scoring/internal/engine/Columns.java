/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import org.jspecify.annotations.Nullable;

/**
 * Kolom masukan (columns), the kernel's input: one row per indicator in primitive columns (the arrays are shared, not
 * copied, and never written). A number is {@code unscaled × 10^-scale}.
 *
 * @since 0.1.0
 */
public final class Columns {
  /** Kind bit: lower is better (the inverse formula). */
  public static final byte LOWER = 1;
  /** Kind bit: the realisasi is not available. */
  public static final byte MISSING = 2;
  /** The largest decimal scale of a target or realisasi. */
  public static final int MAX_SCALE = 18;

  final int size;
  final long[] targetUnscaled;
  final byte[] targetScale;
  final long[] realisasiUnscaled;
  final byte[] realisasiScale;
  final byte[] kind;
  final int @Nullable [] goal;
  final int goalCount;

  /**
   * @param size the number of rows
   * @param targetUnscaled targets, unscaled ({@code >= 0})
   * @param targetScale their scales, {@code 0..MAX_SCALE}
   * @param realisasiUnscaled realisasi, unscaled (ignored for missing rows)
   * @param realisasiScale their scales, {@code 0..MAX_SCALE}
   * @param kind {@link #LOWER} and {@link #MISSING} bits per row
   * @param goal each row's goal index, {@code 0..goalCount-1}, or null without goals
   * @param goalCount the number of goals (0 without goals)
   */
  public Columns(int size, long[] targetUnscaled, byte[] targetScale, long[] realisasiUnscaled, byte[] realisasiScale, byte[] kind,
      int @Nullable [] goal, int goalCount) {
    this.size = size;
    this.targetUnscaled = targetUnscaled;
    this.targetScale = targetScale;
    this.realisasiUnscaled = realisasiUnscaled;
    this.realisasiScale = realisasiScale;
    this.kind = kind;
    this.goal = goal;
    this.goalCount = goalCount;
  }

  boolean lowerIsBetter(int row) {
    return (kind[row] & LOWER) != 0;
  }
}
