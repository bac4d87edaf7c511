/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static io.github.lakin.scoring.Gens.decimals;
import static io.github.lakin.scoring.Gens.nonNegative;
import static io.github.lakin.scoring.Gens.positive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the capaian formulas (DOMAIN.md §3): monotonicity in the realisasi, scale
 * invariance, the polarity mirror, and agreement with the slow {@link Reference}.
 */
class ScoringProperties {
  private static final Scorer SCORER = Scorer.defaults();
  private static final Rational TWO_HUNDRED = Rational.of(200);

  private static Rational raw(Indicator indicator, BigDecimal realisasi, ScoringStrategy strategy) {
    Achievement a = SCORER.score(indicator, Realization.of(realisasi), strategy);
    assertThat(a.status()).as("status of %s for %s", strategy, realisasi).isEqualTo(Achievement.Status.COMPUTED);
    return a.raw().orElseThrow();
  }

  private static Rational raw(Indicator indicator, BigDecimal realisasi) {
    return raw(indicator, realisasi, SCORER.strategyFor(indicator));
  }

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** A range lower–upper with lower ≥ 0 and upper &gt; 0 (a 0–0 range has its own example test). */
  private static Gen<BigDecimal[]> ranges() {
    return nonNegative().zip(nonNegative(), (a, w) -> new BigDecimal[] {a, a.add(w)})
        .assuming(b -> b[1].signum() > 0);
  }

  /** A realisasi drawn near the range: its bounds, just outside them, inside, or anywhere. */
  private static Gen<BigDecimal> near(BigDecimal[] range) {
    BigDecimal lo = range[0];
    BigDecimal hi = range[1];
    BigDecimal step = new BigDecimal("0.001");
    List<BigDecimal> special = List.of(lo, hi, hi.add(step), max(BigDecimal.ZERO, lo.subtract(step)),
        lo.add(hi).divide(BigDecimal.valueOf(2)), lo.multiply(BigDecimal.valueOf(2)), hi.multiply(BigDecimal.valueOf(2)));
    return arbitrary().pick(special).mix(nonNegative(), 50);
  }

  // ---------------------------------------------------------------- 1. monotonic in the realisasi

  @Test
  void ratioNeverFallsAsTheRealisasiRises() {
    qt().withExamples(1000).forAll(positive(), nonNegative(), nonNegative()).checkAssert((t, r1, r2) -> {
      Indicator ind = Gens.exact(t, Polarity.HIGHER_IS_BETTER);
      BigDecimal lo = min(r1, r2);
      BigDecimal hi = max(r1, r2);
      Rational a = raw(ind, lo);
      Rational b = raw(ind, hi);
      assertThat(a.compareTo(b)).as("ratio(%s) vs ratio(%s), target %s", lo, hi, t)
          .isEqualTo(lo.compareTo(hi));
    });
  }

  @Test
  void inverseNeverRisesAsTheRealisasiRises() {
    qt().withExamples(1000).forAll(positive(), nonNegative(), nonNegative()).checkAssert((t, r1, r2) -> {
      Indicator ind = Gens.exact(t, Polarity.LOWER_IS_BETTER);
      BigDecimal lo = min(r1, r2);
      BigDecimal hi = max(r1, r2);
      // strictly decreasing: the comparison is reversed
      assertThat(raw(ind, lo).compareTo(raw(ind, hi))).as("inverse(%s) vs inverse(%s), target %s", lo, hi, t)
          .isEqualTo(hi.compareTo(lo));
    });
  }

  @Test
  void rangeIsMonotonicByPolarity() {
    qt().withExamples(1000)
        .forAll(ranges().flatMap(range -> near(range).zip(near(range), (a, b) -> new BigDecimal[] {range[0], range[1], a, b})),
            arbitrary().pick(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER))
        .checkAssert((v, polarity) -> {
          Indicator ind = Gens.range(v[0], v[1], polarity);
          BigDecimal lo = min(v[2], v[3]);
          BigDecimal hi = max(v[2], v[3]);
          int c = raw(ind, lo).compareTo(raw(ind, hi));
          if (polarity == Polarity.HIGHER_IS_BETTER) {
            assertThat(c).as("range %s–%s, higher is better: %s vs %s", v[0], v[1], lo, hi).isLessThanOrEqualTo(0);
          } else {
            assertThat(c).as("range %s–%s, lower is better: %s vs %s", v[0], v[1], lo, hi).isGreaterThanOrEqualTo(0);
          }
        });
  }

  @Test
  void comparatorIsMonotonicByItsDirection() {
    qt().withExamples(1000)
        .forAll(arbitrary().enumValues(Relation.class), positive(), nonNegative(), nonNegative())
        .checkAssert((rel, t, r1, r2) -> {
          Indicator ind = Indicator.of("C", "pembanding", MeasureUnit.percent(), Target.comparator(rel, t));
          BigDecimal lo = min(r1, r2);
          BigDecimal hi = max(r1, r2);
          int c = raw(ind, lo).compareTo(raw(ind, hi));
          int expected = rel.impliedPolarity() == Polarity.HIGHER_IS_BETTER ? lo.compareTo(hi) : hi.compareTo(lo);
          assertThat(c).as("%s %s: %s vs %s", rel.symbol(), t, lo, hi).isEqualTo(expected);
        });
  }

