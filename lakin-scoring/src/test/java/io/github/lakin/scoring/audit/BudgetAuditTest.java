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
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit of budget lines and the efficiency index. Lines (hand computed): A 90 / 100 = 90 %,
 * B 10 / 10 = 100 %, C 20 / 50 = 40 %; total 120 / 160 = 75 %; capaian 105 %, index 1,400.
 */
class BudgetAuditTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static final PerformanceAgreement PK = PerformanceAgreement.builder()
      .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 1))
      .addGoals(Goal.of("SK1", "satu", List.of(Indicator.of("1.1", "a", MeasureUnit.percent(), Target.exact(d("80"))))))
      .addGoals(Goal.of("SK2", "dua", List.of(Indicator.of("2.1", "b", MeasureUnit.percent(), Target.exact(d("50"))))))
      .addBudget(BudgetLine.builder().code("A").name("Output A").goalCode("SK1").initialPagu(d("180")).finalPagu(d("100"))
          .realization(d("90")).build())
      .addBudget(BudgetLine.builder().code("B").name("Output B").goalCode("SK1").initialPagu(d("10")).finalPagu(d("10"))
          .realization(d("10")).build())
      .addBudget(BudgetLine.builder().code("C").name("Output C").goalCode("SK2").initialPagu(d("50")).finalPagu(d("50"))
          .realization(d("20")).build())
      .build();
  private static final Realizations REAL = Realizations.of(Map.of("1.1", Realization.of("80"), "2.1", Realization.of("55")));

  private static AuditReport audit(PrintedFigures p) {
    return Auditor.of(ReportPolicy.defaults()).audit(PK, REAL, p);
  }

  @Test
  void correctLinesTotalAndIndexMatch() {
    AuditReport r = audit(PrintedFigures.builder().lineAbsorption("A", d("90.00")).lineAbsorption("B", d("100")).lineAbsorption("C", d("40.0"))
        .absorption(d("75.00")).efficiencyGap(d("30.00")).efficiencyIndex(d("1.400")).build());
    assertThat(r.isClean()).isTrue();
    assertThat(r.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.ABSORPTION, Finding.Kind.BUDGET_LINE,
        Finding.Kind.BUDGET_LINE, Finding.Kind.BUDGET_LINE, Finding.Kind.EFFICIENCY_GAP, Finding.Kind.EFFICIENCY_INDEX);
    assertThat(r.findings().get(1).code()).isEqualTo("A");
    assertThat(r.findings().get(1).explain(Locale.forLanguageTag("id")))
        .isEqualTo("serapan anggaran baris A: tercetak 90,00, dihitung ulang 90,00: cocok");
  }

  @Test
  void swappedLinesAreFoundAndNamed() {
    // the report printed A's absorption in B's row and B's in A's
    AuditReport r = audit(PrintedFigures.builder().lineAbsorption("A", d("100.00")).lineAbsorption("B", d("90.00")).build());
    assertThat(r.mismatches()).hasSize(2);
    Finding a = r.mismatches().get(0);
    assertThat(a.code()).isEqualTo("A");
    assertThat(a.recomputed()).contains(d("90.00"));
    assertThat(a.explanations()).extracting(Explanation::variant).containsExactly(Variant.OTHER_BUDGET_LINE);
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("budget absorption of line A: printed 100.00, recomputed 90.00: mismatch; "
        + "explained by: the absorption of budget line B (100.00)");
    assertThat(r.mismatches().get(1).explain(Locale.forLanguageTag("id"))).isEqualTo("serapan anggaran baris B: tercetak 90,00, "
        + "dihitung ulang 100,00: tidak cocok; dijelaskan oleh: serapan baris anggaran A (90,00)");
  }

  @Test
  void theTotalInALineRowAndALineInTheTotalRow() {
    // C printed with the total's 75,00; the total printed with A's 90,00
    AuditReport r = audit(PrintedFigures.builder().lineAbsorption("C", d("75.00")).absorption(d("90.00")).build());
    Finding total = r.findings().get(0);
    assertThat(total.kind()).isEqualTo(Finding.Kind.ABSORPTION);
    assertThat(total.explain(Locale.ENGLISH)).endsWith("explained by: the absorption of budget line A (90.00)");
    Finding c = r.findings().get(1);
    assertThat(c.explanations()).extracting(Explanation::variant).containsExactly(Variant.OTHER_BUDGET_LINE);
    assertThat(c.explain(Locale.ENGLISH)).endsWith("explained by: the absorption of the whole budget (75.00)");
  }

  @Test
  void aLineAgainstItsInitialPagu() {
    // A: 90 / 180 = 50 % against the initial pagu
    Finding a = audit(PrintedFigures.builder().lineAbsorption("A", d("50.00")).build()).mismatches().get(0);
    assertThat(a.explanations()).extracting(Explanation::variant).containsExactly(Variant.PAGU_BASIS);
  }

  @Test
  void theIndexIsChecked() {
    // the mean of the line percentages (76,67) instead of the ratio of sums: 105 / 76,67 = 1,3695… → 1,370 ≠ 1,400
    Finding i = audit(PrintedFigures.builder().efficiencyIndex(d("1.370")).build()).mismatches().get(0);
    assertThat(i.kind()).isEqualTo(Finding.Kind.EFFICIENCY_INDEX);
    assertThat(i.recomputed()).contains(d("1.400"));
    assertThat(i.explain(Locale.forLanguageTag("id"))).startsWith("indeks efisiensi: tercetak 1,370, dihitung ulang 1,400: tidak cocok");
    // 1,4 at one decimal matches
    assertThat(audit(PrintedFigures.builder().efficiencyIndex(d("1.4")).build()).isClean()).isTrue();
  }

  @Test
  void aPrintedLineOutsideTheBudgetIsRefused() {
    assertThatThrownBy(() -> audit(PrintedFigures.builder().lineAbsorption("D", d("1")).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("D").hasMessageContaining("budget line");
    assertThatThrownBy(() -> PrintedFigures.builder().lineAbsorption("A", d("1")).lineAbsorption("A", d("2")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("given once");
    assertThat(PrintedFigures.builder().build().isEmpty()).isTrue();
    assertThat(PrintedFigures.builder().efficiencyIndex(d("1")).build().isEmpty()).isFalse();
    assertThat(PrintedFigures.builder().lineAbsorption("A", d("1")).build().isEmpty()).isFalse();
  }
}
