/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.ZeroTargetRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Preset kompatibilitas (compatibility preset): the rules of another performance system, or of a
 * family of published reports, as one named set of report-policy choices, so that a team moving
 * to Lakin can reproduce its historical figures and see, figure by figure, where the standard
 * rules differ ({@code lakin audit --preset NAME}).
 *
 * <p>A preset fixes the formula of lower-is-better indicators, the zero-target rule, the cap, the
 * rounding scale, mode and stage, and the aggregation shape. It never copies a system's bug: where
 * a system divides by zero, prints 0 for a figure it could not compute, or has two formulas for
 * one thing, the preset keeps Lakin's standard rule there (an undefined capaian stays undefined)
 * and docs/presets.md says where that system's figure would differ. The rules of each system were
 * read from its public source code; each constant names the repository and file.
 *
 * <p>An enum: immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
@SuppressWarnings("ImmutableEnumChecker") // ScoringStrategy, ZeroTargetRule and RoundingPolicy are documented immutable
public enum Preset {
  /**
   * Lakin's standard rules (DOMAIN.md §3–§6): lower is better as (2 − r/t) × 100, target 0 met only
   * by realisasi 0, no cap, 2 decimals half-up rounded once at the end, the flat mean. Useful to
   * set a file's {@code # preset:} line aside.
   */
  STANDARD("standard", "Lakin (DOMAIN.md §3-§6)", ScoringStrategy.inverse(), ZeroTargetRule.defaults(), null,
      RoundingPolicy.defaults(), RoundingStage.END),

  /**
   * Regional reports of DOMAIN.md §13 (regencies, provinces, 2011–2022): every lower-is-better
   * capaian as target ÷ realisasi × 100, figures truncated to 2 decimals, goal figures the means
   * of the members' printed (truncated) figures. Target 162, realisasi 186 → 87,09 (t/r truncated;
   * the standard gives 85,19); 90,83 / 65 = 139,7384… → 139,73 (the standard gives 139,74).
   */
  REGIONAL_TRUNCATED("regional-truncated", "DOMAIN.md §13 (fifteen published reports)", ScoringStrategy.inverseRatio(),
      ZeroTargetRule.defaults(), null, RoundingPolicy.of(2, RoundingMode.DOWN), RoundingStage.EACH_LEVEL),

  /**
   * wp-eval-sakip, the WordPress e-SAKIP plugin (repository agusnurwanto/wp-eval-sakip, file
   * public/class-wp-eval-sakip-public-monev-kinerja.php): positive indicators r / t × 100,
   * negative ones t / r × 100 (its "rumus indikator" 2), no cap, rounded to 2 decimals half away
   * from zero ({@code round(x * 100) / 100}). It prints 0 where it divides by zero (target 0, or
   * realisasi 0 of a negative indicator, the best result); Lakin keeps the standard zero-target
   * rule and an undefined capaian there instead.
   */
  WP_EVAL_SAKIP("wp-eval-sakip", "agusnurwanto/wp-eval-sakip: public/class-wp-eval-sakip-public-monev-kinerja.php",
      ScoringStrategy.inverseRatio(), ZeroTargetRule.defaults(), null, RoundingPolicy.defaults(), RoundingStage.END),

