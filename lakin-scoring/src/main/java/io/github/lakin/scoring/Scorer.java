/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.scoring.internal.engine.Limits;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Penghitung capaian (scorer): scores one indicator's realisasi under a {@link ScoringPolicy}.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(ScoringPolicy.defaults());
 * Achievement a = scorer.score(indicator, Realization.of(new BigDecimal("95.83")));
 * a.rounded();                                  // Optional[119.79]
 * a.explain(Locale.forLanguageTag("id"));       // "95,83 / 80 × 100% = 119,79%"
 * }</pre>
 *
 * <p>The strategy is, in order: the one passed explicitly, the policy's strategy for the
 * indicator's code, or {@link ScoringStrategy#defaultFor(Indicator)}. Then the floor and cap
 * apply: the indicator's own {@link Indicator#capRule()} fields override the policy's limits. The
 * zero-target rule, the cap and floor and the met classification are the scoring engine's, the
 * same that {@link io.github.lakin.scoring.bulk.BulkScorer} uses.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Scorer {
  private final ScoringPolicy policy;

  private Scorer(ScoringPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a scorer with that policy.
   *
   * @param policy the policy
   * @return a scorer with that policy
   */
  public static Scorer of(ScoringPolicy policy) {
    return new Scorer(Objects.requireNonNull(policy, "policy"));
  }

  /** Returns a scorer with {@link ScoringPolicy#defaults()}. */
  public static Scorer defaults() {
    return of(ScoringPolicy.defaults());
  }

  /** Returns the policy. */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * Returns the strategy this scorer uses for it.
   *
   * @param indicator an indicator
   * @return the strategy this scorer uses for it
   */
  public ScoringStrategy strategyFor(Indicator indicator) {
    ScoringStrategy s = policy.strategies().get(indicator.code());
    return s != null ? s : ScoringStrategy.defaultFor(indicator);
  }

  /**
   * Scores with the strategy the policy or the indicator chooses.
   *
   * @param indicator the indicator
   * @param realization its realisasi
   * @return the capaian
   * @throws InvalidValueException if the realisasi does not fit the indicator (a category for a
   *     numeric target, a negative value for a unit that forbids it) or the strategy cannot score
   *     the target
   */
  public Achievement score(Indicator indicator, Realization realization) {
    Objects.requireNonNull(indicator, "indicator");
    return score(indicator, realization, strategyFor(indicator));
  }

  /**
   * Scores with an explicit strategy.
   *
   * @param indicator the indicator
   * @param realization its realisasi
   * @param strategy the strategy
   * @return the capaian
   * @throws InvalidValueException as {@link #score(Indicator, Realization)}
   */
  public Achievement score(Indicator indicator, Realization realization, ScoringStrategy strategy) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(realization, "realization");
    Objects.requireNonNull(strategy, "strategy");
    ImmutableAchievement.Builder b = ImmutableAchievement.builder()
        .indicatorCode(indicator.code())
        .strategy(strategy.name())
        .target(indicator.target())
        .realization(realization)
        .rounding(policy.rounding());
    if (!realization.isAvailable()) {
      return b.status(Achievement.Status.NOT_AVAILABLE)
          .reason(realization.note())
          .derivation((l, n) -> "")
          .build();
    }
    indicator.requirePrecision(realization);
    realization.value().ifPresent(v -> {
      if (v.signum() < 0 && !indicator.unit().negativeAllowed()) {
        throw InvalidValueException.of("indicator " + indicator.code() + ": realisasi", v,
            "must be >= 0 for unit '" + indicator.unit().label() + "'");
      }
    });
    Evaluation e = strategy.evaluate(indicator, realization, policy);
    Set<Achievement.Flag> flags = EnumSet.noneOf(Achievement.Flag.class);
    if (realization.isProvisional()) {
      flags.add(Achievement.Flag.PROVISIONAL);
    }
    b.derivation(e.derivation());
    if (e instanceof Evaluation.Undefined) {
      return b.status(Achievement.Status.UNDEFINED).reason(((Evaluation.Undefined) e).reason()).flags(flags).build();
    }
    if (e instanceof Evaluation.Categorical) {
      return b.status(Achievement.Status.COMPUTED).categoryMet(((Evaluation.Categorical) e).met()).flags(flags).build();
    }
    Rational raw = ((Evaluation.Computed) e).capaian(); // the sealed Evaluation has no fourth kind
    if (e.isByRule()) {
      flags.add(Achievement.Flag.BY_RULE);
    }
    Limits.Limited limited = Limits.resolve(indicator.code(), indicator.capRule(), policy.limits()).apply(raw);
    Rational value = limited.value();
    if (limited.capped()) {
      flags.add(Achievement.Flag.CAPPED);
    }
    if (limited.floored()) {
      flags.add(Achievement.Flag.FLOORED);
    }
    return b.status(Achievement.Status.COMPUTED).raw(raw).value(value).flags(flags).build();
  }
}
