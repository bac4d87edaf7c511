/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.bulk.BulkCase.Row;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.ReportResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based properties: on random reports the bulk path gives exactly what the exact reference
 * ({@link io.github.lakin.scoring.Scorer} through
 * {@link io.github.lakin.scoring.aggregate.ReportScorer}) gives, figure by figure: every
 * indicator's status, flags and rounded capaian, every goal mean, the flat mean and the mean of
 * the goal means.
 */
class BulkScorerProperties {

  /** {@code unscaled × 10^-scale} with 0 to 3 decimals: real inputs, and the ones that tie. */
  private static Gen<BigDecimal> decimals(long min, long max) {
    return longs().between(min, max).zip(integers().between(0, 3), BigDecimal::valueOf);
  }

  private static Gen<BigDecimal> targets() {
    return Generate.frequency(
        Pair.of(5, decimals(1, 20_000)),
        Pair.of(3, arbitrary().pick(List.of(new BigDecimal("40"), new BigDecimal("80"), new BigDecimal("100"), new BigDecimal("3"),
            new BigDecimal("6"), new BigDecimal("7"), new BigDecimal("8"), new BigDecimal("125"), new BigDecimal("0.3"),
            new BigDecimal("90.09")))),
        Pair.of(1, arbitrary().constant(BigDecimal.ZERO)),
        // many decimals: the target scale alone sends the row down the exact path
        Pair.of(1, longs().between(1, 9_999_999).zip(integers().between(9, 14), BigDecimal::valueOf)));
  }

  /** A realisasi near a target, with 0 to 3 decimals, sometimes far off, sometimes zero. */
  private static Gen<BigDecimal> realisasiFor(BigDecimal target) {
    long base = target.movePointRight(3).max(BigDecimal.valueOf(1000)).min(BigDecimal.valueOf(Long.MAX_VALUE / 8)).longValue();
    return Generate.frequency(
        Pair.of(6, longs().between(0, 2 * base).zip(integers().between(0, 3), (u, s) -> BigDecimal.valueOf(u, 3).setScale(s, RoundingMode.DOWN))),
        Pair.of(2, decimals(0, 30_000)),
        Pair.of(1, arbitrary().constant(BigDecimal.ZERO)),
        Pair.of(1, arbitrary().constant(target)));
  }

  /** Huge values: numerators overflow a long, so the row takes the exact path. */
  private static Gen<Row> hugeRow() {
    return longs().between(1_000_000_000_000L, 6_000_000_000_000_000L).zip(longs().between(-500_000, 500_000), integers().between(0, 3),
        Generate.booleans(), (t, d, s, lower) -> {
          long r = Math.max(0, t + t / 1_000_000 * d);
          return new Row(BigDecimal.valueOf(t, s), BigDecimal.valueOf(r, s), lower);
        });
  }

  /** Tiny targets and big realisasi: capaian so large their fixed-point form is "wide". */
  private static Gen<Row> wideRow() {
    return longs().between(1, 100).zip(longs().between(1_000_000, 1_000_000_000L), (t, r) ->
        new Row(BigDecimal.valueOf(t, 2), BigDecimal.valueOf(r), false));
  }

  private static Gen<Row> plainRow(boolean negativeAllowed) {
    Gen<Boolean> lower = Generate.frequency(Pair.of(2, arbitrary().constant(true)), Pair.of(5, arbitrary().constant(false)));
    Gen<Boolean> missing = Generate.frequency(Pair.of(1, arbitrary().constant(true)), Pair.of(9, arbitrary().constant(false)));
    return in -> {
      BigDecimal t = targets().generate(in);
      BigDecimal r = realisasiFor(t).generate(in);
      if (negativeAllowed && Generate.booleans().generate(in)) {
        r = r.negate();
      }
      return new Row(t, missing.generate(in) ? null : r, lower.generate(in));
    };
  }

