/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static io.github.lakin.scoring.aggregate.ReportModel.decimals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of monthly and quarterly year-to-date consolidation (DOMAIN §6, Periods). */
class PeriodTrackingProperties {
  private static final Scorer SCORER = Scorer.defaults();
  private static final int YEAR = 2023;

  /** One year of period targets and realisations: realisations reported up to period {@code reported}. */
  record Track(boolean monthly, List<BigDecimal> targets, List<BigDecimal> reals, int reported, int asOf, boolean lower) {
    int periods() {
      return monthly ? 12 : 4;
    }

    Period period(int i) {
      return monthly ? Period.month(YEAR, i) : Period.quarter(YEAR, i);
    }

    Indicator indicator(ConsolidationMode mode) {
      Indicator.Builder b = Indicator.builder();
      b.code("P1").name("jumlah layanan").unit(MeasureUnit.count("layanan")).target(Target.exact(new BigDecimal("100")))
          .consolidation(mode).polarity(lower ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
      return b.build();
    }

    Map<Period, BigDecimal> targetMap(Map<Period, BigDecimal> into) {
      for (int i = 1; i <= periods(); i++) {
        into.put(period(i), targets.get(i - 1));
      }
      return into;
    }

    Map<Period, Realization> realMap(Map<Period, Realization> into) {
      for (int i = 1; i <= reported; i++) {
        into.put(period(i), Realization.of(reals.get(i - 1)));
      }
      return into;
    }

    PeriodTracking tracking(ConsolidationMode mode) {
      return PeriodTracking.of(indicator(mode), YEAR, targetMap(new LinkedHashMap<>()), realMap(new LinkedHashMap<>()));
    }

    Frac sumTargets(int upTo) {
      Frac s = Frac.ZERO;
      for (int i = 0; i < upTo; i++) {
        s = s.add(Frac.of(targets.get(i)));
      }
      return s;
    }

    Frac sumReals(int upTo) {
      Frac s = Frac.ZERO;
      for (int i = 0; i < upTo; i++) {
        s = s.add(Frac.of(reals.get(i)));
      }
      return s;
    }

    /** Reference capaian of realisasi r against target t: ratio, or (2 − r/t) × 100 floored at 0. */
    Frac capaian(Frac r, Frac t) {
      Frac q = r.div(t);
      Frac v = lower ? Frac.TWO.sub(q).mul(Frac.HUNDRED) : q.mul(Frac.HUNDRED);
      return v.signum() < 0 ? Frac.ZERO : v;
    }
  }

  /** @param complete whether every period up to the as-of period is reported */
  static Gen<Track> tracks(boolean complete) {
    Gen<List<BigDecimal>> targets = lists().of(decimals(1, 100_000, 0, 3)).ofSize(12);
    Gen<List<BigDecimal>> reals = lists().of(decimals(0, 150_000, 0, 3)).ofSize(12);
    return booleans().all().zip(targets, reals, integers().between(1, 12).zip(integers().between(1, 12), booleans().all(),
        (a, b, lower) -> new int[] {a, b, lower ? 1 : 0}), (monthly, ts, rs, x) -> {
          int n = monthly ? 12 : 4;
          int asOf = (x[0] - 1) % n + 1;
          int reported = complete ? n : (x[1] - 1) % n + 1;
          return new Track(monthly, ts, rs, reported, asOf, x[2] == 1);
        });
  }

  private static Frac exact(Rational r) {
    return Frac.from(r);
  }

  private static Frac value(Achievement a) {
    return Frac.from(a.value().orElseThrow(() -> new AssertionError("no capaian: " + a)));
  }

  @Test
  void sumYearToDateAtTheLastPeriodIsTheSumOfAllPeriods() {
    qt().withExamples(300).forAll(tracks(true)).checkAssert(t -> {
      int n = t.periods();
      PeriodTracking.YearToDate ytd = t.tracking(ConsolidationMode.SUM).yearToDate(t.period(n), SCORER);
      assertThat(ytd.periods()).hasSize(n);
      assertThat(exact(ytd.target())).isEqualTo(t.sumTargets(n));
      assertThat(exact(ytd.realization().orElseThrow())).isEqualTo(t.sumReals(n));
      assertThat(value(ytd.achievement())).isEqualTo(t.capaian(t.sumReals(n), t.sumTargets(n)));
      // and at any earlier as-of period, the sum of the periods so far
      PeriodTracking.YearToDate part = t.tracking(ConsolidationMode.SUM).yearToDate(t.period(t.asOf()), SCORER);
      assertThat(exact(part.realization().orElseThrow())).isEqualTo(t.sumReals(t.asOf()));
      assertThat(exact(part.target())).isEqualTo(t.sumTargets(t.asOf()));
    });
  }

  @Test
  void lastEqualsTheAsOfPeriodsOwnCapaian() {
    qt().withExamples(300).forAll(tracks(true)).checkAssert(t -> {
      PeriodTracking tracking = t.tracking(ConsolidationMode.LAST);
      Period asOf = t.period(t.asOf());
      PeriodTracking.YearToDate ytd = tracking.yearToDate(asOf, SCORER);
      Achievement own = tracking.achievementFor(asOf, SCORER);
      assertThat(ytd.achievement().value()).isEqualTo(own.value());
      assertThat(exact(ytd.realization().orElseThrow())).isEqualTo(Frac.of(t.reals().get(t.asOf() - 1)));
      assertThat(exact(ytd.target())).isEqualTo(Frac.of(t.targets().get(t.asOf() - 1)));
      assertThat(value(own)).isEqualTo(t.capaian(Frac.of(t.reals().get(t.asOf() - 1)), Frac.of(t.targets().get(t.asOf() - 1))));
    });
  }

