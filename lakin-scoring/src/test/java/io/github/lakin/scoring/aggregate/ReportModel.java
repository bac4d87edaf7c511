/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * Generated reports for the aggregation properties, and a plain reference implementation of
 * DOMAIN §3–§6 written with {@link Frac}: capaian per indicator (ratio, or (2 − r/t) × 100 for
 * lower is better, then cap, then floor 0), goal and unit means for every shape and rounding stage.
 */
final class ReportModel {
  private ReportModel() {}

  static final OrgUnit UNIT = OrgUnit.of("U", "Unit", OrgLevel.ESELON_II);
  static final int SCALE = 2;

  /** One indicator: its target, its realisation, its direction and its weight. */
  record Ind(String code, BigDecimal target, BigDecimal real, boolean lower, BigDecimal weight) {
    Ind withCode(String c) {
      return new Ind(c, target, real, lower, weight);
    }

    Ind withWeight(BigDecimal w) {
      return new Ind(code, target, real, lower, w);
    }

    Indicator indicator() {
      Indicator.Builder b = Indicator.builder();
      b.code(code).name("indikator " + code).unit(MeasureUnit.percent()).target(Target.exact(target)).weight(weight);
      if (lower) {
        b.polarity(Polarity.LOWER_IS_BETTER);
      }
      return b.build();
    }

    /** The exact capaian before cap and floor. */
    Frac raw() {
      Frac q = Frac.of(real).div(Frac.of(target));
      return lower ? Frac.TWO.sub(q).mul(Frac.HUNDRED) : q.mul(Frac.HUNDRED);
    }

    /** The exact capaian after the cap (when given) and the default floor 0. */
    Frac value(Optional<BigDecimal> cap) {
      Frac v = raw();
      if (cap.isPresent() && v.compareTo(Frac.of(cap.get())) > 0) {
        v = Frac.of(cap.get());
      }
      return v.signum() < 0 ? Frac.ZERO : v;
    }
  }

  /** One goal with its weight and indicators. */
  record GoalSpec(String code, BigDecimal weight, List<Ind> indicators) {}

  /** A whole report. */
  record Spec(List<GoalSpec> goals) {
    List<Ind> indicators() {
      return goals.stream().flatMap(g -> g.indicators().stream()).collect(Collectors.toList());
    }

    PerformanceAgreement agreement() {
      PerformanceAgreement.Builder b = PerformanceAgreement.builder();
      b.unit(UNIT).year(2024).effectiveDate(LocalDate.of(2024, 1, 2));
      for (GoalSpec g : goals) {
        Goal.Builder gb = Goal.builder();
        gb.code(g.code()).name("sasaran " + g.code()).weight(g.weight());
        for (Ind i : g.indicators()) {
          gb.addIndicators(i.indicator());
        }
        b.addGoals(gb.build());
      }
      return b.build();
    }

    Map<String, Realization> realizations() {
      Map<String, Realization> m = new LinkedHashMap<>();
      for (Ind i : indicators()) {
        m.put(i.code(), Realization.of(i.real()));
      }
      return m;
    }

    /** The same report with goals, and indicators inside each goal, in a seeded random order. */
    Spec shuffled(long seed) {
      Random rnd = new Random(seed);
      List<GoalSpec> gs = new ArrayList<>();
      for (GoalSpec g : goals) {
        List<Ind> is = new ArrayList<>(g.indicators());
        Collections.shuffle(is, rnd);
        gs.add(new GoalSpec(g.code(), g.weight(), is));
      }
      Collections.shuffle(gs, rnd);
      return new Spec(gs);
    }

    /** Every indicator and goal weight multiplied by {@code k}. */
    Spec scaledWeights(BigDecimal k) {
      List<GoalSpec> gs = new ArrayList<>();
      for (GoalSpec g : goals) {
        gs.add(new GoalSpec(g.code(), g.weight().multiply(k),
            g.indicators().stream().map(i -> i.withWeight(i.weight().multiply(k))).collect(Collectors.toList())));
      }
      return new Spec(gs);
    }

    /** The report without one indicator (and without its goal when that was its only one). */
    Spec without(String indicatorCode) {
      List<GoalSpec> gs = new ArrayList<>();
      for (GoalSpec g : goals) {
        List<Ind> is = g.indicators().stream().filter(i -> !i.code().equals(indicatorCode)).collect(Collectors.toList());
        if (!is.isEmpty()) {
          gs.add(new GoalSpec(g.code(), g.weight(), is));
        }
      }
      return new Spec(gs);
    }
  }

  // ---------------------------------------------------------------- generators

  /** {@code BigDecimal.valueOf(unscaled, scale)} with the unscaled value and scale in the bounds. */
  static Gen<BigDecimal> decimals(long minUnscaled, long maxUnscaled, int minScale, int maxScale) {
    return longs().between(minUnscaled, maxUnscaled).zip(integers().between(minScale, maxScale), BigDecimal::valueOf);
  }

  /**
   * A positive target with 0–3 decimals and a realisation between 0 and 2.5 × target, with the
   * target's decimals or one more: capaian spread around 100, with exact ties.
   */
  static Gen<BigDecimal[]> targetAndRealization() {
    return decimals(1, 100_000, 0, 3).flatMap(t -> integers().between(0, 1).flatMap(extra -> {
      long bound = extra == 0 ? t.unscaledValue().longValueExact() * 25 / 10 : t.unscaledValue().longValueExact() * 25;
      return longs().between(0, bound).map(u -> new BigDecimal[] {t, BigDecimal.valueOf(u, t.scale() + extra)});
    }));
  }

