/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static io.github.lakin.core.BiroPerencanaan2023Fixture.ROWS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden figures of DOMAIN.md §12 recomputed with the core's exact numbers (Rational, CapRule) from
 * the fixture's model objects. Scoring proper lives in lakin-scoring; this checks that the model
 * carries exactly the data the report printed and that exact arithmetic reproduces it.
 */
class BiroPerencanaan2023Test {
  private static final RoundingPolicy POLICY = RoundingPolicy.defaults();

  /** realisasi / target × 100, exact, for a higher-is-better exact target. */
  private static Rational capaian(Indicator indicator, Realization realization) {
    ExactTarget target = (ExactTarget) indicator.target();
    return realization.value().orElseThrow().divide(Rational.of(target.value())).multiply(Rational.HUNDRED);
  }

  private static Map<String, Rational> exactCapaian() {
    PerformanceAgreement pk = BiroPerencanaan2023Fixture.agreement();
    Map<String, Realization> real = BiroPerencanaan2023Fixture.realizations();
    Map<String, Rational> out = new LinkedHashMap<>();
    for (Indicator i : pk.indicators()) {
      out.put(i.code(), capaian(i, real.get(i.code())));
    }
    return out;
  }

  private static Rational mean(List<Rational> values) {
    Rational sum = Rational.ZERO;
    for (Rational v : values) {
      sum = sum.add(v);
    }
    return sum.divide(values.size());
  }

  @Test
  void fixtureHoldsElevenIndicatorsInFourGoalsAllHigherIsBetter() {
    PerformanceAgreement pk = BiroPerencanaan2023Fixture.agreement();
    assertThat(pk.goals()).extracting(Goal::code).containsExactly("SK1", "SK2", "SK3", "SK4");
    assertThat(pk.goals()).extracting(g -> g.indicators().size()).containsExactly(5, 2, 1, 3);
    assertThat(pk.indicators()).hasSize(11);
    assertThat(pk.indicators()).extracting(Indicator::polarity).containsOnly(Polarity.HIGHER_IS_BETTER);
    assertThat(pk.indicator("4.2").orElseThrow().target()).isEqualTo(Target.exact("83"));
    assertThat(BiroPerencanaan2023Fixture.realizations().get("4.2").isProvisional()).isTrue();
    assertThat(BiroPerencanaan2023Fixture.realizations().get("4.2").provisional().orElseThrow().carriedFrom())
        .isEqualTo(Period.year(2022));
    assertThat(BiroPerencanaan2023Fixture.realizations().values().stream().filter(Realization::isProvisional))
        .hasSize(1);
  }

  @Test
  void everyIndicatorCapaianRoundsToThePrintedFigure() {
    // e.g. 1.1: 69.31 / 69 × 100 = 100.4492… → 100.45; 3.1: 95.83 / 80 × 100 = 119.7875 → 119.79
    Map<String, Rational> exact = exactCapaian();
    Map<String, BigDecimal> printed = BiroPerencanaan2023Fixture.printedCapaian();
    assertThat(exact.keySet()).containsExactlyElementsOf(printed.keySet());
    exact.forEach((code, c) -> assertThat(POLICY.round(c)).as("capaian %s", code).isEqualTo(printed.get(code)));
  }

  @Test
  void exactValuesOfSomeIndicatorsAreKeptAsFractions() {
    Map<String, Rational> exact = exactCapaian();
    // 88.83 / 81 × 100 = 8883 / 81 = 329 / 3 (8883 = 27 × 329, 81 = 27 × 3)
    assertThat(exact.get("1.2")).isEqualTo(Rational.of(java.math.BigInteger.valueOf(329), java.math.BigInteger.valueOf(3)));
    assertThat(exact.get("1.2").isTerminating()).isFalse();
    // 95.83 / 80 × 100 = 119.7875 exactly
    assertThat(exact.get("3.1").toString()).isEqualTo("119.7875");
    assertThat(exact.get("2.1")).isEqualTo(Rational.HUNDRED);
  }

  @Test
  void goalMeansAreThePrintedFigures() {
    Map<String, Rational> exact = exactCapaian();
    PerformanceAgreement pk = BiroPerencanaan2023Fixture.agreement();
    for (Goal g : pk.goals()) {
      List<Rational> values = new ArrayList<>();
      g.indicators().forEach(i -> values.add(exact.get(i.code())));
      // SK1: (100.4493 + 109.6667 + 138.0571 + 101.5957 + 100) / 5 = 109.9538 → 109.95
      // SK4: (100.1 + 99.9518 + 101.9556) / 3 = 100.6691 → 100.67
      assertThat(POLICY.round(mean(values))).as("goal %s", g.code())
          .isEqualTo(BiroPerencanaan2023Fixture.PRINTED_GOAL_CAPAIAN.get(g.code()));
    }
  }

