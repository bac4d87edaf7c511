/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Kernel kolom (the columnar kernel): scores rows held in {@link Columns} exactly in {@code long}
 * arithmetic, with the rules of this package, and sends the rare rows it cannot take in fixed
 * point to {@link #exactRow} (the same rules on {@link Rational}). The exactness argument is in
 * {@link io.github.lakin.scoring.bulk.BulkScorer}'s documentation.
 *
 * <p>Immutable: one instance per policy, precomputing its constants.
 *
 * @since 0.1.0
 */
public final class Kernel {
  /** The largest rounding scale the kernel supports. */
  public static final int MAX_ROUNDING_SCALE = 10;
  /** Extra fixed-point digits beyond the rounding scale: {@code k = p + 6}. */
  static final int EXTRA_DIGITS = 6;
  static final long K = 1_000_000L;
  static final long HALF_K = K / 2;
  /** Largest |numerator| the fast path forms, so inverse values and a few sums cannot overflow. */
  private static final long NUMERATOR_LIMIT = Long.MAX_VALUE / 4;
  /** Largest |q| a row may carry into the sums; beyond it the row is "wide". */
  static final long Q_LIMIT = Long.MAX_VALUE / 2;
  static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** floor(q / 10^6) = multiplyHigh(q, RECIPROCAL) >>> 18 for 0 <= q < 2^62 (Granlund–Montgomery). */
  static final long RECIPROCAL = 4_835_703_278_458_516_699L;
  static final int RECIPROCAL_SHIFT = 18;

  private static final Rational TWO_HUNDRED = Rational.of(200);

  final ScoringPolicy policy;
  final boolean negativeAllowed;
  final int scale;
  final RoundingMode mode;
  private final boolean halfUp;
  final int k;
  final BigInteger tenPowK;
  private final long inverseQ;
  private final long hundredQ;
  private final long[] realisasiLimit;
  private final long[] targetLimit;
  private final long[] numeratorScale;
  private final Limits limits;
  private final Limits.Fixed fixedLimits;

  /**
   * @param policy the scoring policy: cap, floor, zero-target rule and rounding (its strategies
   *     must be empty and its scale at most {@value #MAX_ROUNDING_SCALE}; the caller checks)
   * @param negativeAllowed whether a negative realisasi is accepted
   */
  public Kernel(ScoringPolicy policy, boolean negativeAllowed) {
    this.policy = policy;
    this.negativeAllowed = negativeAllowed;
    this.scale = policy.rounding().scale();
    if (scale > MAX_ROUNDING_SCALE) {
      throw InvalidValueException.of("bulk policy: rounding scale", scale, "must be at most " + MAX_ROUNDING_SCALE + " for the bulk path");
    }
    this.mode = policy.rounding().mode();
    this.halfUp = mode == RoundingMode.HALF_UP;
    this.k = scale + EXTRA_DIGITS;
    this.tenPowK = BigInteger.TEN.pow(k);
    this.inverseQ = 2 * POW10[k + 2];
    this.hundredQ = POW10[k + 2];
    this.realisasiLimit = new long[Columns.MAX_SCALE + 1];
    this.targetLimit = new long[Columns.MAX_SCALE + 1];
    this.numeratorScale = new long[Columns.MAX_SCALE + 1];
    for (int a = 0; a <= Columns.MAX_SCALE; a++) {
      // a target scale whose 10^(a+k+2) does not fit: only r = 0 is fast (numerator 0, exact)
      numeratorScale[a] = a + k + 2 < POW10.length ? POW10[a + k + 2] : 0;
      realisasiLimit[a] = a + k + 2 < POW10.length ? NUMERATOR_LIMIT / POW10[a + k + 2] : 0;
      targetLimit[a] = Long.MAX_VALUE / POW10[a];
    }
    this.limits = Limits.of(policy.limits());
    // A cap or floor that is not a whole number of 10^-k, or a floor above the fixed-point range,
    // sends every row down the exact path; a cap above the range, or a floor below it, can never
    // bind a fast-path row (|q| <= NUMERATOR_LIMIT + inverseQ < Q_LIMIT) and is left to that path.
    this.fixedLimits = new Limits.Fixed(policy.limits(), k, Q_LIMIT);
    if (fixedLimits.exactOnly) {
      Arrays.fill(targetLimit, 0); // no t satisfies t - 1 <u 0: every row is exact
    }
  }

  /** Returns whether a negative realisasi is accepted. */
  public boolean negativeAllowed() {
    return negativeAllowed;
  }

  /** Returns the rounding scale. */
  public int scale() {
    return scale;
  }

  /**
   * Scores every row, without means.
   *
   * @param in the rows
   * @return each row's capaian
   * @throws InvalidValueException if a realisasi is negative and not allowed, or a capaian does
   *     not fit a long at the rounding scale; the message names the row
   */
  public RowScores scoreRows(Columns in) {
    RowScores out = new RowScores(in.size);
    run(in, out, null, null);
    return out;
  }

  /**
   * Scores every row and decides the goal means, the flat mean and the mean of the goal means.
   *
   * @param in the rows
   * @return the rows and the means
   * @throws InvalidValueException as {@link #scoreRows(Columns)}
   */
  public Outcome score(Columns in) {
    RowScores out = new RowScores(in.size);
    UnitSum unit = new UnitSum();
    GoalSums goals = in.goal == null ? null : new GoalSums(in.goalCount);
    run(in, out, unit, goals);
    MeanDecision decide = new MeanDecision(this, in, out);
    Mean flat = decide.flat(unit);
    Mean ofGoals = goals == null ? Mean.absent(0) : decide.goalsAndTheirMean(goals);
    return new Outcome(out, flat, ofGoals, goals);
  }

  /** What {@link #score(Columns)} decides. */
  public static final class Outcome {
    /** Each row's capaian. */
    public final RowScores rows;
    /** The flat mean over all included rows. */
    public final Mean flat;
    /** The mean of the goal means; absent without goals. */
    public final Mean ofGoals;
    private final @Nullable GoalSums goals;

    Outcome(RowScores rows, Mean flat, Mean ofGoals, @Nullable GoalSums goals) {
      this.rows = rows;
      this.flat = flat;
      this.ofGoals = ofGoals;
      this.goals = goals;
    }

    /** Returns the number of goals. */
    public int goalCount() {
      return goals == null ? 0 : goals.count();
    }

    /**
     * Returns that goal's mean; absent when it has no member.
     *
     * @param g a goal index
     * @return that goal's mean; absent when it has no member
     */
    public Mean goal(int g) {
      GoalSums s = Objects.requireNonNull(goals, "no goals");
      Objects.checkIndex(g, s.count());
      if (s.state[g] == GoalSums.ABSENT) {
        return Mean.absent(s.excluded[g]);
      }
      return new Mean(true, s.rounded[g], s.members[g], s.excluded[g], s.state[g] == GoalSums.EXACT);
    }
  }

  /**
   * The loop: one pass over the rows, kept small and mostly branch-free so the JIT compiles it as
   * one tight body. Rows that are rare in real data (a zero target, operands that could overflow,
   * a negative realisasi, a negative value without a floor) and rounding modes other than HALF_UP
   * call out of the loop.
   */
  // NullAway cannot see that goal != null exactly when goals != null (both come from in.goal)
  @SuppressWarnings("NullAway")
  private void run(Columns in, RowScores scores, @Nullable UnitSum unit, @Nullable GoalSums goals) {
    final int n = in.size;
    final long[] tu = in.targetUnscaled;
    final byte[] ts = in.targetScale;
    final long[] ru = in.realisasiUnscaled;
    final byte[] rs = in.realisasiScale;
    final byte[] kind = in.kind;
    final long[] out = scores.rounded;
    final byte[] st = scores.status;
    final byte[] fl = scores.flags;
    final long[] rlim = realisasiLimit;
    final long[] tlim = targetLimit;
    final long[] npow = numeratorScale;
    final long inv = inverseQ;
    final long hq = hundredQ;
    final long cq = fixedLimits.capQ;
    final long fq = fixedLimits.floorQ;
    final boolean hu = halfUp;
    final int[] goal = goals == null ? null : in.goal;
    long lo = 0;
    long hi = 0;
    int members = 0;
    int sticky = 0;
    for (int i = 0; i < n; i++) {
      int kd = kind[i];
      if ((kd & Columns.MISSING) != 0) {
        st[i] = RowScores.NOT_AVAILABLE;
        if (goal != null) {
          goals.excluded[goal[i]]++;
        }
        continue;
      }
      long t = tu[i];
      long r = ru[i];
      int a = ts[i];
      int b = rs[i];
      long q;
      long sb;
      // fast when 0 <= r <= limit(a) and 1 <= t <= limit(b): the products and q cannot overflow
      if (Long.compareUnsigned(r, rlim[a]) <= 0 && Long.compareUnsigned(t - 1, tlim[b]) < 0) {
        long num = r * npow[a];
        long den = t * POW10[b];
        q = num / den;
        long rem = num - q * den; // >= 0
        sb = (rem | -rem) >>> 63; // the sticky bit: v × 10^k is not an integer
        long lowerMask = -(long) (kd & Columns.LOWER);
        q ^= (q ^ (inv - q - sb)) & lowerMask; // inverse: floor(2 × 10^(k+2) − y) = 2 × 10^(k+2) − floor(y) − s
        int f = (int) sb << 6; // RowScores.STICKY
        if (Limits.Fixed.aboveCap(q, sb, cq)) {
          q = cq;
          sb = 0;
          f = RowScores.CAPPED;
        } else if (Limits.Fixed.belowFloor(q, fq)) {
          q = fq;
          sb = 0;
          f = RowScores.FLOORED;
        }
        if (hu && q >= 0) {
          // half-up: floor(v × 10^p + 1/2) = floor((q + K/2) / K), as K/2 and q are integers
          out[i] = Math.multiplyHigh(q + HALF_K, RECIPROCAL) >>> RECIPROCAL_SHIFT;
        } else {
          out[i] = roundFixed(q, sb != 0);
        }
        // the standing: Standing.ofComparison(compareFixed(...)), as an ordinal in bits 3-4
        fl[i] = (byte) (f | Standing.ordinalFixed(q, sb, hq) << RowScores.STANDING_SHIFT);
      } else {
        q = exactRow(in, i, scores);
        if (st[i] != RowScores.COMPUTED) {
          if (goal != null) {
            goals.excluded[goal[i]]++;
          }
          continue;
        }
        int f = fl[i];
        if ((f & RowScores.WIDE) != 0) {
          if (unit != null) {
            unit.wide = true;
            if (goal != null) {
              int g = goal[i];
              goals.members[g]++;
              goals.state[g] = GoalSums.EXACT;
              goals.lastMember[g] = i;
            } else {
              members++;
            }
          }
          continue;
        }
        sb = (f >>> 6) & 1L;
      }
      if (unit == null) {
        continue;
      }
      if (goal != null) {
        // with goals, the unit's sums are the goals' sums, added up after the loop
        int g = goal[i];
        long before = goals.sum[g];
        long after = before + q;
        if (((before ^ after) & (q ^ after)) < 0) {
          goals.state[g] = GoalSums.EXACT;
          unit.wide = true; // the goal's sum is lost: the unit goes exact too
        }
        goals.sum[g] = after;
        goals.members[g]++;
        goals.stickyMembers[g] += (int) sb;
        goals.lastMember[g] = i;
      } else {
        members++;
        sticky += (int) sb;
        long sum = lo + q;
        if (((lo ^ sum) & (q ^ sum)) < 0) {
          hi += q < 0 ? -1 : 1; // the true sum is lo + hi × 2^64
        }
        lo = sum;
      }
    }
    if (unit == null) {
      return;
    }
    unit.lo = lo;
    unit.hi = hi;
    if (goals != null) {
      for (int g = 0; g < goals.count(); g++) {
        unit.add(goals.sum[g]);
        members += goals.members[g];
        sticky += goals.stickyMembers[g];
      }
    }
    unit.members = members;
    unit.stickyMembers = sticky;
  }

  /** Rounds {@code (q + f) / K} with {@code 0 <= f < 1}, {@code f > 0} iff {@code sticky}, in any mode and sign. */
  long roundFixed(long q, boolean sticky) {
    long base = Math.floorDiv(q, K);
    long m = q - base * K;
    return Rounding.round(base, m > HALF_K ? 1 : m < HALF_K ? -1 : (sticky ? 1 : 0), m != 0 || sticky, mode);
  }

  private static InvalidValueException negativeRealisasi(int row, long unscaled, int scale) {
    return InvalidValueException.of("row " + row + ": realisasi", BigDecimal.valueOf(unscaled, scale).toPlainString(),
        "must be >= 0 (use allowingNegativeRealisasi() for units that can be negative)");
  }

  /**
   * The exact path for one row (a zero target, operands that could overflow, a negative
   * realisasi): the same rules on {@link Rational}. Writes the row's outputs and returns its
   * fixed-point value (0 when not computed or wide).
   */
  @SuppressWarnings("EnumOrdinal") // the standing is packed into the row's flags by its ordinal, read back by RowScores
  private long exactRow(Columns in, int i, RowScores out) {
    if (in.realisasiUnscaled[i] < 0 && !negativeAllowed) {
      throw negativeRealisasi(i, in.realisasiUnscaled[i], in.realisasiScale[i]);
    }
    Rational raw = exactRaw(in, i);
    if (raw == null) {
      out.status[i] = RowScores.UNDEFINED;
      return 0;
    }
    int flags = in.targetUnscaled[i] == 0 ? RowScores.BY_RULE : 0;
    Limits.Limited limited = limits.apply(raw);
    Rational value = limited.value();
    flags |= limited.capped() ? RowScores.CAPPED : limited.floored() ? RowScores.FLOORED : 0;
    flags |= Standing.exact(value).ordinal() << RowScores.STANDING_SHIFT;
    BigDecimal rounded = value.round(scale, mode);
    if (rounded.unscaledValue().bitLength() > 63) {
      throw InvalidValueException.of("row " + i + ": capaian", rounded.toPlainString(), "must fit a long at scale " + scale + " in the bulk path");
    }
    out.rounded[i] = rounded.unscaledValue().longValue();
    BigInteger[] qr = value.numerator().multiply(tenPowK).divideAndRemainder(value.denominator());
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    if (q.bitLength() > 62 || q.abs().compareTo(BigInteger.valueOf(Q_LIMIT)) > 0) {
      out.flags[i] = (byte) (flags | RowScores.WIDE);
      return 0;
    }
    out.flags[i] = (byte) (qr[1].signum() != 0 ? flags | RowScores.STICKY : flags);
    return q.longValue();
  }

  /** The exact raw capaian of an available row, or null when undefined. */
  private @Nullable Rational exactRaw(Columns in, int i) {
    long t = in.targetUnscaled[i];
    long r = in.realisasiUnscaled[i];
    if (t == 0) {
      return ZeroTarget.value(policy.zeroTarget(), Rational.of(BigDecimal.valueOf(r, in.realisasiScale[i])));
    }
    Rational ratio = Rational.of(BigInteger.valueOf(r).multiply(BigInteger.TEN.pow(in.targetScale[i])).multiply(BigInteger.valueOf(100)),
        BigInteger.valueOf(t).multiply(BigInteger.TEN.pow(in.realisasiScale[i])));
    return in.lowerIsBetter(i) ? TWO_HUNDRED.subtract(ratio) : ratio;
  }

  /** The exact value after the cap and floor of a computed row. */
  Rational exactValue(Columns in, RowScores scores, int i) {
    int f = scores.flags[i];
    if ((f & RowScores.CAPPED) != 0) {
      return Rational.of(policy.limits().maximum().orElseThrow());
    }
    if ((f & RowScores.FLOORED) != 0) {
      return Rational.of(policy.limits().floor().orElseThrow());
    }
    return Objects.requireNonNull(exactRaw(in, i));
  }

  @Override
  public String toString() {
    return "Kernel{" + policy.limits() + ", " + policy.zeroTarget() + ", " + policy.rounding() + (negativeAllowed ? ", negative realisasi allowed" : "") + "}";
  }
}
