/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Biro Perencanaan 2023 agreement and realisations (DOMAIN.md §12), built for the tests. */
final class Biro2023 {
  private Biro2023() {}

  static PerformanceAgreement agreement() {
    return PerformanceAgreement.builder()
        .unit(OrgUnit.of("BIRO-PERENCANAAN", "Biro Perencanaan", OrgLevel.ESELON_II))
        .year(2023)
        .version("revisi")
        .effectiveDate(LocalDate.of(2023, 11, 1))
        .addGoals(goal("SK1", "Meningkatnya kualitas perencanaan, penganggaran dan evaluasi kinerja",
            indicator("1.1", "Nilai akuntabilitas kinerja Kementerian Sosial", MeasureUnit.index(), "69"),
            indicator("1.2", "Indeks Perencanaan Pembangunan", MeasureUnit.index(), "81"),
            indicator("1.3", "Indeks Kualitas Kebijakan", MeasureUnit.index(), "70"),
            indicator("1.4", "Nilai kinerja anggaran (SMART) Kementerian Sosial", MeasureUnit.index(), "94"),
            indicator("1.5", "Jumlah dokumen rekomendasi kebijakan", MeasureUnit.count("dokumen"), "3")))
        .addGoals(goal("SK2", "Meningkatnya kerja sama internasional yang mendukung",
            indicator("2.1", "Persentase dokumen kerja sama internasional yang mendukung", MeasureUnit.percent(), "100"),
            indicator("2.2", "Persentase perjanjian kerja sama internasional yang diimplementasikan", MeasureUnit.percent(), "100")))
        .addGoals(goal("SK3", "Meningkatnya kemampuan daerah menerapkan SPM",
            indicator("3.1", "Persentase daerah yang meningkat kemampuan penerapan SPM", MeasureUnit.percent(), "80")))
        .addGoals(goal("SK4", "Meningkatnya kualitas tata kelola Biro Perencanaan",
            indicator("4.1", "Nilai kepuasan stakeholder", MeasureUnit.index(), "90"),
            indicator("4.2", "Nilai akuntabilitas kinerja Biro", MeasureUnit.index(), "83"),
            indicator("4.3", "Nilai kinerja anggaran (SMART) Sekretariat Jenderal", MeasureUnit.index(), "90")))
        .addBudget(BudgetLine.builder()
            .code("BIRO")
            .name("Dukungan manajemen Biro Perencanaan")
            .initialPagu(new BigDecimal("13393506000"))
            .finalPagu(new BigDecimal("9970949000"))
            .realization(new BigDecimal("9960052227"))
            .build())
        .build();
  }

  static Map<String, Realization> realizations() {
    Map<String, Realization> r = new LinkedHashMap<>();
    r.put("1.1", Realization.of("69.31"));
    r.put("1.2", Realization.of("88.83"));
    r.put("1.3", Realization.of("96.64"));
    r.put("1.4", Realization.of("95.50"));
    r.put("1.5", Realization.of("3"));
    r.put("2.1", Realization.of("100"));
    r.put("2.2", Realization.of("100"));
    r.put("3.1", Realization.of("95.83"));
    r.put("4.1", Realization.of("90.09"));
    r.put("4.2", Realization.of("82.96").provisional(Period.year(2022), "nilai 2022"));
    r.put("4.3", Realization.of("91.76"));
    return r;
  }

  static ReportResult report() {
    return ReportScorer.of(ReportPolicy.biroPerencanaan2023()).score(agreement(), realizations());
  }

  private static Goal goal(String code, String name, Indicator... indicators) {
    return Goal.of(code, name, List.of(indicators));
  }

  private static Indicator indicator(String code, String name, MeasureUnit unit, String target) {
    return Indicator.of(code, name, unit, Target.exact(new BigDecimal(target)));
  }
}
