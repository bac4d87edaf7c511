/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.RoundingStage;
import io.github.lakin.scoring.bulk.BulkCase.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * One engine, two front ends: on random policies and reports, the object API
 * ({@link io.github.lakin.scoring.aggregate.ReportScorer} → {@link ReportResult}) and the bulk API
 * ({@link BulkScorer} → {@link BulkResult}) give identical figures: each indicator's rounded
 * capaian, status, flags and met flag, each goal mean, the unit figure and every count. Both are
 * also checked against the exact means ({@code Aggregate.value()} rounded once), so neither
 * front end can agree with the other by sharing a mistake in the means. Policies the bulk path
 * cannot take are recognised by {@link BulkEligibility}, which must give the reason.
 */
class ObjectAndBulkAgreeProperties {

  private static final List<BigDecimal> TIE_TARGETS = List.of(
      d("4"), d("40"), d("8"), d("80"), d("25"), d("2"), d("5"), d("10"), d("20"), d("50"), d("100"), d("125"), d("0.4"));

  /** A report policy as generated, with what the bulk path should say about it. */
  record Policy(@Nullable BigDecimal cap, @Nullable BigDecimal floor, ZeroTargetRule zero, int scale, RoundingMode mode,
      AggregationShape shape, RoundingStage stage) {
    BulkCase with(List<List<Row>> goals) {
      return new BulkCase(cap, floor, zero, scale, mode, false, goals);
    }

    ReportPolicy report(List<List<Row>> goals) {
      return ReportPolicy.builder().scoring(with(goals).scoringPolicy()).shape(shape).roundingStage(stage).build();
    }

    boolean bulkCanTake() {
      return stage == RoundingStage.END && (shape == AggregationShape.FLAT || shape == AggregationShape.GOAL_MEANS);
    }
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Gen<Policy> policies() {
    return in -> {
      Gen<Integer> pick = SourceDSL.integers().between(0, 99);
      BigDecimal cap = pick.generate(in) < 30 ? null
          : BigDecimal.valueOf(SourceDSL.longs().between(5_000, 15_000).generate(in), 2)
              .setScale(SourceDSL.integers().between(0, 2).generate(in), RoundingMode.DOWN);
      int f = pick.generate(in);
      BigDecimal floor = f < 20 ? null : f < 50 ? BigDecimal.ZERO : f < 75 ? d("100")
          : BigDecimal.valueOf(SourceDSL.longs().between(1, 9_999).generate(in), 2);
      if (cap != null && floor != null && floor.compareTo(cap) > 0) {
        floor = cap.compareTo(d("100")) >= 0 ? d("100") : BigDecimal.ZERO; // a floor never above the cap
      }
      List<Optional<BigDecimal>> mappings = List.of(Optional.empty(), Optional.of(d("100")), Optional.of(BigDecimal.ZERO),
          Optional.of(d("87.5")), Optional.of(d("120")));
      Optional<BigDecimal> both = mappings.get(SourceDSL.integers().between(0, 4).generate(in));
      // one policy in six: target 0 scored as a function of the realisasi (r × 100 + 100, or another line)
      ZeroTargetRule zero = pick.generate(in) < 16
          ? ZeroTargetRule.realizationLinear(both, d(pick.generate(in) < 50 ? "100" : "2.5"), d(pick.generate(in) < 50 ? "100" : "0"))
          : ZeroTargetRule.of(both, mappings.get(SourceDSL.integers().between(0, 4).generate(in)));
      int scale = SourceDSL.integers().between(0, 4).generate(in);
      List<RoundingMode> modes = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN,
          RoundingMode.HALF_DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.UP);
      RoundingMode mode = modes.get(SourceDSL.integers().between(0, modes.size() - 1).generate(in));
      int s = pick.generate(in);
      AggregationShape shape = s < 45 ? AggregationShape.FLAT : s < 90 ? AggregationShape.GOAL_MEANS
          : s < 95 ? AggregationShape.WEIGHTED_INDICATORS : AggregationShape.WEIGHTED_GOALS;
      RoundingStage stage = pick.generate(in) < 90 ? RoundingStage.END : RoundingStage.EACH_LEVEL;
      return new Policy(cap, floor, zero, scale, mode, shape, stage);
    };
  }