  @Test
  void averageLiesBetweenMinAndMaxAndIsExact() {
    qt().withExamples(300).forAll(tracks(true)).checkAssert(t -> {
      Period asOf = t.period(t.asOf());
      PeriodTracking.YearToDate avg = t.tracking(ConsolidationMode.AVERAGE).yearToDate(asOf, SCORER);
      PeriodTracking.YearToDate min = t.tracking(ConsolidationMode.MIN).yearToDate(asOf, SCORER);
      PeriodTracking.YearToDate max = t.tracking(ConsolidationMode.MAX).yearToDate(asOf, SCORER);
      Frac a = exact(avg.realization().orElseThrow());
      assertThat(a.compareTo(exact(min.realization().orElseThrow()))).isGreaterThanOrEqualTo(0);
      assertThat(a.compareTo(exact(max.realization().orElseThrow()))).isLessThanOrEqualTo(0);
      Frac at = exact(avg.target());
      assertThat(at.compareTo(exact(min.target()))).isGreaterThanOrEqualTo(0);
      assertThat(at.compareTo(exact(max.target()))).isLessThanOrEqualTo(0);
      // the mean itself, and min/max, against the reference
      int k = t.asOf();
      assertThat(a).isEqualTo(t.sumReals(k).div(k));
      assertThat(at).isEqualTo(t.sumTargets(k).div(k));
      Frac lo = Frac.of(t.reals().get(0));
      Frac hi = lo;
      for (int i = 1; i < k; i++) {
        lo = lo.min(Frac.of(t.reals().get(i)));
        hi = hi.max(Frac.of(t.reals().get(i)));
      }
      assertThat(exact(min.realization().orElseThrow())).isEqualTo(lo);
      assertThat(exact(max.realization().orElseThrow())).isEqualTo(hi);
      // mean realisasi / mean target × 100: the n cancels, so the capaian is exactly Σr / Σt × 100
      assertThat(value(avg.achievement())).as("AVERAGE capaian").isEqualTo(t.capaian(t.sumReals(k), t.sumTargets(k)));
      assertThat(avg.achievement().isMet()).isEqualTo(t.capaian(t.sumReals(k), t.sumTargets(k)).compareTo(Frac.HUNDRED) >= 0);
    });
  }

  @Test
  void resultsDoNotDependOnMapIterationOrder() {
    qt().withExamples(200).forAll(tracks(false), longs().all(), arbitrary().enumValues(ConsolidationMode.class)).checkAssert((t, seed, mode) -> {
      PeriodTracking linked = t.tracking(mode);
      // the same entries, inserted in a shuffled order / a hash order / reverse period order
      List<Map.Entry<Period, BigDecimal>> te = new ArrayList<>(t.targetMap(new LinkedHashMap<>()).entrySet());
      List<Map.Entry<Period, Realization>> re = new ArrayList<>(t.realMap(new LinkedHashMap<>()).entrySet());
      Random rnd = new Random(seed);
      Collections.shuffle(te, rnd);
      Collections.shuffle(re, rnd);
      Map<Period, BigDecimal> shuffledTargets = new LinkedHashMap<>();
      te.forEach(e -> shuffledTargets.put(e.getKey(), e.getValue()));
      Map<Period, Realization> shuffledReals = new LinkedHashMap<>();
      re.forEach(e -> shuffledReals.put(e.getKey(), e.getValue()));
      PeriodTracking shuffled = PeriodTracking.of(t.indicator(mode), YEAR, shuffledTargets, shuffledReals);
      PeriodTracking hashed = PeriodTracking.of(t.indicator(mode), YEAR, t.targetMap(new HashMap<>()), t.realMap(new HashMap<>()));
      PeriodTracking reversed = PeriodTracking.of(t.indicator(mode), YEAR,
          t.targetMap(new TreeMap<>(Comparator.reverseOrder())), t.realMap(new TreeMap<>(Comparator.reverseOrder())));

      for (int i = 1; i <= t.periods(); i++) {
        Period p = t.period(i);
        PeriodTracking.YearToDate expected = linked.yearToDate(p, SCORER);
        for (PeriodTracking other : List.of(shuffled, hashed, reversed)) {
          PeriodTracking.YearToDate got = other.yearToDate(p, SCORER);
          assertThat(got.periods()).isEqualTo(expected.periods());
          assertThat(got.target()).isEqualTo(expected.target());
          assertThat(got.realization()).isEqualTo(expected.realization());
          assertThat(got.achievement().status()).isEqualTo(expected.achievement().status());
          assertThat(got.achievement().value()).isEqualTo(expected.achievement().value());
          assertThat(other.achievementFor(p, SCORER).value()).isEqualTo(linked.achievementFor(p, SCORER).value());
        }
        // not reported yet: no capaian, nothing carried forward
        assertThat(expected.realization().isPresent()).isEqualTo(i <= t.reported());
        assertThat(expected.achievement().status() == Achievement.Status.NOT_AVAILABLE).isEqualTo(i > t.reported());
        Optional<Rational> v = expected.achievement().value();
        assertThat(v.isPresent()).isEqualTo(i <= t.reported());
      }
    });
  }
}
