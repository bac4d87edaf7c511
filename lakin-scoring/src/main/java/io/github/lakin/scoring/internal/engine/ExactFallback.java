/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.internal.ExactSum;
import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Jalur eksak (exact fallback) of the means: recomputes a mean with {@link Rational} from the rows' exact
 * values after the cap and floor, when the fixed-point bound cannot decide its rounding.
 */
final class ExactFallback {
  private final Kernel kernel;
  private final Columns in;
  private final RowScores rows;

  ExactFallback(Kernel kernel, Columns in, RowScores rows) {
    this.kernel = kernel;
    this.in = in;
    this.rows = rows;
  }

  int rowCount() {
    return in.size;
  }

  /** The flat mean of the computed rows, rounded. */
  long flat(int members) {
    ExactSum sum = new ExactSum();
    for (int i = 0; i < in.size; i++) {
      if (rows.status[i] == RowScores.COMPUTED) {
        sum.add(kernel.exactValue(in, rows, i));
      }
    }
    return round(sum.mean(members));
  }

  /** A goal mean decided exactly, and its bracket for the mean of goal means. */
  static final class Bracket {
    final long rounded;
    /** {@code floor(m × 10^k)}, or null when it does not fit a long. */
    final @Nullable Long floorQ;
    /** Whether {@code m × 10^k} is not an integer. */
    final boolean inexact;

    Bracket(long rounded, @Nullable Long floorQ, boolean inexact) {
      this.rounded = rounded;
      this.floorQ = floorQ;
      this.inexact = inexact;
    }
  }

  /** One goal's exact mean, found walking back from its last member. */
  Bracket goal(GoalSums goals, int g) {
    int n = goals.members[g];
    Rational mean = goalSum(g, goals.lastMember[g], n).divide(n);
    long rounded = round(mean);
    BigInteger[] qr = mean.numerator().multiply(kernel.tenPowK).divideAndRemainder(mean.denominator());
    BigInteger a = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return new Bracket(rounded, a.bitLength() > 62 ? null : a.longValue(), qr[1].signum() != 0);
  }

  private Rational goalSum(int g, int last, int members) {
    int[] goal = Objects.requireNonNull(in.goal);
    Rational sum = Rational.ZERO;
    int seen = 0;
    for (int i = last; i >= 0 && seen < members; i--) {
      if (goal[i] == g && rows.status[i] == RowScores.COMPUTED) {
        sum = sum.add(kernel.exactValue(in, rows, i));
        seen++;
      }
    }
    return sum;
  }

  /** The mean of the goal means, exactly, rounded. */
  long meanOfGoalMeans(GoalSums goals, int present) {
    int[] goal = Objects.requireNonNull(in.goal);
    @Nullable Rational[] sums = new Rational[goals.count()];
    for (int i = 0; i < in.size; i++) {
      if (rows.status[i] != RowScores.COMPUTED) {
        continue;
      }
      int g = goal[i];
      Rational v = kernel.exactValue(in, rows, i);
      Rational before = sums[g];
      sums[g] = before == null ? v : before.add(v);
    }
    ExactSum sum = new ExactSum();
    for (int g = 0; g < goals.count(); g++) {
      int n = goals.members[g];
      if (n > 0) {
        sum.add(Objects.requireNonNull(sums[g]).divide(n));
      }
    }
    return round(sum.mean(present));
  }

  private long round(Rational mean) {
    return mean.round(kernel.scale, kernel.mode).unscaledValue().longValueExact();
  }
}
