/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

/**
 * Jumlah per sasaran (goal sums): each goal's running sum of fixed-point values and its counts, then its rounded mean, one named
 * column per quantity.
 */
final class GoalSums {
  /** No member: the goal has no mean. */
  static final byte ABSENT = 0;
  /** The mean was decided in fixed point. */
  static final byte FIXED = 1;
  /** The mean needs, or took, the exact fallback. */
  static final byte EXACT = 2;

  /** Σ q of the goal's members (valid while the state is not {@link #EXACT}). */
  final long[] sum;
  /** Members that entered the mean. */
  final int[] members;
  /** Members whose fixed-point value was truncated (sticky bit set). */
  final int[] stickyMembers;
  /** Rows left out: not available or undefined. */
  final int[] excluded;
  /** The goal's last member row, where the exact fallback starts walking back. */
  final int[] lastMember;
  /** {@link #ABSENT}, {@link #FIXED} or {@link #EXACT}. */
  final byte[] state;
  /** The rounded mean, unscaled, once decided. */
  final long[] rounded;

  GoalSums(int goals) {
    sum = new long[goals];
    members = new int[goals];
    stickyMembers = new int[goals];
    excluded = new int[goals];
    lastMember = new int[goals];
    state = new byte[goals];
    rounded = new long[goals];
  }

  int count() {
    return sum.length;
  }
}
