/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

/**
 * Capaian per baris (row scores), the kernel's per-row output, in primitive columns: the rounded capaian (unscaled at the policy's
 * scale), the status and the flags of each row, and through them its {@link Standing}.
 *
 * @since 0.1.0
 */
public final class RowScores {
  /** Status: a capaian was computed. */
  public static final byte COMPUTED = 0;
  /** Status: the realisasi is not available. */
  public static final byte NOT_AVAILABLE = 1;
  /** Status: the capaian is undefined. */
  public static final byte UNDEFINED = 2;

  /** Flag: the cap lowered the value. */
  public static final int CAPPED = 1;
  /** Flag: the floor raised the value. */
  public static final int FLOORED = 2;
  /** Flag: the zero-target rule gave the value. */
  public static final int BY_RULE = 4;
  /** Internal flag: the value's fixed-point form does not fit a long; means use the exact path. */
  static final int WIDE = 0x20;
  /** Internal flag: the value is not a whole number of 10^-k (the fixed-point value is truncated). */
  static final int STICKY = 0x40;
  /**
   * Bits 3 and 4 of the flags: a computed row's {@link Standing} ordinal ({@code ABOVE},
   * {@code EQUAL} or {@code BELOW}), kept in the flags byte the loop writes anyway rather than in
   * a column of its own.
   */
  static final int STANDING_SHIFT = 3;
  /** The flags a caller may read. */
  public static final int PUBLIC_FLAGS = CAPPED | FLOORED | BY_RULE;

  /** Each row's rounded capaian, unscaled; 0 when not computed. */
  public final long[] rounded;
  /** Each row's status code. */
  public final byte[] status;
  /** Each row's flags. */
  public final byte[] flags;

  /** @param n the number of rows */
  public RowScores(int n) {
    this.rounded = new long[n];
    this.status = new byte[n];
    this.flags = new byte[n];
  }

  /**
   * Returns its standing: not available or undefined from the status, else from the flags.
   *
   * @param row a row
   * @return its standing: not available or undefined from the status, else from the flags
   */
  public Standing standing(int row) {
    byte st = status[row];
    if (st == NOT_AVAILABLE) {
      return Standing.NOT_AVAILABLE;
    }
    if (st == UNDEFINED) {
      return Standing.UNDEFINED;
    }
    return Standing.ofOrdinal((flags[row] >>> STANDING_SHIFT) & 3);
  }
}
