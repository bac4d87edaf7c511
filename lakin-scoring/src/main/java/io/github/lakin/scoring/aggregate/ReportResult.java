/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import io.github.lakin.scoring.budget.EfficiencyIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Hasil pengukuran kinerja (report result): the tree unit → goals → indicators of a LAKIN chapter
 * III, with the unit's capaian, the counts, and, when the agreement has budget lines, the
 * absorption of each line and of all lines together (the ratio of the sums), and per goal and for
 * the unit the efficiency gap (capaian − serapan, in points) and the efficiency index (capaian ÷
 * serapan).
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ReportResult {
  private final PerformanceAgreement agreement;
  private final ReportPolicy policy;
  private final List<GoalResult> goals;
  private final Aggregate overall;
  private final MetCounts counts;
  private final Optional<Absorption> absorption;
  private final Map<String, Absorption> goalAbsorption;
  private final Optional<EfficiencyGap> efficiency;
  private final Map<String, EfficiencyGap> goalEfficiency;
  private final Budget budget;

  /** The budget figures beside the gaps: each line's absorption and the efficiency indices. */
  static final class Budget {
    static final Budget NONE = new Budget(List.of(), Optional.empty(), Map.of());

    final List<Absorption> lines;
    final Optional<EfficiencyIndex> index;
    final Map<String, EfficiencyIndex> goalIndex;

    Budget(List<Absorption> lines, Optional<EfficiencyIndex> index, Map<String, EfficiencyIndex> goalIndex) {
      this.lines = List.copyOf(lines);
      this.index = index;
      this.goalIndex = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(goalIndex));
    }
  }

  ReportResult(PerformanceAgreement agreement, ReportPolicy policy, List<GoalResult> goals, Aggregate overall, MetCounts counts,
      Optional<Absorption> absorption, Map<String, Absorption> goalAbsorption, Optional<EfficiencyGap> efficiency,
      Map<String, EfficiencyGap> goalEfficiency, Budget budget) {
    this.budget = budget;
    this.agreement = agreement;
    this.policy = policy;
    this.goals = List.copyOf(goals);
    this.overall = overall;
    this.counts = counts;
    this.absorption = absorption;
    this.goalAbsorption = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(goalAbsorption));
    this.efficiency = efficiency;
    this.goalEfficiency = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(goalEfficiency));
  }

  /** Returns the agreement scored. */
  public PerformanceAgreement agreement() {
    return agreement;
  }

  /** Returns the policy used. */
  public ReportPolicy policy() {
    return policy;
  }

  /** Returns the goals, in report order. */
  public List<GoalResult> goals() {
    return goals;
  }

  /**
   * Returns that goal's result.
   *
   * @param code a goal code
   * @return that goal's result
   */
  public Optional<GoalResult> goal(String code) {
    return goals.stream().filter(g -> g.goal().code().equals(code)).findFirst();
  }

  /** Returns every indicator's result, goal by goal. */
  public List<IndicatorResult> indicators() {
    return goals.stream().flatMap(g -> g.indicators().stream()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns that indicator's capaian.
   *
   * @param code an indicator code
   * @return that indicator's capaian
   */
  public Optional<Achievement> achievement(String code) {
    return indicators().stream().filter(i -> i.indicator().code().equals(code)).map(IndicatorResult::achievement).findFirst();
  }

  /** Returns the unit's capaian under the policy's shape. */
  public Aggregate overall() {
    return overall;
  }

  /** Returns how many indicators met their target. */
  public MetCounts counts() {
    return counts;
  }

  /** Returns the unit's budget absorption, when the agreement has budget lines. */
  public Optional<Absorption> absorption() {
    return absorption;
  }

  /** Returns absorption per goal, for goals with budget lines, in report order. */
  public Map<String, Absorption> goalAbsorption() {
    return goalAbsorption;
  }

  /** Returns the unit's efficiency gap, when both capaian and absorption exist. */
  public Optional<EfficiencyGap> efficiency() {
    return efficiency;
  }

  /** Returns efficiency gaps per goal, for goals with budget lines and a capaian, in report order. */
  public Map<String, EfficiencyGap> goalEfficiency() {
    return goalEfficiency;
  }

  /**
   * Returns the absorption of each budget line on its own, in the agreement's order (label: the
   * line's code); empty when the agreement has no budget lines.
   *
   * @return the absorption of each budget line on its own, in the agreement's order (label: the
   *     line's code); empty when the agreement has no budget lines
   */
  public List<Absorption> lineAbsorption() {
    return budget.lines;
  }

  /**
   * Returns that line's absorption.
   *
   * @param code a budget line's code
   * @return that line's absorption
   */
  public Optional<Absorption> lineAbsorption(String code) {
    return budget.lines.stream().filter(a -> a.label().equals(code)).findFirst();
  }

  /** Returns the unit's efficiency index (capaian ÷ serapan), when both exist and the absorption is above 0. */
  public Optional<EfficiencyIndex> efficiencyIndex() {
    return budget.index;
  }

  /** Returns efficiency indices per goal, for goals with budget lines, a capaian and an absorption above 0, in report order. */
  public Map<String, EfficiencyIndex> goalEfficiencyIndex() {
    return budget.goalIndex;
  }

  @Override
  public String toString() {
    return agreement.unit().code() + " " + agreement.year() + ": " + overall + ", " + counts;
  }
}
