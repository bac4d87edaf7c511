/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import io.github.lakin.scoring.aggregate.MetCounts;

/**
 * Hitungan (tally): how many indicators have each {@link Standing}: the counts behind
 * {@code MetCounts} for both paths.
 *
 * @since 0.1.0
 */
@SuppressWarnings("EnumOrdinal") // counts indexed by the standing's ordinal: one int each, no EnumMap boxing
public final class Tally {
  private final int[] counts = new int[Standing.values().length];

  /** An empty tally. */
  public Tally() {}

  /**
   * Returns this tally.
   *
   * @param s a standing
   * @return this tally
   */
  public Tally add(Standing s) {
    counts[s.ordinal()]++;
    return this;
  }

  /**
   * Returns this tally, with every row counted.
   *
   * @param rows the kernel's rows
   * @return this tally, with every row counted
   */
  public Tally addAll(RowScores rows) {
    return addRange(rows, 0, rows.status.length);
  }

  /**
   * Counts a range of the kernel's rows.
   *
   * @param rows the kernel's rows
   * @param from the first row counted
   * @param to the row after the last counted
   * @return this tally, with rows {@code from} to {@code to - 1} counted
   */
  public Tally addRange(RowScores rows, int from, int to) {
    for (int i = from; i < to; i++) {
      counts[rows.standing(i).ordinal()]++;
    }
    return this;
  }

  /**
   * Returns how many were counted.
   *
   * @param s a standing
   * @return how many were counted
   */
  public int count(Standing s) {
    return counts[s.ordinal()];
  }

  /** Returns the counts as {@link MetCounts}. */
  public MetCounts toMetCounts() {
    return MetCounts.of(count(Standing.ABOVE), count(Standing.EQUAL), count(Standing.BELOW), count(Standing.CATEGORY_MET),
        count(Standing.CATEGORY_NOT_MET), count(Standing.NOT_AVAILABLE), count(Standing.UNDEFINED));
  }
}
