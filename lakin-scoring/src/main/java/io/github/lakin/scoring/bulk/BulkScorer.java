/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import io.github.lakin.scoring.internal.engine.Kernel;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

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
 * realisasi takes an exact {@link io.github.lakin.core.Rational} path instead, which gives the same {@code (q, s)} (or
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
 *       in 10^6 means — is the mean recomputed exactly with {@link io.github.lakin.core.Rational} (equal denominators
 *       summed first). {@link BulkMean#isExactFallback()} reports it.
 *   <li><b>Mean of goal means.</b> Each goal mean {@code m_g} is bracketed as
 *       {@code a_g ≤ m_g × 10^k ≤ a_g + e_g} with {@code a_g = floor(Q_g / n_g)} and
 *       {@code e_g ∈ {0, 1, 2}} ({@code 0} only when exact); the same interval argument over the
 *       goals decides the unit's rounding, with the same exact fallback.
 * </ul>
 *
 * <p>This class is a front end: the rules (zero target, cap and floor, rounding, the met
 * classification) and the kernel with its exact fallback live in the scoring engine, which the
 * object path ({@link io.github.lakin.scoring.Scorer}) calls too. Whether a policy can take this
 * path, and why not, is {@link BulkEligibility}'s answer.
 *
 * <p>Instances are immutable and thread-safe; results never share state with the input.
 *
 * @since 0.1.0
 */
public final class BulkScorer {
  /** The largest rounding scale the bulk path supports. */
  public static final int MAX_ROUNDING_SCALE = Kernel.MAX_ROUNDING_SCALE;

  private final ScoringPolicy policy;
  private final AggregationShape shape;
  private final Kernel kernel;

  private BulkScorer(ScoringPolicy policy, AggregationShape shape, boolean negativeAllowed) {
    this.policy = policy;
    this.shape = shape;
    this.kernel = new Kernel(policy, negativeAllowed);
  }

  private static void requireEligible(Optional<String> reason) {
    if (reason.isPresent()) {
      throw InvalidValueException.withMessage("bulk policy", reason.get(),
          "bulk policy: the columnar path cannot follow this policy: " + reason.get());
    }
  }

  /**
   * A scorer whose {@link BulkResult#overall()} is the flat mean.
   *
   * @param policy the scoring policy: cap, floor, zero-target rule and rounding are used
   * @return the scorer
   * @throws InvalidValueException if {@link BulkEligibility#policy(ScoringPolicy)} gives a reason:
   *     the policy names strategies per indicator code (the bulk input has no codes) or its
   *     rounding scale exceeds {@value #MAX_ROUNDING_SCALE}; the message says which
   */
  public static BulkScorer of(ScoringPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    requireEligible(BulkEligibility.policy(policy));
    return new BulkScorer(policy, AggregationShape.FLAT, false);
  }

  /**
   * A scorer that follows a report policy's scoring policy and its shape.
   *
   * @param policy a report policy with shape {@code FLAT} or {@code GOAL_MEANS}, rounding stage
   *     {@code END} and missing rule {@code EXCLUDE_AND_FLAG}; its provisional rule does not
   *     matter, as bulk rows are never provisional
   * @return the scorer
   * @throws InvalidValueException if {@link BulkEligibility#policy(ReportPolicy)} gives a reason;
   *     the message says which
   */
  public static BulkScorer of(ReportPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    requireEligible(BulkEligibility.policy(policy));
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

  /** Returns the scoring policy. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** Returns the shape {@link BulkResult#overall()} follows. */
  public AggregationShape shape() {
    return shape;
  }

  /** Returns whether negative realisasi are accepted. */
  public boolean negativeRealisasiAllowed() {
    return kernel.negativeAllowed();
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
    return new BulkScores(kernel.scale(), kernel.scoreRows(input.columns()));
  }

  /**
   * Scores every row and computes the flat mean, the goal means (when the input has goals), the
   * mean of the goal means and the counts.
   *
   * @param input the rows
   * @return the capaian, the means and the counts
   * @throws InvalidValueException as {@link #scoreIndicators(BulkInput)}
   */
  public BulkResult score(BulkInput input) {
    Objects.requireNonNull(input, "input");
    Kernel.Outcome outcome = kernel.score(input.columns());
    return new BulkResult(new BulkScores(kernel.scale(), outcome.rows), shape, outcome);
  }

  @Override
  public String toString() {
    return "BulkScorer{" + policy.limits() + ", " + policy.zeroTarget() + ", " + policy.rounding() + ", " + shape
        + (kernel.negativeAllowed() ? ", negative realisasi allowed" : "") + "}";
  }
}
