/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

/**
 * Rata-rata (mean), as the kernel decided it: present or not, rounded once (unscaled), with its member and excluded counts and
 * whether the exact fallback decided it.
 *
 * @since 0.1.0
 */
public final class Mean {
  /** Whether there is a mean. */
  public final boolean present;
  /** The rounded mean, unscaled; 0 when absent. */
  public final long roundedUnscaled;
  /** How many values entered it. */
  public final int members;
  /** How many were left out. */
  public final int excluded;
  /** Whether the exact fallback decided the rounding. */
  public final boolean exactFallback;

  Mean(boolean present, long roundedUnscaled, int members, int excluded, boolean exactFallback) {
    this.present = present;
    this.roundedUnscaled = roundedUnscaled;
    this.members = members;
    this.excluded = excluded;
    this.exactFallback = exactFallback;
  }

  static Mean absent(int excluded) {
    return new Mean(false, 0, 0, excluded, false);
  }
}
