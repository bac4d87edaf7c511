/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.scoring.aggregate.GoldenReport;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.budget.PaguBasis;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The printed figures of the real 2023 report (DOMAIN.md §11 and §12), audited. */
class AuditorTest {
  private static final GoldenReport G = GoldenReport.load();
  private static final Auditor AUDITOR = Auditor.of(ReportPolicy.biroPerencanaan2023());

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static AuditReport audit(PrintedFigures p) {
    return AUDITOR.audit(G.agreement, Realizations.of(G.realizations), p);
  }

  private static Finding only(AuditReport r) {
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }

  @Test
  void theWorkedExampleAsPrintedInItsMainTableMatches() {
    PrintedFigures.Builder b = PrintedFigures.builder();
    G.printed.forEach(b::indicator);
    b.goal("SK1", d("109.95")).goal("SK2", d("100.00")).goal("SK3", d("119.79")).goal("SK4", d("100.67"))
        .overall(d("106.51")).absorption(d("99.89")).efficiencyGap(d("6.62"));
    AuditReport r = audit(b.build());
    assertThat(r.isClean()).as(r.explain(Locale.ENGLISH)).isTrue();
    assertThat(r.findings()).hasSize(11 + 4 + 3);
    assertThat(r.explain(Locale.forLanguageTag("id"))).endsWith("18 angka diperiksa, 0 tidak cocok");
  }

