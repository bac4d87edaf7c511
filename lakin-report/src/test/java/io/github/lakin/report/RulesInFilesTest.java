/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rules of DOMAIN.md §13, stated in a report file, give the figures the reports print. */
class RulesInFilesTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,formula,baseline,negative\n";

  private static ReportResult score(String csv) {
    ReportFile f = CsvReportReader.read("t.csv", csv, ReadOptions.none());
    ReportPolicy p = f.settings().policy(f.agreement());
    return ReportScorer.of(p).score(f.agreement(), f.realizations());
  }

  private static BigDecimal capaian(ReportResult r, String code) {
    return r.goals().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.indicator().code().equals(code))
        .findFirst().orElseThrow().achievement().rounded().orElseThrow();
  }

  @Test
  void lowerIsBetterAsTargetOverRealisasiForTheWholeReport() {
    // a mortality rate: target 162, realisasi 186 per 100.000 → 162/186 = 87,10% (not (2 − 186/162) = 85,19%)
    String rows = "S1,1,Angka kematian ibu,per 100.000 KH,lower,162,186,,,\nS1,2,Cakupan,%,higher,80,90,,,\n";
    assertThat(capaian(score("# year: 2021\n# lower-formula: inverse-ratio\n" + HEADER + rows), "1")).isEqualByComparingTo("87.10");
    assertThat(capaian(score("# year: 2021\n" + HEADER + rows), "1")).isEqualByComparingTo("85.19");
    assertThat(capaian(score("# year: 2021\n# lower-formula: inverse-ratio\n" + HEADER + rows), "2")).isEqualByComparingTo("112.50");
  }

  @Test
  void aFormulaPerIndicatorWinsOverTheReportDefault() {
    String rows = "S1,1,Waktu,hari,lower,20,15,inverse,,\nS1,2,Waktu lain,hari,lower,20,15,,,\n";
    ReportResult r = score("# year: 2021\n# lower-formula: inverse-ratio\n" + HEADER + rows);
    assertThat(capaian(r, "1")).isEqualByComparingTo("125.00"); // (2 − 15/20) × 100, DOMAIN §3
    assertThat(capaian(r, "2")).isEqualByComparingTo("133.33"); // 20/15 × 100
  }

  @Test
  void truncationInsteadOfRounding() {
    // 90,83 / 65 × 100 = 139,7384… printed 139,73 by a report that truncates (half-up gives 139,74)
    String rows = "S1,1,Indeks,indeks,higher,65,\"90,83\",,,\n";
    assertThat(capaian(score("# year: 2021\n# rounding: down\n" + HEADER + rows), "1")).isEqualByComparingTo("139.73");
    assertThat(capaian(score("# year: 2021\n" + HEADER + rows), "1")).isEqualByComparingTo("139.74");
  }

  @Test
  void reductionFromABaselineAndClosenessByFormula() {
    // (baseline − r) / (baseline − t) × 100 = (30 − 24) / (30 − 20) × 100 = 60
    String rows = "S1,1,Prevalensi stunting,%,lower,20,24,reduction,30,\nS1,2,Inflasi,%,higher,3,\"3,3\",closeness,,\n";
    ReportResult r = score("# year: 2021\n" + HEADER + rows);
    assertThat(capaian(r, "1")).isEqualByComparingTo("60.00");
    assertThat(capaian(r, "2")).isEqualByComparingTo("90.00"); // (1 − |1 − 3,3/3|) × 100
  }

  @Test
  void aNegativeRealisasiWhereTheIndicatorAllowsIt() {
    // a backlog that grew: realisasi −100 against target 3; the raw capaian is negative, floored at 0
    String rows = "S1,1,Penurunan sisa perkara,%,higher,3,-100,,,yes\n";
    ReportResult r = score("# year: 2022\n" + HEADER + rows);
    assertThat(capaian(r, "1")).isEqualByComparingTo("0.00");
    assertThatThrownBy(() -> score("# year: 2022\n" + HEADER + rows.replace(",yes", ",")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:").hasMessageContaining("negative");
  }

  @Test
  void aFormulaTheTargetCannotTakeIsAnErrorAtItsCell() {
    assertThatThrownBy(() -> score("# year: 2021\n" + HEADER + "S1,1,a,%,higher,80-90,85,ratio,,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:").hasMessageContaining("needs an exact target");
    assertThatThrownBy(() -> score("# year: 2021\n" + HEADER + "S1,1,a,%,higher,80,85,reduction,,\n"))
        .hasMessageContaining("needs the indicator's baseline");
    assertThatThrownBy(() -> score("# year: 2021\n" + HEADER + "S1,1,a,%,higher,80,85,magic,,\n"))
        .hasMessageContaining("write ratio, inverse");
  }

  @Test
  void anUnknownSettingIsAnErrorAndAFreeCommentIsNot() {
    assertThatThrownBy(() -> score("# yaer: 2021\n" + HEADER + "S1,1,a,%,higher,80,85,,,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:1:").hasMessageContaining("yaer");
    assertThat(capaian(score("# Laporan kinerja dinas\n# year: 2021\n" + HEADER + "S1,1,a,%,higher,80,84,,,\n"), "1"))
        .isEqualByComparingTo("105.00");
  }
}
