/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Polarity;
import io.github.lakin.scoring.internal.engine.ColumnDecimal;
import io.github.lakin.scoring.internal.engine.Columns;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Masukan massal (bulk input): many indicators as primitive columns, with no object per row.
 *
 * <p>Row {@code i} is one indicator with an exact target (numeric, not a range or category):
 *
 * <ul>
 *   <li>target {@code targetUnscaled[i] × 10^-targetScale[i]}, at least 0;
 *   <li>realisasi {@code realisasiUnscaled[i] × 10^-realisasiScale[i]}, read only when
 *       {@code available[i]} (a missing realisasi gives status {@code NOT_AVAILABLE});
 *   <li>{@code lowerIsBetter[i]}: the {@code inverse} strategy {@code (2 − r / t) × 100}, else
 *       the {@code ratio} strategy {@code r / t × 100} (each indicator's default strategy in
 *       {@link io.github.lakin.scoring.Scorer} for those polarities);
 *   <li>optionally {@code goal[i]}, the index {@code 0 ≤ goal < goalCount()} of its sasaran, for
 *       goal means.
 * </ul>
 *
 * <p>Scales run from 0 to {@link #MAX_SCALE}. Build it from columns with
 * {@link #of(long[], byte[], long[], byte[], boolean[], boolean[], int[])} (the arrays are
 * copied), or row by row with {@link #builder()}, which grows primitive arrays and accepts
 * {@link BigDecimal}s or (unscaled, scale) pairs. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
public final class BulkInput {
  /** The largest scale (digits after the decimal point) of a target or realisasi. */
  public static final int MAX_SCALE = Columns.MAX_SCALE;

  /** Bit of {@link #kind}: lower is better. */
  static final byte LOWER = Columns.LOWER;
  /** Bit of {@link #kind}: the realisasi is not available. */
  static final byte MISSING = Columns.MISSING;

  final int size;
  final long[] targetUnscaled;
  final byte[] targetScale;
  final long[] realisasiUnscaled;
  final byte[] realisasiScale;
  /** Per row: {@link #LOWER} and {@link #MISSING} bits, one byte so the kernel loads one column. */
  final byte[] kind;
  final int @Nullable [] goal;
  final int goalCount;

  private BulkInput(int size, long[] targetUnscaled, byte[] targetScale, long[] realisasiUnscaled, byte[] realisasiScale,
      byte[] kind, int @Nullable [] goal, int goalCount) {
    this.size = size;
    this.targetUnscaled = targetUnscaled;
    this.targetScale = targetScale;
    this.realisasiUnscaled = realisasiUnscaled;
    this.realisasiScale = realisasiScale;
    this.kind = kind;
    this.goal = goal;
    this.goalCount = goalCount;
  }

  /** Returns the rows as the engine's kernel reads them (the arrays are shared, never written). */
  Columns columns() {
    return new Columns(size, targetUnscaled, targetScale, realisasiUnscaled, realisasiScale, kind, goal, goalCount);
  }

  /**
   * Returns the same number with a scale in {@code 0..MAX_SCALE} and an unscaled value that fits a
   * long, or null when there is none.
   *
   * @param v a decimal
   * @return the same number with a scale in {@code 0..MAX_SCALE} and an unscaled value that fits a
   *     long, or null when there is none
   */
  static @Nullable BigDecimal fitted(BigDecimal v) {
    return ColumnDecimal.fit(v);
  }

  static byte kind(boolean lowerIsBetter, boolean available) {
    return (byte) ((lowerIsBetter ? LOWER : 0) | (available ? 0 : MISSING));
  }

  boolean available(int row) {
    return (kind[row] & MISSING) == 0;
  }

  boolean lowerIsBetter(int row) {
    return (kind[row] & LOWER) != 0;
  }

  /**
   * Columns of equal length; the arrays are copied, so later changes to them do not show.
   *
   * @param targetUnscaled each target's unscaled value, at least 0
   * @param targetScale each target's scale, 0 to {@link #MAX_SCALE}
   * @param realisasiUnscaled each realisasi's unscaled value (ignored where not available)
   * @param realisasiScale each realisasi's scale, 0 to {@link #MAX_SCALE}
   * @param lowerIsBetter each indicator's polarity: true for lower is better
   * @param available whether each realisasi is available
   * @param goal each indicator's goal index, at least 0; {@code null} for no goals
   * @return the input; its {@link #goalCount()} is the largest goal index plus one
   * @throws InvalidValueException if the lengths differ, or a target is negative, or a scale or
   *     goal index is out of range; the message names the row
   */
  public static BulkInput of(long[] targetUnscaled, byte[] targetScale, long[] realisasiUnscaled, byte[] realisasiScale,
      boolean[] lowerIsBetter, boolean[] available, int @Nullable [] goal) {
    int n = Objects.requireNonNull(targetUnscaled, "targetUnscaled").length;
    requireLength("targetScale", Objects.requireNonNull(targetScale, "targetScale").length, n);
    requireLength("realisasiUnscaled", Objects.requireNonNull(realisasiUnscaled, "realisasiUnscaled").length, n);
    requireLength("realisasiScale", Objects.requireNonNull(realisasiScale, "realisasiScale").length, n);
    requireLength("lowerIsBetter", Objects.requireNonNull(lowerIsBetter, "lowerIsBetter").length, n);
    requireLength("available", Objects.requireNonNull(available, "available").length, n);
    if (goal != null) {
      requireLength("goal", goal.length, n);
    }
    int goals = 0;
    byte[] kind = new byte[n];
    long[] ru = realisasiUnscaled.clone();
    byte[] rs = realisasiScale.clone();
    for (int i = 0; i < n; i++) {
      checkTarget(i, targetUnscaled[i], targetScale[i]);
      if (available[i]) {
        checkScale(i, "realisasi", realisasiScale[i]);
      } else {
        ru[i] = 0;
        rs[i] = 0;
      }
      if (goal != null) {
        goals = Math.max(goals, checkGoal(i, goal[i]) + 1);
      }
      kind[i] = kind(lowerIsBetter[i], available[i]);
    }
    return new BulkInput(n, targetUnscaled.clone(), targetScale.clone(), ru, rs, kind, goal == null ? null : goal.clone(), goals);
  }

  /** Returns a builder that appends rows to growable primitive arrays. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the number of indicators. */
  public int size() {
    return size;
  }

  /** Returns whether rows carry goal indices. */
  public boolean hasGoals() {
    return goal != null;
  }

  /** Returns the number of goals: the largest goal index plus one; 0 without goals. */
  public int goalCount() {
    return goalCount;
  }

  /**
   * Returns the row's goal index.
   *
   * @param row a row index
   * @return the row's goal index
   * @throws IllegalStateException if the input has no goals
   */
  public int goal(int row) {
    Objects.checkIndex(row, size);
    if (goal == null) {
      throw new IllegalStateException("this bulk input has no goals");
    }
    return goal[row];
  }

  /**
   * Returns the row's target.
   *
   * @param row a row index
   * @return the row's target
   */
  public BigDecimal target(int row) {
    Objects.checkIndex(row, size);
    return BigDecimal.valueOf(targetUnscaled[row], targetScale[row]);
  }

  /**
   * Returns the row's realisasi, or {@code null} when it is not available.
   *
   * @param row a row index
   * @return the row's realisasi, or {@code null} when it is not available
   */
  public @Nullable BigDecimal realisasi(int row) {
    Objects.checkIndex(row, size);
    return available(row) ? BigDecimal.valueOf(realisasiUnscaled[row], realisasiScale[row]) : null;
  }

  /**
   * Returns the row's polarity: {@link Polarity#LOWER_IS_BETTER} or {@link
   * Polarity#HIGHER_IS_BETTER}.
   *
   * @param row a row index
   * @return the row's polarity: {@link Polarity#LOWER_IS_BETTER} or {@link Polarity#HIGHER_IS_BETTER}
   */
  public Polarity polarity(int row) {
    Objects.checkIndex(row, size);
    return lowerIsBetter(row) ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
  }

  @Override
  public String toString() {
    return "BulkInput{" + size + " indicators" + (goal == null ? "" : ", " + goalCount + " goals") + "}";
  }

  private static void requireLength(String column, int length, int n) {
    if (length != n) {
      throw InvalidValueException.of("bulk input: " + column + " length", length, "must equal targetUnscaled length " + n);
    }
  }

  private static void checkTarget(int row, long unscaled, int scale) {
    checkScale(row, "target", scale);
    if (unscaled < 0) {
      throw InvalidValueException.of("row " + row + ": target", BigDecimal.valueOf(unscaled, scale),
          "must be >= 0 for strategies ratio and inverse");
    }
  }

  private static void checkScale(int row, String field, int scale) {
    if (scale < 0 || scale > MAX_SCALE) {
      throw InvalidValueException.of("row " + row + ": " + field + " scale", scale, "must be between 0 and " + MAX_SCALE);
    }
  }

  private static int checkGoal(int row, int goal) {
    if (goal < 0) {
      throw InvalidValueException.of("row " + row + ": goal", goal, "must be >= 0");
    }
    return goal;
  }

  /**
   * Pembangun masukan massal: appends rows to growable primitive arrays; {@link #build()} trims
   * them. Either every row has a goal index or none has. Not thread-safe.
   */
  public static final class Builder {
    private long[] tu = new long[16];
    private byte[] ts = new byte[16];
    private long[] ru = new long[16];
    private byte[] rs = new byte[16];
    private byte[] kinds = new byte[16];
    private int[] goals = new int[16];
    private int n;
    private int goalCount;
    private @Nullable Boolean withGoals;

    Builder() {}

    /**
     * Appends a row without a goal.
     *
     * @param target the target, at least 0
     * @param realisasi the realisasi; {@code null} when not available
     * @param polarity {@link Polarity#HIGHER_IS_BETTER} or {@link Polarity#LOWER_IS_BETTER}
     * @return this builder
     * @throws InvalidValueException if a value does not fit (see {@link BulkInput}), the target is
     *     negative, the polarity is another, or earlier rows had goals
     */
    public Builder add(BigDecimal target, @Nullable BigDecimal realisasi, Polarity polarity) {
      return addRow(-1, target, realisasi, polarity);
    }

    /**
     * Appends a row of a goal.
     *
     * @param goal the goal index, at least 0
     * @param target the target, at least 0
     * @param realisasi the realisasi; {@code null} when not available
     * @param polarity {@link Polarity#HIGHER_IS_BETTER} or {@link Polarity#LOWER_IS_BETTER}
     * @return this builder
     * @throws InvalidValueException as {@link #add(BigDecimal, BigDecimal, Polarity)}, or if the
     *     goal index is negative or earlier rows had no goal
     */
    public Builder add(int goal, BigDecimal target, @Nullable BigDecimal realisasi, Polarity polarity) {
      return addRow(checkGoal(n, goal), target, realisasi, polarity);
    }

    /**
     * Appends a row of a goal from unscaled values, without boxing.
     *
     * @param goal the goal index, at least 0
     * @param targetUnscaled the target's unscaled value, at least 0
     * @param targetScale the target's scale, 0 to {@link #MAX_SCALE}
     * @param realisasiUnscaled the realisasi's unscaled value
     * @param realisasiScale the realisasi's scale, 0 to {@link #MAX_SCALE}
     * @param lowerIsBetter true for lower is better
     * @return this builder
     * @throws InvalidValueException if a value is out of range or earlier rows had no goal
     */
    public Builder add(int goal, long targetUnscaled, int targetScale, long realisasiUnscaled, int realisasiScale,
        boolean lowerIsBetter) {
      return put(checkGoal(n, goal), targetUnscaled, targetScale, realisasiUnscaled, realisasiScale, lowerIsBetter, true);
    }

    /**
     * Appends a row of a goal whose realisasi is not available, without boxing.
     *
     * @param goal the goal index, at least 0
     * @param targetUnscaled the target's unscaled value, at least 0
     * @param targetScale the target's scale, 0 to {@link #MAX_SCALE}
     * @param lowerIsBetter true for lower is better
     * @return this builder
     * @throws InvalidValueException if a value is out of range or earlier rows had no goal
     */
    public Builder addNotAvailable(int goal, long targetUnscaled, int targetScale, boolean lowerIsBetter) {
      return put(checkGoal(n, goal), targetUnscaled, targetScale, 0, 0, lowerIsBetter, false);
    }

    /**
     * Appends a row without a goal from unscaled values, without boxing.
     *
     * @param targetUnscaled the target's unscaled value, at least 0
     * @param targetScale the target's scale, 0 to {@link #MAX_SCALE}
     * @param realisasiUnscaled the realisasi's unscaled value
     * @param realisasiScale the realisasi's scale, 0 to {@link #MAX_SCALE}
     * @param lowerIsBetter true for lower is better
     * @return this builder
     * @throws InvalidValueException if a value is out of range or earlier rows had goals
     */
    public Builder add(long targetUnscaled, int targetScale, long realisasiUnscaled, int realisasiScale, boolean lowerIsBetter) {
      return put(-1, targetUnscaled, targetScale, realisasiUnscaled, realisasiScale, lowerIsBetter, true);
    }

    /** Returns the number of rows so far. */
    public int size() {
      return n;
    }

    /** Returns the input; the builder may go on appending, which does not change it. */
    public BulkInput build() {
      boolean hasGoals = Boolean.TRUE.equals(withGoals);
      return new BulkInput(n, Arrays.copyOf(tu, n), Arrays.copyOf(ts, n), Arrays.copyOf(ru, n), Arrays.copyOf(rs, n),
          Arrays.copyOf(kinds, n), hasGoals ? Arrays.copyOf(goals, n) : null, hasGoals ? goalCount : 0);
    }

    private Builder addRow(int goal, BigDecimal target, @Nullable BigDecimal realisasi, Polarity polarity) {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(polarity, "polarity");
      if (polarity == Polarity.CLOSER_IS_BETTER) {
        throw InvalidValueException.of("row " + n + ": polarity", polarity,
            "must be HIGHER_IS_BETTER or LOWER_IS_BETTER: the bulk path scores ratio and inverse only");
      }
      BigDecimal t = fit(n, "target", target);
      boolean lowerIsBetter = polarity == Polarity.LOWER_IS_BETTER;
      if (realisasi == null) {
        return put(goal, t.unscaledValue().longValue(), t.scale(), 0, 0, lowerIsBetter, false);
      }
      BigDecimal r = fit(n, "realisasi", realisasi);
      return put(goal, t.unscaledValue().longValue(), t.scale(), r.unscaledValue().longValue(), r.scale(), lowerIsBetter, true);
    }

    /** The same number with a scale in range and an unscaled value that fits a long, or an error. */
    private static BigDecimal fit(int row, String field, BigDecimal v) {
      BigDecimal x = fitted(v);
      if (x == null) {
        throw InvalidValueException.of("row " + row + ": " + field, v.toPlainString(),
            "must have at most " + MAX_SCALE + " decimals and an unscaled value that fits a long");
      }
      return x;
    }

    private Builder put(int goal, long targetUnscaled, int targetScale, long realisasiUnscaled, int realisasiScale,
        boolean lowerIsBetter, boolean available) {
      boolean hasGoal = goal >= 0;
      if (withGoals != null && withGoals != hasGoal) {
        throw InvalidValueException.of("row " + n + ": goal", hasGoal ? String.valueOf(goal) : "none",
            hasGoal ? "must be absent: earlier rows have no goal" : "must be given: earlier rows have goals");
      }
      checkTarget(n, targetUnscaled, targetScale);
      if (available) {
        checkScale(n, "realisasi", realisasiScale);
      }
      withGoals = hasGoal;
      if (n == tu.length) {
        int cap = Math.max(16, n + (n >> 1));
        tu = Arrays.copyOf(tu, cap);
        ts = Arrays.copyOf(ts, cap);
        ru = Arrays.copyOf(ru, cap);
        rs = Arrays.copyOf(rs, cap);
        kinds = Arrays.copyOf(kinds, cap);
        goals = Arrays.copyOf(goals, cap);
      }
      tu[n] = targetUnscaled;
      ts[n] = (byte) targetScale;
      ru[n] = available ? realisasiUnscaled : 0;
      rs[n] = (byte) (available ? realisasiScale : 0);
      kinds[n] = kind(lowerIsBetter, available);
      if (hasGoal) {
        goals[n] = goal;
        goalCount = Math.max(goalCount, goal + 1);
      }
      n++;
      return this;
    }
  }
}
