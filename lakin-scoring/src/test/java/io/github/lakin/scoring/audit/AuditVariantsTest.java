/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit under the report's own rounding, truncation at each level, means of printed figures,
 * t/r, and the variant that explains every mismatch of a report (DOMAIN §13). Every figure is
 * worked out by hand in the comment beside it.
 */
class AuditVariantsTest {
  private static final Locale EN = Locale.ENGLISH;
  private static final Locale ID = Locale.forLanguageTag("id");

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator pct(String code, String target) {
    return Indicator.of(code, "indikator " + code, MeasureUnit.percent(), Target.exact(d(target)));
  }

  /**
   * Goal G1: A target 65 realisasi 90,83 → 139,738461… (DOMAIN §13: printed 139,73 truncated,
   * 139,74 rounded); B target 3 realisasi 2 → 66,666666… (66,66 truncated, 66,67 rounded).
   */
  private static final PerformanceAgreement PK = PerformanceAgreement.builder()
      .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 2))
      .addGoals(Goal.of("G1", "sasaran 1", List.of(pct("A", "65"), pct("B", "3")))).build();
  private static final Realizations REAL = Realizations.of(Map.of("A", Realization.of("90.83"), "B", Realization.of("2")));

  private static ReportPolicy policy(RoundingMode mode, RoundingStage stage) {
    return ReportPolicy.builder().name("t").scoring(ScoringPolicy.builder().rounding(RoundingPolicy.of(2, mode)).build())
        .roundingStage(stage).build();
  }

  /**
   * As a truncating report prints it: A 139,73, B 66,66; goal and unit from the truncated members:
   * (139,73 + 66,66) / 2 = 103,195 → 103,19 (the exact mean 206,405128… / 2 = 103,202564… gives
   * 103,20 either way).
   */
  private static PrintedFigures truncatedThroughout() {
    return PrintedFigures.builder().indicator("A", d("139.73")).indicator("B", d("66.66")).goal("G1", d("103.19"))
        .overall(d("103.19")).build();
  }

  @Test
  void aReportStatingTruncationGetsNoMismatchForTruncatedFigures() {
    AuditReport r = Auditor.of(policy(RoundingMode.DOWN, RoundingStage.EACH_LEVEL)).audit(PK, REAL, truncatedThroughout());
    assertThat(r.isClean()).as(r.explain(EN)).isTrue();
    assertThat(r.findings().get(0).recomputed()).contains(d("139.73"));
    assertThat(r.explainingAll()).isEmpty();
    assertThat(r.explainingAllText(EN)).isEmpty();
  }

  @Test
  void underHalfUpTruncationExplainsEveryMismatch() {
    AuditReport r = Auditor.of(policy(RoundingMode.HALF_UP, RoundingStage.END)).audit(PK, REAL, truncatedThroughout());
    assertThat(r.mismatches()).hasSize(4);
    Finding a = r.findings().get(0);
    assertThat(a.recomputed()).contains(d("139.74"));
    // 90.825 / 65 = 139.7307… → 139.73 too: the implied realisasi is listed beside the truncation
    assertThat(a.explanations()).extracting(Explanation::variant).containsExactly(Variant.TRUNCATION, Variant.IMPLIED_REALISASI);
    Finding goal = r.findings().get(2);
    assertThat(goal.recomputed()).contains(d("103.20"));
    assertThat(goal.explanations()).extracting(Explanation::variant).contains(Variant.TRUNCATION, Variant.MEANS_OF_PRINTED);
    assertThat(goal.explain(EN)).contains("truncated at each level: members truncated before averaging, the mean truncated")
        .contains("the mean of the printed figures of its indicators (139.73, 66.66), truncated");
    assertThat(r.explainingAll()).containsExactly(Variant.TRUNCATION);
    assertThat(r.explain(ID)).contains("Satu varian menjelaskan semua ketidakcocokan: dipotong, bukan dibulatkan\n")
        .endsWith("4 angka diperiksa, 4 tidak cocok");
    assertThat(r.explain(EN)).contains("One variant explains every mismatch: truncation instead of rounding\n");
  }

  @Test
  void aReportStatingTruncationWithoutTheStageGetsTheGoalExplainedByTruncationAtEachLevel() {
    // rounding: down, stage end: A and B match (139.73, 66.66); the goal's exact mean 103.2025… truncates to 103.20
    AuditReport r = Auditor.of(policy(RoundingMode.DOWN, RoundingStage.END)).audit(PK, REAL, truncatedThroughout());
    assertThat(r.findings().get(0).matches()).isTrue();
    assertThat(r.findings().get(1).matches()).isTrue();
    assertThat(r.mismatches()).extracting(Finding::code).containsExactly("G1", "U");
    assertThat(r.mismatches().get(0).explanations()).extracting(Explanation::variant)
        .contains(Variant.TRUNCATION, Variant.ROUNDING_STAGE, Variant.MEANS_OF_PRINTED);
    assertThat(r.explainingAll()).contains(Variant.TRUNCATION, Variant.MEANS_OF_PRINTED);
  }

  @Test
  void aHalfUpFigureUnderAStatedTruncationIsExplainedByHalfUp() {
    // rounding: down; the report printed A as 139.74 (half-up of 139.7384…), truncation gives 139.73
    AuditReport r = Auditor.of(policy(RoundingMode.DOWN, RoundingStage.END))
        .audit(PK, REAL, PrintedFigures.builder().indicator("A", d("139.74")).build());
    Finding a = r.findings().get(0);
    assertThat(a.recomputed()).contains(d("139.73"));
    assertThat(a.explanations()).extracting(Explanation::variant).contains(Variant.HALF_UP);
    assertThat(a.explain(EN)).contains("rounded half-up, not truncated");
    assertThat(a.explain(ID)).contains("dibulatkan setengah ke atas, bukan dipotong");
  }

  @Test
  void aGoalPrintedAsTheMeanOfRoundedMemberFigures() {
    // members printed half-up: 139.74 and 66.67 → (139.74 + 66.67) / 2 = 103.205 → 103.21 half-up;
    // the exact mean 103.2025… gives 103.20 (rounded up: 103.21), and members rounded at each level give the same 103.21
    PrintedFigures p = PrintedFigures.builder().indicator("A", d("139.74")).indicator("B", d("66.67")).goal("G1", d("103.21")).build();
    AuditReport r = Auditor.of(policy(RoundingMode.HALF_UP, RoundingStage.END)).audit(PK, REAL, p);
    Finding goal = r.findings().get(2);
    assertThat(goal.matches()).isFalse();
    assertThat(goal.recomputed()).contains(d("103.20"));
    assertThat(goal.explanations()).extracting(Explanation::variant).contains(Variant.ROUNDING_STAGE, Variant.MEANS_OF_PRINTED);
    assertThat(goal.explain(ID)).contains("rata-rata angka tercetak indikator (139,74; 66,67)");
    assertThat(r.explainingAll()).containsExactly(Variant.ROUND_UP, Variant.ROUNDING_STAGE, Variant.MEANS_OF_PRINTED);
    assertThat(r.explain(EN)).contains("One variant explains every mismatch: always rounding up or another rounding stage"
        + " or means of the members' printed figures");
  }

  @Test
  void meansOfPrintedCarryAPrintedErrorIntoTheGoal() {
    // B printed wrongly as 76.67; the goal printed (139.74 + 76.67) / 2 = 108.205 → 108.21; only the mean of printed figures gives it
    PrintedFigures p = PrintedFigures.builder().indicator("A", d("139.74")).indicator("B", d("76.67")).goal("G1", d("108.21")).build();
    AuditReport r = Auditor.of(policy(RoundingMode.HALF_UP, RoundingStage.END)).audit(PK, REAL, p);
    assertThat(r.findings().get(2).explanations()).extracting(Explanation::variant).containsExactly(Variant.MEANS_OF_PRINTED);
    // B's own mismatch is explained only by another realisasi (2.3 / 3 = 76.666… → 76.67), so no variant explains all
    assertThat(r.findings().get(1).explanations()).extracting(Explanation::variant).containsExactly(Variant.IMPLIED_REALISASI);
    assertThat(r.explainingAll()).isEmpty();
    assertThat(r.explain(EN)).doesNotContain("explains every mismatch");
  }

  @Test
  void noVariantExplainsAllWhenOneMismatchHasNone() {
    // A truncated (139.73) but B printed 50.00 that nothing reproduces among the variants tried
    // (the implied realisasi 1.5 / 3 = 50 is found, so B is explained only by IMPLIED_REALISASI)
    PrintedFigures p = PrintedFigures.builder().indicator("A", d("139.73")).indicator("B", d("50.00")).build();
    AuditReport r = Auditor.of(policy(RoundingMode.HALF_UP, RoundingStage.END)).audit(PK, REAL, p);
    assertThat(r.mismatches()).hasSize(2);
    assertThat(r.explainingAll()).isEmpty();
    assertThat(r.explainingAllText(ID)).isEmpty();
  }

  @Test
  void inverseRatioForALowerIsBetterRate() {
    // DOMAIN §13: target 162, realisasi 186 per 100.000, lower is better.
    // t / r × 100 = 16200 / 186 = 87.0967… → 87.10; the standard (2 − 186/162) × 100 = 200 − 114.8148… = 85.1851… → 85.19
    Indicator rate = Indicator.builder().from(pct("M", "162")).unit(MeasureUnit.parse("per 100.000 KH"))
        .polarity(Polarity.LOWER_IS_BETTER).build();
    PerformanceAgreement pk = PerformanceAgreement.builder().from(PK).goals(List.of(Goal.of("G1", "s", List.of(rate)))).build();
    Realizations real = Realizations.of(Map.of("M", Realization.of("186")));
    ReportPolicy standard = policy(RoundingMode.HALF_UP, RoundingStage.END);
    Finding f = Auditor.of(standard).audit(pk, real, PrintedFigures.builder().indicator("M", d("87.10")).build()).findings().get(0);
    assertThat(f.recomputed()).contains(d("85.19"));
    assertThat(f.explanations()).extracting(Explanation::variant).contains(Variant.INVERSE_RATIO);
    ReportPolicy tr = ReportPolicy.builder().from(standard)
        .scoring(ScoringPolicy.builder().from(standard.scoring()).putStrategies("M", ScoringStrategy.inverseRatio()).build()).build();
    AuditReport clean = Auditor.of(tr).audit(pk, real, PrintedFigures.builder().indicator("M", d("87.10")).build());
    assertThat(clean.isClean()).as(clean.explain(EN)).isTrue();
  }
}
