/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.internal.engine.RowScores;
import io.github.lakin.scoring.internal.engine.Tally;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Capaian massal (bulk scores): each indicator's capaian after the cap and floor, rounded once at
 * the policy's scale, with its status and flags, held in primitive columns.
 *
 * <p>Row {@code i} matches {@link Achievement} for the same indicator: {@link #status(int)} is its
 * {@link Achievement#status()}, {@link #roundedUnscaled(int)} the unscaled value of
 * {@link Achievement#rounded()}, and {@link #has(int, Achievement.Flag)} its {@code CAPPED},
 * {@code FLOORED} and {@code BY_RULE} flags (the bulk path has no provisional values), and
 * {@link #isMet(int)} its {@link Achievement#isMet()}. Immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class BulkScores {
  private static final Achievement.Status[] STATUSES = {
    Achievement.Status.COMPUTED, Achievement.Status.NOT_AVAILABLE, Achievement.Status.UNDEFINED
  };

  private final int scale;
  private final long[] rounded;
  private final byte[] status;
  private final byte[] flags;
  private final RowScores rows;

  BulkScores(int scale, RowScores rows) {
    this.scale = scale;
    this.rows = rows;
    this.rounded = rows.rounded;
    this.status = rows.status;
    this.flags = rows.flags;
  }

  /** Returns the number of indicators. */
  public int size() {
    return rounded.length;
  }

  /** Returns the scale of the rounded values (the policy's rounding scale). */
  public int scale() {
    return scale;
  }

  /**
   * Returns the row's status.
   *
   * @param row a row index
   * @return the row's status
   */
  public Achievement.Status status(int row) {
    return STATUSES[status[Objects.checkIndex(row, rounded.length)]];
  }

  /**
   * Returns whether a capaian was computed.
   *
   * @param row a row index
   * @return whether a capaian was computed
   */
  public boolean isComputed(int row) {
    return status[Objects.checkIndex(row, rounded.length)] == RowScores.COMPUTED;
  }

  /**
   * Returns whether the row has it ({@code PROVISIONAL} never).
   *
   * @param row a row index
   * @param flag a flag
   * @return whether the row has it ({@code PROVISIONAL} never)
   */
  public boolean has(int row, Achievement.Flag flag) {
    int f = flags[Objects.checkIndex(row, rounded.length)] & RowScores.PUBLIC_FLAGS;
    switch (Objects.requireNonNull(flag, "flag")) {
      case CAPPED:
        return (f & RowScores.CAPPED) != 0;
      case FLOORED:
        return (f & RowScores.FLOORED) != 0;
      case BY_RULE:
        return (f & RowScores.BY_RULE) != 0;
      default:
        return false;
    }
  }

  /**
   * Mencapai target: the capaian after the cap and floor is at least 100, decided exactly (a row
   * at 99.999 that rounds to 100.00 is not met), by the same classification as
   * {@link Achievement#isMet()} and {@link io.github.lakin.scoring.aggregate.MetCounts}.
   *
   * @param row a row index
   * @return whether the row met its target; false when not computed
   */
  public boolean isMet(int row) {
    return rows.standing(Objects.checkIndex(row, rounded.length)).isMet();
  }

  /**
   * Returns the counts of met, above, equal, below, not available and undefined rows: the same
   * {@link MetCounts} that {@link io.github.lakin.scoring.aggregate.ReportResult#counts()} gives
   * for the same rows.
   *
   * @return the counts of met, above, equal, below, not available and undefined rows: the same
   *     {@link MetCounts} that {@link io.github.lakin.scoring.aggregate.ReportResult#counts()}
   *     gives for the same rows
   */
  public MetCounts counts() {
    return new Tally().addAll(rows).toMetCounts();
  }

  /**
   * Returns the counts of a range of rows.
   *
   * @param from the first row
   * @param to the row after the last
   * @return the counts of rows {@code from} to {@code to - 1} (a goal's contiguous rows), classified
   *     as {@link #counts()} classifies every row
   * @throws IndexOutOfBoundsException if the range is outside the rows
   */
  public MetCounts counts(int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, rounded.length);
    return new Tally().addRange(rows, from, to).toMetCounts();
  }

  /**
   * Returns a row's rounded capaian as an unscaled long.
   *
   * @param row a row index
   * @return the unscaled rounded capaian, e.g. {@code 10149} for 101,49 at scale 2
   * @throws NoSuchElementException if the row has no computed capaian
   */
  public long roundedUnscaled(int row) {
    if (!isComputed(row)) {
      throw new NoSuchElementException("row " + row + " has no capaian: " + status(row));
    }
    return rounded[row];
  }

  /**
   * Returns the rounded capaian as a decimal; empty when not computed.
   *
   * @param row a row index
   * @return the rounded capaian as a decimal; empty when not computed
   */
  public Optional<BigDecimal> rounded(int row) {
    return isComputed(row) ? Optional.of(BigDecimal.valueOf(rounded[row], scale)) : Optional.empty();
  }

  /**
   * Returns how many rows have it.
   *
   * @param s a status
   * @return how many rows have it
   */
  @SuppressWarnings("EnumOrdinal") // the rows store each status as its ordinal in a byte
  public int count(Achievement.Status s) {
    byte code = (byte) Objects.requireNonNull(s, "status").ordinal();
    int c = 0;
    for (byte b : status) {
      if (b == code) {
        c++;
      }
    }
    return c;
  }

  /**
   * Copies the rounded values into an array; rows without a computed capaian hold 0.
   *
   * @param from the first row
   * @param dest the destination
   * @param offset where in {@code dest} to start
   * @param length how many rows
   * @throws IndexOutOfBoundsException if a range is out of bounds
   */
  public void copyRoundedUnscaled(int from, long[] dest, int offset, int length) {
    System.arraycopy(rounded, from, dest, offset, length);
  }

  @Override
  public String toString() {
    return "BulkScores{" + rounded.length + " indicators, computed " + count(Achievement.Status.COMPUTED) + ", scale " + scale + "}";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BulkScores)) {
      return false;
    }
    BulkScores b = (BulkScores) o;
    return scale == b.scale && Arrays.equals(rounded, b.rounded) && Arrays.equals(status, b.status) && Arrays.equals(flags, b.flags);
  }

  @Override
  public int hashCode() {
    return (scale * 31 + Arrays.hashCode(rounded)) * 31 + Arrays.hashCode(status);
  }
}
