/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Example tests for strategy and policy corners that {@link ScorerTest} does not reach. */
class StrategyExamplesTest {
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Scorer SCORER = Scorer.defaults();
  private static final ScoringPolicy BOTH_ZERO_UNDEFINED =
      ScoringPolicy.builder().zeroTarget(ZeroTargetRule.of(Optional.empty(), Optional.empty())).build();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator exact(String code, String target, Polarity polarity) {
    return Indicator.builder().code(code).name("indikator").unit(MeasureUnit.percent())
        .target(Target.exact(d(target))).polarity(polarity).build();
  }

  private static Indicator range(String lower, String upper, Polarity polarity) {
    return Indicator.builder().code("R").name("rentang").unit(MeasureUnit.percent())
        .target(Target.range(d(lower), d(upper))).polarity(polarity).build();
  }

  private static Achievement score(Indicator ind, String realisasi) {
    return SCORER.score(ind, Realization.of(d(realisasi)));
  }

  // ---------------------------------------------------------------- negative targets

  @Test
  void aNegativeTargetIsRefusedWhenBuiltUnlessTheUnitAllowsItAndThenByEveryRatioStrategy() {
    // the early refusal: the indicator, not the scorer, names the field and the value
    assertThatThrownBy(() -> exact("N1", "-1", Polarity.HIGHER_IS_BETTER))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("N1: target").hasMessageContaining("-1")
        .hasMessageContaining("allowingNegative");
    Indicator growth = Indicator.builder().code("N2").name("pertumbuhan").unit(MeasureUnit.percent().allowingNegative())
        .target(Target.exact(d("-1"))).polarity(Polarity.HIGHER_IS_BETTER).build();
    assertThatThrownBy(() -> score(growth, "-2"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("N2").hasMessageContaining("strategy ratio")
        .hasMessageContaining("-1");
    // reduction from a baseline takes it: (b − r) / (b − t) × 100 = (0 − (−2)) / (0 − (−1)) × 100 = 200
    assertThat(SCORER.score(growth, Realization.of(d("-2")), ScoringStrategy.reductionFromBaseline(d("0"))).rounded())
        .contains(d("200.00"));
  }

  // ---------------------------------------------------------------- ranges

  @ParameterizedTest(name = "range 0–10 {0}, realisasi {1} → {2}")
  @CsvSource({
    // inside the range: 100 by the range rule, not by the zero-target rule
    "HIGHER_IS_BETTER, 0, 100.00",
    "HIGHER_IS_BETTER, 10, 100.00",
    // above: 12.5 / 10 × 100 = 125
    "HIGHER_IS_BETTER, 12.5, 125.00",
    "LOWER_IS_BETTER, 0, 100.00",
    // above, lower is better: (2 − 12.5 / 10) × 100 = 75
    "LOWER_IS_BETTER, 12.5, 75.00",
  })
  void rangeWithAZeroLowerBound(Polarity polarity, String realisasi, String capaian) {
    Achievement a = score(range("0", "10", polarity), realisasi);
    assertThat(a.rounded()).contains(d(capaian));
    assertThat(a.has(Achievement.Flag.BY_RULE)).isFalse();
  }

  @Test
  void rangeWithAZeroLowerBoundBelowItIsUndefined() {
    // a growth rate may be negative; below the range the lower bound 0 is the target: undefined
    Indicator growth = Indicator.builder().code("G").name("pertumbuhan").unit(MeasureUnit.percent().allowingNegative())
        .target(Target.range(d("0"), d("5"))).build();
    Achievement a = SCORER.score(growth, Realization.of(d("-1.5")));
    assertThat(a.status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("target 0 and realisation -1.5: achievement undefined");
  }

  @Test
  void rangeOfZeroToZeroFollowsTheZeroTargetRule() {
    Indicator zero = range("0", "0", Polarity.LOWER_IS_BETTER);
    Achievement both = score(zero, "0");
    assertThat(both.rounded()).contains(d("100.00"));
    assertThat(both.has(Achievement.Flag.BY_RULE)).as("0–0 with realisasi 0 is the zero-target case").isTrue();
    assertThat(Scorer.of(BOTH_ZERO_UNDEFINED).score(zero, Realization.of(d("0"))).status())
        .as("a policy that leaves 0/0 undefined applies to a 0–0 range too")
        .isEqualTo(Achievement.Status.UNDEFINED);
    Achievement some = score(zero, "3");
    assertThat(some.status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(some.reason()).hasValueSatisfying(r -> assertThat(r).contains("target is 0"));
  }

  @Test
  void rangeRejectsCloserIsBetter() {
    assertThatThrownBy(() -> score(range("80", "90", Polarity.CLOSER_IS_BETTER), "85"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("polarity").hasMessageContaining("CLOSER_IS_BETTER").hasMessageContaining("range");
  }

  @Test
  void rangeExplainsBelowTheRangeInIndonesian() {
    // 70 / 80 × 100 = 87.5
    assertThat(score(range("80", "90", Polarity.HIGHER_IS_BETTER), "70").explain(ID))
        .isEqualTo("di bawah rentang 80–90: 70 / 80 × 100% = 87,50%");
    assertThat(score(range("80.5", "90", Polarity.HIGHER_IS_BETTER), "85").explain(ID))
        .isEqualTo("85 dalam rentang 80,5–90 = 100,00%");
  }

  // ---------------------------------------------------------------- comparators

  @Test
  void comparatorWithCloserIsBetterIsRejected() {
    // a comparator implies its direction; an explicit CLOSER_IS_BETTER contradicts it
    assertThatThrownBy(() -> Indicator.builder().code("C").name("c").unit(MeasureUnit.percent())
            .target(Target.atMost(d("20"))).polarity(Polarity.CLOSER_IS_BETTER).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("contradicts");
    // on an exact target the comparator strategy takes the indicator's polarity: closer is not a direction
    assertThatThrownBy(() -> SCORER.score(exact("C", "20", Polarity.CLOSER_IS_BETTER), Realization.of(d("15")), ScoringStrategy.comparator()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("comparator").hasMessageContaining("CLOSER_IS_BETTER");
  }

  @Test
  void comparatorStrategyOnAnExactTargetFollowsThePolarity() {
    // (2 − 15/20) × 100 = 125; 15/20 × 100 = 75
    assertThat(SCORER.score(exact("C", "20", Polarity.LOWER_IS_BETTER), Realization.of(d("15")), ScoringStrategy.comparator()).rounded())
        .contains(d("125.00"));
    assertThat(SCORER.score(exact("C", "20", Polarity.HIGHER_IS_BETTER), Realization.of(d("15")), ScoringStrategy.comparator()).rounded())
        .contains(d("75.00"));
  }

  @Test
  void strictAndNonStrictComparatorsScoreAlike() {
    Indicator less = Indicator.of("C", "c", MeasureUnit.percent(), Target.lessThan(d("20")));
    Indicator atMost = Indicator.of("C", "c", MeasureUnit.percent(), Target.atMost(d("20")));
    // (2 − 20/20) × 100 = 100 for both: the strictness decides "met", not the capaian
    assertThat(score(less, "20").raw()).contains(Rational.HUNDRED);
    assertThat(score(atMost, "20").raw()).contains(Rational.HUNDRED);
  }

  // ---------------------------------------------------------------- defaults and policy overrides

  @Test
  void defaultStrategyPerTargetKindAndPolarity() {
    assertThat(ScoringStrategy.defaultFor(exact("E", "10", Polarity.HIGHER_IS_BETTER))).isSameAs(ScoringStrategy.ratio());
    assertThat(ScoringStrategy.defaultFor(exact("E", "10", Polarity.LOWER_IS_BETTER))).isSameAs(ScoringStrategy.inverse());
    assertThat(ScoringStrategy.defaultFor(exact("E", "10", Polarity.CLOSER_IS_BETTER))).isSameAs(ScoringStrategy.closeness());
    for (Polarity p : List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.CLOSER_IS_BETTER)) {
      assertThat(ScoringStrategy.defaultFor(range("1", "2", p))).isSameAs(ScoringStrategy.range());
    }
    assertThat(ScoringStrategy.defaultFor(Indicator.of("C", "c", MeasureUnit.percent(), Target.lessThan(d("5")))))
        .isSameAs(ScoringStrategy.comparator());
    assertThat(ScoringStrategy.defaultFor(Indicator.of("C", "c", MeasureUnit.percent(), Target.atLeast(d("5")))))
        .isSameAs(ScoringStrategy.comparator());
    Indicator opini = Indicator.of("O", "opini", MeasureUnit.other("opini"), Target.category("WTP", OrdinalScale.auditOpinion()));
    assertThat(ScoringStrategy.defaultFor(opini)).isSameAs(ScoringStrategy.categorical());
    assertThat(List.of(ScoringStrategy.ratio(), ScoringStrategy.inverse(), ScoringStrategy.inverseRatio(), ScoringStrategy.range(),
            ScoringStrategy.comparator(), ScoringStrategy.closeness(), ScoringStrategy.categorical(),
            ScoringStrategy.reductionFromBaseline(), ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of())))
        .stream().map(ScoringStrategy::name))
        .containsExactly("ratio", "inverse", "inverseRatio", "range", "comparator", "closeness", "categorical",
            "reductionFromBaseline", "daysBased");
  }

  @Test
  void closerIsBetterScoresByClosenessByDefault() {
    // (1 − |1 − 95/100|) × 100 = 95; (1 − |1 − 105/100|) × 100 = 95
    Indicator ind = exact("K", "100", Polarity.CLOSER_IS_BETTER);
    assertThat(score(ind, "95").rounded()).contains(d("95.00"));
    assertThat(score(ind, "105").rounded()).contains(d("95.00"));
    assertThat(score(ind, "105").strategy()).isEqualTo("closeness");
  }

  @Test
  void policyStrategiesOverrideByCode() {
    ScoringPolicy policy = ScoringPolicy.builder().putStrategies("X", ScoringStrategy.inverseRatio()).build();
    Scorer scorer = Scorer.of(policy);
    Indicator x = exact("X", "20", Polarity.LOWER_IS_BETTER);
    Indicator y = exact("Y", "20", Polarity.LOWER_IS_BETTER);
    assertThat(scorer.strategyFor(x)).isSameAs(ScoringStrategy.inverseRatio());
    assertThat(scorer.strategyFor(y)).isSameAs(ScoringStrategy.inverse());
    // 20 / 15 × 100 = 133.33…; the standard (2 − 15/20) × 100 = 125
    Achievement ax = scorer.score(x, Realization.of(d("15")));
    assertThat(ax.strategy()).isEqualTo("inverseRatio");
    assertThat(ax.rounded()).contains(d("133.33"));
    assertThat(scorer.score(y, Realization.of(d("15"))).rounded()).contains(d("125.00"));
    // an explicit strategy wins over the policy's: 15 / 20 × 100 = 75
    assertThat(scorer.score(x, Realization.of(d("15")), ScoringStrategy.ratio()).rounded()).contains(d("75.00"));
  }

  // ---------------------------------------------------------------- days-based

  @Test
  void caseRejectsCompletedBeforeReceived() {
    LocalDate received = LocalDate.of(2023, 8, 14);
    assertThatThrownBy(() -> DaysBasedStrategy.Case.of(received, received.minusDays(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("case.completed").hasMessageContaining("2023-08-13").hasMessageContaining("2023-08-14")
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("case.completed"));
  }

  @Test
  void aCaseClosedTheDayItArrivedTookZeroDays() {
    DaysBasedStrategy s = ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of()));
    LocalDate day = LocalDate.of(2023, 8, 14);
    Realization r = s.realization(List.of(DaysBasedStrategy.Case.of(day, day)));
    assertThat(r.value()).contains(Rational.ZERO);
    Indicator ind = Indicator.of("D", "waktu", MeasureUnit.workingDays(), Target.atMost(d("10")));
    // (2 − 0/10) × 100 = 200
    assertThat(SCORER.score(ind, r, s).rounded()).contains(d("200.00"));
    assertThatThrownBy(() -> s.realization(List.of())).isInstanceOf(InvalidValueException.class).hasMessageContaining("cases");
  }

  @Test
  void daysBasedMeanKeepsItsFraction() {
    // Mon 14 Aug 2023: → Tue 15 (1 day), → Wed 16 (2 days); mean 3/2 = 1.5; (2 − 1.5/10) × 100 = 185
    DaysBasedStrategy s = ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of()));
    LocalDate mon = LocalDate.of(2023, 8, 14);
    Realization r = s.realization(List.of(DaysBasedStrategy.Case.of(mon, mon.plusDays(1)), DaysBasedStrategy.Case.of(mon, mon.plusDays(2))));
    assertThat(r.value()).contains(Rational.parse("3/2"));
    Indicator ind = Indicator.of("D", "waktu", MeasureUnit.workingDays(), Target.atMost(d("10")));
    assertThat(SCORER.score(ind, r, s).raw()).contains(Rational.of(185));
    // three cases of 1, 1 and 2 days: mean 4/3, (2 − (4/3)/10) × 100 = 186.666…
    Realization third = s.realization(List.of(DaysBasedStrategy.Case.of(mon, mon.plusDays(1)),
        DaysBasedStrategy.Case.of(mon, mon.plusDays(1)), DaysBasedStrategy.Case.of(mon, mon.plusDays(2))));
    assertThat(SCORER.score(ind, third, s).rounded()).contains(d("186.67"));
  }

  @Test
  void negativeDurationsAndInverseRatioRealisasiAreRejected() {
    Indicator growth = Indicator.builder().code("N").name("selisih").unit(MeasureUnit.days().allowingNegative())
        .target(Target.exact(d("10"))).polarity(Polarity.LOWER_IS_BETTER).build();
    assertThatThrownBy(() -> SCORER.score(growth, Realization.of(d("-1")), ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of()))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("realisasi").hasMessageContaining("-1");
    assertThatThrownBy(() -> SCORER.score(growth, Realization.of(d("-1")), ScoringStrategy.inverseRatio()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("inverseRatio").hasMessageContaining("-1");
    // the standard inverse formula has no trouble with it: (2 − (−1)/10) × 100 = 210
    assertThat(SCORER.score(growth, Realization.of(d("-1"))).raw()).contains(Rational.of(210));
  }

  @Test
  void daysBasedStrategiesAreEqualByCalendar() {
    LocalDate h = LocalDate.of(2023, 8, 17);
    assertThat(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of(h, h))))
        .isEqualTo(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of(h))))
        .hasSameHashCodeAs(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of(h))));
    assertThat(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of(h))))
        .isNotEqualTo(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of())));
    assertThat(ScoringStrategy.daysBased(WorkingDayCalendar.of(EnumSet.of(DayOfWeek.FRIDAY), List.of())))
        .isNotEqualTo(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of())));
  }

  // ---------------------------------------------------------------- calendar

  @Test
  void calendarRejectsASevenDayWeekend() {
    assertThatThrownBy(() -> WorkingDayCalendar.of(EnumSet.allOf(DayOfWeek.class), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("calendar.weekend"));
  }

  @Test
  void calendarWithSixDayWeekendOrNoWeekend() {
    LocalDate mon = LocalDate.of(2023, 8, 14);
    WorkingDayCalendar fridaysOnly = WorkingDayCalendar.of(EnumSet.complementOf(EnumSet.of(DayOfWeek.FRIDAY)), List.of());
    // Tue 15 … Mon 21: only Fri 18 works
    assertThat(fridaysOnly.workingDaysBetween(mon, mon.plusDays(7))).isEqualTo(1);
    WorkingDayCalendar everyDay = WorkingDayCalendar.of(EnumSet.noneOf(DayOfWeek.class), List.of(LocalDate.of(2023, 8, 17)));
    // Tue 15 … Mon 21 less Thu 17 = 6
    assertThat(everyDay.workingDaysBetween(mon, mon.plusDays(7))).isEqualTo(6);
    assertThat(everyDay.weekend()).isEmpty();
  }

  @Test
  void holidaysOnWeekendsAndDuplicatesAreHarmless() {
    LocalDate mon = LocalDate.of(2023, 8, 14);
    LocalDate sat = LocalDate.of(2023, 8, 19);
    WorkingDayCalendar plain = WorkingDayCalendar.of(List.of());
    WorkingDayCalendar withSat = WorkingDayCalendar.of(List.of(sat, sat));
    assertThat(withSat.workingDaysBetween(mon, mon.plusDays(14))).isEqualTo(plain.workingDaysBetween(mon, mon.plusDays(14))).isEqualTo(10);
    assertThat(withSat.holidays()).containsExactly(sat);
    // the day of receipt is counted only by the inclusive count: Mon 14 … Fri 18 = 5
    assertThat(plain.workingDaysInclusive(mon, mon.plusDays(4))).isEqualTo(5);
    assertThat(plain.workingDaysBetween(mon, mon.plusDays(4))).isEqualTo(4);
  }

  // ---------------------------------------------------------------- closeness, reduction

  @Test
  void closenessFarFromTargetIsFlooredAndZeroIsAFormulaValue() {
    Indicator ind = exact("K", "100", Polarity.CLOSER_IS_BETTER);
    // (1 − |1 − 250/100|) × 100 = −50 → floor 0, raw kept
    Achievement far = score(ind, "250");
    assertThat(far.raw()).contains(Rational.of(-50));
    assertThat(far.value()).contains(Rational.ZERO);
    assertThat(far.has(Achievement.Flag.FLOORED)).isTrue();
    // (1 − |1 − 0/100|) × 100 = 0 by the formula: not floored, not by rule
    Achievement none = score(ind, "0");
    assertThat(none.raw()).contains(Rational.ZERO);
    assertThat(none.flags()).isEmpty();
  }

  @Test
  void reductionWithBaselineEqualToTargetIsUndefined() {
    Indicator ind = Indicator.builder().from(exact("P", "14", Polarity.LOWER_IS_BETTER)).baseline(d("14")).build();
    Achievement a = SCORER.score(ind, Realization.of(d("10")), ScoringStrategy.reductionFromBaseline());
    assertThat(a.status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(a.reason()).hasValueSatisfying(r -> assertThat(r).contains("baseline"));
    assertThat(a.explain(ID)).isEqualTo("baseline sama dengan target 14: capaian tidak terdefinisi");
  }

  @Test
  void reductionExplainsItself() {
    Indicator ind = Indicator.builder().from(exact("P", "14", Polarity.LOWER_IS_BETTER)).baseline(d("24")).build();
    // (24 − 19) / (24 − 14) × 100 = 50
    assertThat(SCORER.score(ind, Realization.of(d("19")), ScoringStrategy.reductionFromBaseline()).explain(Locale.ENGLISH))
        .isEqualTo("(24 − 19) / (24 − 14) × 100% = 50.00%");
    // a target of 0 is an ordinary reduction target ("turunkan menjadi 0"): (24 − 6) / (24 − 0) × 100 = 75
    Indicator toZero = Indicator.builder().from(exact("P", "0", Polarity.LOWER_IS_BETTER)).baseline(d("24")).build();
    Achievement z = SCORER.score(toZero, Realization.of(d("6")), ScoringStrategy.reductionFromBaseline());
    assertThat(z.raw()).contains(Rational.of(75));
    assertThat(z.has(Achievement.Flag.BY_RULE)).isFalse();
  }

  @Test
  void reductionStrategiesWithEqualBaselinesAreEqual() {
    // strategies are compared by name and parameters: 10 and 10.0 are the same baseline
    assertThat(ScoringStrategy.reductionFromBaseline(d("10.0")))
        .isEqualTo(ScoringStrategy.reductionFromBaseline(d("10")))
        .hasSameHashCodeAs(ScoringStrategy.reductionFromBaseline(d("10")));
    assertThat(ScoringStrategy.reductionFromBaseline(d("10"))).isNotEqualTo(ScoringStrategy.reductionFromBaseline(d("11")));
    assertThat(ScoringStrategy.reductionFromBaseline(d("10"))).isNotEqualTo(ScoringStrategy.reductionFromBaseline());
  }

  // ---------------------------------------------------------------- limits and rules

  @Test
  void indicatorFloorOverridesTheReportFloorButNotTheReportCap() {
    Indicator ind = Indicator.builder().from(exact("F", "100", Polarity.HIGHER_IS_BETTER)).capRule(CapRule.floor(d("50"))).build();
    Scorer capped = Scorer.of(ScoringPolicy.defaults().withCap(d("120")));
    Achievement low = capped.score(ind, Realization.of(d("30")));
    assertThat(low.value()).contains(Rational.of(50));
    assertThat(low.raw()).contains(Rational.of(30));
    assertThat(low.flags()).containsExactly(Achievement.Flag.FLOORED);
    Achievement high = capped.score(ind, Realization.of(d("200")));
    assertThat(high.value()).contains(Rational.of(120));
    assertThat(high.flags()).containsExactly(Achievement.Flag.CAPPED);
  }

  @Test
  void withCapKeepsTheFloorAndReplacesAnEarlierCap() {
    assertThat(ScoringPolicy.defaults().withCap(d("120")).limits()).isEqualTo(CapRule.between(d("0"), d("120")));
    assertThat(ScoringPolicy.defaults().withCap(d("120")).withCap(d("110")).limits().maximum()).contains(d("110"));
    ScoringPolicy noFloor = ScoringPolicy.builder().limits(CapRule.none()).build().withCap(d("120"));
    assertThat(noFloor.limits()).isEqualTo(CapRule.maximum(d("120")));
    // without a floor a negative raw capaian is kept as it is: (2 − 50/20) × 100 = −50
    assertThat(Scorer.of(noFloor).score(exact("L", "20", Polarity.LOWER_IS_BETTER), Realization.of(d("50"))).value())
        .contains(Rational.of(-50));
    assertThatThrownBy(() -> ScoringPolicy.defaults().withCap(d("0"))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ScoringPolicy.builder().limits(CapRule.floor(d("130"))).build().withCap(d("120")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cap.floor");
  }

  @Test
  void capAppliesToARuleValueToo() {
    // the zero-target rule mapped to 150 (a unit's choice) is still capped at 120, raw kept
    ScoringPolicy p = ScoringPolicy.builder().zeroTarget(ZeroTargetRule.of(Optional.of(d("150")), Optional.empty())).build().withCap(d("120"));
    Achievement a = Scorer.of(p).score(exact("Z", "0", Polarity.HIGHER_IS_BETTER), Realization.of(d("0")));
    assertThat(a.raw()).contains(Rational.of(150));
    assertThat(a.value()).contains(Rational.of(120));
    assertThat(a.flags()).containsExactlyInAnyOrder(Achievement.Flag.BY_RULE, Achievement.Flag.CAPPED);
  }

  @Test
  void zeroTargetRuleRejectsNegativeValues() {
    assertThatThrownBy(() -> ZeroTargetRule.of(Optional.of(d("-1")), Optional.empty()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("zeroTarget.whenBothZero").hasMessageContaining("-1");
    assertThatThrownBy(() -> ZeroTargetRule.of(Optional.empty(), Optional.of(d("-0.01"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("zeroTarget.whenRealizationNonZero");
  }

  @Test
  void undefinedOutcomesExplainThemselvesInBothLanguages() {
    Achievement zero = score(exact("Z", "0", Polarity.HIGHER_IS_BETTER), "5");
    assertThat(zero.explain(ID)).isEqualTo("target 0 dan realisasi 5: capaian tidak terdefinisi");
    assertThat(zero.explain(Locale.ENGLISH)).isEqualTo("target 0 and realisation 5: achievement undefined");
    Achievement inv = SCORER.score(exact("I", "20", Polarity.LOWER_IS_BETTER), Realization.of(d("0")), ScoringStrategy.inverseRatio());
    assertThat(inv.explain(ID)).isEqualTo("realisasi 0: target / realisasi tidak terdefinisi");
    assertThat(inv.reason()).hasValueSatisfying(r -> assertThat(r).contains("realisation is 0"));
    Achievement rule = score(exact("Z", "0", Polarity.HIGHER_IS_BETTER), "0");
    assertThat(rule.explain(ID)).isEqualTo("target 0 dan realisasi 0 (aturan target nol) = 100,00%");
  }

  @Test
  void aCustomStrategyCanReturnARuleValue() {
    ScoringStrategy fixed = new ScoringStrategy() {
      @Override
      public String name() {
        return "tetap";
      }

      @Override
      public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
        return Evaluation.byRule(Rational.of(77), (l, n) -> "aturan");
      }
    };
    Achievement a = SCORER.score(exact("T", "10", Polarity.HIGHER_IS_BETTER), Realization.of(d("3")), fixed);
    assertThat(a.strategy()).isEqualTo("tetap");
    assertThat(a.raw()).contains(Rational.of(77));
    assertThat(a.flags()).containsExactly(Achievement.Flag.BY_RULE);
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("aturan = 77.00%");
  }
}