  /**
   * Two rows whose exact mean is a rounding tie though neither value terminates:
   * {@code (r1 + r2) / (2t) × 100 = y} with {@code y = …5} at one decimal past the scale, e.g.
   * target 3: {@code (100/3 + 200,03/3) / 2 = 50,005}.
   */
  private static Gen<List<Row>> tiePair(int scale) {
    return in -> {
      BigDecimal t = arbitrary().pick(List.of(new BigDecimal("3"), new BigDecimal("7"), new BigDecimal("21"), new BigDecimal("0.3")))
          .generate(in);
      long p = BigDecimal.TEN.pow(scale + 1).longValueExact();
      long u = longs().between(5 * p, 15 * p).generate(in) * 10 + 5; // ends in 5
      BigDecimal y = BigDecimal.valueOf(u, scale + 1); // in [50, 150], a tie at the scale
      boolean lower = Generate.booleans().generate(in);
      BigDecimal mean = lower ? BigDecimal.valueOf(200).subtract(y) : y; // the ratio mean r / t × 100
      BigDecimal total = mean.multiply(t).multiply(BigDecimal.valueOf(2)).movePointLeft(2); // r1 + r2
      long k = longs().between(0, 1000).generate(in);
      BigDecimal r1 = total.multiply(BigDecimal.valueOf(k, 3)).setScale(3, RoundingMode.DOWN);
      return List.of(new Row(t, r1, lower), new Row(t, total.subtract(r1), lower));
    };
  }

