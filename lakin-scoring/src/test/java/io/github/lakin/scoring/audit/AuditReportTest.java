/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.scoring.aggregate.GoldenReport;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The audit report, its findings and explanations as values and text. */
class AuditReportTest {
  private static final GoldenReport G = GoldenReport.load();
  private static final Locale ID = Locale.forLanguageTag("id");

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static AuditReport audit(PrintedFigures p) {
    return Auditor.of(ReportPolicy.biroPerencanaan2023()).audit(G.agreement, Realizations.of(G.realizations), p);
  }

  @Test
  void aReportWithOneMismatchAndOneInputNote() {
    // 1.1: 69.31 / 69 = 100.449275… → 100.45 as printed; 3.1: 95.83 / 80 = 119.7875 → 119.79, printed
    // 109.38 (87.5 / 80 = 109.375); 1.4 printed elsewhere as 95.42 (an input note, not a checked figure)
    AuditReport r = audit(PrintedFigures.builder().indicator("1.1", d("100.45")).indicator("3.1", d("109.38"))
        .otherRealisasi("1.4", d("95.42")).build());
    assertThat(r.findings()).extracting(Finding::kind)
        .containsExactly(Finding.Kind.INDICATOR, Finding.Kind.INDICATOR, Finding.Kind.INPUT);
    assertThat(r.isClean()).isFalse();
    assertThat(r.mismatches()).containsExactly(r.findings().get(1));
    String en = "indicator 1.1: printed 100.45, recomputed 100.45: matches\n"
        + "indicator 3.1: printed 109.38, recomputed 119.79: mismatch; explained by: realisation 87.5 instead of 95.83 gives 109.38\n"
        + "input 1.4: realisation printed as 95.5 here and 95.42 elsewhere\n"
        + "2 figures checked, 1 mismatched";
    assertThat(r.explain(Locale.ENGLISH)).isEqualTo(en);
    assertThat(r).hasToString(en);
    assertThat(r.explain(ID)).isEqualTo("indikator 1.1: tercetak 100,45, dihitung ulang 100,45: cocok\n"
        + "indikator 3.1: tercetak 109,38, dihitung ulang 119,79: tidak cocok; dijelaskan oleh: "
        + "realisasi 87,5 alih-alih 95,83 menghasilkan 109,38\n"
        + "masukan 1.4: realisasi tercetak 95,5 di sini dan 95,42 di bagian lain\n"
        + "2 angka diperiksa, 1 tidak cocok");
  }

  @Test
  void aCleanReport() {
    AuditReport r = audit(PrintedFigures.builder().indicator("1.1", d("100.45")).build());
    assertThat(r.isClean()).isTrue();
    assertThat(r.mismatches()).isEmpty();
    assertThat(r.explain(Locale.ENGLISH)).endsWith("\n1 figures checked, 0 mismatched");
  }

  @Test
  void findingAndExplanationAsValues() {
    Finding f = audit(PrintedFigures.builder().indicator("3.1", d("109.38")).build()).findings().get(0);
    assertThat(f.kind()).isEqualTo(Finding.Kind.INDICATOR);
    assertThat(f.code()).isEqualTo("3.1");
    assertThat(f.printed()).isEqualTo(d("109.38"));
    assertThat(f.recomputed()).contains(d("119.79"));
    assertThat(f).hasToString(f.explain(Locale.ENGLISH));
    assertThat(f.toString()).startsWith("indicator 3.1: printed 109.38");
    Explanation e = f.explanations().get(0);
    assertThat(e.variant()).isEqualTo(Variant.IMPLIED_REALISASI);
    assertThat(e).hasToString("IMPLIED_REALISASI: realisation 87.5 instead of 95.83 gives 109.38");
    assertThat(e.describe(ID)).isEqualTo("realisasi 87,5 alih-alih 95,83 menghasilkan 109,38");
  }
}
