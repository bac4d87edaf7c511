package io.github.lakin.scoring.bulk;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.internal.ExactSum;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Penilaian massal (bulk scorer): scores many indicators at once, exactly, without an object per
 * row, and averages them into goal means, the flat unit mean and the mean of the goal means.
 *
 * <pre>{@code
 * BulkInput in = BulkInput.builder()
 *     .add(0, new BigDecimal("69"), new BigDecimal("69.31"), Polarity.HIGHER_IS_BETTER)
 *     .add(0, new BigDecimal("81"), new BigDecimal("88.83"), Polarity.HIGHER_IS_BETTER)
 *     .build();
 * BulkResult r = BulkScorer.of(ReportPolicy.biroPerencanaan2023()).score(in);
 * r.indicators().rounded(0);   // Optional[100.45]
 * r.flat().rounded();          // Optional[105.06]
 * }</pre>
 *
 * <h2>What it computes</h2>
 *
 * Each row is scored like {@link io.github.lakin.scoring.Scorer} with the indicator's default
 * strategy for an exact target ({@code ratio} r / t × 100, or {@code inverse} (2 − r / t) × 100
 * for lower is better), the policy's zero-target rule, then the cap and the floor, then one
 * rounding with the policy's {@link io.github.lakin.core.RoundingPolicy} (any mode; scale 0 to
 * {@value #MAX_ROUNDING_SCALE}). The means are those of
 * {@link io.github.lakin.scoring.aggregate.ReportScorer} at {@link RoundingStage#END} with
 * {@link MissingRule#EXCLUDE_AND_FLAG}: the exact mean of the capped and floored exact values of
 * the computed rows, rounded once. Every figure is identical to the exact reference for every
 * input; no {@code double} is used anywhere.
 *
 * <h2>How, and why it is exact</h2>
 *
 * Let {@code p} be the rounding scale, {@code k = p + 6} and {@code K = 10^6}. For each row the
 * kernel computes, in {@code long} arithmetic, the fixed-point value {@code q = floor(v × 10^k)}
 * of the raw capaian {@code v} and the sticky bit {@code s = (v × 10^k is not an integer)}: for a
 * ratio {@code q = floor(R × 10^(a+k+2) / (T × 10^b))} with one integer division (target
 * {@code T × 10^-a}, realisasi {@code R × 10^-b}); for the inverse,
 * {@code floor(2 × 10^(k+2) − y) = 2 × 10^(k+2) − floor(y) − s}. The operands are checked
 * against precomputed bounds first; a row that could overflow, has a zero target or a negative
 * realisasi takes an exact {@link Rational} path instead, which gives the same {@code (q, s)} (or
 * marks a value too large for a {@code long} sum, which sends its means to the exact fallback).
 * Half-up rounding of a non-negative {@code q} is {@code floor((q + K/2) / K)}, computed with a
 * multiply-high by a precomputed reciprocal of {@code K}, exact for {@code 0 ≤ q < 2^62}.
 *
 * <ul>
 *   <li><b>Cap and floor.</b> When they are whole numbers of {@code 10^-k} (any cap with at
 *       most {@code k} decimals; otherwise every row takes the exact path), say {@code C} and
 *       {@code F}, then {@code v > cap} iff {@code q > C}
 *       or ({@code q = C} and {@code s}), and {@code v < floor} iff {@code q < F}, because
 *       {@code v × 10^k = q + f} with {@code 0 ≤ f < 1} and {@code f > 0} iff {@code s}. A capped
 *       or floored value is exact: {@code s} becomes false.
 *   <li><b>Per-indicator rounding.</b> With {@code base = floor(q / K)} and
 *       {@code m = q − base × K}, {@code v × 10^p = base + φ} where {@code φ = (m + f) / K}. As
 *       {@code K} is even and {@code m} an integer, {@code φ > 1/2} iff {@code m > K/2} or
 *       ({@code m = K/2} and {@code s}); {@code φ = 1/2} iff {@code m = K/2} and not
 *       {@code s}; {@code φ > 0} iff {@code m > 0} or {@code s}. These three facts decide every
 *       {@link RoundingMode} exactly, negative values (below a floor of none) included.
 *   <li><b>Means.</b> A mean of {@code n} members is {@code x} with
 *       {@code x × 10^k = (Q + E) / n}, where {@code Q = Σ q} (summed in 128 bits for the unit,
 *       with overflow checks for goals) and {@code E = Σ f} satisfies {@code 0 < E < n'}, with
 *       {@code n'} the number of members whose sticky bit is set ({@code E = 0} when
 *       {@code n' = 0}). So {@code x × 10^p} lies in {@code [Q / (nK), (Q + n') / (nK)]}: an
 *       interval no wider than {@code 1/K = 10^-6} of a display unit. Every rounding mode is a
 *       non-decreasing function, so when both ends round to the same number, so does {@code x}.
 *       When {@code n' = 0}, {@code x × 10^p = Q / (nK)} exactly and is rounded exactly. Only
 *       when the ends round differently — the interval holds a rounding boundary, which happens
 *       for an exact tie such as {@code (100/3 + 200,03/3) / 2 = 50,005}, or by chance about once
 *       in 10^6 means — is the mean recomputed exactly with {@link Rational} (equal denominators
 *       summed first). {@link BulkMean#isExactFallback()} reports it.
 *   <li><b>Mean of goal means.</b> Each goal mean {@code m_g} is bracketed as
 *       {@code a_g ≤ m_g × 10^k ≤ a_g + e_g} with {@code a_g = floor(Q_g / n_g)} and
 *       {@code e_g ∈ {0, 1, 2}} ({@code 0} only when exact); the same interval argument over the
 *       goals decides the unit's rounding, with the same exact fallback.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; results never share state with the input.
 */
public final class BulkScorer {
  /** The largest rounding scale the bulk path supports. */
  public static final int MAX_ROUNDING_SCALE = 10;

  /** Extra fixed-point digits beyond the rounding scale: {@code k = p + 6}. */
  static final int EXTRA_DIGITS = 6;
  private static final long K = 1_000_000L;
  private static final long HALF_K = K / 2;
  /** Largest |numerator| the fast path forms, so inverse values and a few sums cannot overflow. */
  private static final long NUMERATOR_LIMIT = Long.MAX_VALUE / 4;
  /** Largest |q| a row may carry into the sums; beyond it the row is "wide". */
  private static final long Q_LIMIT = Long.MAX_VALUE / 2;
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private static final Rational TWO_HUNDRED = Rational.of(200);

  private final ScoringPolicy policy;
  private final AggregationShape shape;
  private final boolean negativeAllowed;
  private final int scale;
  private final RoundingMode mode;
  private final boolean halfUp;
  private final int k;
  private final BigInteger tenPowK;
  private final long inverseQ;
  private final long[] realisasiLimit;
  private final long[] targetLimit;
  private final long[] numeratorScale;
  private final @Nullable Rational cap;
  private final long capQ;
  private final @Nullable Rational floor;
  private final long floorQ;
  private final @Nullable Rational whenBothZero;
  private final @Nullable Rational whenTargetZero;

  private BulkScorer(ScoringPolicy policy, AggregationShape shape, boolean negativeAllowed) {
    this.policy = policy;
    this.shape = shape;
    this.negativeAllowed = negativeAllowed;
    if (!policy.strategies().isEmpty()) {
      throw InvalidValueException.of("bulk policy: strategies", policy.strategies().keySet(),
          "must be empty: the bulk path has no indicator codes and scores by polarity (ratio or inverse)");
    }
    this.scale = policy.rounding().scale();
    if (scale > MAX_ROUNDING_SCALE) {
      throw InvalidValueException.of("bulk policy: rounding scale", scale, "must be at most " + MAX_ROUNDING_SCALE + " for the bulk path");
    }
    this.mode = policy.rounding().mode();
    this.halfUp = mode == RoundingMode.HALF_UP;
    this.k = scale + EXTRA_DIGITS;
    this.tenPowK = BigInteger.TEN.pow(k);
    this.inverseQ = 2 * POW10[k + 2];
    this.realisasiLimit = new long[BulkInput.MAX_SCALE + 1];
    this.targetLimit = new long[BulkInput.MAX_SCALE + 1];
    this.numeratorScale = new long[BulkInput.MAX_SCALE + 1];
    for (int a = 0; a <= BulkInput.MAX_SCALE; a++) {
      // a target scale whose 10^(a+k+2) does not fit: only r = 0 is fast (numerator 0, exact)
      numeratorScale[a] = a + k + 2 < POW10.length ? POW10[a + k + 2] : 0;
      realisasiLimit[a] = a + k + 2 < POW10.length ? NUMERATOR_LIMIT / POW10[a + k + 2] : 0;
      targetLimit[a] = Long.MAX_VALUE / POW10[a];
    }
    Optional<BigDecimal> max = policy.limits().maximum();
    Optional<BigDecimal> min = policy.limits().floor();
    this.cap = max.map(Rational::of).orElse(null);
    this.floor = min.map(Rational::of).orElse(null);
    // A cap or floor that is not a whole number of 10^-k, or a floor above the fixed-point range,
    // sends every row down the exact path; a cap above the range, or a floor below it, can never
    // bind a fast-path row (|q| <= NUMERATOR_LIMIT + inverseQ < Q_LIMIT) and is left to that path.
    BigInteger capFixed = max.map(this::fixed).orElse(null);
    BigInteger floorFixed = min.map(this::fixed).orElse(null);
    BigInteger limit = BigInteger.valueOf(Q_LIMIT);
    boolean exactOnly = (max.isPresent() && capFixed == null) || (min.isPresent() && floorFixed == null)
        || (floorFixed != null && floorFixed.compareTo(limit) > 0);
    this.capQ = capFixed == null || capFixed.compareTo(limit) > 0 ? Long.MAX_VALUE : capFixed.longValue();
    this.floorQ = floorFixed == null || floorFixed.compareTo(limit.negate()) < 0 ? Long.MIN_VALUE : floorFixed.longValue();
    if (exactOnly) {
      java.util.Arrays.fill(targetLimit, 0); // no t satisfies t - 1 <u 0: every row is exact
    }
    this.whenBothZero = policy.zeroTarget().whenBothZero().orElse(null);
    this.whenTargetZero = policy.zeroTarget().whenRealizationNonZero().orElse(null);
  }

  /**
   * A scorer whose {@link BulkResult#overall()} is the flat mean.
   *
   * @param policy the scoring policy: cap, floor, zero-target rule and rounding are used
   * @return the scorer
   * @throws InvalidValueException if the policy names strategies per indicator code (the bulk
   *     input has no codes) or its rounding scale exceeds {@value #MAX_ROUNDING_SCALE}
   */
  public static BulkScorer of(ScoringPolicy policy) {
    return new BulkScorer(Objects.requireNonNull(policy, "policy"), AggregationShape.FLAT, false);
  }

  /**
   * A scorer that follows a report policy's scoring policy and its shape.
   *
   * @param policy a report policy with shape {@code FLAT} or {@code GOAL_MEANS}, rounding stage
   *     {@code END} and missing rule {@code EXCLUDE_AND_FLAG}; its provisional rule does not
   *     matter, as bulk rows are never provisional
   * @return the scorer
   * @throws InvalidValueException if the policy asks for something else, or as
   *     {@link #of(ScoringPolicy)}
   */
  public static BulkScorer of(ReportPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (policy.shape() != AggregationShape.FLAT && policy.shape() != AggregationShape.GOAL_MEANS) {
      throw InvalidValueException.of("bulk policy: shape", policy.shape(), "must be FLAT or GOAL_MEANS: the bulk path has no weights");
    }
    if (policy.roundingStage() != RoundingStage.END) {
      throw InvalidValueException.of("bulk policy: rounding stage", policy.roundingStage(),
          "must be END: the bulk path rounds each figure once from the exact values");
    }
    if (policy.missing() != MissingRule.EXCLUDE_AND_FLAG) {
      throw InvalidValueException.of("bulk policy: missing rule", policy.missing(), "must be EXCLUDE_AND_FLAG");
    }
    return new BulkScorer(policy.scoring(), policy.shape(), false);
  }

  /**
   * The same scorer, accepting negative realisasi (as an indicator whose
   * {@link io.github.lakin.core.MeasureUnit#allowingNegative() unit allows negative values}). By
   * default a negative realisasi is an error, as for the default units.
   *
   * @return the scorer
   */
  public BulkScorer allowingNegativeRealisasi() {
    return new BulkScorer(policy, shape, true);
  }

  /** @return the scoring policy */
  public ScoringPolicy policy() {
    return policy;
  }

  /** @return the shape {@link BulkResult#overall()} follows */
  public AggregationShape shape() {
    return shape;
  }

  /** @return whether negative realisasi are accepted */
  public boolean negativeRealisasiAllowed() {
    return negativeAllowed;
  }

  /** {@code v × 10^k} when it is an integer, else null. */
  private @Nullable BigInteger fixed(BigDecimal v) {
    BigDecimal scaled = v.movePointRight(k);
    if (scaled.signum() != 0 && scaled.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return scaled.toBigInteger();
  }

  /**
   * Scores every row, without means.
   *
   * @param input the rows
   * @return each row's capaian
   * @throws InvalidValueException if a realisasi is negative and not allowed, or a capaian does
   *     not fit a long at the rounding scale; the message names the row
   */
  public BulkScores scoreIndicators(BulkInput input) {
    Objects.requireNonNull(input, "input");
    int n = input.size;
    BulkScores scores = new BulkScores(scale, new long[n], new byte[n], new byte[n]);
    run(input, scores, null);
    return scores;
  }

  /**
   * Scores every row and computes the flat mean, the goal means (when the input has goals) and the
   * mean of the goal means.
   *
   * @param input the rows
   * @return the capaian and the means
   * @throws InvalidValueException as {@link #scoreIndicators(BulkInput)}
   */
  public BulkResult score(BulkInput input) {
    Objects.requireNonNull(input, "input");
    int n = input.size;
    BulkScores scores = new BulkScores(scale, new long[n], new byte[n], new byte[n]);
    Sums sums = new Sums(input.goalCount);
    run(input, scores, sums);

    BulkMean flat;
    if (sums.members == 0) {
      flat = BulkMean.absent(scale, n);
    } else {
      long r = sums.wide ? Long.MIN_VALUE : decide(sums.hi, sums.lo, sums.sticky, sums.members);
      if (r == Long.MIN_VALUE) {
        flat = new BulkMean(true, exactFlat(input, scores, sums.members), scale, sums.members, n - sums.members, true);
      } else {
        flat = new BulkMean(true, r, scale, sums.members, n - sums.members, false);
      }
    }
    int goals = input.goalCount;
    BulkMean ofGoals = goalMeans(input, scores, goals, sums);
    // goalMeans has replaced each goal's sum by its rounded mean
    return new BulkResult(scores, shape, flat, ofGoals, goals, sums.gSum, sums.gState, sums.gCount, sums.gExcluded);
  }

  /**
   * Running sums of the fixed-point values: the unit's in 128 bits, each goal's in a long, with
   * each goal's members (high 32 bits) and sticky members (low 32 bits) packed in one long.
   */
  private static final class Sums {
    long lo;
    long hi;
    int members;
    int sticky;
    boolean wide;
    final long[] gSum;
    final long[] gCount;
    final int[] gExcluded;
    final int[] gLast;
    final byte[] gState;

    Sums(int goals) {
      gLast = new int[goals];
      gSum = new long[goals];
      gCount = new long[goals];
      gExcluded = new int[goals];
      gState = new byte[goals];
    }
  }

  /** floor(q / 10^6) = multiplyHigh(q, RECIPROCAL) >>> 18 for 0 <= q < 2^62 (Granlund–Montgomery). */
  static final long RECIPROCAL = 4_835_703_278_458_516_699L;
  static final int RECIPROCAL_SHIFT = 18;
  /** Goal means below this use the reciprocal: a + K/2 stays below 2^62. */
  private static final long MEAN_FAST_LIMIT = (1L << 62) - K;

  /**
   * The kernel: one loop over the rows, kept small and mostly branch-free so the JIT compiles it
   * as one tight body. Rows that are rare in real data (a zero target, operands that could
   * overflow, a negative realisasi, a negative value without a floor) and rounding modes other
   * than HALF_UP call out of the loop.
   */
  // NullAway cannot see that goal != null exactly when sums != null (both come from hasGoals)
  @SuppressWarnings("NullAway")
  private void run(BulkInput in, BulkScores scores, @Nullable Sums sums) {
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
    final long cq = capQ;
    final long fq = floorQ;
    final boolean hu = halfUp;
    final int[] goal = sums == null ? null : in.goal;
    long lo = 0;
    long hi = 0;
    int members = 0;
    int sticky = 0;
    for (int i = 0; i < n; i++) {
      int kd = kind[i];
      if ((kd & BulkInput.MISSING) != 0) {
        st[i] = BulkScores.NOT_AVAILABLE;
        if (goal != null) {
          sums.gExcluded[goal[i]]++;
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
        long lowerMask = -(long) (kd & BulkInput.LOWER);
        q ^= (q ^ (inv - q - sb)) & lowerMask; // inverse: floor(2 × 10^(k+2) − y) = 2 × 10^(k+2) − floor(y) − s
        int f = (int) sb << 6; // BulkScores.STICKY
        if (q + sb > cq) { // v > cap
          q = cq;
          sb = 0;
          f = BulkScores.CAPPED;
        } else if (q < fq) { // v < floor
          q = fq;
          sb = 0;
          f = BulkScores.FLOORED;
        }
        if (hu && q >= 0) {
          // half-up: floor(v × 10^p + 1/2) = floor((q + K/2) / K), as K/2 and q are integers
          out[i] = Math.multiplyHigh(q + HALF_K, RECIPROCAL) >>> RECIPROCAL_SHIFT;
        } else {
          out[i] = roundFixed(q, sb != 0);
        }
        fl[i] = (byte) f;
      } else {
        q = exactRow(in, i, out, st, fl);
        if (st[i] != BulkScores.COMPUTED) {
          if (goal != null) {
            sums.gExcluded[goal[i]]++;
          }
          continue;
        }
        int f = fl[i];
        if ((f & BulkScores.WIDE) != 0) {
          if (sums != null) {
            sums.wide = true;
            if (goal != null) {
              int g = goal[i];
              sums.gCount[g] += 1L << 32;
              sums.gState[g] = BulkResult.GOAL_EXACT;
              sums.gLast[g] = i;
            } else {
              members++;
            }
          }
          continue;
        }
        sb = (f >>> 6) & 1;
      }
      if (sums == null) {
        continue;
      }
      if (goal != null) {
        // with goals, the unit's sums are the goals' sums, added up after the loop
        int g = goal[i];
        long before = sums.gSum[g];
        long after = before + q;
        if (((before ^ after) & (q ^ after)) < 0) {
          sums.gState[g] = BulkResult.GOAL_EXACT;
          sums.wide = true; // the goal's sum is lost: the unit goes exact too
        }
        sums.gSum[g] = after;
        sums.gCount[g] += (1L << 32) | sb;
        sums.gLast[g] = i;
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
    if (sums == null) {
      return;
    }
    if (goal != null) {
      for (int g = 0; g < sums.gSum.length; g++) {
        long q = sums.gSum[g];
        long sum = lo + q;
        if (((lo ^ sum) & (q ^ sum)) < 0) {
          hi += q < 0 ? -1 : 1;
        }
        lo = sum;
        members += (int) (sums.gCount[g] >>> 32);
        sticky += (int) sums.gCount[g];
      }
    }
    sums.lo = lo;
    sums.hi = hi;
    sums.members = members;
    sums.sticky = sticky;
  }

  /** Rounds {@code (q + f) / K} with {@code 0 <= f < 1}, {@code f > 0} iff {@code sticky}, in any mode and sign. */
  private long roundFixed(long q, boolean sticky) {
    long base = Math.floorDiv(q, K);
    long m = q - base * K;
    return Rounding.round(base, m > HALF_K ? 1 : m < HALF_K ? -1 : (sticky ? 1 : 0), m != 0 || sticky, mode);
  }

  private static InvalidValueException negativeRealisasi(int row, long unscaled, int scale) {
    return InvalidValueException.of("row " + row + ": realisasi", BigDecimal.valueOf(unscaled, scale).toPlainString(),
        "must be >= 0 (use allowingNegativeRealisasi() for units that can be negative)");
  }

  /** The exact path for one row: a zero target, or operands that could overflow. */
  private long exactRow(BulkInput in, int i, long[] out, byte[] st, byte[] fl) {
    if (in.realisasiUnscaled[i] < 0 && !negativeAllowed) {
      throw negativeRealisasi(i, in.realisasiUnscaled[i], in.realisasiScale[i]);
    }
    Rational raw = exactRaw(in, i);
    if (raw == null) {
      st[i] = BulkScores.UNDEFINED;
      return 0;
    }
    int flags = in.targetUnscaled[i] == 0 ? BulkScores.BY_RULE : 0;
    Rational value = raw;
    if (cap != null && value.compareTo(cap) > 0) {
      value = cap;
      flags |= BulkScores.CAPPED;
    } else if (floor != null && value.compareTo(floor) < 0) {
      value = floor;
      flags |= BulkScores.FLOORED;
    }
    BigDecimal rounded = value.round(scale, mode);
    if (rounded.unscaledValue().bitLength() > 63) {
      throw InvalidValueException.of("row " + i + ": capaian", rounded.toPlainString(), "must fit a long at scale " + scale + " in the bulk path");
    }
    out[i] = rounded.unscaledValue().longValue();
    BigInteger[] qr = value.numerator().multiply(tenPowK).divideAndRemainder(value.denominator());
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    if (q.bitLength() > 62 || q.abs().compareTo(BigInteger.valueOf(Q_LIMIT)) > 0) {
      fl[i] = (byte) (flags | BulkScores.WIDE);
      return 0;
    }
    fl[i] = (byte) (qr[1].signum() != 0 ? flags | BulkScores.STICKY : flags);
    return q.longValue();
  }

  /** The exact raw capaian of an available row, or null when undefined. */
  private @Nullable Rational exactRaw(BulkInput in, int i) {
    long t = in.targetUnscaled[i];
    long r = in.realisasiUnscaled[i];
    if (t == 0) {
      return r == 0 ? whenBothZero : whenTargetZero;
    }
    Rational ratio = Rational.of(BigInteger.valueOf(r).multiply(BigInteger.TEN.pow(in.targetScale[i])).multiply(BigInteger.valueOf(100)),
        BigInteger.valueOf(t).multiply(BigInteger.TEN.pow(in.realisasiScale[i])));
    return in.lowerIsBetter(i) ? TWO_HUNDRED.subtract(ratio) : ratio;
  }

  /** The exact value after cap and floor of a computed row. */
  private Rational exactValue(BulkInput in, BulkScores scores, int i) {
    int f = scores.rawFlags(i);
    if ((f & BulkScores.CAPPED) != 0) {
      return Objects.requireNonNull(cap);
    }
    if ((f & BulkScores.FLOORED) != 0) {
      return Objects.requireNonNull(floor);
    }
    return Objects.requireNonNull(exactRaw(in, i));
  }

  /**
   * Rounds the mean {@code (Q + E) / (n × 10^k)} at the display scale, {@code Q = hi × 2^64 + lo}
   * with {@code lo} signed (how the loops keep their wide sums),
   * {@code 0 ≤ E < sticky}, or returns {@code Long.MIN_VALUE} when the bound cannot decide.
   */
  private long decide(long hi, long lo, long sticky, long n) {
    long den = n * K; // n < 2^31, so no overflow
    if (hi == 0 && lo <= Long.MAX_VALUE - sticky) {
      long low = Rounding.roundFraction(lo, den, mode);
      if (sticky == 0) {
        return low;
      }
      return low == Rounding.roundFraction(lo + sticky, den, mode) ? low : Long.MIN_VALUE;
    }
    BigInteger q = BigInteger.valueOf(hi).shiftLeft(64).add(BigInteger.valueOf(lo));
    BigInteger d = BigInteger.valueOf(den);
    long low = Rounding.roundFraction(q, d, mode);
    if (sticky == 0) {
      return low;
    }
    return low == Rounding.roundFraction(q.add(BigInteger.valueOf(sticky)), d, mode) ? low : Long.MIN_VALUE;
  }

  private long exactFlat(BulkInput in, BulkScores scores, int members) {
    ExactSum sum = new ExactSum();
    for (int i = 0; i < in.size; i++) {
      if (scores.statusCode(i) == BulkScores.COMPUTED) {
        sum.add(exactValue(in, scores, i));
      }
    }
    return roundExact(sum.mean(members));
  }

  private long roundExact(Rational mean) {
    return mean.round(scale, mode).unscaledValue().longValueExact();
  }

  /**
   * Decides each goal's rounded mean (written over its sum in {@code sums.gSum}) and the mean of
   * the goal means.
   */
  private BulkMean goalMeans(BulkInput in, BulkScores scores, int goals, Sums sums) {
    long[] gSum = sums.gSum;
    long[] gRounded = gSum;
    long[] gCount = sums.gCount;
    byte[] gState = sums.gState;
    if (in.goal == null) {
      return BulkMean.absent(scale, 0);
    }
    // per goal: decide its rounding, and bracket m_g × 10^k in [a_g, a_g + e_g]
    long aLo = 0;
    long aHi = 0;
    long e = 0;
    int present = 0;
    boolean anyExact = false;
    for (int g = 0; g < goals; g++) {
      int n = (int) (gCount[g] >>> 32);
      if (n == 0) {
        gState[g] = BulkResult.GOAL_ABSENT;
        continue;
      }
      present++;
      if (gState[g] == BulkResult.GOAL_EXACT) {
        anyExact = true;
        continue;
      }
      long sum = gSum[g];
      long s = (int) gCount[g]; // low 32 bits: sticky members
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
        long y = a + HALF_K;
        long base = Math.multiplyHigh(y, RECIPROCAL) >>> RECIPROCAL_SHIFT;
        long need = K - (y - base * K);
        if (need > 2) {
          r = base;
        } else if (rem >= need * n) {
          r = base + 1;
        } else if (rem + s <= need * n) {
          r = base;
        } else {
          r = Long.MIN_VALUE;
        }
      } else {
        r = decide(0, sum, s, n);
      }
      if (r == Long.MIN_VALUE) {
        gState[g] = BulkResult.GOAL_EXACT;
        anyExact = true;
        continue;
      }
      gState[g] = BulkResult.GOAL_PRESENT;
      gRounded[g] = r;
      long eg = s == 0 && rem == 0 ? 0 : rem + s <= n ? 1 : 2;
      long lo = aLo + a;
      if (((aLo ^ lo) & (a ^ lo)) < 0) {
        aHi += a < 0 ? -1 : 1;
      }
      aLo = lo;
      e += eg;
    }
    if (anyExact) {
      for (int g = 0; g < goals; g++) {
        if (gState[g] != BulkResult.GOAL_EXACT) {
          continue;
        }
        int n = (int) (gCount[g] >>> 32);
        Rational mean = exactGoalSum(in, scores, g, sums.gLast[g], n).divide(n);
        gRounded[g] = roundExact(mean);
        BigInteger[] qr = mean.numerator().multiply(tenPowK).divideAndRemainder(mean.denominator());
        BigInteger a = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        if (a.bitLength() > 62) {
          e = -1; // cannot bracket in a long: the unit mean goes exact
          continue;
        }
        long av = a.longValue();
        long lo = aLo + av;
        if (((aLo ^ lo) & (av ^ lo)) < 0) {
          aHi += av < 0 ? -1 : 1;
        }
        aLo = lo;
        if (e >= 0) {
          e += qr[1].signum() == 0 ? 0 : 1;
        }
      }
    }
    int excludedGoals = goals - present;
    if (present == 0) {
      return BulkMean.absent(scale, excludedGoals);
    }
    long r = e < 0 ? Long.MIN_VALUE : decide(aHi, aLo, e, present);
    if (r != Long.MIN_VALUE) {
      return new BulkMean(true, r, scale, present, excludedGoals, false);
    }
    @Nullable Rational[] exact = exactGoalSums(in, scores, goals);
    ExactSum sum = new ExactSum();
    for (int g = 0; g < goals; g++) {
      int n = (int) (gCount[g] >>> 32);
      if (n > 0) {
        sum.add(Objects.requireNonNull(exact[g]).divide(n));
      }
    }
    return new BulkMean(true, roundExact(sum.mean(present)), scale, present, excludedGoals, true);
  }

  /** The exact sum of one goal's members, found walking back from its last member. */
  private Rational exactGoalSum(BulkInput in, BulkScores scores, int g, int last, int members) {
    int[] goal = Objects.requireNonNull(in.goal);
    Rational sum = Rational.ZERO;
    int seen = 0;
    for (int i = last; i >= 0 && seen < members; i--) {
      if (goal[i] == g && scores.statusCode(i) == BulkScores.COMPUTED) {
        sum = sum.add(exactValue(in, scores, i));
        seen++;
      }
    }
    return sum;
  }

  /** Exact sums per goal, of every goal. */
  private @Nullable Rational[] exactGoalSums(BulkInput in, BulkScores scores, int goals) {
    int[] goal = Objects.requireNonNull(in.goal);
    @Nullable Rational[] sums = new Rational[goals];
    for (int i = 0; i < in.size; i++) {
      if (scores.statusCode(i) != BulkScores.COMPUTED) {
        continue;
      }
      int g = goal[i];
      Rational v = exactValue(in, scores, i);
      Rational before = sums[g];
      sums[g] = before == null ? v : before.add(v);
    }
    return sums;
  }

  @Override
  public String toString() {
    return "BulkScorer{" + policy.limits() + ", " + policy.zeroTarget() + ", " + policy.rounding() + ", " + shape
        + (negativeAllowed ? ", negative realisasi allowed" : "") + "}";
  }
}
