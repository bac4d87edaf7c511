package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Hasil pengukuran kinerja (report result): the tree unit → goals → indicators of a LAKIN chapter
 * III, with the unit's capaian, the counts, and, when the agreement has a budget, the absorption
 * and the efficiency gaps.
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

  ReportResult(PerformanceAgreement agreement, ReportPolicy policy, List<GoalResult> goals, Aggregate overall, MetCounts counts,
      Optional<Absorption> absorption, Map<String, Absorption> goalAbsorption, Optional<EfficiencyGap> efficiency,
      Map<String, EfficiencyGap> goalEfficiency) {
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

  /** @return the agreement scored */
  public PerformanceAgreement agreement() {
    return agreement;
  }

  /** @return the policy used */
  public ReportPolicy policy() {
    return policy;
  }

  /** @return the goals, in report order */
  public List<GoalResult> goals() {
    return goals;
  }

  /**
   * @param code a goal code
   * @return that goal's result
   */
  public Optional<GoalResult> goal(String code) {
    return goals.stream().filter(g -> g.goal().code().equals(code)).findFirst();
  }

  /** @return every indicator's result, goal by goal */
  public List<IndicatorResult> indicators() {
    return goals.stream().flatMap(g -> g.indicators().stream()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param code an indicator code
   * @return that indicator's capaian
   */
  public Optional<Achievement> achievement(String code) {
    return indicators().stream().filter(i -> i.indicator().code().equals(code)).map(IndicatorResult::achievement).findFirst();
  }

  /** @return the unit's capaian under the policy's shape */
  public Aggregate overall() {
    return overall;
  }

  /** @return how many indicators met their target */
  public MetCounts counts() {
    return counts;
  }

  /** @return the unit's budget absorption, when the agreement has budget lines */
  public Optional<Absorption> absorption() {
    return absorption;
  }

  /** @return absorption per goal, for goals with budget lines, in report order */
  public Map<String, Absorption> goalAbsorption() {
    return goalAbsorption;
  }

  /** @return the unit's efficiency gap, when both capaian and absorption exist */
  public Optional<EfficiencyGap> efficiency() {
    return efficiency;
  }

  /** @return efficiency gaps per goal, for goals with budget lines and a capaian, in report order */
  public Map<String, EfficiencyGap> goalEfficiency() {
    return goalEfficiency;
  }

  @Override
  public String toString() {
    return agreement.unit().code() + " " + agreement.year() + ": " + overall + ", " + counts;
  }
}
