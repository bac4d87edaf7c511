/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.NegativeTargetRule;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.Preset;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pengaturan laporan (report settings): the report-policy choices that a report file or a command
 * line names — cap, aggregation shape, rounding scale, mode and stage, the formula for
 * lower-is-better indicators, per-indicator formulas, the zero-target rule and the rules for
 * provisional and missing values, and a compatibility {@link Preset} that fills the choices not
 * named — each empty when not named.
 * {@link #policy(PerformanceAgreement)} turns them into a {@link ReportPolicy}, the defaults
 * filling what is empty; {@link #overriddenBy(ReportSettings)} lets a command line win over a file.
 *
 * <p>Defaults: no cap (floor 0), the flat mean of all indicators, 2 decimals half-up, rounded once
 * at the end, lower is better as (2 − r/t) × 100, target 0 met only by realisasi 0 (else
 * undefined), provisional values included and flagged, missing values left out and flagged
 * (DOMAIN.md §3–§6). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportSettings {
  /** The largest rounding scale a report may ask for. */
  public static final int MAX_SCALE = 10;
  private static final ReportSettings NONE = new ReportSettings(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Rules.NONE);

  private final Optional<BigDecimal> cap;
  private final Optional<AggregationShape> shape;
  private final Optional<Integer> scale;
  private final Optional<RoundingStage> roundingStage;
  private final Optional<RoundingMode> roundingMode;
  private final Optional<ScoringStrategy> lowerFormula;
  private final Map<String, ScoringStrategy> strategies;
  private final Rules rules;

  private ReportSettings(Optional<BigDecimal> cap, Optional<AggregationShape> shape, Optional<Integer> scale,
      Optional<RoundingStage> roundingStage, Optional<RoundingMode> roundingMode, Optional<ScoringStrategy> lowerFormula,
      Map<String, ScoringStrategy> strategies, Rules rules) {
    this.rules = rules;
    this.cap = cap;
    this.shape = shape;
    this.scale = scale;
    this.roundingStage = roundingStage;
    this.roundingMode = roundingMode;
    this.lowerFormula = lowerFormula;
    this.strategies = strategies;
  }

  /** Returns no settings: every choice the default. */
  public static ReportSettings none() {
    return NONE;
  }

  /**
   * Returns these settings with that cap.
   *
   * @param cap the cap on each indicator's capaian, in percent (e.g. 120); must be &gt; 0
   * @return these settings with that cap
   * @throws IllegalArgumentException if the cap is not positive
   */
  public ReportSettings withCap(BigDecimal cap) {
    Objects.requireNonNull(cap, "cap");
    if (cap.signum() <= 0) {
      throw new IllegalArgumentException("the cap must be > 0, but was " + cap.toPlainString());
    }
    return new ReportSettings(Optional.of(cap), shape, scale, roundingStage, roundingMode, lowerFormula, strategies, rules);
  }

  /**
   * Returns these settings with that shape.
   *
   * @param shape how goals and the unit are averaged
   * @return these settings with that shape
   */
  public ReportSettings withShape(AggregationShape shape) {
    return new ReportSettings(cap, Optional.of(Objects.requireNonNull(shape, "shape")), scale, roundingStage, roundingMode,
        lowerFormula, strategies, rules);
  }

  /**
   * Returns these settings with that scale.
   *
   * @param scale the decimals shown, 0 to {@value #MAX_SCALE}
   * @return these settings with that scale
   * @throws IllegalArgumentException if the scale is out of range
   */
  public ReportSettings withScale(int scale) {
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("the rounding scale must be from 0 to " + MAX_SCALE + ", but was " + scale);
    }
    return new ReportSettings(cap, shape, Optional.of(scale), roundingStage, roundingMode, lowerFormula, strategies, rules);
  }

  /**
   * Returns these settings with that stage.
   *
   * @param stage where figures are rounded
   * @return these settings with that stage
   */
  public ReportSettings withRoundingStage(RoundingStage stage) {
    return new ReportSettings(cap, shape, scale, Optional.of(Objects.requireNonNull(stage, "stage")), roundingMode, lowerFormula,
        strategies, rules);
  }

  /**
   * Returns these settings with that mode.
   *
   * @param mode how figures are rounded: {@link RoundingMode#HALF_UP} (the default),
   *     {@link RoundingMode#DOWN} (truncation, as some reports print: 139,7384 → 139,73) or
   *     {@link RoundingMode#HALF_EVEN}
   * @return these settings with that mode
   */
  public ReportSettings withRoundingMode(RoundingMode mode) {
    return new ReportSettings(cap, shape, scale, roundingStage, Optional.of(Objects.requireNonNull(mode, "mode")), lowerFormula,
        strategies, rules);
  }

  /**
   * Returns these settings with that default.
   *
   * @param formula the formula of every lower-is-better indicator with an exact target and no
   *     formula of its own, e.g. {@link ScoringStrategy#inverseRatio()} (t/r × 100), which some
   *     regional reports use throughout (DOMAIN §13); the default is {@link ScoringStrategy#inverse()}
   * @return these settings with that default
   */
  public ReportSettings withLowerIsBetterFormula(ScoringStrategy formula) {
    return new ReportSettings(cap, shape, scale, roundingStage, roundingMode, Optional.of(Objects.requireNonNull(formula, "formula")),
        strategies, rules);
  }

  /**
   * Returns these settings with those formulas added (a code given again takes the new formula).
   *
   * @param byCode formulas of single indicators, by code (a file's {@code formula} column)
   * @return these settings with those formulas added (a code given again takes the new formula)
   */
  public ReportSettings withStrategies(Map<String, ScoringStrategy> byCode) {
    Map<String, ScoringStrategy> m = new LinkedHashMap<>(strategies);
    m.putAll(byCode);
    return new ReportSettings(cap, shape, scale, roundingStage, roundingMode, lowerFormula, Collections.unmodifiableMap(m), rules);
  }

  /**
   * Returns these settings with that rule.
   *
   * @param rule what a capaian is when the target is 0 (DOMAIN §3)
   * @return these settings with that rule
   */
  public ReportSettings withZeroTarget(ZeroTargetRule rule) {
    return with(new Rules(Optional.of(Objects.requireNonNull(rule, "rule")), rules.provisional, rules.missing, rules.preset, rules.negativeTarget));
  }

  /**
   * Returns these settings with that rule.
   *
   * @param rule what goal and unit means do with provisional values
   * @return these settings with that rule
   */
  public ReportSettings withProvisional(ProvisionalRule rule) {
    return with(new Rules(rules.zeroTarget, Optional.of(Objects.requireNonNull(rule, "rule")), rules.missing, rules.preset, rules.negativeTarget));
  }

  /**
   * Returns these settings with that rule.
   *
   * @param rule what goal and unit means do with indicators without a capaian
   * @return these settings with that rule
   */
  public ReportSettings withMissing(MissingRule rule) {
    return with(new Rules(rules.zeroTarget, rules.provisional, Optional.of(Objects.requireNonNull(rule, "rule")), rules.preset, rules.negativeTarget));
  }

  /**
   * A compatibility preset (docs/presets.md): every choice these settings leave empty is the
   * preset's; every choice they name wins over it. A preset named again (e.g. by the command line
   * over a file's {@code # preset:} line) replaces the first.
   *
   * @param preset the preset
   * @return these settings with that preset
   */
  public ReportSettings withPreset(Preset preset) {
    return with(rules.withPreset(Optional.of(Objects.requireNonNull(preset, "preset"))));
  }

  /**
   * Returns these settings with another negative-target rule.
   *
   * @param rule how a negative target is scored ({@link NegativeTargetRule})
   * @return these settings with that rule
   */
  public ReportSettings withNegativeTarget(NegativeTargetRule rule) {
    return with(new Rules(rules.zeroTarget, rules.provisional, rules.missing, rules.preset, Optional.of(Objects.requireNonNull(rule, "rule"))));
  }

  /** Returns the rule for negative targets, when one is named. */
  public Optional<NegativeTargetRule> negativeTarget() {
    return rules.negativeTarget;
  }

  /** Returns the compatibility preset, when one is named. */
  public Optional<Preset> preset() {
    return rules.preset;
  }

  private ReportSettings with(Rules r) {
    return new ReportSettings(cap, shape, scale, roundingStage, roundingMode, lowerFormula, strategies, r);
  }

  /** Returns the zero-target rule. */
  public Optional<ZeroTargetRule> zeroTarget() {
    return rules.zeroTarget;
  }

  /** Returns the rule for provisional values. */
  public Optional<ProvisionalRule> provisional() {
    return rules.provisional;
  }

  /** Returns the rule for indicators without a capaian. */
  public Optional<MissingRule> missing() {
    return rules.missing;
  }

  /** The zero-target, provisional and missing rules and the preset, each empty when not named. */
  private static final class Rules {
    static final Rules NONE = new Rules(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    final Optional<ZeroTargetRule> zeroTarget;
    final Optional<ProvisionalRule> provisional;
    final Optional<MissingRule> missing;
    final Optional<Preset> preset;
    final Optional<NegativeTargetRule> negativeTarget;

    Rules(Optional<ZeroTargetRule> zeroTarget, Optional<ProvisionalRule> provisional, Optional<MissingRule> missing,
        Optional<Preset> preset, Optional<NegativeTargetRule> negativeTarget) {
      this.zeroTarget = zeroTarget;
      this.provisional = provisional;
      this.missing = missing;
      this.preset = preset;
      this.negativeTarget = negativeTarget;
    }

    Rules withPreset(Optional<Preset> p) {
      return new Rules(zeroTarget, provisional, missing, p, negativeTarget);
    }

    Rules overriddenBy(Rules other) {
      return new Rules(other.zeroTarget.or(() -> zeroTarget), other.provisional.or(() -> provisional), other.missing.or(() -> missing),
          other.preset.or(() -> preset), other.negativeTarget.or(() -> negativeTarget));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rules && zeroTarget.equals(((Rules) o).zeroTarget) && provisional.equals(((Rules) o).provisional)
          && missing.equals(((Rules) o).missing) && preset.equals(((Rules) o).preset)
          && negativeTarget.equals(((Rules) o).negativeTarget);
    }

    @Override
    public int hashCode() {
      return Objects.hash(zeroTarget, provisional, missing, preset, negativeTarget);
    }

    @Override
    public String toString() {
      return ", zeroTarget=" + zeroTarget.map(ZeroTargetRule::toString).orElse("-") + ", provisional="
          + provisional.map(Enum::name).orElse("-") + ", missing=" + missing.map(Enum::name).orElse("-") + ", preset="
          + preset.map(Preset::id).orElse("-") + negativeTarget.map(n -> ", negativeTarget=" + n.name()).orElse("");
    }
  }

  /**
   * Returns each choice from {@code other} when present, else from these settings; formulas by code
   * of both, {@code other}'s winning for the same code.
   *
   * @param other settings that win where they name a choice (e.g. the command line's)
   * @return each choice from {@code other} when present, else from these settings; formulas by
   *     code of both, {@code other}'s winning for the same code
   */
  public ReportSettings overriddenBy(ReportSettings other) {
    Objects.requireNonNull(other, "other");
    Map<String, ScoringStrategy> m = new LinkedHashMap<>(strategies);
    m.putAll(other.strategies);
    return new ReportSettings(other.cap.or(() -> cap), other.shape.or(() -> shape), other.scale.or(() -> scale),
        other.roundingStage.or(() -> roundingStage), other.roundingMode.or(() -> roundingMode),
        other.lowerFormula.or(() -> lowerFormula), Collections.unmodifiableMap(m), rules.overriddenBy(other.rules));
  }

  /** Returns the cap in percent, e.g. 120. */
  public Optional<BigDecimal> cap() {
    return cap;
  }

  /** Returns the aggregation shape. */
  public Optional<AggregationShape> shape() {
    return shape;
  }

  /** Returns the rounding scale. */
  public Optional<Integer> scale() {
    return scale;
  }

  /** Returns the rounding stage. */
  public Optional<RoundingStage> roundingStage() {
    return roundingStage;
  }

  /** Returns the rounding mode. */
  public Optional<RoundingMode> roundingMode() {
    return roundingMode;
  }

  /** Returns the formula of lower-is-better indicators without their own. */
  public Optional<ScoringStrategy> lowerIsBetterFormula() {
    return lowerFormula;
  }

  /** Returns formulas of single indicators, by code. */
  public Map<String, ScoringStrategy> strategies() {
    return strategies;
  }

  /**
   * The report policy these settings name, the defaults filling the rest, without the agreement:
   * a lower-is-better formula is then not applied (use {@link #policy(PerformanceAgreement)}).
   *
   * @return the policy
   */
  public ReportPolicy policy() {
    if (rules.preset.isPresent()) {
      return of(rules.preset.get()).overriddenBy(with(rules.withPreset(Optional.empty()))).policy();
    }
    return build(strategies);
  }

  /**
   * The report policy these settings name for an agreement: the lower-is-better formula becomes
   * the formula of each lower-is-better indicator with an exact target and no formula of its own.
   *
   * @param agreement the agreement scored
   * @return the policy
   */
  public ReportPolicy policy(PerformanceAgreement agreement) {
    if (rules.preset.isPresent()) {
      return of(rules.preset.get()).overriddenBy(with(rules.withPreset(Optional.empty()))).policy(agreement);
    }
    ReportPolicy p = build(strategies);
    if (lowerFormula.isEmpty()) {
      return p;
    }
    return ReportPolicy.builder().from(p).scoring(p.scoring().withLowerIsBetterFormula(lowerFormula.get(), agreement)).build();
  }

  /**
   * The settings a preset names: every choice it makes, as if a file stated each one.
   *
   * @param preset the preset
   * @return its settings, without the preset itself
   */
  private static ReportSettings of(Preset preset) {
    ReportSettings s = none().withShape(preset.shape()).withScale(preset.rounding().scale()).withRoundingMode(preset.rounding().mode())
        .withRoundingStage(preset.roundingStage()).withLowerIsBetterFormula(preset.lowerIsBetterFormula()).withZeroTarget(preset.zeroTarget());
    return preset.cap().isPresent() ? s.withCap(preset.cap().get()) : s;
  }

  private ReportPolicy build(Map<String, ScoringStrategy> byCode) {
    ScoringPolicy scoring = ScoringPolicy.builder().rounding(RoundingPolicy.of(scale.orElse(2), roundingMode.orElse(RoundingMode.HALF_UP)))
        .putAllStrategies(byCode).build();
    if (cap.isPresent()) {
      scoring = scoring.withCap(cap.get());
    }
    if (rules.zeroTarget.isPresent()) {
      scoring = ScoringPolicy.builder().from(scoring).zeroTarget(rules.zeroTarget.get()).build();
    }
    if (rules.negativeTarget.isPresent()) {
      scoring = ScoringPolicy.builder().from(scoring).negativeTarget(rules.negativeTarget.get()).build();
    }
    return ReportPolicy.builder().name("report file settings").scoring(scoring)
        .shape(shape.orElse(AggregationShape.FLAT)).roundingStage(roundingStage.orElse(RoundingStage.END))
        .provisional(rules.provisional.orElse(ProvisionalRule.INCLUDE_AND_FLAG)).missing(rules.missing.orElse(MissingRule.EXCLUDE_AND_FLAG))
        .build();
  }

  /**
   * The weighted shape an agreement can take: weights per indicator when any indicator has one,
   * else weights per goal.
   *
   * @param agreement the agreement
   * @param where what asked for a weighted mean, for the message (e.g. {@code "--aggregate weighted"})
   * @return {@link AggregationShape#WEIGHTED_INDICATORS} or {@link AggregationShape#WEIGHTED_GOALS}
   * @throws IllegalArgumentException if the agreement has no weight at all
   */
  public static AggregationShape weightedShape(PerformanceAgreement agreement, String where) {
    boolean goalWeights = false;
    for (Goal g : agreement.goals()) {
      goalWeights |= g.weight().isPresent();
      for (Indicator i : g.indicators()) {
        if (i.weight().isPresent()) {
          return AggregationShape.WEIGHTED_INDICATORS;
        }
      }
    }
    if (goalWeights) {
      return AggregationShape.WEIGHTED_GOALS;
    }
    throw new IllegalArgumentException(where + " needs weights: the file gives no indicator or goal weight");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReportSettings)) {
      return false;
    }
    ReportSettings s = (ReportSettings) o;
    return cap.map(c -> s.cap.isPresent() && c.compareTo(s.cap.get()) == 0).orElse(s.cap.isEmpty()) && shape.equals(s.shape)
        && scale.equals(s.scale) && roundingStage.equals(s.roundingStage) && roundingMode.equals(s.roundingMode)
        && lowerFormula.equals(s.lowerFormula) && strategies.equals(s.strategies) && rules.equals(s.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cap.map(BigDecimal::stripTrailingZeros), shape, scale, roundingStage, roundingMode, lowerFormula, strategies, rules);
  }

  @Override
  public String toString() {
    return "ReportSettings{cap=" + cap.map(BigDecimal::toPlainString).orElse("-") + ", shape=" + shape.map(Enum::name).orElse("-")
        + ", scale=" + scale.map(String::valueOf).orElse("-") + ", roundingStage=" + roundingStage.map(Enum::name).orElse("-")
        + ", roundingMode=" + roundingMode.map(Enum::name).orElse("-") + ", lowerFormula="
        + lowerFormula.map(ScoringStrategy::name).orElse("-") + ", formulas=" + strategies.keySet() + rules + "}";
  }
}