  private static Gen<Row> rows() {
    return in -> {
      boolean lower = SourceDSL.integers().between(0, 3).generate(in) == 0;
      int kind = SourceDSL.integers().between(0, 9).generate(in);
      BigDecimal t;
      if (kind < 5) {
        t = TIE_TARGETS.get(SourceDSL.integers().between(0, TIE_TARGETS.size() - 1).generate(in));
      } else if (kind < 9) {
        t = BigDecimal.valueOf(SourceDSL.longs().between(1, 20_000).generate(in), SourceDSL.integers().between(0, 2).generate(in));
      } else {
        t = BigDecimal.ZERO;
      }
      int r = SourceDSL.integers().between(0, 19).generate(in);
      BigDecimal v;
      if (r == 0) {
        v = null; // missing
      } else if (r == 1) {
        v = BigDecimal.ZERO;
      } else if (r == 2) {
        v = t;
      } else {
        // near the target, 0 to 4 decimals: x.xx5-style values that tie at the rounding scale
        long base = t.signum() == 0 ? 10_000 : t.movePointRight(4).longValue();
        v = BigDecimal.valueOf(SourceDSL.longs().between(0, 2 * base + 10).generate(in), 4)
            .setScale(SourceDSL.integers().between(0, 4).generate(in), RoundingMode.DOWN);
      }
      return new Row(t, v, lower);
    };
  }

  private static Gen<List<List<Row>>> reports() {
    return in -> {
      int goals = SourceDSL.integers().between(1, 6).generate(in);
      int indicators = SourceDSL.integers().between(goals, 40).generate(in);
      List<List<Row>> out = new ArrayList<>();
      for (int g = 0; g < goals; g++) {
        out.add(new ArrayList<>());
      }
      for (int i = 0; i < indicators; i++) {
        int g = i < goals ? i : SourceDSL.integers().between(0, goals - 1).generate(in);
        out.get(g).add(rows().generate(in));
      }
      return out;
    };
  }

  @Test
  void theObjectAndTheBulkApiGiveTheSameFigures() {
    qt().withExamples(400).forAll(policies(), reports()).checkAssert(ObjectAndBulkAgreeProperties::agree);
  }

  /** The cap-90 drift: raw 118.75 is capped to 90, which is not met on either path. */
  @Test
  void aCapBelowHundredIsNotMetOnEitherPath() {
    Policy p = new Policy(d("90"), BigDecimal.ZERO, ZeroTargetRule.defaults(), 2, RoundingMode.HALF_UP,
        AggregationShape.FLAT, RoundingStage.END);
    List<List<Row>> report = List.of(List.of(new Row(d("80"), d("95"), false), new Row(d("100"), d("100"), false)));
    BulkResult bulk = agree(p, report);
    assertThat(bulk.indicators().rounded(0)).contains(d("90.00"));
    assertThat(bulk.indicators().has(0, Achievement.Flag.CAPPED)).isTrue();
    assertThat(bulk.indicators().isMet(0)).isFalse();
    MetCounts c = bulk.counts();
    assertThat(c.met()).isZero();
    assertThat(c.notMet()).isEqualTo(2);
    assertThat(c.below()).isEqualTo(2);
  }

  /** The floor-100 drift: a floor of 100 lifts 80 to exactly 100, met and equal on both paths. */
  @Test
  void aFloorOfHundredMakesEqualOnBothPaths() {
    Policy p = new Policy(null, d("100"), ZeroTargetRule.defaults(), 2, RoundingMode.HALF_UP,
        AggregationShape.FLAT, RoundingStage.END);
    List<List<Row>> report = List.of(List.of(new Row(d("100"), d("80"), false), new Row(d("100"), d("110"), false)));
    BulkResult bulk = agree(p, report);
    MetCounts c = bulk.counts();
    assertThat(c.met()).isEqualTo(2);
    assertThat(c.equal()).isEqualTo(1);
    assertThat(c.above()).isEqualTo(1);
    assertThat(c.below()).isZero();
    assertThat(bulk.indicators().has(0, Achievement.Flag.FLOORED)).isTrue();
  }

