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
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Explanations, descriptions and boundaries of single-indicator scoring that the other example
 * tests leave open. Every figure is worked by hand in the comment or the test name.
 */
class ScoringCornersTest {
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Scorer SCORER = Scorer.defaults();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator exact(String target) {
    return Indicator.builder().code("X").name("indikator").unit(MeasureUnit.percent()).target(Target.exact(d(target)))
        .build();
  }

  private static Indicator withTarget(Target target) {
    return Indicator.builder().code("X").name("indikator").unit(MeasureUnit.other("opini")).target(target).build();
  }

  /** inverseRatio: t / r × 100 = 20 / 25 × 100 = 80. */
  @Test
  void inverseRatioExplains() {
    Achievement a = SCORER.score(exact("20"), Realization.of(d("25")), ScoringStrategy.inverseRatio());
    assertThat(a.rounded()).contains(d("80.00"));
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("20 / 25 × 100% = 80.00%");
  }

  /** closeness: (1 − |1 − 90 / 100|) × 100 = 90. */
  @Test
  void closenessExplains() {
    Achievement a = SCORER.score(exact("100"), Realization.of(d("90")), ScoringStrategy.closeness());
    assertThat(a.rounded()).contains(d("90.00"));
    assertThat(a.explain(ID)).isEqualTo("(1 − |1 − 90 / 100|) × 100% = 90,00%");
  }

  @Test
  void categoricalExplainsInBothLanguages() {
    Indicator opini = withTarget(Target.category("WTP", OrdinalScale.auditOpinion()));
    Achievement met = SCORER.score(opini, Realization.ofCategory("WTP"));
    assertThat(met.explain(ID)).isEqualTo("WTP ≥ WTP: tercapai");
    assertThat(met.explain(Locale.ENGLISH)).isEqualTo("WTP ≥ WTP: achieved");
    assertThat(met).hasToString("X: met");
    Achievement notMet = SCORER.score(opini, Realization.ofCategory("TW"));
    assertThat(notMet.explain(Locale.ENGLISH)).isEqualTo("TW < WTP: not achieved");
    assertThat(notMet).hasToString("X: not met");
  }

  @Test
  void zeroTargetRuleExplainsInBothLanguages() {
    Scorer byRule = Scorer.of(ScoringPolicy.builder()
        .zeroTarget(ZeroTargetRule.of(Optional.empty(), Optional.of(d("100")))).build());
    Achievement five = byRule.score(exact("0"), Realization.of(d("5")));
    assertThat(five.explain(ID)).isEqualTo("target 0 dan realisasi 5 (aturan target nol) = 100,00%");
    assertThat(five.explain(Locale.ENGLISH)).isEqualTo("target 0 and realisation 5 (zero-target rule) = 100.00%");
    Achievement both = byRule.score(exact("0"), Realization.of(d("0")));
    assertThat(both.isComputed()).isFalse();
    assertThat(both.explain(ID)).isEqualTo("target 0 dan realisasi 0: capaian tidak terdefinisi");
    assertThat(both.explain(Locale.ENGLISH)).isEqualTo("target 0 and realisation 0: achievement undefined");
    assertThat(both).hasToString("X: UNDEFINED");
    assertThat(ZeroTargetRule.of(Optional.empty(), Optional.of(d("100"))))
        .hasToString("ZeroTargetRule{bothZero=undefined, targetZeroOnly=100}");
  }

