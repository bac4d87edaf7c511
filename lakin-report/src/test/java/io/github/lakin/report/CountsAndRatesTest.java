/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.audit.AuditReport;
import io.github.lakin.scoring.audit.Auditor;
import io.github.lakin.scoring.audit.Explanation;
import io.github.lakin.scoring.audit.Variant;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Counts n/T in targets and in figures printed elsewhere (exact fractions), and {@code 186/100.000}
 * read by the indicator's unit (DOMAIN §13; issue 13 item 2).
 */
class CountsAndRatesTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi\n";

  private static ReportFile csv(String rows) {
    return CsvReportReader.read("t.csv", "# year: 2022\n" + HEADER + rows, ReadOptions.none());
  }

  private static ReportResult score(ReportFile f) {
    ReportPolicy p = f.settings().policy(f.agreement());
    return ReportScorer.of(p).score(f.agreement(), f.realizations());
  }

  @Test
  void countsInATargetAreAnExactFraction() {
    // target 36.743/39.834 (92,2403…%), realisasi 36.000/39.834 (90,3751…%):
    // capaian = (36000/39834) / (36743/39834) × 100 = 3600000 / 36743 = 97,9778… → 97,98, exactly that fraction
    ReportFile f = csv("S1,1,Cakupan,%,higher,36.743/39.834,36.000/39.834\n");
    ExactTarget t = (ExactTarget) f.agreement().indicator("1").orElseThrow().target();
    assertThat(t.counts()).contains(Realization.Counts.of(36743, 39834));
    assertThat(t.exact()).isEqualTo(Rational.of(java.math.BigInteger.valueOf(3674300), java.math.BigInteger.valueOf(39834)));
    ReportResult r = score(f);
    assertThat(r.achievement("1").orElseThrow().value())
        .contains(Rational.of(java.math.BigInteger.valueOf(3600000), java.math.BigInteger.valueOf(36743)));
    assertThat(r.achievement("1").orElseThrow().rounded()).contains(new BigDecimal("97.98"));
  }

  @Test
  void countsWrittenWithDariAndWithoutAUnitColumn() {
    // 3 dari 4 = 75%; realisasi 2/3 = 66,66…%: (2/3) / (3/4) × 100 = 800/9 = 88,888… → 88,89
    ReportFile f = csv("S1,1,Cakupan,,higher,3 dari 4,2/3\n");
    assertThat(f.agreement().indicator("1").orElseThrow().unit().kind()).isEqualTo(io.github.lakin.core.MeasureUnit.Kind.PERCENT);
    assertThat(score(f).achievement("1").orElseThrow().rounded()).contains(new BigDecimal("88.89"));
  }

  @Test
  void aRatePer100000IsTheNumberBeforeTheSlash() {
    // DOMAIN §13: target 162, realisasi 186 per 100.000, lower is better:
    // t/r × 100 = 16200 / 186 = 87,0967… → 87,10; (2 − 186/162) × 100 = 85,1851… → 85,19
    String rows = "S1,1,Angka kematian ibu,per 100.000 KH,lower,162/100.000,186/100.000\n";
    ReportFile f = csv(rows);
    assertThat(((ExactTarget) f.agreement().indicator("1").orElseThrow().target()).value()).isEqualByComparingTo("162");
    assertThat(f.realizations().get("1").orElseThrow().value()).contains(Rational.of(186));
    assertThat(score(f).achievement("1").orElseThrow().rounded()).contains(new BigDecimal("85.19"));
    ReportFile tr = CsvReportReader.read("t.csv", "# year: 2022\n# lower-formula: inverse-ratio\n" + HEADER + rows, ReadOptions.none());
    assertThat(score(tr).achievement("1").orElseThrow().rounded()).contains(new BigDecimal("87.10"));
  }

  @Test
  void nothingSettlesItIsAnErrorWithBothReadings() {
    // no unit: 186/100.000 is 0,186% as counts or 186 as a rate per 100.000; line 3, the target at column 15
    assertThatThrownBy(() -> csv("S1,1,Angka kematian,,lower,162/100.000,186\n")).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("t.csv:3:").hasMessageContaining("the counts 162 of 100000 (0.162%) or as the rate 162 per 100000")
        .hasMessageContaining("no unit says which");
    assertThatThrownBy(() -> csv("S1,1,Angka kematian,KH,lower,162,186/100.000\n")).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("t.csv:3:").hasMessageContaining("the unit KH says which");
    // a rate unit with another base
    assertThatThrownBy(() -> csv("S1,1,Angka kematian,per 1.000 penduduk,lower,162/100.000,186\n"))
        .hasMessageContaining("t.csv:3:").hasMessageContaining("is a rate per 1000");
  }

  @Test
  void countsRealisasiAsBefore() {
    // 23/24 = 95,8333…% against 80: 95,8333… / 80 × 100 = 119,79
    assertThat(score(csv("S1,1,a,%,higher,80,23/24\n")).achievement("1").orElseThrow().rounded()).contains(new BigDecimal("119.79"));
  }

  @Test
  void countsPrintedElsewhereExplainAPrintedCapaian() {
    // the table prints target 90 but the capaian 97,98 was computed with 36.743/39.834 printed elsewhere:
    // with 90: 90,3751… / 90 × 100 = 100,4167… → 100,42
    String json = "{\"schema\": \"lakin-report/2\", \"year\": 2022, \"goals\": [{\"code\": \"S1\", \"indicators\": ["
        + "{\"code\": \"1\", \"unit\": \"%\", \"target\": \"90\", \"realisasi\": \"36.000/39.834\", \"printed\": \"97,98\","
        + " \"printedElsewhere\": {\"target\": [\"36.743/39.834\"], \"realisasi\": [\"36.000 dari 39.834\"]}}]}]}";
    ReportFile f = JsonReportReader.read("t.json", json);
    assertThat(f.printed().otherTargets().get("1")).containsExactly(ExactTarget.ofCounts(36743, 39834));
    assertThat(f.printed().otherRealisasi().get("1")).containsExactly(Realization.ofCounts(36000, 39834));
    AuditReport a = Auditor.of(f.settings().policy(f.agreement())).audit(f.agreement(), f.realizations(), f.printed());
    assertThat(a.findings().get(0).recomputed()).contains(new BigDecimal("100.42"));
    assertThat(a.findings().get(0).explanations()).extracting(Explanation::variant).contains(Variant.OTHER_PRINTED_TARGET);
    assertThat(a.findings().get(0).explain(Locale.ENGLISH)).contains("the target 36743/39834 printed elsewhere");
  }
}
