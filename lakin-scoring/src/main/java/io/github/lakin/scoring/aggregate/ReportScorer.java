/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import io.github.lakin.scoring.budget.EfficiencyIndex;
import io.github.lakin.scoring.budget.PaguBasis;
import io.github.lakin.scoring.internal.engine.Columns;
import io.github.lakin.scoring.internal.engine.Eligibility;
import io.github.lakin.scoring.internal.engine.Kernel;
import io.github.lakin.scoring.internal.engine.Mean;
import io.github.lakin.scoring.internal.engine.Tally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Pengukuran kinerja (report scorer): scores a whole performance agreement with its realisations
 * under a {@link ReportPolicy}.
 *
 * <pre>{@code
 * ReportResult r = ReportScorer.of(ReportPolicy.biroPerencanaan2023()).score(pk, realizations);
 * r.overall().rounded();                         // Optional[106.51]
 * r.goal("SK1").get().aggregate().rounded();     // Optional[109.95]
 * r.counts().statement(Locale.forLanguageTag("id"));  // "10 dari 11 indikator mencapai atau melampaui target"
 * }</pre>
 *
 * <p>An indicator without a realisation is {@code NOT_AVAILABLE}. A realisation for an indicator
 * that is not in the agreement is an error; so are missing weights for a weighted shape. Bad
 * input gives no partial result.
 *
 * <p>Immutable and thread-safe: one instance can score many reports from many threads at once.
 *
 * @since 0.1.0
 */
public final class ReportScorer {
  private final ReportPolicy policy;
  private final Scorer scorer;
  private final PaguBasis paguBasis;
  /** The rounding of efficiency indices; empty: {@link EfficiencyIndex#defaultRounding} of the policy's. */
  private final Optional<io.github.lakin.core.RoundingPolicy> indexRounding;
  /** The engine's kernel, when the policy can take it: it decides the means' rounding. */
  private final @Nullable Kernel kernel;

  private ReportScorer(ReportPolicy policy, PaguBasis paguBasis, Optional<io.github.lakin.core.RoundingPolicy> indexRounding) {
    this.policy = policy;
    this.indexRounding = indexRounding;
    this.scorer = Scorer.of(policy.scoring());
    this.paguBasis = paguBasis;
    this.kernel = Eligibility.policy(policy).isEmpty() ? new Kernel(policy.scoring(), false) : null;
  }

  /**
   * Returns a scorer measuring budget against the final pagu.
   *
   * @param policy the report policy
   * @return a scorer measuring budget against the final pagu
   */
  public static ReportScorer of(ReportPolicy policy) {
    return new ReportScorer(Objects.requireNonNull(policy, "policy"), PaguBasis.FINAL, Optional.empty());
  }

  /**
   * Returns a scorer with the same policy and that basis.
   *
   * @param basis the pagu to measure absorption against
   * @return a scorer with the same policy and that basis
   */
  public ReportScorer withPaguBasis(PaguBasis basis) {
    return new ReportScorer(policy, Objects.requireNonNull(basis, "basis"), indexRounding);
  }

  /**
   * Returns a scorer with the same policy and basis and that rounding of indices.
   *
   * @param rounding how efficiency indices (capaian ÷ serapan) are rounded; by default at {@value
   *     EfficiencyIndex#DEFAULT_SCALE} decimals in the policy's rounding mode
   * @return a scorer with the same policy and basis and that rounding of indices
   */
  public ReportScorer withEfficiencyIndexRounding(io.github.lakin.core.RoundingPolicy rounding) {
    return new ReportScorer(policy, paguBasis, Optional.of(Objects.requireNonNull(rounding, "rounding")));
  }

  /** Returns the policy. */
  public ReportPolicy policy() {
    return policy;
  }