  /** Checks every figure; returns the bulk result (or null where the bulk path cannot take it). */
  static @Nullable BulkResult agree(Policy p, List<List<Row>> report) {
    BulkCase c = p.with(report);
    ReportPolicy rp = p.report(report);
    Optional<String> why = BulkEligibility.policy(rp);
    if (!p.bulkCanTake()) {
      assertThat(why).as("a reason for " + p).isPresent();
      assertThat(why.orElseThrow()).isNotBlank();
      assertThatThrownBy(() -> BulkScorer.of(rp)).isInstanceOf(InvalidValueException.class).hasMessageContaining(why.orElseThrow());
      return null;
    }
    assertThat(why).as("no reason for " + p).isEmpty();
    ReportResult object = io.github.lakin.scoring.aggregate.ReportScorer.of(rp).score(c.agreement(), c.realizations());
    BulkResult bulk = BulkScorer.of(rp).score(c.input());
    RoundingPolicy rounding = rp.rounding();

    List<IndicatorResult> inds = object.indicators();
    BulkScores s = bulk.indicators();
    assertThat(s.size()).isEqualTo(inds.size());
    for (int i = 0; i < inds.size(); i++) {
      Achievement a = inds.get(i).achievement();
      String row = "row " + i + " " + a;
      assertThat(s.status(i)).as(row).isEqualTo(a.status());
      assertThat(s.rounded(i)).as(row).isEqualTo(a.rounded());
      assertThat(a.rounded()).as(row + " rounded once from the exact value").isEqualTo(a.value().map(rounding::round));
      for (Achievement.Flag f : List.of(Achievement.Flag.CAPPED, Achievement.Flag.FLOORED, Achievement.Flag.BY_RULE)) {
        assertThat(s.has(i, f)).as(row + " " + f).isEqualTo(a.has(f));
      }
      assertThat(s.isMet(i)).as(row + " met").isEqualTo(a.isMet());
      assertThat(a.isMet()).as(row + " met from the value after cap and floor")
          .isEqualTo(a.value().map(v -> v.compareTo(io.github.lakin.core.Rational.HUNDRED) >= 0).orElse(false));
    }
    List<GoalResult> goals = object.goals();
    assertThat(bulk.goalCount()).isEqualTo(goals.size());
    for (int g = 0; g < goals.size(); g++) {
      GoalResult gr = goals.get(g);
      assertThat(bulk.goal(g).rounded()).as("goal " + g).isEqualTo(gr.aggregate().rounded());
      assertThat(gr.aggregate().rounded()).as("goal " + g + " exact").isEqualTo(gr.aggregate().value().map(rounding::round));
    }
    assertThat(bulk.overall().rounded()).as("unit").isEqualTo(object.overall().rounded());
    assertThat(object.overall().rounded()).as("unit exact").isEqualTo(object.overall().value().map(rounding::round));

    // the counts, recounted here from the object path's own achievements
    int met = 0;
    int above = 0;
    int equal = 0;
    int below = 0;
    int na = 0;
    int undefined = 0;
    for (IndicatorResult r : inds) {
      Achievement a = r.achievement();
      if (a.status() == Achievement.Status.NOT_AVAILABLE) {
        na++;
      } else if (a.status() == Achievement.Status.UNDEFINED) {
        undefined++;
      } else {
        int cmp = a.value().orElseThrow().compareTo(io.github.lakin.core.Rational.HUNDRED);
        met += cmp >= 0 ? 1 : 0;
        above += cmp > 0 ? 1 : 0;
        equal += cmp == 0 ? 1 : 0;
        below += cmp < 0 ? 1 : 0;
      }
    }
    MetCounts o = object.counts();
    assertThat(o.met()).as("object met").isEqualTo(met);
    assertThat(o.above()).as("object above").isEqualTo(above);
    assertThat(o.equal()).as("object equal").isEqualTo(equal);
    assertThat(o.below()).as("object below").isEqualTo(below);
    assertThat(o.notMet()).as("object notMet").isEqualTo(below);
    assertThat(o.notAvailable()).as("object notAvailable").isEqualTo(na);
    assertThat(o.undefined()).as("object undefined").isEqualTo(undefined);
    MetCounts b = bulk.counts();
    assertThat(b.total()).isEqualTo(o.total()).isEqualTo(inds.size());
    assertThat(b.met()).as("met").isEqualTo(o.met());
    assertThat(b.above()).as("above").isEqualTo(o.above());
    assertThat(b.equal()).as("equal").isEqualTo(o.equal());
    assertThat(b.below()).as("below").isEqualTo(o.below());
    assertThat(b.notMet()).as("notMet").isEqualTo(o.notMet());
    assertThat(b.notAvailable()).as("notAvailable").isEqualTo(o.notAvailable());
    assertThat(b.undefined()).as("undefined").isEqualTo(o.undefined());
    return bulk;
  }
}
