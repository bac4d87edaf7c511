/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.GoldenReport;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import io.github.lakin.scoring.budget.PaguBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every variant of the auditor, each on inputs where exactly that variant (and whatever else is
 * listed) reproduces the printed figure, with the full sentence in English and Indonesian.
 *
 * <p>Small agreements (one goal "G1" of unit "U", percent indicators) keep the arithmetic short;
 * the real 2023 report ({@link GoldenReport}) is used for goals, the unit and the budget. Every
 * expected figure is worked out in the comment beside it.
 */
class AuditorDetailsTest {
  private static final Locale EN = Locale.ENGLISH;
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final ReportPolicy BIRO = ReportPolicy.biroPerencanaan2023();
  private static final GoldenReport G = GoldenReport.load();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator exact(String code, String target) {
    return Indicator.of(code, "indikator " + code, MeasureUnit.percent(), Target.exact(d(target)));
  }

  private static Indicator lowerIsBetter(String code, String target) {
    return Indicator.builder().from(exact(code, target)).polarity(Polarity.LOWER_IS_BETTER).build();
  }

  private static PerformanceAgreement oneGoal(Indicator... indicators) {
    return PerformanceAgreement.builder()
        .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 2))
        .addGoals(Goal.of("G1", "sasaran 1", List.of(indicators)))
        .build();
  }

  private static AuditReport audit(ReportPolicy policy, Indicator ind, Realization r, PrintedFigures printed) {
    Map<String, Realization> real = new LinkedHashMap<>();
    real.put(ind.code(), r);
    return Auditor.of(policy).audit(oneGoal(ind), Realizations.of(real), printed);
  }

  /** Audits one printed capaian of one indicator and returns its (only) finding. */
  private static Finding printed(ReportPolicy policy, Indicator ind, String realisasi, String printed) {
    AuditReport r = audit(policy, ind, Realization.of(realisasi), PrintedFigures.builder().indicator(ind.code(), d(printed)).build());
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }

  private static AuditReport golden(PrintedFigures printed) {
    return Auditor.of(BIRO).audit(G.agreement, Realizations.of(G.realizations), printed);
  }

  private static Finding goldenOnly(Auditor auditor, PrintedFigures printed) {
    AuditReport r = auditor.audit(G.agreement, Realizations.of(G.realizations), printed);
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }

  private static ReportPolicy cappedAt(String cap) {
    return ReportPolicy.builder().from(BIRO).scoring(ScoringPolicy.defaults().withCap(d(cap))).build();
  }

  @Nested
  class RoundingOfAnIndicator {
    @Test
    void truncationShowsTheExactValueWithFourMoreDecimals() {
      // 2 / 3 × 100 = 66.6666… → half-up 66.67; truncated 66.66. Shown at 2 + 4 = 6 decimals: 66.666667.
      // No simpler input gives 66.66: realisasi 1.9998 → 1, 3 (33.33, 100), 1.9, 2.1 (63.33, 70.00);
      // target 3.0003 → 2, 4, 2.9, 3.1 (100, 50, 68.97, 64.52); the inverse candidates are far off.
      Finding f = printed(BIRO, exact("A", "3"), "2", "66.66");
      assertThat(f.matches()).isFalse();
      assertThat(f.recomputed()).contains(d("66.67"));
      assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.TRUNCATION);
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 66.66, recomputed 66.67: mismatch; "
          + "explained by: truncated instead of rounded (66.666667…)");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 66,66, dihitung ulang 66,67: tidak cocok; "
          + "dijelaskan oleh: dipotong, bukan dibulatkan (66,666667…)");
    }

    @Test
    void roundingUp() {
      // 1 / 3 × 100 = 33.3333… → half-up 33.33, truncated 33.33, half-even 33.33, up 33.34.
      // Realisasi 1.0002 → 0, 2, 0.9, 1.1 give 0, 66.67, 30, 36.67; target 2.9994 → 2, 4, 2.9, 3.1
      // give 50, 25, 34.48, 32.26: nothing else explains 33.34.
      Finding f = printed(BIRO, exact("A", "3"), "1", "33.34");
      assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.ROUND_UP);
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 33.34, recomputed 33.33: mismatch; explained by: always rounded up");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 33,34, dihitung ulang 33,33: tidak cocok; "
          + "dijelaskan oleh: selalu dibulatkan ke atas");
    }

    @Test
    void anExactHalfPrintedDownIsBothTruncationAndHalfToEven() {
      // 200.01 / 200 × 100 = 100.005 exactly: half-up 100.01; truncated 100.00; half-even 100.00
      // (0 is even). Both variants reproduce 100.00 and both are listed (regression: HALF_EVEN was
      // only tried when truncation failed, so it could never be listed). Realisasi 200 gives 100.00
      // too; target 200.01 rounds to the target itself (200) or gives 100.51, 99.51, 100.06, 99.96.
      Finding f = printed(BIRO, exact("A", "200"), "200.01", "100.00");
      assertThat(f.explanations()).extracting(Explanation::variant)
          .containsExactly(Variant.TRUNCATION, Variant.HALF_EVEN, Variant.IMPLIED_REALISASI);
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 100.00, recomputed 100.01: mismatch; explained by: "
          + "truncated instead of rounded (100.005000…); rounded half to even; realisation 200 instead of 200.01 gives 100.00");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 100,00, dihitung ulang 100,01: tidak cocok; dijelaskan oleh: "
          + "dipotong, bukan dibulatkan (100,005000…); pembulatan ke genap; realisasi 200 alih-alih 200,01 menghasilkan 100,00");
    }
  }

  @Nested
  class CapOfAnIndicator {
    @Test
    void theCapRemovedShowsTheRawValue() {
      // cap 120: 150 / 100 × 100 = 150 → counted 120.00; printed 150.00 is the raw value. No other
      // realisasi or target can give more than the cap.
      Finding f = printed(cappedAt("120"), exact("A", "100"), "150", "150.00");
      assertThat(f.recomputed()).contains(d("120.00"));
      assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.CAP);
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 150.00, recomputed 120.00: mismatch; "
          + "explained by: no cap (raw value 150.00)");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 150,00, dihitung ulang 120,00: tidak cocok; "
          + "dijelaskan oleh: tanpa batas atas (nilai mentah 150,00)");
    }

    @Test
    void underTheCapAFigureAboveItIsUnexplained() {
      // cap 120: raw 150 is not 121.00, and every realisasi or target is capped at 120
      Finding f = printed(cappedAt("120"), exact("A", "100"), "150", "121.00");
      assertThat(f.explanations()).isEmpty();
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 121.00, recomputed 120.00: mismatch; no variant explains it");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 121,00, dihitung ulang 120,00: tidak cocok; "
          + "tidak ada varian yang menjelaskannya");
    }

    @Test
    void aCapOf120WhenThePolicyHasNone() {
      // no cap: 150 / 100 = 150.00; printed 120.00 is the cap. Also realisasi 1.2 × 100 = 120 and
      // target 150 / 1.2 = 125 give 120.00.
      Finding f = printed(BIRO, exact("A", "100"), "150", "120.00");
      assertThat(f.explanations()).extracting(Explanation::variant)
          .containsExactly(Variant.CAP, Variant.IMPLIED_REALISASI, Variant.IMPLIED_TARGET);
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 120.00, recomputed 150.00: mismatch; explained by: "
          + "a cap of 120; realisation 120 instead of 150 gives 120.00; target 125 instead of 100 gives 120.00");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 120,00, dihitung ulang 150,00: tidak cocok; dijelaskan oleh: "
          + "batas atas 120; realisasi 120 alih-alih 150 menghasilkan 120,00; target 125 alih-alih 100 menghasilkan 120,00");
    }

    @Test
    void noCapOf120WhenThePolicyHasAnotherCap() {
      // cap 150: 150 is not above it, counted 150.00; the policy has a cap, so "a cap of 120" is not
      // tried; realisasi 120 and target 125 still give 120.00
      Finding f = printed(cappedAt("150"), exact("A", "100"), "150", "120.00");
      assertThat(f.recomputed()).contains(d("150.00"));
      assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.IMPLIED_REALISASI, Variant.IMPLIED_TARGET);
    }

    @Test
    void noCapOf120BelowIt() {
      // 96 / 100 = 96.00 is below 120: the cap cannot give 120.00; realisasi 1.2 × 100 = 120 and
      // target 96 / 1.2 = 80 can
      Finding f = printed(BIRO, exact("A", "100"), "96", "120.00");
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 120.00, recomputed 96.00: mismatch; explained by: "
          + "realisation 120 instead of 96 gives 120.00; target 80 instead of 100 gives 120.00");
    }

    @Test
    void noCapOf120ForAnotherFigureAboveIt() {
      // 150.00 capped would be 120.00, not 149.00; realisasi 1.49 × 100 = 149 gives it; target
      // 150 / 1.49 = 100.67 → 101, 102, 100.7, 100.6, 100.8 give 148.51, 147.06, 148.96, 149.11, 148.81
      Finding f = printed(BIRO, exact("A", "100"), "150", "149.00");
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 149.00, recomputed 150.00: mismatch; explained by: "
          + "realisation 149 instead of 150 gives 149.00");
    }
  }

  @Nested
  class LowerIsBetter {
    @Test
    void theInverseRatio() {
      // target 20, realisasi 15: standard (2 − 15/20) × 100 = 125.00; the non-standard 20 / 15 × 100
      // = 133.33. Target 15 / (2 − 1.3333) = 22.4989 → 22.5 gives (2 − 15/22.5) × 100 = 133.33 too
      // (at 0 decimals 22, 21, 23 give 131.82, 128.57, 134.78). No realisasi does: 13, 12, 14 give
      // 135, 140, 130; 13.3, 13.2, 13.4 give 133.50, 134.00, 133.00.
      Finding f = printed(BIRO, lowerIsBetter("L", "20"), "15", "133.33");
      assertThat(f.recomputed()).contains(d("125.00"));
      assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.INVERSE_RATIO, Variant.IMPLIED_TARGET);
      assertThat(f.explain(EN)).isEqualTo("indicator L: printed 133.33, recomputed 125.00: mismatch; explained by: "
          + "the non-standard formula target / realisation × 100; target 22.5 instead of 20 gives 133.33");
      assertThat(f.explain(ID)).isEqualTo("indikator L: tercetak 133,33, dihitung ulang 125,00: tidak cocok; dijelaskan oleh: "
          + "rumus tidak baku target / realisasi × 100; target 22,5 alih-alih 20 menghasilkan 133,33");
    }

    @Test
    void impliedInputsUnderTheInverseFormula() {
      // target 20, realisasi 15 → 125.00; printed 140.00 (20 / 15 = 133.33 is not it).
      // realisasi (2 − 1.4) × 20 = 12: (2 − 12/20) × 100 = 140; target 15 / (2 − 1.4) = 25:
      // (2 − 15/25) × 100 = 140. The ratio candidates 1.4 × 20 = 28 and 15 / 1.4 = 10.71 give 60 and 63.64.
      Finding f = printed(BIRO, lowerIsBetter("L", "20"), "15", "140.00");
      assertThat(f.explain(EN)).isEqualTo("indicator L: printed 140.00, recomputed 125.00: mismatch; explained by: "
          + "realisation 12 instead of 15 gives 140.00; target 25 instead of 20 gives 140.00");
    }

    @Test
    void theInverseRatioOfARealisasiOf0IsUndefined() {
      // target 20, realisasi 0: (2 − 0) × 100 = 200.00; 20 / 0 has no value. Realisasi
      // (2 − 1.5) × 20 = 10 gives 150.00; a target never does (target 0 with realisasi 0 is 100 by rule,
      // any other 200).
      Finding f = printed(BIRO, lowerIsBetter("L", "20"), "0", "150.00");
      assertThat(f.recomputed()).contains(d("200.00"));
      assertThat(f.explain(EN)).isEqualTo("indicator L: printed 150.00, recomputed 200.00: mismatch; explained by: "
          + "realisation 10 instead of 0 gives 150.00");
    }

    @Test
    void aHigherIsBetterIndicatorIsNotTriedWithTheInverseRatio() {
      // target 96, realisasi 80 → 83.33; 96 / 80 × 100 = 120.00 would be the inverse ratio, but the
      // indicator is higher-is-better. Realisasi 1.2 × 96 = 115.2 → 115 (119.79), 114, 116 (118.75,
      // 120.83); at 1 decimal 115.2 gives 120.00. Target 80 / 1.2 = 66.67 → 67 (119.40), 66 (121.21),
      // 68 (117.65); 66.7, 66.6, 66.8 give 119.94, 120.12, 119.76; the inverse candidates are far off.
      Finding f = printed(BIRO, exact("A", "96"), "80", "120.00");
      assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.IMPLIED_REALISASI);
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 120.00, recomputed 83.33: mismatch; explained by: "
          + "realisation 115.2 instead of 80 gives 120.00");
    }
  }

  @Nested
  class ImpliedInputs {
    @Test
    void aRealisasiWithOneMoreDecimalThanTheOnePrinted() {
      // target 80, realisasi 96 → 120.00; printed 109.38. Realisasi 1.0938 × 80 = 87.504: at 0 decimals
      // 88, 87, 89 give 110, 108.75, 111.25; at 1 decimal (the realisasi's 0 + 1) 87.5 gives 109.375 → 109.38.
      // Target 96 / 1.0938 = 87.77 → 88, 87, 89, 87.8, 87.7, 87.9 give 109.09, 110.34, 107.87, 109.34,
      // 109.46, 109.22.
      Finding f = printed(BIRO, exact("A", "80"), "96", "109.38");
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 109.38, recomputed 120.00: mismatch; explained by: "
          + "realisation 87.5 instead of 96 gives 109.38");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 109,38, dihitung ulang 120,00: tidak cocok; dijelaskan oleh: "
          + "realisasi 87,5 alih-alih 96 menghasilkan 109,38");
    }

    @Test
    void aPrintedZero() {
      // target 100, realisasi 96 → 96.00; printed 0.00: realisasi 0 × 100 = 0 gives 0.00 (a candidate
      // of exactly 0 is tried). No target gives 0: only (2 − 0) = 2 is a divisor, 96 / 2 = 48 → 200.
      Finding f = printed(BIRO, exact("A", "100"), "96", "0.00");
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 0.00, recomputed 96.00: mismatch; explained by: "
          + "realisation 0 instead of 96 gives 0.00");
    }

    @Test
    void aPrinted200() {
      // target 100, realisasi 96; printed 200.00: realisasi 2 × 100 = 200 and target 96 / 2 = 48 give
      // 200.00; the inverse divisor 2 − 2 = 0 is skipped.
      Finding f = printed(BIRO, exact("A", "100"), "96", "200.00");
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 200.00, recomputed 96.00: mismatch; explained by: "
          + "realisation 200 instead of 96 gives 200.00; target 48 instead of 100 gives 200.00");
    }
  }

  @Nested
  class NoCapaian {
    @Test
    void aRealisasiNotAvailable() {
      AuditReport r = audit(BIRO, exact("A", "80"), Realization.notAvailable(),
          PrintedFigures.builder().indicator("A", d("100.00")).build());
      Finding f = r.findings().get(0);
      assertThat(f.matches()).isFalse();
      assertThat(f.recomputed()).isEmpty();
      assertThat(f.explanations()).isEmpty();
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 100.00, recomputed none: mismatch; there is no achievement to compare");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 100,00, dihitung ulang tidak ada: tidak cocok; "
          + "tidak ada capaian untuk dibandingkan");
    }

    @Test
    void anUndefinedCapaian() {
      // target 0 with realisasi 5: undefined under the default zero-target rule
      Finding f = printed(BIRO, exact("A", "0"), "5", "100.00");
      assertThat(f.recomputed()).isEmpty();
      assertThat(f.explain(EN)).endsWith("recomputed none: mismatch; there is no achievement to compare");
    }
  }

  @Nested
  class PrintedElsewhere {
    @Test
    void aRealisasiPrintedElsewhere() {
      // target 80, realisasi 96 → 120.00; printed 109.38. 87.5 / 80 = 109.375 → 109.38 (printed
      // elsewhere, and the implied realisasi); 90 / 80 = 112.50 does not give it.
      AuditReport r = audit(BIRO, exact("A", "80"), Realization.of("96"), PrintedFigures.builder().indicator("A", d("109.38"))
          .otherRealisasi("A", d("87.5")).otherRealisasi("A", d("90")).build());
      assertThat(r.findings()).hasSize(2);
      Finding f = r.findings().get(0);
      assertThat(f.explanations()).extracting(Explanation::variant)
          .containsExactly(Variant.OTHER_PRINTED_REALISASI, Variant.IMPLIED_REALISASI);
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 109.38, recomputed 120.00: mismatch; explained by: "
          + "the realisation 87.5 printed elsewhere; realisation 87.5 instead of 96 gives 109.38");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 109,38, dihitung ulang 120,00: tidak cocok; dijelaskan oleh: "
          + "realisasi 87,5 yang tercetak di bagian lain; realisasi 87,5 alih-alih 96 menghasilkan 109,38");
      Finding note = r.findings().get(1);
      assertThat(note.kind()).isEqualTo(Finding.Kind.INPUT);
      assertThat(note.matches()).isTrue();
      assertThat(note.explain(EN)).isEqualTo("input A: realisation printed as 96 here and 87.5 elsewhere; "
          + "realisation printed as 96 here and 90 elsewhere");
      assertThat(note.explain(ID)).isEqualTo("masukan A: realisasi tercetak 96 di sini dan 87,5 di bagian lain; "
          + "realisasi tercetak 96 di sini dan 90 di bagian lain");
    }

    @Test
    void aTargetPrintedElsewhereThatTheCapaianAgreesWith() {
      // target 80, realisasi 96 → 120.00; printed 100.00 = 96 / 96 (the target printed elsewhere, and
      // the implied target 96 / 1); realisasi 1 × 80 = 80 also gives it; 96 / 90 = 106.67 does not.
      AuditReport r = audit(BIRO, exact("A", "80"), Realization.of("96"), PrintedFigures.builder().indicator("A", d("100.00"))
          .otherTarget("A", d("96")).otherTarget("A", d("90")).build());
      Finding f = r.findings().get(0);
      assertThat(f.explain(EN)).isEqualTo("indicator A: printed 100.00, recomputed 120.00: mismatch; explained by: "
          + "the target 96 printed elsewhere; realisation 80 instead of 96 gives 100.00; target 96 instead of 80 gives 100.00");
      assertThat(f.explain(ID)).isEqualTo("indikator A: tercetak 100,00, dihitung ulang 120,00: tidak cocok; dijelaskan oleh: "
          + "target 96 yang tercetak di bagian lain; realisasi 80 alih-alih 96 menghasilkan 100,00; "
          + "target 96 alih-alih 80 menghasilkan 100,00");
      Finding note = r.findings().get(1);
      assertThat(note.explain(EN)).isEqualTo("input A: target printed as 80 here and 96 elsewhere; "
          + "the printed achievement 100.00 agrees with target 96; target printed as 80 here and 90 elsewhere");
      assertThat(note.explain(ID)).isEqualTo("masukan A: target tercetak 80 di sini dan 96 di bagian lain; "
          + "capaian tercetak 100,00 sesuai dengan target 96; target tercetak 80 di sini dan 90 di bagian lain");
    }

    @Test
    void aTargetPrintedElsewhereWhileTheCapaianAgreesWithThisOne() {
      // 96 / 80 = 120.00 as printed; 96 / 96 = 100 would be the other target
      AuditReport r = audit(BIRO, exact("A", "80"), Realization.of("96"), PrintedFigures.builder().indicator("A", d("120.00"))
          .otherTarget("A", d("96")).build());
      assertThat(r.isClean()).isTrue();
      assertThat(r.findings().get(1).explain(ID)).isEqualTo("masukan A: target tercetak 80 di sini dan 96 di bagian lain; "
          + "capaian tercetak 120,00 sesuai dengan target 80");
    }

    @Test
    void aTargetPrintedElsewhereThatNeitherTargetExplains() {
      // printed 110.00: 96 / 80 = 120, 96 / 96 = 100
      AuditReport r = audit(BIRO, exact("A", "80"), Realization.of("96"), PrintedFigures.builder().indicator("A", d("110.00"))
          .otherTarget("A", d("96")).build());
      assertThat(r.findings().get(1).explain(EN)).isEqualTo("input A: target printed as 80 here and 96 elsewhere");
      assertThat(r.findings().get(1).explain(ID)).isEqualTo("masukan A: target tercetak 80 di sini dan 96 di bagian lain");
    }

    @Test
    void bothInputsPrintedElsewhereWithoutAPrintedCapaian() {
      AuditReport r = audit(BIRO, exact("A", "80"), Realization.of("95.5"), PrintedFigures.builder()
          .otherTarget("A", d("81.5")).otherRealisasi("A", d("95.42")).build());
      Finding note = r.findings().get(0);
      assertThat(r.findings()).hasSize(1);
      assertThat(note.printed()).isEqualByComparingTo("0");
      assertThat(note.recomputed()).isEmpty();
      assertThat(note.explain(EN)).isEqualTo("input A: target printed as 80 here and 81.5 elsewhere; "
          + "realisation printed as 95.5 here and 95.42 elsewhere");
      assertThat(note.explain(ID)).isEqualTo("masukan A: target tercetak 80 di sini dan 81,5 di bagian lain; "
          + "realisasi tercetak 95,5 di sini dan 95,42 di bagian lain");
    }

    @Test
    void aRealisasiPrintedElsewhereWhereThisOneIsNotAvailable() {
      AuditReport r = audit(BIRO, exact("A", "80"), Realization.notAvailable(), PrintedFigures.builder()
          .otherRealisasi("A", d("90")).build());
      assertThat(r.findings().get(0).explain(EN)).isEqualTo("input A: realisation printed as - here and 90 elsewhere");
      assertThat(r.findings().get(0).explain(ID)).isEqualTo("masukan A: realisasi tercetak - di sini dan 90 di bagian lain");
    }

    @Test
    void aComparatorTargetIsShownAsPrinted() {
      // ≤ 20 with realisasi 15: (2 − 15/20) × 100 = 125.00 as printed; with 18: (2 − 15/18) × 100 = 116.67
      Indicator c = Indicator.of("C", "indikator C", MeasureUnit.percent(), Target.atMost(d("20")));
      AuditReport r = audit(BIRO, c, Realization.of("15"), PrintedFigures.builder().indicator("C", d("125.00"))
          .otherTarget("C", d("18")).build());
      assertThat(r.isClean()).isTrue();
      assertThat(r.findings().get(1).explain(EN))
          .isEqualTo("input C: target printed as ≤ 20 here and 18 elsewhere; the printed achievement 125.00 agrees with target ≤ 20");
      assertThat(r.findings().get(1).explain(ID))
          .isEqualTo("masukan C: target tercetak ≤ 20 di sini dan 18 di bagian lain; capaian tercetak 125,00 sesuai dengan target ≤ 20");
    }
  }

  @Nested
  class GoalsAndUnit {
    // The 2023 report (GoldenReport): 69.31/69 = 100.449275…, 88.83/81 = 109.666666…,
    // 96.64/70 = 138.057142…, 95.5/94 = 101.595744…, 3/3 = 100 (SK1); 100, 100 (SK2);
    // 95.83/80 = 119.7875 (SK3); 90.09/90 = 100.1, 82.96/83 = 99.951807…, 91.76/90 = 101.955555… (SK4).
    // SK1 = 549.768830… / 5 = 109.953766… → 109.95; from rounded members (100.45 + 109.67 + 138.06
    // + 101.60 + 100.00) / 5 = 549.78 / 5 = 109.956 → 109.96.
    // Unit (flat) = 1171.563693… / 11 = 106.505790… → 106.51 (rounded first: 1171.58 / 11 = 106.51).
    // Cap 120 (only 1.3 changes): unit 1153.506550… / 11 = 104.864232… → 104.86, rounded first
    // 1153.52 / 11 = 104.8654… → 104.87; SK1 = 531.711687… / 5 = 106.34 (rounded first 531.72 / 5 = 106.34).

    @Test
    void aGoalFromMembersRoundedFirst() {
      // printed 109.96 for SK1 = 109.953766…: rounded up, or members rounded before averaging
      Finding f = goldenOnly(Auditor.of(BIRO), PrintedFigures.builder().goal("SK1", d("109.96")).build());
      assertThat(f.kind()).isEqualTo(Finding.Kind.GOAL);
      assertThat(f.code()).isEqualTo("SK1");
      assertThat(f.explain(EN)).isEqualTo("goal SK1: printed 109.96, recomputed 109.95: mismatch; explained by: "
          + "always rounded up; members rounded before averaging");
      assertThat(f.explain(ID)).isEqualTo("sasaran SK1: tercetak 109,96, dihitung ulang 109,95: tidak cocok; dijelaskan oleh: "
          + "selalu dibulatkan ke atas; anggota dibulatkan dulu sebelum dirata-ratakan");
    }

    @Test
    void aGoalAveragedExactlyUnderAPolicyThatRoundsFirst() {
      // the policy rounds members first: SK1 = 109.956 exactly → 109.96; printed 109.95 is the
      // truncation (109.956000…) and the exact average
      ReportPolicy eachLevel = ReportPolicy.builder().from(BIRO).roundingStage(RoundingStage.EACH_LEVEL).build();
      Finding f = goldenOnly(Auditor.of(eachLevel), PrintedFigures.builder().goal("SK1", d("109.95")).build());
      assertThat(f.explain(EN)).isEqualTo("goal SK1: printed 109.95, recomputed 109.96: mismatch; explained by: "
          + "truncated instead of rounded (109.956000…); averaged exactly and rounded once");
      assertThat(f.explain(ID)).isEqualTo("sasaran SK1: tercetak 109,95, dihitung ulang 109,96: tidak cocok; dijelaskan oleh: "
          + "dipotong, bukan dibulatkan (109,956000…); dirata-ratakan dari nilai tepat, dibulatkan sekali");
    }

    @Test
    void aGoalWithATargetPrintedElsewhere() {
      // 1.2 with target 83: 88.83 / 83 = 107.024096…; SK1 = (549.768830 − 109.666667 + 107.024096) / 5
      // = 547.126260… / 5 = 109.425252… → 109.43. A target of 3.1 (goal SK3) does not enter SK1.
      Finding f = golden(PrintedFigures.builder().goal("SK1", d("109.43"))
          .otherTarget("1.2", d("83")).otherTarget("3.1", d("90")).build()).findings().get(0);
      assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.OTHER_PRINTED_TARGET);
      assertThat(f.explain(EN)).isEqualTo("goal SK1: printed 109.43, recomputed 109.95: mismatch; explained by: "
          + "target of 1.2 = 83 (printed elsewhere)");
      assertThat(f.explain(ID)).isEqualTo("sasaran SK1: tercetak 109,43, dihitung ulang 109,95: tidak cocok; dijelaskan oleh: "
          + "target 1.2 = 83 (tercetak di bagian lain)");
    }

    @Test
    void theUnitWithATargetPrintedElsewhere() {
      // 1.2 with target 83: unit (1171.563693 − 2.642570) / 11 = 1168.921123… / 11 = 106.265557… → 106.27.
      // Target 82: 88.83 / 82 = 108.329268…, unit 106.384… → 106.38, not it. Target −1 is not a
      // valid target for the index unit and is skipped.
      AuditReport r = golden(PrintedFigures.builder().overall(d("106.27"))
          .otherTarget("1.2", d("83")).otherTarget("1.2", d("82")).otherTarget("1.2", d("-1")).build());
      Finding f = r.findings().get(0);
      assertThat(f.kind()).isEqualTo(Finding.Kind.OVERALL);
      assertThat(f.code()).isEqualTo("BIRO-PERENCANAAN");
      assertThat(f.explain(EN)).isEqualTo("unit BIRO-PERENCANAAN: printed 106.27, recomputed 106.51: mismatch; explained by: "
          + "target of 1.2 = 83 (printed elsewhere)");
      assertThat(f.explain(ID)).isEqualTo("capaian unit BIRO-PERENCANAAN: tercetak 106,27, dihitung ulang 106,51: tidak cocok; "
          + "dijelaskan oleh: target 1.2 = 83 (tercetak di bagian lain)");
      assertThat(r.findings().get(1).explain(EN)).isEqualTo("input 1.2: target printed as 81 here and 83 elsewhere; "
          + "target printed as 81 here and 82 elsewhere; target printed as 81 here and -1 elsewhere");
    }

    @Test
    void theUnitWithARealisasiPrintedElsewhere() {
      // 1.4 with 95.42: 95.42 / 94 = 101.510638…; unit (1171.563693 − 0.085106) / 11 = 106.498053… → 106.50,
      // which is also the truncation of 106.505790…
      Finding f = golden(PrintedFigures.builder().overall(d("106.50")).otherRealisasi("1.4", d("95.42")).build()).findings().get(0);
      assertThat(f.explain(EN)).isEqualTo("unit BIRO-PERENCANAAN: printed 106.50, recomputed 106.51: mismatch; explained by: "
          + "truncated instead of rounded (106.505790…); realisation of 1.4 = 95.42 (printed elsewhere)");
      assertThat(f.explain(ID)).isEqualTo("capaian unit BIRO-PERENCANAAN: tercetak 106,50, dihitung ulang 106,51: tidak cocok; "
          + "dijelaskan oleh: dipotong, bukan dibulatkan (106,505790…); realisasi 1.4 = 95,42 (tercetak di bagian lain)");
    }

    @Test
    void theUnitUnderACapOf120InIndonesian() {
      Finding roundedFirst = goldenOnly(Auditor.of(BIRO), PrintedFigures.builder().overall(d("104.87")).build());
      assertThat(roundedFirst.explain(ID)).isEqualTo("capaian unit BIRO-PERENCANAAN: tercetak 104,87, dihitung ulang 106,51: "
          + "tidak cocok; dijelaskan oleh: batas atas 120 per indikator, anggota dibulatkan dulu");
      Finding once = goldenOnly(Auditor.of(BIRO), PrintedFigures.builder().overall(d("104.86")).build());
      assertThat(once.explain(ID)).isEqualTo("capaian unit BIRO-PERENCANAAN: tercetak 104,86, dihitung ulang 106,51: "
          + "tidak cocok; dijelaskan oleh: batas atas 120 per indikator, dibulatkan sekali");
    }

    @Test
    void theUnitWithoutThePolicysCap() {
      // the policy caps at 120: unit 104.86; without the cap 106.51, averaged exactly or from rounded
      // members. Other variants: rounded first with the cap 104.87; goal means with the cap
      // (106.342337 + 100 + 119.7875 + 100.669121) / 4 = 106.70.
      Finding f = goldenOnly(Auditor.of(cappedAt("120")), PrintedFigures.builder().overall(d("106.51")).build());
      assertThat(f.recomputed()).contains(d("104.86"));
      assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.CAP, Variant.CAP);
      assertThat(f.explain(EN)).isEqualTo("unit BIRO-PERENCANAAN: printed 106.51, recomputed 104.86: mismatch; explained by: "
          + "no cap, rounded once; no cap, members rounded first");
      assertThat(f.explain(ID)).isEqualTo("capaian unit BIRO-PERENCANAAN: tercetak 106,51, dihitung ulang 104,86: tidak cocok; "
          + "dijelaskan oleh: tanpa batas atas, dibulatkan sekali; tanpa batas atas, anggota dibulatkan dulu");
    }

    @Test
    void aPrintedGoalOfAnUnknownCodeIsRefused() {
      assertThatThrownBy(() -> golden(PrintedFigures.builder().goal("SK9", d("100")).build()))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("SK9");
    }
  }

  @Nested
  class Aggregations {
    // G1 (weight 1): A 90/100 = 90 (weight 1), B 120/100 = 120 (weight 1); G2 (weight 3): C 100/100 = 100
    // (weight 3). Flat (90 + 120 + 100) / 3 = 103.333… → 103.33; goal means (105 + 100) / 2 = 102.50;
    // by indicator weights (90 + 120 + 300) / 5 = 102.00; by goal weights (105 + 3 × 100) / 4 = 101.25.
    // Every member is a whole number, so rounding members first changes nothing, and no capaian is
    // above 120.
    private final PerformanceAgreement weighted = PerformanceAgreement.builder()
        .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 2))
        .addGoals(Goal.builder().code("G1").name("g1").weight(d("1"))
            .addIndicators(Indicator.builder().from(exact("A", "100")).weight(d("1")).build())
            .addIndicators(Indicator.builder().from(exact("B", "100")).weight(d("1")).build()).build())
        .addGoals(Goal.builder().code("G2").name("g2").weight(d("3"))
            .addIndicators(Indicator.builder().from(exact("C", "100")).weight(d("3")).build()).build())
        .build();
    private final Realizations real = Realizations.of(Map.of("A", Realization.of("90"), "B", Realization.of("120"),
        "C", Realization.of("100")));

    private Finding overall(ReportPolicy policy, String printed) {
      AuditReport r = Auditor.of(policy).audit(weighted, real, PrintedFigures.builder().overall(d(printed)).build());
      assertThat(r.findings()).hasSize(1);
      return r.findings().get(0);
    }

    @Test
    void meanOfTheGoalMeans() {
      Finding f = overall(BIRO, "102.50");
      assertThat(f.explain(EN)).isEqualTo("unit U: printed 102.50, recomputed 103.33: mismatch; explained by: "
          + "aggregation: mean of the goal means");
      assertThat(f.explain(ID)).isEqualTo("capaian unit U: tercetak 102,50, dihitung ulang 103,33: tidak cocok; dijelaskan oleh: "
          + "agregasi rata-rata capaian sasaran");
    }

    @Test
    void weightedByIndicatorWeights() {
      Finding f = overall(BIRO, "102.00");
      assertThat(f.explain(EN)).isEqualTo("unit U: printed 102.00, recomputed 103.33: mismatch; explained by: "
          + "aggregation: weighted by indicator weights");
      assertThat(f.explain(ID)).isEqualTo("capaian unit U: tercetak 102,00, dihitung ulang 103,33: tidak cocok; dijelaskan oleh: "
          + "agregasi rata-rata berbobot indikator");
    }

    @Test
    void weightedByGoalWeights() {
      Finding f = overall(BIRO, "101.25");
      assertThat(f.explain(EN)).isEqualTo("unit U: printed 101.25, recomputed 103.33: mismatch; explained by: "
          + "aggregation: weighted by goal weights");
      assertThat(f.explain(ID)).isEqualTo("capaian unit U: tercetak 101,25, dihitung ulang 103,33: tidak cocok; dijelaskan oleh: "
          + "agregasi rata-rata berbobot sasaran");
    }

    @Test
    void theFlatMeanUnderAGoalMeansPolicy() {
      Finding f = overall(ReportPolicy.builder().shape(AggregationShape.GOAL_MEANS).build(), "103.33");
      assertThat(f.explain(EN)).isEqualTo("unit U: printed 103.33, recomputed 102.50: mismatch; explained by: "
          + "aggregation: flat mean of all indicators");
      assertThat(f.explain(ID)).isEqualTo("capaian unit U: tercetak 103,33, dihitung ulang 102,50: tidak cocok; dijelaskan oleh: "
          + "agregasi rata-rata seluruh indikator");
    }

    @Test
    void aMatchingGoal() {
      AuditReport r = Auditor.of(BIRO).audit(weighted, real, PrintedFigures.builder().goal("G1", d("105.00")).build());
      assertThat(r.findings().get(0).explain(EN)).isEqualTo("goal G1: printed 105.00, recomputed 105.00: matches");
      assertThat(r.findings().get(0).explain(ID)).isEqualTo("sasaran G1: tercetak 105,00, dihitung ulang 105,00: cocok");
    }
  }

  @Nested
  class Budget {
    // Absorption 9,960,052,227 / 9,970,949,000 × 100 = 99.890715… → 99.89; against the initial pagu
    // 9,960,052,227 / 13,393,506,000 × 100 = 74.364785… → 74.36. Gap 106.505790 − 99.890715 =
    // 6.615075… → 6.62; against the initial pagu 106.505790 − 74.364785 = 32.141005… → 32.14.

    @Test
    void theGapAgainstTheInitialPagu() {
      // other variants: rounded first 106.51 − 99.89 = 6.62; with the cap 104.864232 − 99.890715 = 4.97
      // (rounded first 104.87 − 99.89 = 4.98)
      Finding f = goldenOnly(Auditor.of(BIRO), PrintedFigures.builder().efficiencyGap(d("32.14")).build());
      assertThat(f.kind()).isEqualTo(Finding.Kind.EFFICIENCY_GAP);
      assertThat(f.explain(EN)).isEqualTo("efficiency gap: printed 32.14, recomputed 6.62: mismatch; explained by: "
          + "against the initial pagu");
      assertThat(f.explain(ID)).isEqualTo("efisiensi: tercetak 32,14, dihitung ulang 6,62: tidak cocok; dijelaskan oleh: "
          + "terhadap pagu awal");
    }

    @Test
    void theGapWithARealisasiPrintedElsewhere() {
      // 1.4 with 95.42: unit 106.498053…; gap 106.498053 − 99.890715 = 6.607338… → 6.61, also the
      // truncation of 6.615075…
      AuditReport r = golden(PrintedFigures.builder().efficiencyGap(d("6.61")).otherRealisasi("1.4", d("95.42")).build());
      assertThat(r.findings().get(0).explain(EN)).isEqualTo("efficiency gap: printed 6.61, recomputed 6.62: mismatch; "
          + "explained by: truncated instead of rounded (6.615075…); realisation of 1.4 = 95.42 (printed elsewhere)");
    }

    @Test
    void absorptionAgainstTheFinalPagu() {
      Finding f = goldenOnly(Auditor.of(BIRO).withPaguBasis(PaguBasis.INITIAL), PrintedFigures.builder().absorption(d("99.89")).build());
      assertThat(f.kind()).isEqualTo(Finding.Kind.ABSORPTION);
      assertThat(f.explain(EN)).isEqualTo("budget absorption: printed 99.89, recomputed 74.36: mismatch; explained by: "
          + "against the final pagu");
      assertThat(f.explain(ID)).isEqualTo("serapan anggaran: tercetak 99,89, dihitung ulang 74,36: tidak cocok; "
          + "dijelaskan oleh: terhadap pagu akhir");
    }

    @Test
    void absorptionAgainstTheInitialPaguInIndonesian() {
      Finding f = goldenOnly(Auditor.of(BIRO), PrintedFigures.builder().absorption(d("74.36")).build());
      assertThat(f.explain(ID)).isEqualTo("serapan anggaran: tercetak 74,36, dihitung ulang 99,89: tidak cocok; "
          + "dijelaskan oleh: terhadap pagu awal");
    }

    @Test
    void noInitialPaguNoPaguVariant() {
      // 900 / 1000 × 100 = 90.00; the line has no initial pagu to try
      PerformanceAgreement pk = PerformanceAgreement.builder().from(oneGoal(exact("A", "100")))
          .addBudget(BudgetLine.builder().code("B").name("belanja").finalPagu(d("1000")).realization(d("900")).build())
          .build();
      AuditReport r = Auditor.of(BIRO).audit(pk, Realizations.of(Map.of("A", Realization.of("100"))),
          PrintedFigures.builder().absorption(d("80.00")).build());
      assertThat(r.findings().get(0).explain(EN)).isEqualTo("budget absorption: printed 80.00, recomputed 90.00: mismatch; "
          + "no variant explains it");
    }
  }
}