  /**
   * The Laravel SAKIP of repository kwanter/sakip, its central calculation service
   * (app/Services/Calculation/PerformanceCalculationService.php): standard r / t × 100 and the
   * "reduction" formula t / r × 100, each rounded to 2 decimals half away from zero and floored at
   * 0; target 0 with realisasi ≠ 0 gives 100; the mean of the stored (rounded) figures, rounded.
   * Not copied: its target 0 with realisasi 0 gives 0 (Lakin: 100, met), realisasi 0 of a
   * reduction indicator divides by zero (Lakin: undefined), the reduction formula alone is capped at
   * 200 (Lakin has no cap per formula: such a figure differs and the audit shows it), and a second
   * service (app/Services/PerformanceCalculationService.php) computes lower is better as
   * (2 − r/t) × 100 capped at 200: two formulas for one thing.
   */
  KWANTER_SAKIP("kwanter-sakip", "kwanter/sakip: app/Services/Calculation/PerformanceCalculationService.php",
      ScoringStrategy.inverseRatio(), ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal("100"))), null,
      RoundingPolicy.defaults(), RoundingStage.EACH_LEVEL),

  /**
   * The Yii e-SAKIP of repository rendyirawann/esakip-v2 (its capaian forms, e.g.
   * frontend/views/sakip-indikatorsasaranrenstra/_formupdatetargetcapaian.php): r / t × 100 for
   * every indicator, shown with two decimals. Its rules that are right are the standard ones; not
   * copied: a lower-is-better indicator is scored r / t like any other (Lakin: (2 − r/t) × 100),
   * realisasi 0 or target 0 leaves the capaian blank (Lakin: 0, and the zero-target rule), and
   * binary rounding prints a tie such as 101,485 as 101,48 (Lakin: 101,49).
   */
  ESAKIP_V2("esakip-v2", "rendyirawann/esakip-v2: frontend/views/sakip-indikatorsasaranrenstra/_formupdatetargetcapaian.php",
      ScoringStrategy.inverse(), ZeroTargetRule.defaults(), null, RoundingPolicy.defaults(), RoundingStage.END);

  private final String id;
  private final String source;
  private final ScoringStrategy lowerIsBetterFormula;
  private final ZeroTargetRule zeroTarget;
  private final @Nullable BigDecimal cap;
  private final RoundingPolicy rounding;
  private final RoundingStage roundingStage;

  Preset(String id, String source, ScoringStrategy lowerIsBetterFormula, ZeroTargetRule zeroTarget, @Nullable BigDecimal cap,
      RoundingPolicy rounding, RoundingStage roundingStage) {
    this.id = id;
    this.source = source;
    this.lowerIsBetterFormula = lowerIsBetterFormula;
    this.zeroTarget = zeroTarget;
    this.cap = cap;
    this.rounding = rounding;
    this.roundingStage = roundingStage;
  }

  /** Returns the name a report file or the command line uses, e.g. {@code "wp-eval-sakip"}. */
  public String id() {
    return id;
  }

  /** Returns where the rules come from: the repository and file, or the DOMAIN.md section. */
  public String source() {
    return source;
  }

  /** Returns the formula of every lower-is-better indicator with an exact target and no formula of its own. */
  public ScoringStrategy lowerIsBetterFormula() {
    return lowerIsBetterFormula;
  }

  /** Returns what a zero target gives. */
  public ZeroTargetRule zeroTarget() {
    return zeroTarget;
  }

  /** Returns the cap on each indicator's capaian in percent; empty: no cap (every preset so far). */
  public Optional<BigDecimal> cap() {
    return Optional.ofNullable(cap);
  }

  /** Returns the rounding scale and mode of every shown figure. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** Returns where aggregates are rounded: {@link RoundingStage#EACH_LEVEL} is the mean of printed figures. */
  public RoundingStage roundingStage() {
    return roundingStage;
  }

  /** Returns how the unit's capaian is made: the flat mean of all indicators for every preset so far. */
  public AggregationShape shape() {
    return AggregationShape.FLAT;
  }

  /**
   * The report policy of this preset for an agreement: each lower-is-better indicator with an exact
   * target and no formula of its own takes {@link #lowerIsBetterFormula()}.
   *
   * @param agreement the agreement scored
   * @return the policy, named by {@link #id()}
   */
  public ReportPolicy policy(PerformanceAgreement agreement) {
    ScoringPolicy scoring = ScoringPolicy.builder().rounding(rounding).zeroTarget(zeroTarget).build()
        .withLowerIsBetterFormula(lowerIsBetterFormula, agreement);
    if (cap != null) {
      scoring = scoring.withCap(cap);
    }
    return ReportPolicy.builder().name(id).scoring(scoring).shape(shape()).roundingStage(roundingStage).build();
  }

  /**
   * Returns the preset of a name.
   *
   * @param id a preset's name, any case, e.g. {@code "wp-eval-sakip"}
   * @return the preset of that name
   * @throws IllegalArgumentException naming the value and every preset, when there is none of that name
   */
  public static Preset byId(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    for (Preset p : values()) {
      if (p.id.equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no preset named '" + id + "'; the presets are " + ids());
  }

  /** Returns the names of every preset, comma separated, e.g. for a message. */
  public static String ids() {
    return Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "));
  }
}