  /**
   * Returns the result tree.
   *
   * @param agreement the agreement in force
   * @param realizations the realisations by indicator code
   * @return the result tree
   * @throws InvalidValueException for a realisation of an unknown indicator, missing or
   *     all-zero weights under a weighted shape, a provisional or missing value the policy says
   *     to fail on, or any realisation the indicator refuses
   */
  public ReportResult score(PerformanceAgreement agreement, Realizations realizations) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(realizations, "realizations");
    String where = where(agreement);
    for (String code : realizations.codes()) {
      if (agreement.indicator(code).isEmpty()) {
        throw InvalidValueException.of(where + ": realisasi for indicator", code, "must name an indicator of the agreement");
      }
    }
    Realization none = Realization.notAvailable();
    return score(agreement, ind -> scorer.score(ind, realizations.get(ind.code()).orElse(none)),
        columnar(agreement, realizations, none));
  }

  /**
   * The columnar route: when the policy and every row can take the engine's kernel (the same
   * check as {@link io.github.lakin.scoring.bulk.BulkEligibility}), the kernel decides the rounded
   * goal and unit means exactly from the same values (its mean of 10^4 members costs nanoseconds
   * per member; the exact {@link Rational} sum of so many fractions with different denominators
   * is what made the object path slow) and classifies every row for the counts. Every indicator
   * is still scored by {@link Scorer}, and {@link Aggregate#value()} still gives each exact mean,
   * computed when first read.
   *
   * @return the kernel's figures, or empty when the kernel cannot take the report
   */
  private Optional<Kernel.Outcome> columnar(PerformanceAgreement agreement, Realizations realizations, Realization none) {
    Kernel k = kernel;
    if (k == null) {
      return Optional.empty();
    }
    List<Goal> goals = agreement.goals();
    int n = 0;
    for (Goal g : goals) {
      n += g.indicators().size();
    }
    int[] goalOf = new int[n];
    Columns c = new Columns(n, new long[n], new byte[n], new long[n], new byte[n], new byte[n], goalOf, goals.size());
    int i = 0;
    for (int g = 0; g < goals.size(); g++) {
      for (Indicator ind : goals.get(g).indicators()) {
        if (Eligibility.indicator(ind, realizations.get(ind.code()).orElse(none), c, i).isPresent()) {
          return Optional.empty();
        }
        goalOf[i++] = g;
      }
    }
    Kernel.Outcome o;
    try {
      o = k.score(c);
    } catch (InvalidValueException e) {
      return Optional.empty(); // e.g. a capaian too large for the kernel: the exact path decides
    }
    return Optional.of(o);
  }

  /** The kernel's rounded mean as a decided aggregate, when it has the same members. */
  private Optional<Aggregate> decided(String label, Mean m, List<Aggregate.Member> members, List<Aggregate.Exclusion> excluded) {
    if (!m.present || m.members != members.size()) {
      return Optional.empty();
    }
    return Optional.of(Aggregate.decided(label, members, excluded, policy.rounding(),
        BigDecimal.valueOf(m.roundedUnscaled, policy.rounding().scale())));
  }

  /**
   * Scores a report during the year, as of a period: each indicator's capaian is its year-to-date
   * capaian from its {@link PeriodTracking} (consolidated realisasi against consolidated target, by
   * the tracking's {@link io.github.lakin.core.ConsolidationMode}), and these are aggregated into
   * goals and the unit exactly as {@link #score(PerformanceAgreement, Realizations)} does. The
   * period is always given; the wall clock is never read.
   *
   * <pre>{@code
   * ReportResult tw2 = ReportScorer.of(policy).scoreAsOf(pk, Map.of("1.1", tracking11, "1.2", tracking12),
   *     Period.parse("TW II 2023"));
   * }</pre>
   *
   * @param agreement the agreement in force
   * @param tracking the periodic targets and realisations by indicator code; an indicator of the
   *     agreement without tracking is not available
   * @param asOf the last period counted, in the agreement's year
   * @return the result tree as of that period
   * @throws InvalidValueException if a tracking names no indicator of the agreement or an indicator
   *     with another code, {@code asOf} lies outside the agreement's year or has no target in a
   *     tracking, or as {@link #score(PerformanceAgreement, Realizations)}
   */
  public ReportResult scoreAsOf(PerformanceAgreement agreement, Map<String, PeriodTracking> tracking, Period asOf) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(tracking, "tracking");
    Objects.requireNonNull(asOf, "asOf");
    String where = where(agreement);
    if (asOf.year() != agreement.year()) {
      throw InvalidValueException.of(where + ": asOf", asOf, "must lie in the agreement's year " + agreement.year());
    }
    for (Map.Entry<String, PeriodTracking> e : tracking.entrySet()) {
      if (agreement.indicator(e.getKey()).isEmpty()) {
        throw InvalidValueException.of(where + ": tracking for indicator", e.getKey(), "must name an indicator of the agreement");
      }
      String tracked = Objects.requireNonNull(e.getValue(), "tracking " + e.getKey()).indicator().code();
      if (!tracked.equals(e.getKey())) {
        throw InvalidValueException.of(where + ": tracking for indicator " + e.getKey(), tracked, "must track that indicator");
      }
    }
    return score(agreement, ind -> {
      PeriodTracking t = tracking.get(ind.code());
      return t == null ? scorer.score(ind, Realization.notAvailable("no periodic data as of " + asOf))
          : t.yearToDate(asOf, scorer).achievement();
    }, Optional.empty());
  }

  private static String where(PerformanceAgreement agreement) {
    return "agreement " + agreement.unit().code() + " " + agreement.year();
  }

  private ReportResult score(PerformanceAgreement agreement, Function<Indicator, Achievement> scoreOne, Optional<Kernel.Outcome> kernelFigures) {
    String where = where(agreement);
    checkWeights(agreement, where);

    boolean roundMembers = policy.roundingStage() == RoundingStage.EACH_LEVEL;
    List<GoalResult> goals = new ArrayList<>();
    List<Aggregate.Member> allMembers = new ArrayList<>();
    List<Aggregate.Exclusion> allExcluded = new ArrayList<>();
    List<Achievement> all = new ArrayList<>();
    for (Goal goal : agreement.goals()) {
      List<IndicatorResult> results = new ArrayList<>();
      List<Aggregate.Member> members = new ArrayList<>();
      List<Aggregate.Exclusion> excluded = new ArrayList<>();
      for (Indicator ind : goal.indicators()) {
        Achievement a = scoreOne.apply(ind);
        all.add(a);
        Optional<Aggregate.Exclusion> exclusion = exclusion(a, where);
        results.add(new IndicatorResult(ind, a, exclusion.map(Aggregate.Exclusion::reason)));
        if (exclusion.isPresent()) {
          excluded.add(exclusion.get());
          continue;
        }
        Rational v = a.value().orElseThrow();
        if (roundMembers) {
          v = Rational.of(policy.rounding().round(v));
        }
        Optional<Rational> w = policy.shape() == AggregationShape.WEIGHTED_INDICATORS
            ? Optional.of(Rational.of(ind.weight().orElseThrow())) : Optional.empty();
        members.add(new Aggregate.Member(ind.code(), v, w, a.has(Achievement.Flag.PROVISIONAL)));
      }
      int g = goals.size();
      Aggregate goalAggregate = kernelFigures.flatMap(o -> decided(goal.code(), o.goal(g), members, excluded))
          .orElseGet(() -> Aggregate.of(goal.code(), members, excluded, policy.rounding(), roundMembers));
      goals.add(new GoalResult(goal, results, goalAggregate));
      allMembers.addAll(members);
      allExcluded.addAll(excluded);
    }
    Optional<Mean> unitDecided = kernelFigures.map(o -> policy.shape() == AggregationShape.GOAL_MEANS ? o.ofGoals : o.flat);
    Aggregate overall = overall(agreement, goals, allMembers, allExcluded, roundMembers, unitDecided);
    // the counts: the kernel classified every row with the engine's one classification already
    MetCounts counts = kernelFigures.map(o -> new Tally().addAll(o.rows).toMetCounts()).orElseGet(() -> MetCounts.of(all));

    Optional<Absorption> absorption = Optional.empty();
    Map<String, Absorption> goalAbsorption = new LinkedHashMap<>();
    Optional<EfficiencyGap> efficiency = Optional.empty();
    Map<String, EfficiencyGap> goalEfficiency = new LinkedHashMap<>();
    List<Absorption> lineAbsorption = new ArrayList<>();
    Optional<EfficiencyIndex> index = Optional.empty();
    Map<String, EfficiencyIndex> goalIndex = new LinkedHashMap<>();
    if (!agreement.budget().isEmpty()) {
      for (BudgetLine line : agreement.budget()) {
        lineAbsorption.add(Absorption.of(line.code(), List.of(line), paguBasis, policy.rounding()));
      }
      Absorption unit = Absorption.of(agreement.unit().code(), agreement.budget(), paguBasis, policy.rounding());
      absorption = Optional.of(unit);
      efficiency = gap(agreement.unit().code(), overall, unit, roundMembers);
      index = index(efficiency);
      Map<String, List<BudgetLine>> byGoal = agreement.budget().stream().filter(l -> l.goalCode().isPresent())
          .collect(Collectors.groupingBy(l -> l.goalCode().get(), LinkedHashMap::new, Collectors.toList()));
      for (GoalResult g : goals) {
        List<BudgetLine> lines = byGoal.get(g.goal().code());
        if (lines != null) {
          Absorption ga = Absorption.of(g.goal().code(), lines, paguBasis, policy.rounding());
          goalAbsorption.put(g.goal().code(), ga);
          Optional<EfficiencyGap> goalGap = gap(g.goal().code(), g.aggregate(), ga, roundMembers);
          goalGap.ifPresent(e -> goalEfficiency.put(g.goal().code(), e));
          index(goalGap).ifPresent(i -> goalIndex.put(g.goal().code(), i));
        }
      }
    }
    return new ReportResult(agreement, policy, goals, overall, counts, absorption, goalAbsorption, efficiency, goalEfficiency,
        new ReportResult.Budget(lineAbsorption, index, goalIndex));
  }

  /**
   * Returns the result tree.
   *
   * @param agreement the agreement in force
   * @param realizations the realisations by indicator code
   * @return the result tree
   * @throws InvalidValueException as {@link #score(PerformanceAgreement, Realizations)}
   */
  public ReportResult score(PerformanceAgreement agreement, Map<String, Realization> realizations) {
    return score(agreement, Realizations.of(realizations));
  }

  /**
   * The index of the same two figures the gap compares (rounded first under {@link
   * RoundingStage#EACH_LEVEL}, as the gap's); none when nothing was spent.
   */
  private Optional<EfficiencyIndex> index(Optional<EfficiencyGap> gap) {
    if (gap.isEmpty() || gap.get().absorption().signum() <= 0) {
      return Optional.empty();
    }
    EfficiencyGap g = gap.get();
    return Optional.of(EfficiencyIndex.of(g.label(), g.achievement(), g.absorption(), policy.rounding(),
        indexRounding.orElseGet(() -> EfficiencyIndex.defaultRounding(policy.rounding()))));
  }

  private Optional<EfficiencyGap> gap(String label, Aggregate capaian, Absorption absorption, boolean rounded) {
    if (capaian.value().isEmpty() || absorption.percent().isEmpty()) {
      return Optional.empty();
    }
    Rational c = capaian.value().get();
    Rational a = absorption.percent().get();
    if (rounded) {
      c = Rational.of(policy.rounding().round(c));
      a = Rational.of(policy.rounding().round(a));
    }
    return Optional.of(EfficiencyGap.of(label, c, a, policy.rounding()));
  }

  private Aggregate overall(PerformanceAgreement agreement, List<GoalResult> goals, List<Aggregate.Member> indicatorMembers,
      List<Aggregate.Exclusion> indicatorExcluded, boolean roundMembers, Optional<Mean> decided) {
    String label = agreement.unit().code();
    switch (policy.shape()) {
      case FLAT:
      case WEIGHTED_INDICATORS:
        return decided.flatMap(m -> decided(label, m, indicatorMembers, indicatorExcluded))
            .orElseGet(() -> Aggregate.of(label, indicatorMembers, indicatorExcluded, policy.rounding(), roundMembers));
      default:
        List<Aggregate.Member> members = new ArrayList<>();
        List<Aggregate.Exclusion> excluded = new ArrayList<>();
        for (GoalResult g : goals) {
          Optional<Rational> v = g.aggregate().value();
          if (v.isEmpty()) {
            if (policy.missing() == MissingRule.FAIL) {
              throw InvalidValueException.of("goal " + g.goal().code(), "no capaian", "must have a capaian under MissingRule.FAIL");
            }
            excluded.add(new Aggregate.Exclusion(g.goal().code(), "no indicator achievement", "tidak ada capaian indikator"));
            continue;
          }
          Rational value = roundMembers ? Rational.of(policy.rounding().round(v.get())) : v.get();
          Optional<Rational> w = policy.shape() == AggregationShape.WEIGHTED_GOALS
              ? Optional.of(Rational.of(g.goal().weight().orElseThrow())) : Optional.empty();
          members.add(new Aggregate.Member(g.goal().code(), value, w, g.aggregate().has(Aggregate.Flag.PROVISIONAL_INCLUDED)));
        }
        return decided.flatMap(m -> decided(label, m, members, excluded))
            .orElseGet(() -> Aggregate.of(label, members, excluded, policy.rounding(), roundMembers));
    }
  }

  private Optional<Aggregate.Exclusion> exclusion(Achievement a, String where) {
    String code = a.indicatorCode();
    switch (a.status()) {
      case NOT_AVAILABLE:
      case UNDEFINED:
        if (policy.missing() == MissingRule.FAIL) {
          throw InvalidValueException.of(where + ": indicator " + a.indicatorCode(), a.status(),
              "must have a capaian under MissingRule.FAIL" + a.reason().map(r -> " (" + r + ")").orElse(""));
        }
        return Optional.of(a.status() == Achievement.Status.NOT_AVAILABLE
            ? new Aggregate.Exclusion(code, "not available", "tidak tersedia")
            : new Aggregate.Exclusion(code, "undefined: " + a.reason().orElse(""), a.explain(Locale.forLanguageTag("id"))));
      default:
        break;
    }
    if (a.value().isEmpty()) {
      return Optional.of(new Aggregate.Exclusion(code, "categorical target: no percentage", "target kategori: tanpa persentase"));
    }
    if (a.has(Achievement.Flag.PROVISIONAL)) {
      if (policy.provisional() == ProvisionalRule.FAIL) {
        throw InvalidValueException.of(where + ": indicator " + a.indicatorCode(), "provisional", "must be final under ProvisionalRule.FAIL");
      }
      if (policy.provisional() == ProvisionalRule.EXCLUDE) {
        return Optional.of(new Aggregate.Exclusion(code, "provisional", "nilai sementara"));
      }
    }
    return Optional.empty();
  }

  /**
   * The weights as agreed must be usable before any value is left out: all given, and not all
   * zero within a goal (indicator weights) or over the unit (goal weights). A mean whose weighted
   * members are all missing is then empty, not an error.
   */
  private void checkWeights(PerformanceAgreement agreement, String where) {
    if (policy.shape() == AggregationShape.WEIGHTED_INDICATORS) {
      for (Indicator ind : agreement.indicators()) {
        if (ind.weight().isEmpty()) {
          throw InvalidValueException.of(where + ": indicator " + ind.code() + ": weight", null, "must be given for shape WEIGHTED_INDICATORS");
        }
      }
      for (Goal g : agreement.goals()) {
        if (g.indicators().stream().allMatch(i -> i.weight().orElseThrow().signum() == 0)) {
          throw InvalidValueException.of(where + ": goal " + g.code() + ": indicator weights",
              g.indicators().stream().map(i -> i.weight().orElseThrow().toPlainString()).collect(Collectors.joining(", ", "[", "]")),
              "must not all be zero");
        }
      }
    }
    if (policy.shape() == AggregationShape.WEIGHTED_GOALS) {
      for (Goal g : agreement.goals()) {
        if (g.weight().isEmpty()) {
          throw InvalidValueException.of(where + ": goal " + g.code() + ": weight", null, "must be given for shape WEIGHTED_GOALS");
        }
      }
      if (agreement.goals().stream().allMatch(g -> g.weight().orElseThrow().signum() == 0)) {
        throw InvalidValueException.of(where + ": goal weights",
            agreement.goals().stream().map(g -> g.weight().orElseThrow().toPlainString()).collect(Collectors.joining(", ", "[", "]")),
            "must not all be zero");
      }
    }
  }
}
