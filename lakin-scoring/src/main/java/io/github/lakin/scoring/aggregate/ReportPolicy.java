/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.ScoringPolicy;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Kebijakan laporan (report policy): every choice that differs between real reports — the
 * scoring policy (cap, floor, zero-target rule, rounding scale, strategies), the aggregation
 * shape, the rounding stage, and what to do with provisional and missing values.
 *
 * <p>{@link #defaults()}: flat mean of all indicators, no cap, floor 0, round once at the end at 2
 * decimals half-up, provisional values included and flagged, missing values excluded and flagged.
 * The presets reproduce known reports: {@link #biroPerencanaan2023()} and {@link #kemensos2020()}.
 * Change one choice with {@link #withCap(BigDecimal)} or {@code builder().from(policy)}.
 *
 * <p>Immutable and therefore safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportPolicy {
  ReportPolicy() {}

  /** Returns a short name for the policy, shown in explanations. */
  @Value.Default
  public String name() {
    return "custom";
  }

  /** Returns how each indicator is scored (cap, floor, zero target, rounding, strategies). */
  @Value.Default
  public ScoringPolicy scoring() {
    return ScoringPolicy.defaults();
  }

  /** Returns how the unit's capaian is made. */
  @Value.Default
  public AggregationShape shape() {
    return AggregationShape.FLAT;
  }

  /** Returns where aggregates are rounded. */
  @Value.Default
  public RoundingStage roundingStage() {
    return RoundingStage.END;
  }

  /** Returns what to do with provisional values. */
  @Value.Default
  public ProvisionalRule provisional() {
    return ProvisionalRule.INCLUDE_AND_FLAG;
  }

  /** Returns what to do with not-available and undefined capaian. */
  @Value.Default
  public MissingRule missing() {
    return MissingRule.EXCLUDE_AND_FLAG;
  }

  /** Returns the rounding of shown values (from the scoring policy). */
  public RoundingPolicy rounding() {
    return scoring().rounding();
  }

  /** Returns the defaults described above, named {@code "default"}. */
  public static ReportPolicy defaults() {
    return builder().name("default").build();
  }

  /**
   * The 2023 eselon II shape (Biro Perencanaan, Kementerian Sosial): flat mean of all indicators,
   * no cap, round once at 2 decimals; reproduces its 106,51%.
   *
   * @return the preset
   */
  public static ReportPolicy biroPerencanaan2023() {
    return builder().name("biro-perencanaan-2023").shape(AggregationShape.FLAT).build();
  }

  /**
   * The 2020 ministry shape (Kementerian Sosial): "capaian IKU tertinggi ditetapkan 120%", the cap
   * applied to each indicator before averaging, unit = mean of the goal means.
   *
   * @return the preset
   */
  public static ReportPolicy kemensos2020() {
    return builder().name("kemensos-2020")
        .scoring(ScoringPolicy.defaults().withCap(new BigDecimal("120")))
        .shape(AggregationShape.GOAL_MEANS)
        .build();
  }

  /**
   * The same policy with a cap on each indicator's capaian, applied before averaging (the floor and
   * every other choice, and the name, stay): {@code ReportPolicy.biroPerencanaan2023().withCap(new
   * BigDecimal("120"))} scores the 2023 report at 104,86% (DOMAIN.md §12).
   *
   * @param maximum the cap in percent, e.g. 120; not below the floor
   * @return the changed copy
   * @throws io.github.lakin.core.InvalidValueException if the cap is below the policy's floor
   */
  public ReportPolicy withCap(BigDecimal maximum) {
    return builder().from(this).scoring(scoring().withCap(maximum)).build();
  }

  /** Returns a new builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Pembangun kebijakan laporan: builds a {@link ReportPolicy}. */
  public static final class Builder extends ImmutableReportPolicy.Builder {
    Builder() {}
  }
}
