/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.ScoringStrategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each preset on figures computed by hand from its system's formula (docs/presets.md), beside what
 * the standard rules give for the same inputs.
 */
class PresetTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator higher(String code, String target) {
    return Indicator.of(code, "indikator " + code, MeasureUnit.percent(), Target.exact(d(target)));
  }

  private static Indicator lower(String code, String target) {
    return Indicator.builder().from(higher(code, target)).polarity(Polarity.LOWER_IS_BETTER).build();
  }

  private static PerformanceAgreement pk(Indicator... indicators) {
    return PerformanceAgreement.builder().unit(OrgUnit.of("U", "unit", OrgLevel.ESELON_II)).year(2023)
        .effectiveDate(LocalDate.of(2023, 1, 2)).addGoals(Goal.of("S1", "sasaran 1", List.of(indicators))).build();
  }

  private static ReportResult score(Preset preset, PerformanceAgreement pk, Map<String, Realization> real) {
    return ReportScorer.of(preset.policy(pk)).score(pk, real);
  }

  private static BigDecimal shown(ReportResult r, String code) {
    return r.achievement(code).orElseThrow().rounded().orElseThrow();
  }

  @Test
  void wpEvalSakipScoresLowerIsBetterAsTargetOverRealisasi() {
    // target 20, realisasi 15, lower is better: wp-eval-sakip t / r × 100 = 20 / 15 × 100 = 133,333… → 133,33;
    // the standard (2 − 15/20) × 100 = 125,00. Higher: 95,83 / 80 × 100 = 119,7875 → 119,79 half-up.
    PerformanceAgreement pk = pk(lower("B", "20"), higher("A", "80"));
    Map<String, Realization> real = Map.of("B", Realization.of("15"), "A", Realization.of("95.83"));
    ReportResult wp = score(Preset.WP_EVAL_SAKIP, pk, real);
    assertThat(shown(wp, "B")).isEqualByComparingTo("133.33");
    assertThat(shown(wp, "A")).isEqualByComparingTo("119.79");
    ReportResult standard = score(Preset.STANDARD, pk, real);
    assertThat(shown(standard, "B")).isEqualByComparingTo("125.00");
    // flat mean, rounded once: (133,333… + 119,7875) / 2 = 126,5604… → 126,56
    assertThat(wp.overall().rounded()).contains(d("126.56"));
  }

  @Test
  void wpEvalSakipLeavesTheBestResultUndefinedInsteadOfPrintingZero() {
    // realisasi 0 of a negative indicator: wp-eval-sakip divides by zero and prints 0; Lakin: undefined, with a reason
    PerformanceAgreement pk = pk(lower("B", "20"));
    Achievement b = score(Preset.WP_EVAL_SAKIP, pk, Map.of("B", Realization.of("0"))).achievement("B").orElseThrow();
    assertThat(b.status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(b.rounded()).isEmpty();
  }

  @Test
  void kwanterSakipMapsAZeroTargetTo100AndAveragesRoundedFigures() {
    // kwanter/sakip: target 0 and realisasi 3 → 100 (the standard: undefined, left out of the mean);
    // 2 / 3 × 100 = 66,666… → 66,67; lower 20 / 15 × 100 = 133,333… → 133,33;
    // its mean of the stored figures: (66,67 + 133,33 + 100) / 3 = 300 / 3 = 100,00
    PerformanceAgreement pk = pk(higher("A", "3"), lower("B", "20"), higher("Z", "0"));
    Map<String, Realization> real = Map.of("A", Realization.of("2"), "B", Realization.of("15"), "Z", Realization.of("3"));
    ReportResult k = score(Preset.KWANTER_SAKIP, pk, real);
    assertThat(shown(k, "Z")).isEqualByComparingTo("100.00");
    assertThat(shown(k, "B")).isEqualByComparingTo("133.33");
    assertThat(k.goal("S1").orElseThrow().aggregate().rounded()).contains(d("100.00"));
    ReportResult standard = score(Preset.STANDARD, pk, real);
    assertThat(standard.achievement("Z").orElseThrow().status()).isEqualTo(Achievement.Status.UNDEFINED);
    // the standard: (66,666… + 125) / 2 = 95,833… → 95,83
    assertThat(standard.overall().rounded()).contains(d("95.83"));
  }

  @Test
  void kwanterSakipKeepsTargetZeroRealisasiZeroMet() {
    // kwanter/sakip prints 0 for target 0, realisasi 0 (a met target scored 0): not copied, Lakin gives 100
    PerformanceAgreement pk = pk(higher("Z", "0"));
    assertThat(shown(score(Preset.KWANTER_SAKIP, pk, Map.of("Z", Realization.of("0"))), "Z")).isEqualByComparingTo("100.00");
  }

  @Test
  void regionalTruncatedTruncatesAndAveragesThePrintedFigures() {
    // 90,83 / 65 × 100 = 139,7384… truncated 139,73 (the standard: 139,74);
    // lower 162 / 186 × 100 = 87,0967… truncated 87,09 (the standard (2 − 186/162) × 100 = 85,185… → 85,19);
    // goal = (139,73 + 87,09) / 2 = 113,41 (of the exact values: (139,7384… + 87,0967…) / 2 = 113,4176… → 113,42)
    PerformanceAgreement pk = pk(higher("A", "65"), lower("B", "162"));
    Map<String, Realization> real = Map.of("A", Realization.of("90.83"), "B", Realization.of("186"));
    ReportResult r = score(Preset.REGIONAL_TRUNCATED, pk, real);
    assertThat(shown(r, "A")).isEqualByComparingTo("139.73");
    assertThat(shown(r, "B")).isEqualByComparingTo("87.09");
    assertThat(r.goal("S1").orElseThrow().aggregate().rounded()).contains(d("113.41"));
    ReportResult standard = score(Preset.STANDARD, pk, real);
    assertThat(shown(standard, "A")).isEqualByComparingTo("139.74");
    assertThat(shown(standard, "B")).isEqualByComparingTo("85.19");
  }

  @Test
  void esakipV2IsTheStandardAndDoesNotCopyBinaryRounding() {
    // 40,594 / 40 × 100 = 101,485 exactly: esakip-v2's toFixed(2) on a double prints 101,48; Lakin 101,49 half-up
    PerformanceAgreement pk = pk(higher("A", "40"), lower("B", "20"));
    Map<String, Realization> real = Map.of("A", Realization.of("40.594"), "B", Realization.of("15"));
    ReportResult r = score(Preset.ESAKIP_V2, pk, real);
    assertThat(shown(r, "A")).isEqualByComparingTo("101.49");
    // esakip-v2 scores a lower-is-better indicator 15 / 20 × 100 = 75; not copied: (2 − 0,75) × 100 = 125
    assertThat(shown(r, "B")).isEqualByComparingTo("125.00");
  }

  @Test
  void aFormulaNamedByCodeWinsOverThePresets() {
    // an indicator with its own formula keeps it: closeness (1 − |1 − 15/20|) × 100 = 75
    PerformanceAgreement pk = pk(lower("B", "20"));
    ReportPolicy p = Preset.WP_EVAL_SAKIP.policy(pk);
    ReportPolicy own = ReportPolicy.builder().from(p).scoring(io.github.lakin.scoring.ScoringPolicy.builder().from(p.scoring())
        .putStrategies("B", ScoringStrategy.closeness()).build()).build();
    assertThat(own.scoring().withLowerIsBetterFormula(ScoringStrategy.inverseRatio(), pk).strategies().get("B").name())
        .isEqualTo(ScoringStrategy.closeness().name());
    assertThat(p.scoring().strategies().get("B").name()).isEqualTo(ScoringStrategy.inverseRatio().name());
  }

  @Test
  void namesAreFoundInAnyCaseAndAnUnknownNameListsThemAll() {
    assertThat(Preset.byId(" WP-Eval-Sakip ")).isEqualTo(Preset.WP_EVAL_SAKIP);
    assertThatThrownBy(() -> Preset.byId("simda")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no preset named 'simda'; the presets are standard, regional-truncated, wp-eval-sakip, kwanter-sakip, esakip-v2");
    for (Preset p : Preset.values()) {
      assertThat(Preset.byId(p.id())).isEqualTo(p);
      assertThat(p.source()).isNotBlank();
    }
  }
}