  @Test
  void unitIsTheFlatMeanRoundedOnce() {
    // Σ = 1171.5637 (exact fraction), / 11 = 106.5058 → 106.51
    Rational flat = mean(new ArrayList<>(exactCapaian().values()));
    assertThat(POLICY.round(flat)).isEqualTo(BiroPerencanaan2023Fixture.PRINTED_UNIT_CAPAIAN);
  }

  @Test
  void meanOfGoalMeansWouldBe107_60() {
    Map<String, Rational> exact = exactCapaian();
    List<Rational> goalMeans = new ArrayList<>();
    for (Goal g : BiroPerencanaan2023Fixture.agreement().goals()) {
      List<Rational> values = new ArrayList<>();
      g.indicators().forEach(i -> values.add(exact.get(i.code())));
      goalMeans.add(mean(values));
    }
    // (109.9538 + 100 + 119.7875 + 100.6691) / 4 = 107.6026 → 107.60
    assertThat(POLICY.round(mean(goalMeans))).isEqualTo(new BigDecimal("107.60"));
  }

  /**
   * DOMAIN §12 says "a 120 cap would give 104.87". Rounding once (the policy §12 states) the cap gives
   * 104.86: only 1.3 exceeds 120, so Σ = 1171.5637 − 138.0571 + 120 = 1153.5065, / 11 = 104.8642.
   * 104.87 is what rounding each indicator first gives: Σ of the rounded, capped values = 1153.52,
   * / 11 = 104.8655 → 104.87. Both are asserted so that the discrepancy stays visible.
   */
  @Test
  void cap120GivesTheFiguresOfBothRoundingStages() {
    CapRule cap = CapRule.maximum(new BigDecimal("120"));
    List<Rational> capped = new ArrayList<>();
    List<Rational> cappedRoundedFirst = new ArrayList<>();
    exactCapaian().values().forEach(c -> {
      capped.add(cap.apply(c));
      cappedRoundedFirst.add(Rational.of(POLICY.round(cap.apply(c))));
    });
    assertThat(POLICY.round(mean(capped))).isEqualTo(new BigDecimal("104.86"));
    assertThat(POLICY.round(mean(cappedRoundedFirst))).isEqualTo(new BigDecimal("104.87"));
  }

  @Test
  void tenOfElevenIndicatorsReachTheTarget() {
    long reached = exactCapaian().values().stream().filter(c -> c.compareTo(Rational.HUNDRED) >= 0).count();
    assertThat(reached).isEqualTo(10);
    // the one below is 4.2: 82.96 / 83 × 100 = 99.95
    assertThat(exactCapaian().get("4.2")).isLessThan(Rational.HUNDRED);
  }

  @Test
  void budgetAbsorptionAndEfficiencyGap() {
    BudgetLine b = BiroPerencanaan2023Fixture.agreement().budget().get(0);
    // 9,960,052,227 / 9,970,949,000 × 100 = 99.8907… → 99.89
    Rational absorption = Rational.ratio(b.realization(), b.finalPagu()).multiply(Rational.HUNDRED);
    assertThat(POLICY.round(absorption)).isEqualTo(BiroPerencanaan2023Fixture.PRINTED_ABSORPTION);
    // 106.5058 − 99.8907 = 6.6151 → 6.62 (and 106.51 − 99.89 = 6.62 on the printed figures)
    Rational unit = mean(new ArrayList<>(exactCapaian().values()));
    assertThat(POLICY.round(unit.subtract(absorption))).isEqualTo(BiroPerencanaan2023Fixture.PRINTED_EFFICIENCY_GAP);
    assertThat(BiroPerencanaan2023Fixture.PRINTED_UNIT_CAPAIAN.subtract(BiroPerencanaan2023Fixture.PRINTED_ABSORPTION))
        .isEqualByComparingTo(BiroPerencanaan2023Fixture.PRINTED_EFFICIENCY_GAP);
  }

  @Test
  void ikmFromTheNineNrrIsTheRealisationOfIndicator4_1() {
    // Σ NRR = 32.431; / 9 × 25 = 90.0861… → 90.09
    Rational sum = Rational.ZERO;
    for (String nrr : BiroPerencanaan2023Fixture.IKM_NRR) {
      sum = sum.add(Rational.parse(nrr));
    }
    Rational ikm = sum.divide(9).multiply(Rational.of(25));
    assertThat(sum).isEqualTo(Rational.parse("32.431"));
    assertThat(ikm.round(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("90.09"));
    assertThat(Rational.of(ikm.round(2, RoundingMode.HALF_UP)))
        .isEqualTo(BiroPerencanaan2023Fixture.realizations().get("4.1").value().orElseThrow());
  }

  @Test
  void rowsAreTheTableOfDomainSection12() {
    assertThat(ROWS).extracting(BiroPerencanaan2023Fixture.Row::code)
        .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "4.1", "4.2", "4.3");
  }
}
