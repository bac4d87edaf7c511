/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.budget.PaguBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportScorerTest {
  /**
   * SK1's derivation. At 2 decimals the members would read 100,45 + 109,67 + 138,06 + 101,60 +
   * 100,00 = 549,78, / 5 = 109,956 → 109,96, not the 109,95 of the exact mean; at 3 decimals
   * (69,31/69 = 100,449…, 88,83/81 = 109,666…, 96,64/70 = 138,057…, 95,5/94 = 101,595…, 100) they
   * give 549,769 / 5 = 109,9538 → 109,95, so the explanation shows 3.
   */
  private static final String SK1_EXPLAINED = "(100,449 + 109,667 + 138,057 + 101,596 + 100,000) / 5 = 109,95%";

  private static final Locale ID = Locale.forLanguageTag("id");
  private final GoldenReport golden = GoldenReport.load();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private ReportResult score(ReportPolicy policy) {
    return ReportScorer.of(policy).score(golden.agreement, golden.realizations);
  }

  @Test
  void reproducesEveryIndicatorOfBiroPerencanaan2023() {
    ReportResult r = score(ReportPolicy.biroPerencanaan2023());
    golden.printed.forEach((code, printed) ->
        assertThat(r.achievement(code).orElseThrow().rounded()).as(code).contains(printed));
  }

  @Test
  void reproducesGoalsUnitCountsBudgetAndEfficiency() {
    ReportResult r = score(ReportPolicy.biroPerencanaan2023());
    assertThat(r.goal("SK1").orElseThrow().aggregate().rounded()).contains(d("109.95"));
    assertThat(r.goal("SK2").orElseThrow().aggregate().rounded()).contains(d("100.00"));
    assertThat(r.goal("SK3").orElseThrow().aggregate().rounded()).contains(d("119.79"));
    assertThat(r.goal("SK4").orElseThrow().aggregate().rounded()).contains(d("100.67"));
    assertThat(r.overall().rounded()).contains(d("106.51"));
    assertThat(r.overall().members()).hasSize(11);
    assertThat(r.overall().has(Aggregate.Flag.PROVISIONAL_INCLUDED)).isTrue();
    assertThat(r.counts().met()).isEqualTo(10);
    assertThat(r.counts().total()).isEqualTo(11);
    assertThat(r.counts().below()).isEqualTo(1);
    assertThat(r.counts().equal()).isEqualTo(3);
    assertThat(r.counts().above()).isEqualTo(7);
    assertThat(r.counts().statement(ID)).isEqualTo("10 dari 11 indikator mencapai atau melampaui target");
    assertThat(r.absorption().orElseThrow().rounded()).contains(d("99.89"));
    assertThat(r.efficiency().orElseThrow().rounded()).isEqualByComparingTo("6.62");
    assertThat(r.efficiency().orElseThrow().efficient()).isTrue();
    assertThat(r.efficiency().orElseThrow().explain(ID)).isEqualTo("106,51 − 99,89 = 6,62 poin (efisien)");
    assertThat(r.absorption().orElseThrow().explain(ID)).isEqualTo("Rp9.960.052.227 / Rp9.970.949.000 × 100% = 99,89%");
  }

  /**
   * With 4.2 final instead of provisional every row can take the engine's kernel, so
   * {@code ReportScorer} decides its means there: the golden figures still hold, and each
   * aggregate's exact value (computed when read) rounds to the figure shown.
   */
  @Test
  void theColumnarRouteReproducesTheGoldenFigures() {
    Map<String, Realization> finals = new LinkedHashMap<>(golden.realizations);
    finals.put("4.2", Realization.of(d("82.96")));
    for (Indicator ind : golden.agreement.indicators()) {
      assertThat(io.github.lakin.scoring.bulk.BulkEligibility.indicator(ind, finals.get(ind.code()))).as(ind.code()).isEmpty();
    }
    ReportResult r = ReportScorer.of(ReportPolicy.biroPerencanaan2023()).score(golden.agreement, finals);
    assertThat(r.goal("SK1").orElseThrow().aggregate().rounded()).contains(d("109.95"));
    assertThat(r.goal("SK2").orElseThrow().aggregate().rounded()).contains(d("100.00"));
    assertThat(r.goal("SK3").orElseThrow().aggregate().rounded()).contains(d("119.79"));
    assertThat(r.goal("SK4").orElseThrow().aggregate().rounded()).contains(d("100.67"));
    assertThat(r.overall().rounded()).contains(d("106.51"));
    assertThat(r.overall().value().map(v -> v.round(2, java.math.RoundingMode.HALF_UP))).contains(d("106.51"));
    assertThat(r.goal("SK1").orElseThrow().aggregate().value().map(v -> v.round(2, java.math.RoundingMode.HALF_UP))).contains(d("109.95"));
    assertThat(r.overall().has(Aggregate.Flag.PROVISIONAL_INCLUDED)).isFalse();
    assertThat(r.counts().met()).isEqualTo(10);
    assertThat(r.counts().above()).isEqualTo(7);
    assertThat(r.counts().equal()).isEqualTo(3);
    assertThat(r.counts().below()).isEqualTo(1);
    assertThat(r.goal("SK1").orElseThrow().aggregate().explain(ID))
        .isEqualTo(SK1_EXPLAINED);
    ReportPolicy capped = ReportPolicy.builder().scoring(ScoringPolicy.defaults().withCap(d("120"))).build();
    assertThat(ReportScorer.of(capped).score(golden.agreement, finals).overall().rounded()).contains(d("104.86"));
  }

  @Test
  void explainsGoalMeans() {
    ReportResult r = score(ReportPolicy.biroPerencanaan2023());
    assertThat(r.goal("SK1").orElseThrow().aggregate().explain(ID))
        .isEqualTo(SK1_EXPLAINED);
    assertThat(r.goal("SK4").orElseThrow().aggregate().explain(Locale.ENGLISH))
        .isEqualTo("(100.10 + 99.95 + 101.96) / 3 = 100.67% (includes provisional values: 4.2)");
  }

  @Test
  void negativeControlsWhenOtherPoliciesAreChosen() {
    ReportPolicy goalMeans = ReportPolicy.builder().shape(AggregationShape.GOAL_MEANS).build();
    assertThat(score(goalMeans).overall().rounded()).contains(d("107.60"));
    ReportPolicy capped = ReportPolicy.biroPerencanaan2023().withCap(d("120"));
    assertThat(capped.scoring().limits()).isEqualTo(CapRule.between(BigDecimal.ZERO, d("120")));
    assertThat(capped.shape()).isEqualTo(AggregationShape.FLAT);
    // DOMAIN §12 prints 104.87 for the 120 cap. That figure is the mean of the printed (rounded)
    // indicator values: (1171.58 − 138.06 + 120) / 11 = 1153.52 / 11 = 104.8654… → 104.87.
    // Averaging the exact capaian instead gives 104.8642… → 104.86. Both are reproduced, each
    // under its explicit rounding stage.
    assertThat(score(capped).overall().rounded()).contains(d("104.86"));
    ReportPolicy cappedRoundedFirst = ReportPolicy.builder().from(capped).roundingStage(RoundingStage.EACH_LEVEL).build();
    assertThat(score(cappedRoundedFirst).overall().rounded()).contains(d("104.87"));
    // the cap changes only 1.3: raw 138.06 kept
    Achievement a13 = score(capped).achievement("1.3").orElseThrow();
    assertThat(a13.roundedRaw()).contains(d("138.06"));
    assertThat(a13.rounded()).contains(d("120.00"));
  }

  @Test
  void initialPaguOnRequest() {
    ReportResult r = ReportScorer.of(ReportPolicy.defaults()).withPaguBasis(PaguBasis.INITIAL).score(golden.agreement, golden.realizations);
    // 9,960,052,227 / 13,393,506,000 × 100 = 74.36478… → 74.36
    assertThat(r.absorption().orElseThrow().rounded()).contains(d("74.36"));
  }

  @Test
  void provisionalAndMissingRules() {
    ReportPolicy exclude = ReportPolicy.builder().provisional(ProvisionalRule.EXCLUDE).build();
    ReportResult r = score(exclude);
    assertThat(r.overall().members()).hasSize(10);
    assertThat(r.overall().excluded()).extracting(Aggregate.Exclusion::code).containsExactly("4.2");
    // SK4 without 4.2: (100.10 + 101.9555…) / 2 = 101.0277… → 101.03
    assertThat(r.goal("SK4").orElseThrow().aggregate().rounded()).contains(d("101.03"));
    assertThatThrownBy(() -> score(ReportPolicy.builder().provisional(ProvisionalRule.FAIL).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("4.2");

    Map<String, Realization> missing = new HashMap<>(golden.realizations);
    missing.put("1.3", Realization.notAvailable());
    ReportResult m = ReportScorer.of(ReportPolicy.defaults()).score(golden.agreement, missing);
    assertThat(m.overall().members()).hasSize(10);
    assertThat(m.counts().notAvailable()).isEqualTo(1);
    assertThat(m.overall().explain(ID)).contains("tidak dihitung: 1.3 (tidak tersedia)");
    assertThat(m.overall().explain(Locale.ENGLISH)).contains("excluded: 1.3 (not available)");
    assertThatThrownBy(() -> ReportScorer.of(ReportPolicy.builder().missing(MissingRule.FAIL).build()).score(golden.agreement, missing))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("1.3");
  }

  @Test
  void roundEachLevelFirst() {
    ReportPolicy each = ReportPolicy.builder().roundingStage(RoundingStage.EACH_LEVEL).build();
    ReportResult r = score(each);
    // rounded indicators: sum 1171.58 / 11 = 106.5072… → 106.51 (same as exact here)
    assertThat(r.overall().rounded()).contains(d("106.51"));
    // SK1 from rounded: (100.45 + 109.67 + 138.06 + 101.60 + 100.00) / 5 = 549.78 / 5 = 109.956 → 109.96 (exact gives 109.95)
    assertThat(r.goal("SK1").orElseThrow().aggregate().rounded()).contains(d("109.96"));
    assertThat(r.overall().has(Aggregate.Flag.MEMBERS_ROUNDED)).isTrue();
  }

  /** A synthetic report in the 2020 ministry shape, hand-computed. */
  @Test
  void kemensos2020ShapeCapsBeforeAveragingAndTakesGoalMeans() {
    PerformanceAgreement pk = PerformanceAgreement.builder()
        .unit(OrgUnit.of("KEMENSOS", "Kementerian Sosial", OrgLevel.KEMENTERIAN_LEMBAGA))
        .year(2020).effectiveDate(LocalDate.of(2020, 1, 2))
        .addGoals(Goal.of("SS1", "sasaran 1", List.of(
            ind("A", "100"), ind("B", "50"))))
        .addGoals(Goal.of("SS2", "sasaran 2", List.of(ind("C", "80"))))
        .build();
    Map<String, Realization> real = Map.of(
        "A", Realization.of("226.30"), // 226.30 → capped 120
        "B", Realization.of("40"),     // 80
        "C", Realization.of("76"));    // 95
    ReportResult r = ReportScorer.of(ReportPolicy.kemensos2020()).score(pk, real);
    assertThat(r.achievement("A").orElseThrow().rounded()).contains(d("120.00"));
    assertThat(r.achievement("A").orElseThrow().roundedRaw()).contains(d("226.30"));
    // SS1 = (120 + 80) / 2 = 100; SS2 = 95; unit = (100 + 95) / 2 = 97.50
    assertThat(r.goal("SS1").orElseThrow().aggregate().rounded()).contains(d("100.00"));
    assertThat(r.overall().rounded()).contains(d("97.50"));
    // without the cap: SS1 = (226.30 + 80) / 2 = 153.15; unit = (153.15 + 95) / 2 = 124.075 → 124.08
    assertThat(ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.GOAL_MEANS).build()).score(pk, real)
        .overall().rounded()).contains(d("124.08"));
  }

  @Test
  void weightedShapes() {
    PerformanceAgreement pk = PerformanceAgreement.builder()
        .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 2))
        .addGoals(Goal.builder().code("G1").name("g1").weight(d("3"))
            .addIndicators(Indicator.builder().from(ind("A", "100")).weight(d("1")).build())
            .addIndicators(Indicator.builder().from(ind("B", "100")).weight(d("3")).build()).build())
        .addGoals(Goal.builder().code("G2").name("g2").weight(d("1"))
            .addIndicators(Indicator.builder().from(ind("C", "100")).weight(d("4")).build()).build())
        .build();
    Map<String, Realization> real = Map.of("A", Realization.of("80"), "B", Realization.of("120"), "C", Realization.of("100"));
    // by indicator weights: (1×80 + 3×120 + 4×100) / 8 = 840 / 8 = 105; G1 = (80 + 360) / 4 = 110
    ReportResult wi = ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.WEIGHTED_INDICATORS).build()).score(pk, real);
    assertThat(wi.overall().rounded()).contains(d("105.00"));
    assertThat(wi.goal("G1").orElseThrow().aggregate().rounded()).contains(d("110.00"));
    // by goal weights: G1 = (80 + 120) / 2 = 100, G2 = 100; (3×100 + 1×100) / 4 = 100
    ReportResult wg = ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.WEIGHTED_GOALS).build()).score(pk, real);
    assertThat(wg.overall().rounded()).contains(d("100.00"));
    assertThat(wg.overall().explain(Locale.ENGLISH)).isEqualTo("(3 × 100.00 + 1 × 100.00) / (3 + 1) = 100.00%");
  }

  @Test
  void badInputFailsWithoutPartialResult() {
    Map<String, Realization> extra = new HashMap<>(golden.realizations);
    extra.put("9.9", Realization.of("1"));
    assertThatThrownBy(() -> ReportScorer.of(ReportPolicy.defaults()).score(golden.agreement, extra))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("9.9");
    assertThatThrownBy(() -> Realizations.builder().put("1.1", Realization.of("1")).put("1.1", Realization.of("2")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("1.1");
    assertThatThrownBy(() -> score(ReportPolicy.builder().shape(AggregationShape.WEIGHTED_INDICATORS).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("weight").hasMessageContaining("1.1");
    PerformanceAgreement zero = PerformanceAgreement.builder()
        .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 2))
        .addGoals(Goal.of("G", "g", List.of(Indicator.builder().from(ind("A", "10")).weight(d("0")).build())))
        .build();
    assertThatThrownBy(() -> ReportScorer.of(ReportPolicy.builder().shape(AggregationShape.WEIGHTED_INDICATORS).build())
        .score(zero, Map.of("A", Realization.of("5"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must not all be zero");
    assertThatThrownBy(() -> BudgetLine.builder().code("X").name("x").finalPagu(d("0")).realization(d("5")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("finalPagu");
  }

  private static Indicator ind(String code, String target) {
    return Indicator.of(code, "indikator " + code, MeasureUnit.percent(), Target.exact(new BigDecimal(target)));
  }
}