  @Test
  void strategiesNameTheKindOfTargetTheyCannotScore() {
    Realization r = Realization.of(d("5"));
    assertThatThrownBy(() -> SCORER.score(exact("80"), r, ScoringStrategy.categorical()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("strategy categorical cannot score a exact target");
    assertThatThrownBy(() -> SCORER.score(withTarget(Target.comparator(Relation.AT_LEAST, d("80"))), r,
        ScoringStrategy.categorical()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot score a comparator target");
    assertThatThrownBy(() -> SCORER.score(withTarget(Target.range(d("80"), d("90"))), r, ScoringStrategy.closeness()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot score a range target");
    assertThatThrownBy(() -> SCORER.score(withTarget(Target.category("WTP", OrdinalScale.auditOpinion())), r,
        ScoringStrategy.closeness()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot score a categorical target");
  }

  @Test
  void reductionStrategiesAreValues() {
    ScoringStrategy forty = ScoringStrategy.reductionFromBaseline(d("40"));
    assertThat(forty).hasToString("reductionFromBaseline(40)");
    assertThat(ScoringStrategy.reductionFromBaseline()).hasToString("reductionFromBaseline");
    assertThat(forty).isEqualTo(ScoringStrategy.reductionFromBaseline(d("40")));
    assertThat(forty.hashCode()).isEqualTo(ScoringStrategy.reductionFromBaseline(d("40")).hashCode());
    assertThat(forty).isNotEqualTo(ScoringStrategy.reductionFromBaseline(d("41")));
    assertThat(forty.hashCode()).isNotEqualTo(ScoringStrategy.reductionFromBaseline(d("41")).hashCode());
    assertThat(forty).isNotEqualTo(ScoringStrategy.reductionFromBaseline());
  }

  @Test
  void daysBasedStrategyIsAValueOfItsCalendar() {
    WorkingDayCalendar cal = WorkingDayCalendar.of(List.of(LocalDate.of(2023, 8, 17)));
    DaysBasedStrategy s = ScoringStrategy.daysBased(cal);
    assertThat(s.calendar()).isEqualTo(cal);
    assertThat(s).hasToString("daysBased");
    assertThat(s).isEqualTo(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of(LocalDate.of(2023, 8, 17)))));
    assertThat(s.hashCode())
        .isEqualTo(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of(LocalDate.of(2023, 8, 17)))).hashCode())
        .isNotEqualTo(ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of(LocalDate.of(2023, 12, 25)))).hashCode());
  }

  /** Inputs with up to 6 decimals are shown as given; with more, at the rounding scale. */
  @Test
  void explanationsShowInputsExactlyUpToSixDecimals() {
    assertThat(SCORER.score(exact("100"), Realization.of(d("95.123456"))).explain(Locale.ENGLISH))
        .isEqualTo("95.123456 / 100 × 100% = 95.12%");
    assertThat(SCORER.score(exact("100"), Realization.of(d("95.1234567"))).explain(Locale.ENGLISH))
        .isEqualTo("95.12 / 100 × 100% = 95.12%");
  }

  @Test
  void describesEveryStatus() {
    Achievement computed = SCORER.score(exact("80"), Realization.of(d("96")));
    // 96 / 80 × 100 = 120
    assertThat(computed).hasToString("X: 120.00");
    assertThat(computed.isComputed()).isTrue();
    Achievement capped = Scorer.of(ScoringPolicy.defaults().withCap(d("110"))).score(exact("80"), Realization.of(d("96")));
    assertThat(capped).hasToString("X: 110.00 [CAPPED]");
    Achievement missing = SCORER.score(exact("80"), Realization.notAvailable());
    assertThat(missing.isComputed()).isFalse();
    assertThat(missing).hasToString("X: NOT_AVAILABLE");
  }

  /** A floor equal to the cap is allowed: every value becomes that number. 50 / 100 → 100. */
  @Test
  void floorMayEqualTheCap() {
    Indicator capped = Indicator.builder().code("X").name("indikator").unit(MeasureUnit.percent())
        .target(Target.exact(d("100"))).capRule(CapRule.maximum(d("100"))).polarity(Polarity.HIGHER_IS_BETTER).build();
    Scorer floored = Scorer.of(ScoringPolicy.builder().limits(CapRule.floor(d("100"))).build());
    Achievement a = floored.score(capped, Realization.of(d("50")));
    assertThat(a.rounded()).contains(d("100.00"));
    assertThat(a.has(Achievement.Flag.FLOORED)).isTrue();
    assertThat(floored.policy().limits()).isEqualTo(CapRule.floor(d("100")));
  }
}
