/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Kebijakan penilaian (scoring policy): the choices that differ between units when one indicator
 * is scored: the report-wide cap and floor, the zero-target rule, rounding, and explicit
 * strategies per indicator code.
 *
 * <p>{@link #defaults()}: no cap, floor 0 (a lower-is-better realisasi above twice its target
 * counts 0, its negative raw capaian kept), target 0 with realisasi 0 → 100, otherwise undefined,
 * 2 decimals half-up, each indicator's default strategy, a negative target refused
 * ({@link NegativeTargetRule}).
 *
 * <p>An indicator's own {@link io.github.lakin.core.Indicator#capRule() cap rule} overrides this
 * policy's limits field by field: its maximum replaces the report cap when present, its floor the
 * report floor when present.
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScoringPolicy {
  ScoringPolicy() {}

  /** Returns the report-wide cap and floor; default: floor 0, no cap. */
  @Value.Default
  public CapRule limits() {
    return CapRule.floor(BigDecimal.ZERO);
  }

  /** Returns what a zero target gives. */
  @Value.Default
  public ZeroTargetRule zeroTarget() {
    return ZeroTargetRule.defaults();
  }

  /** Returns how a negative target is scored; default {@link NegativeTargetRule#REJECT}. */
  @Value.Default
  public NegativeTargetRule negativeTarget() {
    return NegativeTargetRule.REJECT;
  }

  /** Returns how values are shown: default 2 decimals, half-up. */
  @Value.Default
  public RoundingPolicy rounding() {
    return RoundingPolicy.defaults();
  }

  /** Returns explicit strategies by indicator code; others use their default strategy. */
  public abstract Map<String, ScoringStrategy> strategies();

  /** Returns the defaults described above. */
  public static ScoringPolicy defaults() {
    return builder().build();
  }

  /** Returns a new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this policy with that cap and the same floor.
   *
   * @param maximum the report-wide cap in percent, e.g. 120
   * @return this policy with that cap and the same floor
   */
  public ScoringPolicy withCap(BigDecimal maximum) {
    CapRule l = limits();
    CapRule cap = l.floor().isPresent() ? CapRule.between(l.floor().get(), maximum) : CapRule.maximum(maximum);
    return builder().from(this).limits(cap).build();
  }

  /**
   * The same policy with one formula for every lower-is-better indicator of an agreement that has
   * an exact target and no strategy of its own in this policy, e.g. {@link
   * ScoringStrategy#inverseRatio()} (t / r × 100), which some reports and systems use throughout
   * (DOMAIN §13).
   *
   * @param formula the formula
   * @param agreement the agreement whose indicators take it
   * @return the changed copy; strategies already named by code stay
   */
  public ScoringPolicy withLowerIsBetterFormula(ScoringStrategy formula, io.github.lakin.core.PerformanceAgreement agreement) {
    java.util.Objects.requireNonNull(formula, "formula");
    Map<String, ScoringStrategy> m = new java.util.LinkedHashMap<>();
    for (io.github.lakin.core.Goal g : agreement.goals()) {
      for (io.github.lakin.core.Indicator i : g.indicators()) {
        if (i.polarity() == io.github.lakin.core.Polarity.LOWER_IS_BETTER && i.target() instanceof io.github.lakin.core.ExactTarget) {
          m.put(i.code(), formula);
        }
      }
    }
    m.putAll(strategies());
    return builder().from(this).strategies(m).build();
  }

  /** Pembangun kebijakan: builds a {@link ScoringPolicy}. */
  public static final class Builder extends ImmutableScoringPolicy.Builder {
    Builder() {}
  }
}