  /** Weights 0–10 with up to 2 decimals; zero now and then. */
  static Gen<BigDecimal> weights() {
    return integers().between(1, 7).zip(decimals(1, 1000, 0, 2), (p, w) -> p == 1 ? BigDecimal.ZERO : w);
  }

  static Gen<Ind> indicators(int lowerIsBetterPercent) {
    return targetAndRealization().zip(integers().between(1, 100), weights(),
        (tr, p, w) -> new Ind("", tr[0], tr[1], p <= lowerIsBetterPercent, w));
  }

  /**
   * Reports of 1..maxGoals goals with 1..maxIndicators indicators each. Weights are made usable:
   * every goal has an indicator with a positive weight and some goal has a positive weight.
   */
  static Gen<Spec> specs(int maxGoals, int maxIndicators) {
    Gen<List<Ind>> goalIndicators = lists().of(indicators(25)).ofSizeBetween(1, maxIndicators);
    Gen<GoalSpec> goal = goalIndicators.zip(weights(), (is, w) -> new GoalSpec("", w, is));
    return lists().of(goal).ofSizeBetween(1, maxGoals).map(ReportModel::assemble);
  }

  private static Spec assemble(List<GoalSpec> drafts) {
    List<GoalSpec> goals = new ArrayList<>();
    boolean anyGoalWeight = drafts.stream().anyMatch(g -> g.weight().signum() > 0);
    for (int gi = 0; gi < drafts.size(); gi++) {
      GoalSpec d = drafts.get(gi);
      String gc = "G" + (gi + 1);
      boolean anyIndicatorWeight = d.indicators().stream().anyMatch(i -> i.weight().signum() > 0);
      List<Ind> is = new ArrayList<>();
      for (int ii = 0; ii < d.indicators().size(); ii++) {
        Ind i = d.indicators().get(ii).withCode(gc + "." + (ii + 1));
        if (ii == 0 && !anyIndicatorWeight) {
          i = i.withWeight(BigDecimal.ONE);
        }
        is.add(i);
      }
      BigDecimal gw = gi == 0 && !anyGoalWeight ? BigDecimal.ONE : d.weight();
      goals.add(new GoalSpec(gc, gw, is));
    }
    return new Spec(goals);
  }

  /** Caps between 100.00 and 200.00. */
  static Gen<BigDecimal> caps() {
    return decimals(10_000, 20_000, 2, 2);
  }

  // ---------------------------------------------------------------- policies and scoring

  static ReportPolicy policy(AggregationShape shape, RoundingStage stage, Optional<BigDecimal> cap) {
    ScoringPolicy scoring = cap.map(c -> ScoringPolicy.defaults().withCap(c)).orElse(ScoringPolicy.defaults());
    return ReportPolicy.builder().shape(shape).roundingStage(stage).scoring(scoring).build();
  }

  static ReportResult score(Spec spec, ReportPolicy policy) {
    return ReportScorer.of(policy).score(spec.agreement(), spec.realizations());
  }

  // ---------------------------------------------------------------- reference

  static Frac round(Frac v) {
    return Frac.of(v.halfUp(SCALE));
  }

  static Frac mean(List<Frac> values) {
    Frac sum = Frac.ZERO;
    for (Frac v : values) {
      sum = sum.add(v);
    }
    return sum.div(values.size());
  }

  static Frac weightedMean(List<Frac> values, List<BigDecimal> weights) {
    Frac sum = Frac.ZERO;
    Frac total = Frac.ZERO;
    for (int i = 0; i < values.size(); i++) {
      Frac w = Frac.of(weights.get(i));
      sum = sum.add(w.mul(values.get(i)));
      total = total.add(w);
    }
    return sum.div(total);
  }

  /** The indicator value that enters the means: exact, or rounded first at EACH_LEVEL. */
  static Frac member(Ind i, RoundingStage stage, Optional<BigDecimal> cap) {
    Frac v = i.value(cap);
    return stage == RoundingStage.EACH_LEVEL ? round(v) : v;
  }

  /** The exact goal capaian by the reference. */
  static Frac expectedGoal(GoalSpec g, AggregationShape shape, RoundingStage stage, Optional<BigDecimal> cap) {
    List<Frac> vs = g.indicators().stream().map(i -> member(i, stage, cap)).collect(Collectors.toList());
    if (shape == AggregationShape.WEIGHTED_INDICATORS) {
      return weightedMean(vs, g.indicators().stream().map(Ind::weight).collect(Collectors.toList()));
    }
    return mean(vs);
  }

  /** The exact unit capaian by the reference. */
  static Frac expectedUnit(Spec s, AggregationShape shape, RoundingStage stage, Optional<BigDecimal> cap) {
    List<Ind> all = s.indicators();
    List<Frac> indicatorValues = all.stream().map(i -> member(i, stage, cap)).collect(Collectors.toList());
    List<Frac> goalValues = new ArrayList<>();
    for (GoalSpec g : s.goals()) {
      Frac gv = expectedGoal(g, shape, stage, cap);
      goalValues.add(stage == RoundingStage.EACH_LEVEL ? round(gv) : gv);
    }
    switch (shape) {
      case FLAT:
        return mean(indicatorValues);
      case WEIGHTED_INDICATORS:
        return weightedMean(indicatorValues, all.stream().map(Ind::weight).collect(Collectors.toList()));
      case GOAL_MEANS:
        return mean(goalValues);
      default:
        return weightedMean(goalValues, s.goals().stream().map(GoalSpec::weight).collect(Collectors.toList()));
    }
  }
}
