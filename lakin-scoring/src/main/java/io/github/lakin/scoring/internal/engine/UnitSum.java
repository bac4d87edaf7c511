/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

/**
 * Jumlah unit (unit sum): the unit's running sum of fixed-point values, in 128 bits ({@code hi × 2^64 + lo}, {@code lo}
 * read as signed), with its member and sticky-member counts.
 */
final class UnitSum {
  long lo;
  long hi;
  int members;
  int stickyMembers;
  /** A member's fixed-point value did not fit a long: the mean goes to the exact fallback. */
  boolean wide;

  /** Adds {@code q} to the 128-bit sum. */
  void add(long q) {
    long sum = lo + q;
    if (((lo ^ sum) & (q ^ sum)) < 0) {
      hi += q < 0 ? -1 : 1; // the true sum is lo + hi × 2^64
    }
    lo = sum;
  }
}
