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
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Scorer SCORER = Scorer.defaults();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator higher(String target) {
    return Indicator.of("X", "indikator", MeasureUnit.percent(), Target.exact(d(target)));
  }

  private static Indicator lower(String target) {
    return Indicator.builder().code("L").name("waktu").unit(MeasureUnit.days())
        .target(Target.exact(d(target))).polarity(Polarity.LOWER_IS_BETTER).build();
  }

  private static BigDecimal score(Indicator ind, String realisasi) {
    return SCORER.score(ind, Realization.of(d(realisasi))).rounded().orElseThrow();
  }

  /** DOMAIN.md §12: every indicator of Biro Perencanaan 2023, higher is better, 2 decimals half-up. */
  @ParameterizedTest(name = "{0}: {2} / {1} → {3}")
  @CsvSource({
    "1.1, 69, 69.31, 100.45",
    "1.2, 81, 88.83, 109.67",
    "1.3, 70, 96.64, 138.06",
    "1.4, 94, 95.50, 101.60",
    "1.5, 3, 3, 100.00",
    "2.1, 100, 100, 100.00",
    "2.2, 100, 100, 100.00",
    "3.1, 80, 95.83, 119.79",
    "4.1, 90, 90.09, 100.10",
    "4.2, 83, 82.96, 99.95",
    "4.3, 90, 91.76, 101.96",
  })
  void reproducesBiroPerencanaan2023(String code, String target, String realisasi, String capaian) {
    assertThat(score(higher(target), realisasi)).isEqualByComparingTo(capaian);
    assertThat(score(higher(target), realisasi).scale()).isEqualTo(2);
  }

  @Test
  void floatTrapsRoundHalfUpExactly() {
    // 40.594 / 40 × 100 = 101.485 exactly; doubles give 101.48
    assertThat(score(higher("40"), "40.594")).isEqualByComparingTo("101.49");
    Achievement a = SCORER.score(higher("40"), Realization.of(d("40.594")));
    assertThat(a.raw()).contains(Rational.parse("101.485"));
  }

  @Test
  void lowerIsBetterUsesTheStandardFormula() {
    // (2 − 15/20) × 100 = 125
    assertThat(score(lower("20"), "15")).isEqualByComparingTo("125.00");
    assertThat(SCORER.score(lower("20"), Realization.of(d("15"))).strategy()).isEqualTo("inverse");
  }

  @Test
  void inverseRatioIsOptInAndDiffers() {
    Achievement a = SCORER.score(lower("20"), Realization.of(d("15")), ScoringStrategy.inverseRatio());
    // 20 / 15 × 100 = 133.333…
    assertThat(a.rounded()).contains(d("133.33"));
  }

  @Test
  void inverseRatioWithZeroRealisationIsUndefined() {
    Achievement a = SCORER.score(lower("20"), Realization.of(d("0")), ScoringStrategy.inverseRatio());
    assertThat(a.status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(a.value()).isEmpty();
  }

  @Test
  void daysBasedFromADuration() {
    Indicator ind = Indicator.builder().code("D").name("rata-rata waktu penyelesaian").unit(MeasureUnit.workingDays())
        .target(Target.atMost(d("10"))).build();
    // (2 − 4/10) × 100 = 160
    Achievement a = SCORER.score(ind, Realization.of(d("4")), ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of())));
    assertThat(a.rounded()).contains(d("160.00"));
  }

  @Test
  void daysBasedFromDatesSkipsWeekendsAndHolidays() {
    // 2023-08-14 is a Monday; 2023-08-17 (Thursday) a holiday.
    WorkingDayCalendar cal = WorkingDayCalendar.of(List.of(LocalDate.of(2023, 8, 17)));
    DaysBasedStrategy s = ScoringStrategy.daysBased(cal);
    // Mon 14 → Mon 21: Tue15 Wed16 (Thu17 holiday) Fri18 (Sat, Sun) Mon21 = 4 working days
    // Mon 14 → Wed 16: Tue15 Wed16 = 2 working days; mean (4 + 2) / 2 = 3
    Realization r = s.realization(List.of(
        DaysBasedStrategy.Case.of(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 8, 21)),
        DaysBasedStrategy.Case.of(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 8, 16))));
    assertThat(r.value()).contains(Rational.of(3));
    Indicator ind = Indicator.builder().code("D").name("waktu").unit(MeasureUnit.workingDays())
        .target(Target.atMost(d("10"))).build();
    // (2 − 3/10) × 100 = 170
    assertThat(SCORER.score(ind, r, s).rounded()).contains(d("170.00"));
  }

  @ParameterizedTest(name = "range 80–90, realisasi {0} → {1}")
  @CsvSource({"92, 102.22", "70, 87.50", "85, 100.00", "80, 100.00", "90, 100.00"})
  void rangeTargetsHigherIsBetter(String realisasi, String capaian) {
    Indicator ind = Indicator.of("R", "range", MeasureUnit.percent(), Target.range(d("80"), d("90")));
    assertThat(score(ind, realisasi)).isEqualByComparingTo(capaian);
  }

  @ParameterizedTest(name = "time range 7–8 months, lower is better, realisasi {0} → {1}")
  @CsvSource({"6.5, 107.14", "9, 87.50", "7.5, 100.00"})
  void rangeTargetsLowerIsBetter(String realisasi, String capaian) {
    Indicator ind = Indicator.builder().code("T").name("waktu").unit(MeasureUnit.months())
        .target(Target.range(d("7"), d("8"))).polarity(Polarity.LOWER_IS_BETTER).build();
    assertThat(score(ind, realisasi)).isEqualByComparingTo(capaian);
  }

  @Test
  void comparatorTargetsTakeTheirDirection() {
    Indicator less = Indicator.of("C1", "berita negatif", MeasureUnit.percent(), Target.lessThan(d("20")));
    assertThat(less.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    // (2 − 15/20) × 100 = 125
    assertThat(score(less, "15")).isEqualByComparingTo("125.00");
    Indicator atLeast = Indicator.of("C2", "kepuasan", MeasureUnit.index(), Target.atLeast(d("95")));
    // 90.25 / 95 × 100 = 95
    assertThat(score(atLeast, "90.25")).isEqualByComparingTo("95.00");
  }

  @Test
  void reductionFromBaselineAndCloseness() {
    Indicator ind = Indicator.builder().code("P").name("prevalensi").unit(MeasureUnit.percent())
        .target(Target.exact(d("14"))).polarity(Polarity.LOWER_IS_BETTER).baseline(d("24")).build();
    // (24 − 19) / (24 − 14) × 100 = 50
    assertThat(SCORER.score(ind, Realization.of(d("19")), ScoringStrategy.reductionFromBaseline()).rounded()).contains(d("50.00"));
    assertThat(SCORER.score(ind, Realization.of(d("19")), ScoringStrategy.reductionFromBaseline(d("34"))).rounded())
        // (34 − 19) / (34 − 14) × 100 = 75
        .contains(d("75.00"));
    // (1 − |1 − 110/100|) × 100 = 90; (1 − |1 − 90/100|) × 100 = 90
    assertThat(SCORER.score(higher("100"), Realization.of(d("110")), ScoringStrategy.closeness()).rounded()).contains(d("90.00"));
    assertThat(SCORER.score(higher("100"), Realization.of(d("90")), ScoringStrategy.closeness()).rounded()).contains(d("90.00"));
  }

  @Test
  void reductionNeedsABaseline() {
    assertThatThrownBy(() -> SCORER.score(higher("10"), Realization.of(d("5")), ScoringStrategy.reductionFromBaseline()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("baseline");
  }

  @Test
  void categoricalTargetsAreReachedByOrder() {
    Indicator opini = Indicator.of("O", "opini BPK", MeasureUnit.other("opini"), Target.category("WTP", OrdinalScale.auditOpinion()));
    Achievement wtp = SCORER.score(opini, Realization.ofCategory("WTP"));
    assertThat(wtp.isMet()).isTrue();
    assertThat(wtp.value()).isEmpty();
    Achievement wdp = SCORER.score(opini, Realization.ofCategory("WDP"));
    assertThat(wdp.isMet()).isFalse();
    assertThat(wdp.explain(ID)).isEqualTo("WDP < WTP: tidak tercapai");
    assertThatThrownBy(() -> SCORER.score(opini, Realization.ofCategory("XYZ")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("XYZ");
  }

  @Test
  void zeroTargetRules() {
    Achievement both = SCORER.score(higher("0"), Realization.of(d("0")));
    assertThat(both.rounded()).contains(d("100.00"));
    assertThat(both.has(Achievement.Flag.BY_RULE)).isTrue();
    Achievement only = SCORER.score(higher("0"), Realization.of(d("5")));
    assertThat(only.status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(only.reason()).hasValueSatisfying(r -> assertThat(r).contains("target is 0"));
    assertThat(only.value()).isEmpty();

    ScoringPolicy strict = ScoringPolicy.builder()
        .zeroTarget(ZeroTargetRule.of(Optional.empty(), Optional.of(d("0")))).build();
    assertThat(Scorer.of(strict).score(higher("0"), Realization.of(d("0"))).status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(Scorer.of(strict).score(higher("0"), Realization.of(d("5"))).rounded()).contains(d("0.00"));
  }

  @Test
  void notAvailableIsAStatusNotANumber() {
    Achievement a = SCORER.score(higher("10"), Realization.notAvailable("menunggu rilis BPS"));
    assertThat(a.status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
    assertThat(a.value()).isEmpty();
    assertThat(a.isMet()).isFalse();
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("realisation not available (menunggu rilis BPS)");
  }

  @Test
  void negativeLowerIsBetterCapaianIsFlooredAtZeroAndRawKept() {
    // (2 − 50/20) × 100 = −50
    Achievement a = SCORER.score(lower("20"), Realization.of(d("50")));
    assertThat(a.raw()).contains(Rational.of(-50));
    assertThat(a.value()).contains(Rational.ZERO);
    assertThat(a.has(Achievement.Flag.FLOORED)).isTrue();
  }

  @Test
  void capPerReportAndPerIndicatorKeepsTheRawValue() {
    // Kemensos 2020: 226.30% counts as 120.00%
    Scorer capped = Scorer.of(ScoringPolicy.defaults().withCap(d("120")));
    Achievement a = capped.score(higher("100"), Realization.of(d("226.30")));
    assertThat(a.rounded()).contains(d("120.00"));
    assertThat(a.roundedRaw()).contains(d("226.30"));
    assertThat(a.has(Achievement.Flag.CAPPED)).isTrue();
    assertThat(a.explain(ID)).isEqualTo("226,3 / 100 × 100% = 226,30%; dibatasi menjadi 120,00%");

    Indicator own = Indicator.builder().from(higher("100")).capRule(CapRule.maximum(d("110"))).build();
    assertThat(capped.score(own, Realization.of(d("226.30"))).rounded()).contains(d("110.00"));
    assertThat(SCORER.score(own, Realization.of(d("105"))).has(Achievement.Flag.CAPPED)).isFalse();
  }

  @Test
  void explainsInIndonesianAndEnglish() {
    Achievement a = SCORER.score(higher("80"), Realization.of(d("95.83")));
    assertThat(a.explain(ID)).isEqualTo("95,83 / 80 × 100% = 119,79%");
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("95.83 / 80 × 100% = 119.79%");
    Achievement p = SCORER.score(higher("83"), Realization.of(d("82.96")).provisional(Period.year(2022), "*"));
    assertThat(p.has(Achievement.Flag.PROVISIONAL)).isTrue();
    assertThat(p.explain(ID)).isEqualTo("82,96 / 83 × 100% = 99,95% (realisasi sementara: nilai 2022)");
    Indicator range = Indicator.of("R", "range", MeasureUnit.percent(), Target.range(d("80"), d("90")));
    assertThat(SCORER.score(range, Realization.of(d("92"))).explain(Locale.ENGLISH))
        .isEqualTo("above the range 80–90: 92 / 90 × 100% = 102.22%");
  }

  @Test
  void countsKeepTheShareExact() {
    // 23/24 × 100 = 95.8333…; / 80 × 100 = 119.7916… → 119.79 (with the printed 95.83: 119.7875 → 119.79)
    Achievement a = SCORER.score(higher("80"), Realization.ofCounts(23, 24));
    assertThat(a.raw()).contains(Rational.of(java.math.BigInteger.valueOf(2300 * 100), java.math.BigInteger.valueOf(24 * 80)));
    assertThat(a.rounded(RoundingPolicy.of(4, RoundingMode.HALF_UP))).contains(d("119.7917"));
  }

  @Test
  void badInputIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> SCORER.score(higher("10"), Realization.of(d("-3"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("realisasi").hasMessageContaining("-3");
    Indicator range = Indicator.of("R", "range", MeasureUnit.percent(), Target.range(d("80"), d("90")));
    assertThatThrownBy(() -> SCORER.score(range, Realization.of(d("85")), ScoringStrategy.ratio()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ratio").hasMessageContaining("80–90");
    Indicator growth = Indicator.of("G", "pertumbuhan", MeasureUnit.percent().allowingNegative(), Target.exact(d("-2")));
    assertThatThrownBy(() -> SCORER.score(growth, Realization.of(d("1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("target").hasMessageContaining("-2");
    assertThatThrownBy(() -> SCORER.score(higher("10"), Realization.ofCategory("WTP")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("WTP");
  }

  @Test
  void anIndicatorFloorAboveTheReportCapIsRejected() {
    Indicator own = Indicator.builder().from(higher("100")).capRule(CapRule.floor(d("130"))).build();
    assertThatThrownBy(() -> Scorer.of(ScoringPolicy.defaults().withCap(d("120"))).score(own, Realization.of(d("50"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("floor 130").hasMessageContaining("cap 120");
  }
}
