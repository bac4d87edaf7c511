/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

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
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Contoh Biro Perencanaan 2023: builds the 2023 performance agreement of the Biro Perencanaan,
 * Kementerian Sosial (DOMAIN.md §12) with its realisations, scores it and prints the table.
 *
 * <p>Run it with {@code ./mvnw -q install -DskipTests && ./mvnw -q -pl lakin-examples exec:java}.
 */
public final class BiroPerencanaan2023 {
  private BiroPerencanaan2023() {}

  /** Returns the agreement: 11 indicators in 4 goals, with the revised budget. */
  public static PerformanceAgreement agreement() {
    OrgUnit biro = OrgUnit.of("BIRO-PERENCANAAN", "Biro Perencanaan, Sekretariat Jenderal, Kementerian Sosial", OrgLevel.ESELON_II);
    return PerformanceAgreement.builder()
        .unit(biro)
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

  /** Returns the realisations by indicator code; 4.2 is the 2022 value, provisional. */
  public static Map<String, Realization> realizations() {
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
    r.put("4.2", Realization.of("82.96").provisional(Period.year(2022), "nilai 2022; nilai 2023 belum terbit"));
    r.put("4.3", Realization.of("91.76"));
    return r;
  }

  private static Goal goal(String code, String name, Indicator... indicators) {
    return Goal.of(code, name, List.of(indicators));
  }

  private static Indicator indicator(String code, String name, MeasureUnit unit, String target) {
    return Indicator.of(code, name, unit, Target.exact(new BigDecimal(target)));
  }

  /**
   * Prints the agreement with each indicator's, goal's and the unit's capaian, the counts, the
   * budget absorption and the efficiency gap, under the report's own policy.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    Locale id = Locale.forLanguageTag("id");
    PerformanceAgreement pk = agreement();
    ReportResult r = ReportScorer.of(ReportPolicy.biroPerencanaan2023()).score(pk, realizations());
    out.println(pk.unit().name() + " — Laporan Kinerja " + pk.year() + " (PK " + pk.version() + ")");
    out.println();
    out.printf("%-5s %-5s %-58s %8s %10s %10s%n", "Sas.", "Ind.", "Indikator", "Target", "Realisasi", "Capaian");
    for (GoalResult g : r.goals()) {
      for (IndicatorResult i : g.indicators()) {
        Achievement a = i.achievement();
        String real = a.realization().value().map(v -> comma(v.round(2, RoundingMode.HALF_UP))).orElse("N/A")
            + (a.realization().isProvisional() ? "*" : "");
        out.printf("%-5s %-5s %-58s %8s %10s %10s%n", g.goal().code(), i.indicator().code(), abbreviate(i.indicator().name(), 58),
            i.indicator().target(), real, percent(a.rounded()));
      }
      out.printf("%-5s %-5s %-58s %8s %10s %10s%n", "", "", "Capaian sasaran " + g.goal().code(), "", "", percent(g.aggregate().rounded()));
    }
    out.printf("%-90s %10s%n", "Capaian unit (rata-rata seluruh indikator)", percent(r.overall().rounded()));
    out.println();
    out.println("* nilai 2022 (sementara); " + r.counts().statement(id) + ".");
    out.println();
    out.println("Capaian unit: " + r.overall().explain(id));
    for (GoalResult g : r.goals()) {
      out.println("Capaian " + g.goal().code() + ": " + g.aggregate().explain(id));
    }
    r.absorption().ifPresent(a -> out.println("Serapan anggaran: " + a.explain(id)));
    r.efficiency().ifPresent(e -> out.println("Analisis efisiensi: " + e.explain(id)));
    out.println();
    for (IndicatorResult i : r.indicators()) {
      out.println(i.indicator().code() + ": " + i.achievement().explain(id));
    }
  }

  private static String percent(Optional<BigDecimal> v) {
    return v.map(x -> comma(x) + "%").orElse("—");
  }

  /** Indonesian decimal comma; the figures here are below 1.000, so no grouping is needed. */
  private static String comma(BigDecimal v) {
    return v.toPlainString().replace('.', ',');
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /**
   * Prints this example to standard output.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