  @Test
  void daysBasedNeverRisesAsTheDurationGrows() {
    ScoringStrategy days = ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of()));
    qt().withExamples(1000).forAll(positive(), nonNegative(), nonNegative()).checkAssert((t, r1, r2) -> {
      Indicator ind = Indicator.of("D", "waktu", MeasureUnit.workingDays(), Target.atMost(t));
      BigDecimal lo = min(r1, r2);
      BigDecimal hi = max(r1, r2);
      assertThat(raw(ind, lo, days).compareTo(raw(ind, hi, days))).isEqualTo(hi.compareTo(lo));
    });
  }

  // ---------------------------------------------------------------- 2. scale invariance

  @Test
  void multiplyingTargetAndRealisasiByOneFactorKeepsTheCapaian() {
    qt().withExamples(1000)
        .forAll(positive(), nonNegative(), decimals(1, 1_000_000),
            arbitrary().pick(ScoringStrategy.ratio(), ScoringStrategy.inverse(), ScoringStrategy.closeness()))
        .checkAssert((t, r, k, strategy) -> {
          Rational base = raw(Gens.exact(t, Polarity.HIGHER_IS_BETTER), r, strategy);
          Rational scaled = raw(Gens.exact(t.multiply(k), Polarity.HIGHER_IS_BETTER), r.multiply(k), strategy);
          assertThat(scaled).as("%s: (%s, %s) × %s", strategy, t, r, k).isEqualTo(base);
        });
  }

  @Test
  void inverseRatioIsScaleInvariantToo() {
    qt().withExamples(500).forAll(positive(), positive(), decimals(1, 1_000_000)).checkAssert((t, r, k) -> {
      ScoringStrategy s = ScoringStrategy.inverseRatio();
      assertThat(raw(Gens.exact(t.multiply(k), Polarity.LOWER_IS_BETTER), r.multiply(k), s))
          .isEqualTo(raw(Gens.exact(t, Polarity.LOWER_IS_BETTER), r, s));
    });
  }

  // ---------------------------------------------------------------- 3. polarity mirror

  @Test
  void inversePlusRatioIsExactlyTwoHundred() {
    qt().withExamples(1000).forAll(positive(), nonNegative()).checkAssert((t, r) -> {
      Rational ratio = raw(Gens.exact(t, Polarity.HIGHER_IS_BETTER), r);
      Rational inverse = raw(Gens.exact(t, Polarity.LOWER_IS_BETTER), r);
      assertThat(ratio.add(inverse)).as("target %s, realisasi %s: %s + %s", t, r, ratio, inverse).isEqualTo(TWO_HUNDRED);
    });
  }

  // ---------------------------------------------------------------- 6. reference model

  @Test
  void ratioMatchesTheReference() {
    qt().withExamples(1000).forAll(positive(), nonNegative()).checkAssert((t, r) ->
        Reference.assertEquals(raw(Gens.exact(t, Polarity.HIGHER_IS_BETTER), r, ScoringStrategy.ratio()), Reference.ratio(r, t)));
  }

  @Test
  void inverseMatchesTheReference() {
    qt().withExamples(1000).forAll(positive(), nonNegative()).checkAssert((t, r) ->
        Reference.assertEquals(raw(Gens.exact(t, Polarity.LOWER_IS_BETTER), r, ScoringStrategy.inverse()), Reference.inverse(r, t)));
  }

  @Test
  void inverseRatioMatchesTheReference() {
    qt().withExamples(1000).forAll(positive(), positive()).checkAssert((t, r) ->
        Reference.assertEquals(raw(Gens.exact(t, Polarity.LOWER_IS_BETTER), r, ScoringStrategy.inverseRatio()),
            Reference.inverseRatio(r, t)));
  }

  @Test
  void closenessMatchesTheReference() {
    qt().withExamples(1000).forAll(positive(), nonNegative()).checkAssert((t, r) ->
        Reference.assertEquals(raw(Gens.exact(t, Polarity.CLOSER_IS_BETTER), r, ScoringStrategy.closeness()),
            Reference.closeness(r, t)));
  }

  @Test
  void reductionFromBaselineMatchesTheReference() {
    qt().withExamples(1000).forAll(nonNegative(), nonNegative(), nonNegative(), arbitrary().pick(true, false))
        .assuming((t, r, b, own) -> b.compareTo(t) != 0)
        .checkAssert((t, r, b, own) -> {
          Indicator ind = own
              ? Indicator.builder().from(Gens.exact(t, Polarity.LOWER_IS_BETTER)).baseline(b).build()
              : Gens.exact(t, Polarity.LOWER_IS_BETTER);
          ScoringStrategy s = own ? ScoringStrategy.reductionFromBaseline() : ScoringStrategy.reductionFromBaseline(b);
          Reference.assertEquals(raw(ind, r, s), Reference.reduction(r, t, b));
        });
  }

  @Test
  void rangeMatchesTheReference() {
    qt().withExamples(1000)
        .forAll(ranges().flatMap(range -> near(range).map(r -> new BigDecimal[] {range[0], range[1], r})),
            arbitrary().pick(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER))
        .assuming((v, p) -> Reference.range(v[2], v[0], v[1], p == Polarity.LOWER_IS_BETTER) != null)
        .checkAssert((v, polarity) -> Reference.assertEquals(
            raw(Gens.range(v[0], v[1], polarity), v[2], ScoringStrategy.range()),
            Reference.range(v[2], v[0], v[1], polarity == Polarity.LOWER_IS_BETTER)));
  }

  @Test
  void comparatorAndDaysBasedMatchTheReference() {
    ScoringStrategy days = ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of()));
    qt().withExamples(1000).forAll(arbitrary().enumValues(Relation.class), positive(), nonNegative()).checkAssert((rel, t, r) -> {
      Indicator ind = Indicator.of("C", "pembanding", MeasureUnit.workingDays(), Target.comparator(rel, t));
      boolean lower = rel == Relation.LESS_THAN || rel == Relation.AT_MOST;
      Reference.assertEquals(raw(ind, r, ScoringStrategy.comparator()), lower ? Reference.inverse(r, t) : Reference.ratio(r, t));
      Reference.assertEquals(raw(ind, r, days), Reference.inverse(r, t));
    });
  }
}
