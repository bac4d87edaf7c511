/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Keputusan rata-rata (mean decision): rounds a mean from its fixed-point sum and error bound when the bound
 * decides, and hands it to the {@link ExactFallback} when it does not (see
 * {@link io.github.lakin.scoring.bulk.BulkScorer}'s documentation for the argument).
 */
final class MeanDecision {
  /** {@link #decide} could not decide: the interval holds a rounding boundary. */
  static final long UNDECIDED = Long.MIN_VALUE;
  /** Goal means below this use the reciprocal: a + K/2 stays below 2^62. */
  private static final long MEAN_FAST_LIMIT = (1L << 62) - Kernel.K;

  private final Kernel kernel;
  private final RoundingMode mode;
  private final boolean halfUp;
  private final ExactFallback exact;

  MeanDecision(Kernel kernel, Columns in, RowScores rows) {
    this.kernel = kernel;
    this.mode = kernel.mode;
    this.halfUp = mode == RoundingMode.HALF_UP;
    this.exact = new ExactFallback(kernel, in, rows);
  }

  /** The flat mean of every computed row. */
  Mean flat(UnitSum unit) {
    int n = exact.rowCount();
    if (unit.members == 0) {
      return Mean.absent(n);
    }
    long r = unit.wide ? UNDECIDED : decide(unit.hi, unit.lo, unit.stickyMembers, unit.members);
    if (r == UNDECIDED) {
      return new Mean(true, exact.flat(unit.members), unit.members, n - unit.members, true);
    }
    return new Mean(true, r, unit.members, n - unit.members, false);
  }

  /**
   * Rounds the mean {@code (Q + E) / (n × 10^k)} at the display scale, {@code Q = hi × 2^64 + lo}
   * with {@code lo} signed, {@code 0 ≤ E < sticky}, or returns {@link #UNDECIDED} when the bound
   * cannot decide.
   */
  long decide(long hi, long lo, long sticky, long n) {
    long den = n * Kernel.K; // n < 2^31, so no overflow
    if (hi == 0 && lo <= Long.MAX_VALUE - sticky) {
      long low = Rounding.roundFraction(lo, den, mode);
      if (sticky == 0) {
        return low;
      }
      return low == Rounding.roundFraction(lo + sticky, den, mode) ? low : UNDECIDED;
    }
    BigInteger q = BigInteger.valueOf(hi).shiftLeft(64).add(BigInteger.valueOf(lo));
    BigInteger d = BigInteger.valueOf(den);
    long low = Rounding.roundFraction(q, d, mode);
    if (sticky == 0) {
      return low;
    }
    return low == Rounding.roundFraction(q.add(BigInteger.valueOf(sticky)), d, mode) ? low : UNDECIDED;
  }

  /**
   * Decides each goal's rounded mean (into {@code goals.rounded}) and the mean of the goal means:
   * each goal mean {@code m_g} is bracketed as {@code a_g ≤ m_g × 10^k ≤ a_g + e_g}, and the same
   * interval argument over the goals decides the unit's rounding.
   */
  Mean goalsAndTheirMean(GoalSums goals) {
    int count = goals.count();
    long aLo = 0;
    long aHi = 0;
    long e = 0;
    int present = 0;
    boolean anyExact = false;
    for (int g = 0; g < count; g++) {
      int n = goals.members[g];
      if (n == 0) {
        goals.state[g] = GoalSums.ABSENT;
        continue;
      }
      present++;
      if (goals.state[g] == GoalSums.EXACT) {
        anyExact = true;
        continue;
      }
      long sum = goals.sum[g];
      long s = goals.stickyMembers[g];
      // m_g × 10^k = a + φ with φ in [rem / n, (rem + s) / n), so φ < 2 (exact when s = 0)
      long a;
      long rem;
      if (n == 1) {
        a = sum;
        rem = 0;
      } else {
        a = sum / n;
        rem = sum - a * n;
        if (rem < 0) {
          a--;
          rem += n;
        }
      }
      long r;
      if (halfUp && a >= 0 && a < MEAN_FAST_LIMIT) {
        // half-up of (a + φ) / K: with y = a + K/2 = base × K + m, it is base + 1 iff φ ≥ K − m
        long y = a + Kernel.HALF_K;
        long base = Math.multiplyHigh(y, Kernel.RECIPROCAL) >>> Kernel.RECIPROCAL_SHIFT;
        long need = Kernel.K - (y - base * Kernel.K);
        if (need > 2) {
          r = base;
        } else if (rem >= need * n) {
          r = base + 1;
        } else if (rem + s <= need * n) {
          r = base;
        } else {
          r = UNDECIDED;
        }
      } else {
        r = decide(0, sum, s, n);
      }
      if (r == UNDECIDED) {
        goals.state[g] = GoalSums.EXACT;
        anyExact = true;
        continue;
      }
      goals.state[g] = GoalSums.FIXED;
      goals.rounded[g] = r;
      long eg = s == 0 && rem == 0 ? 0 : rem + s <= n ? 1 : 2;
      long lo = aLo + a;
      if (((aLo ^ lo) & (a ^ lo)) < 0) {
        aHi += a < 0 ? -1 : 1;
      }
      aLo = lo;
      e += eg;
    }
    if (anyExact) {
      for (int g = 0; g < count; g++) {
        if (goals.state[g] != GoalSums.EXACT) {
          continue;
        }
        ExactFallback.Bracket b = exact.goal(goals, g);
        goals.rounded[g] = b.rounded;
        if (b.floorQ == null) {
          e = -1; // cannot bracket in a long: the unit mean goes exact
          continue;
        }
        long av = b.floorQ;
        long lo = aLo + av;
        if (((aLo ^ lo) & (av ^ lo)) < 0) {
          aHi += av < 0 ? -1 : 1;
        }
        aLo = lo;
        if (e >= 0) {
          e += b.inexact ? 1 : 0;
        }
      }
    }
    int excludedGoals = count - present;
    if (present == 0) {
      return Mean.absent(excludedGoals);
    }
    long r = e < 0 ? UNDECIDED : decide(aHi, aLo, e, present);
    if (r != UNDECIDED) {
      return new Mean(true, r, present, excludedGoals, false);
    }
    return new Mean(true, exact.meanOfGoalMeans(goals, present), present, excludedGoals, true);
  }

  @Override
  public String toString() {
    return "MeanDecision{" + kernel + "}";
  }
}