  private static Gen<BulkCase> cases() {
    return in -> {
      int scale = arbitrary().pick(List.of(0, 1, 2, 2, 2, 2, 3, 4)).generate(in);
      RoundingMode mode = Generate.frequency(
          Pair.of(4, arbitrary().constant(RoundingMode.HALF_UP)),
          Pair.of(3, arbitrary().pick(List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
              RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN)))).generate(in);
      BigDecimal cap = arbitrary().pick(java.util.Arrays.asList(null, null, new BigDecimal("100"), new BigDecimal("120"),
          new BigDecimal("150.5"), new BigDecimal("101.485"), new BigDecimal("120.123456789"))).generate(in);
      BigDecimal floor = arbitrary().pick(java.util.Arrays.asList(BigDecimal.ZERO, BigDecimal.ZERO, null, new BigDecimal("-50"),
          new BigDecimal("10.5"), new BigDecimal("0.0000000001"))).generate(in);
      if (cap != null && floor != null && floor.compareTo(cap) > 0) {
        floor = BigDecimal.ZERO;
      }
      ZeroTargetRule zero = arbitrary().pick(List.of(ZeroTargetRule.defaults(),
          ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal("0"))),
          ZeroTargetRule.of(Optional.empty(), Optional.of(new BigDecimal("130.125"))),
          ZeroTargetRule.realizationLinear(Optional.of(new BigDecimal("100")), new BigDecimal("100"), new BigDecimal("100")))).generate(in);
      boolean negative = Generate.frequency(Pair.of(1, arbitrary().constant(true)), Pair.of(4, arbitrary().constant(false))).generate(in);
      int goalCount = integers().between(1, 8).generate(in);
      Gen<Row> rows = Generate.frequency(
          Pair.of(40, plainRow(negative)),
          Pair.of(2, hugeRow()),
          Pair.of(1, wideRow()));
      List<List<Row>> goals = new ArrayList<>();
      for (int g = 0; g < goalCount; g++) {
        List<Row> goal = new ArrayList<>();
        int size = integers().between(1, 6).generate(in);
        for (int i = 0; i < size; i++) {
          goal.add(rows.generate(in));
        }
        goals.add(goal);
      }
      int ties = integers().between(0, 3).generate(in);
      for (int i = 0; i < ties; i++) {
        List<Row> pair = tiePair(scale).generate(in);
        if (Generate.booleans().generate(in)) {
          goals.add(new ArrayList<>(pair)); // a goal mean that ties
        } else {
          goals.add(new ArrayList<>(List.of(pair.get(0)))); // two goal means whose mean ties
          goals.add(new ArrayList<>(List.of(pair.get(1))));
        }
      }
      return new BulkCase(cap, floor, zero, scale, mode, negative, goals);
    };
  }

  @Test
  void everyFigureEqualsTheExactReference() {
    qt().withExamples(400).forAll(cases()).checkAssert(BulkScorerProperties::assertSameAsReference);
  }

  @Test
  void tieHeavyReportsEqualTheExactReference() {
    Gen<BulkCase> tieHeavy = in -> {
      int scale = arbitrary().pick(List.of(0, 1, 2, 2, 3)).generate(in);
      List<List<Row>> goals = new ArrayList<>();
      int pairs = integers().between(1, 6).generate(in);
      for (int i = 0; i < pairs; i++) {
        List<Row> pair = tiePair(scale).generate(in);
        goals.add(new ArrayList<>(List.of(pair.get(0))));
        goals.add(new ArrayList<>(List.of(pair.get(1))));
        goals.add(new ArrayList<>(pair));
      }
      return new BulkCase(null, BigDecimal.ZERO, ZeroTargetRule.defaults(), scale, RoundingMode.HALF_UP, false, goals);
    };
    qt().withExamples(200).forAll(tieHeavy).checkAssert(BulkScorerProperties::assertSameAsReference);
  }

  static void assertSameAsReference(BulkCase c) {
    BulkResult flat = c.scorer(AggregationShape.FLAT).score(c.input());
    BulkResult byGoals = c.scorer(AggregationShape.GOAL_MEANS).score(c.input());
    ReportResult refFlat = c.reference(AggregationShape.FLAT);
    ReportResult refGoals = c.reference(AggregationShape.GOAL_MEANS);

    int row = 0;
    for (int g = 0; g < c.goals().size(); g++) {
      GoalResult goal = refFlat.goal("G" + g).orElseThrow();
      for (int i = 0; i < c.goals().get(g).size(); i++, row++) {
        Achievement a = goal.indicator(BulkCase.code(g, i)).orElseThrow().achievement();
        BulkScores s = flat.indicators();
        String where = "row " + row + " " + c.goals().get(g).get(i) + " in " + c;
        assertThat(s.status(row)).as(where).isEqualTo(a.status());
        assertThat(s.rounded(row)).as(where).isEqualTo(a.rounded());
        for (Achievement.Flag f : Achievement.Flag.values()) {
          assertThat(s.has(row, f)).as(where + " flag " + f).isEqualTo(a.has(f));
        }
      }
      assertThat(flat.goal(g).rounded()).as("goal %d in %s", g, c).isEqualTo(goal.aggregate().rounded());
      assertThat(flat.goal(g).members()).isEqualTo(goal.aggregate().members().size());
      assertThat(flat.goal(g).excluded()).isEqualTo(goal.aggregate().excluded().size());
    }
    assertThat(flat.flat().rounded()).as("flat mean of %s", c).isEqualTo(refFlat.overall().rounded());
    assertThat(flat.flat().members()).isEqualTo(refFlat.overall().members().size());
    assertThat(flat.overall()).isSameAs(flat.flat());
    assertThat(byGoals.meanOfGoalMeans().rounded()).as("mean of goal means of %s", c).isEqualTo(refGoals.overall().rounded());
    assertThat(byGoals.meanOfGoalMeans().members()).isEqualTo(refGoals.overall().members().size());
    assertThat(byGoals.overall()).isSameAs(byGoals.meanOfGoalMeans());
    assertThat(byGoals.indicators()).isEqualTo(flat.indicators());
    // the same rows without goal indices: the unit's sums are kept directly, not via the goals
    BulkResult noGoals = c.scorer(AggregationShape.FLAT).score(c.inputWithoutGoals());
    assertThat(noGoals.indicators()).isEqualTo(flat.indicators());
    assertThat(noGoals.flat().rounded()).as("flat mean without goals of %s", c).isEqualTo(refFlat.overall().rounded());
    assertThat(noGoals.flat().members()).isEqualTo(refFlat.overall().members().size());
    assertThat(noGoals.flat().excluded()).isEqualTo(refFlat.overall().excluded().size());
  }

  @Test
  void scoringAloneGivesTheSameScoresAsScoringWithMeans() {
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      BulkScorer s = c.scorer(AggregationShape.FLAT);
      assertThat(s.scoreIndicators(c.input())).isEqualTo(s.score(c.input()).indicators());
    });
  }
}