  @Test
  void capaian10938NextTo9583Over80IsExplainedByARealisasiOf875() {
    // 95.83 / 80 = 119.7875 → 119.79, but the report printed 109.38; 87.5 / 80 = 109.375 → 109.38
    Finding f = only(audit(PrintedFigures.builder().indicator("3.1", d("109.38")).build()));
    assertThat(f.matches()).isFalse();
    assertThat(f.recomputed()).contains(d("119.79"));
    assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.IMPLIED_REALISASI);
    assertThat(f.explain(Locale.ENGLISH)).isEqualTo("indicator 3.1: printed 109.38, recomputed 119.79: mismatch; "
        + "explained by: realisation 87.5 instead of 95.83 gives 109.38");
    assertThat(f.explain(Locale.forLanguageTag("id"))).contains("realisasi 87,5 alih-alih 95,83 menghasilkan 109,38");
  }

  @Test
  void ikmCapaian10009For9009Over90() {
    // 90.09 / 90 = 100.1 exactly → 100.10; neither truncation nor another rounding gives 100.09;
    // the simplest realisasi that does is 90.08 (100.0889 → 100.09)
    Finding f = only(audit(PrintedFigures.builder().indicator("4.1", d("100.09")).build()));
    assertThat(f.matches()).isFalse();
    assertThat(f.recomputed()).contains(d("100.10"));
    assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.IMPLIED_REALISASI);
    assertThat(f.explanations().get(0).describe(Locale.ENGLISH)).isEqualTo("realisation 90.08 instead of 90.09 gives 100.09");
  }

  @Test
  void goalSk1Printed10994IsExplainedByTheRealisasi9542PrintedElsewhere() {
    // members 100.4493, 109.6667, 138.0571, 95.42/94 = 101.5106, 100 → 549.6837 / 5 = 109.9367 → 109.94
    Finding f = only(audit(PrintedFigures.builder().goal("SK1", d("109.94")).build()));
    assertThat(f.recomputed()).contains(d("109.95"));
    // only truncation at each level gives it too: 100.44 + 109.66 + 138.05 + 101.59 + 100 = 549.74 / 5 = 109.948 → 109.94
    assertThat(f.explanations()).extracting(Explanation::variant).containsExactly(Variant.TRUNCATION);
    AuditReport r = audit(PrintedFigures.builder().goal("SK1", d("109.94")).otherRealisasi("1.4", d("95.42")).build());
    Finding goal = r.findings().get(0);
    assertThat(goal.matches()).isFalse();
    assertThat(goal.explanations()).extracting(Explanation::variant).contains(Variant.OTHER_PRINTED_REALISASI);
    assertThat(goal.explain(Locale.ENGLISH)).contains("realisation of 1.4 = 95.42 (printed elsewhere)");
    // and the note on the input itself
    assertThat(r.findings().get(1).kind()).isEqualTo(Finding.Kind.INPUT);
    assertThat(r.findings().get(1).explain(Locale.ENGLISH)).isEqualTo("input 1.4: realisation printed as 95.5 here and 95.42 elsewhere");
  }

  @Test
  void aTargetPrintedAs83ElsewhereWhileTheCapaianUses81() {
    // 88.83 / 81 = 109.67 (printed, matches); 88.83 / 83 = 107.02
    AuditReport r = audit(PrintedFigures.builder().indicator("1.2", d("109.67")).otherTarget("1.2", d("83")).build());
    assertThat(r.isClean()).isTrue();
    assertThat(r.findings()).hasSize(2);
    assertThat(r.findings().get(1).explain(Locale.ENGLISH))
        .isEqualTo("input 1.2: target printed as 81 here and 83 elsewhere; the printed achievement 109.67 agrees with target 81");
    // had the report computed with 83, the other printed target explains it
    Finding f = audit(PrintedFigures.builder().indicator("1.2", d("107.02")).otherTarget("1.2", d("83")).build()).findings().get(0);
    assertThat(f.matches()).isFalse();
    assertThat(f.explanations()).extracting(Explanation::variant).contains(Variant.OTHER_PRINTED_TARGET);
  }

  @Test
  void theUnitFigureUnderOtherAggregationsAndTheCap() {
    assertThat(only(audit(PrintedFigures.builder().overall(d("106.51")).build())).matches()).isTrue();
    Finding goals = only(audit(PrintedFigures.builder().overall(d("107.60")).build()));
    assertThat(goals.explanations()).extracting(Explanation::variant).contains(Variant.AGGREGATION);
    assertThat(goals.explain(Locale.ENGLISH)).contains("aggregation: mean of the goal means");
    // cap 120: 104.8642… averaged exactly (→ 104.86); 104.87 only with members rounded first
    Finding capped = only(audit(PrintedFigures.builder().overall(d("104.87")).build()));
    assertThat(capped.explain(Locale.ENGLISH)).contains("a cap of 120 per indicator, members rounded first")
        .doesNotContain("a cap of 120 per indicator, rounded once");
    Finding cappedExact = only(audit(PrintedFigures.builder().overall(d("104.86")).build()));
    assertThat(cappedExact.explain(Locale.ENGLISH)).contains("a cap of 120 per indicator, rounded once");
  }

  @Test
  void truncationAndNoExplanation() {
    // 106.5057902… truncated at one decimal is 106.5, rounded 106.5 too: a match at the printed scale
    assertThat(only(audit(PrintedFigures.builder().overall(d("106.5")).build())).matches()).isTrue();
    // 88.83 / 81 = 109.6666…: truncated 109.66
    Finding t = only(audit(PrintedFigures.builder().indicator("1.2", d("109.66")).build()));
    assertThat(t.explanations()).extracting(Explanation::variant).contains(Variant.TRUNCATION);
    // 150 for 1.1 (69.31 / 69): no variant gives it
    Finding none = only(audit(PrintedFigures.builder().overall(d("150.00")).build()));
    assertThat(none.matches()).isFalse();
    assertThat(none.explanations()).isEmpty();
    assertThat(none.explain(Locale.ENGLISH)).endsWith("mismatch; no variant explains it");
  }

  @Test
  void budgetFigures() {
    AuditReport ok = audit(PrintedFigures.builder().absorption(d("99.89")).efficiencyGap(d("6.62")).build());
    assertThat(ok.isClean()).isTrue();
    // 9,960,052,227 / 13,393,506,000 = 74.3648 % → 74.36: the initial pagu
    Finding initial = only(audit(PrintedFigures.builder().absorption(d("74.36")).build()));
    assertThat(initial.explanations()).extracting(Explanation::variant).containsExactly(Variant.PAGU_BASIS);
    AuditReport againstInitial = Auditor.of(ReportPolicy.biroPerencanaan2023()).withPaguBasis(PaguBasis.INITIAL)
        .audit(G.agreement, Realizations.of(G.realizations), PrintedFigures.builder().absorption(d("74.36")).build());
    assertThat(againstInitial.isClean()).isTrue();
  }

  @Test
  void printedFiguresOfUnknownCodesAreRefused() {
    assertThatThrownBy(() -> audit(PrintedFigures.builder().indicator("9.9", d("100")).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("9.9");
    // a typo in the code of a figure printed elsewhere is an error too, not a silently ignored note
    assertThatThrownBy(() -> audit(PrintedFigures.builder().otherTarget("1.22", d("83")).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("1.22").hasMessageContaining("target printed elsewhere");
    assertThatThrownBy(() -> audit(PrintedFigures.builder().otherRealisasi("14", d("95.42")).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("14").hasMessageContaining("realisasi printed elsewhere");
    assertThatThrownBy(() -> PrintedFigures.builder().indicator("1.1", d("1")).indicator("1.1", d("2")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("given once");
  }
}
