/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.IndonesianFormat;
import io.github.lakin.scoring.aggregate.Aggregate;
import io.github.lakin.scoring.aggregate.OrgRollup;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Contoh rekapitulasi organisasi: a kementerian with two eselon I units and their eselon II
 * units. Each unit that reported is scored on its own agreement; {@link OrgRollup} then gives
 * every unit above them the mean of the units directly below. The ministry's own IKU capaian is
 * shown beside its roll-up figure: they are different numbers.
 *
 * <pre>
 * KEMENSOS          (103,2528… + 102,125) / 2             = 102,688… → 102,69
 *   SETJEN          (106,5057… + 100,00) / 2              = 103,2528… → 103,25
 *     BIRO-PERENC.  the 2023 report (DOMAIN.md §12)        = 106,5057… → 106,51
 *     BIRO-KEU      (97,85/95 + 87,3/90) / 2 = (103 + 97) / 2 = 100,00
 *   DITJEN-RESOS    (101,25 + 103,00) / 2                  = 102,125 → 102,13 (half-up)
 *     DIT-RSA       (84/80 + 117/120) / 2 = (105 + 97,5) / 2 = 101,25
 *     DIT-RSPD      (72/75 + (2 − 12,6/14)) / 2 = (96 + 110) / 2 = 103,00
 *     DIT-RSLU      no report yet: left out of DITJEN-RESOS, and said so
 * KEMENSOS own IKU  (78,72/80 + 90,09/88) / 2 = (98,40 + 102,375) / 2 = 100,3875 → 100,39
 * </pre>
 *
 * <p>Run it with {@code ./mvnw -q -pl lakin-examples exec:java
 * -Dexec.mainClass=io.github.lakin.examples.OrganisationRollup}.
 */
public final class OrganisationRollup {
  private OrganisationRollup() {}

  private static final OrgUnit BIRO_PERENCANAAN = OrgUnit.of("BIRO-PERENCANAAN", "Biro Perencanaan", OrgLevel.ESELON_II);
  private static final OrgUnit BIRO_KEUANGAN = OrgUnit.of("BIRO-KEU", "Biro Keuangan", OrgLevel.ESELON_II);
  private static final OrgUnit DIT_RSA = OrgUnit.of("DIT-RSA", "Direktorat Rehabilitasi Sosial Anak", OrgLevel.ESELON_II);
  private static final OrgUnit DIT_RSPD = OrgUnit.of("DIT-RSPD", "Direktorat Rehabilitasi Sosial Penyandang Disabilitas", OrgLevel.ESELON_II);
  private static final OrgUnit DIT_RSLU = OrgUnit.of("DIT-RSLU", "Direktorat Rehabilitasi Sosial Lanjut Usia", OrgLevel.ESELON_II);

  /** Returns the organisation: kementerian → eselon I → eselon II. */
  public static OrgUnit organisation() {
    OrgUnit setjen = OrgUnit.of("SETJEN", "Sekretariat Jenderal", OrgLevel.ESELON_I, List.of(BIRO_PERENCANAAN, BIRO_KEUANGAN));
    OrgUnit resos = OrgUnit.of("DITJEN-RESOS", "Direktorat Jenderal Rehabilitasi Sosial", OrgLevel.ESELON_I,
        List.of(DIT_RSA, DIT_RSPD, DIT_RSLU));
    return OrgUnit.of("KEMENSOS", "Kementerian Sosial", OrgLevel.KEMENTERIAN_LEMBAGA, List.of(setjen, resos));
  }

  /**
   * Every report received, each scored under the same policy. DIT-RSLU has not reported yet.
   *
   * @return the scored reports
   */
  public static List<ReportResult> reports() {
    ReportScorer scorer = ReportScorer.of(ReportPolicy.defaults());   // flat mean, no cap, round once
    return List.of(
        // the ministry's own IKU
        scorer.score(agreement(organisation(),
                indicator("IKU1", "Indeks Reformasi Birokrasi", MeasureUnit.index(), "80"),
                indicator("IKU2", "Indeks Kepuasan Masyarakat", MeasureUnit.index(), "88")),
            Map.of("IKU1", Realization.of("78.72"), "IKU2", Realization.of("90.09"))),
        // the 2023 report of DOMAIN.md §12, as in BiroPerencanaan2023
        scorer.score(BiroPerencanaan2023.agreement(), BiroPerencanaan2023.realizations()),
        scorer.score(agreement(BIRO_KEUANGAN,
                indicator("1.1", "Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA)", MeasureUnit.index(), "95"),
                indicator("1.2", "Persentase tindak lanjut temuan BPK yang diselesaikan", MeasureUnit.percent(), "90")),
            Map.of("1.1", Realization.of("97.85"), "1.2", Realization.of("87.3"))),
        scorer.score(agreement(DIT_RSA,
                indicator("1.1", "Persentase anak yang memperoleh layanan rehabilitasi sosial", MeasureUnit.percent(), "80"),
                indicator("1.2", "Jumlah LKSA yang terakreditasi", MeasureUnit.count("lembaga"), "120")),
            Map.of("1.1", Realization.of("84"), "1.2", Realization.of("117"))),
        scorer.score(agreement(DIT_RSPD,
                indicator("1.1", "Persentase penyandang disabilitas yang memperoleh layanan", MeasureUnit.percent(), "75"),
                Indicator.of("1.2", "Rata-rata waktu penyaluran alat bantu", MeasureUnit.workingDays(),
                    Target.atMost(new BigDecimal("14")))),   // ≤ 14 hari kerja: lower is better
            Map.of("1.1", Realization.of("72"), "1.2", Realization.of("12.6"))));
  }

  /** Returns the roll-up of {@link #reports()} over {@link #organisation()}. */
  public static OrgRollup rollup() {
    Map<String, ReportResult> byUnit = new LinkedHashMap<>();
    for (ReportResult r : reports()) {
      byUnit.put(r.agreement().unit().code(), r);   // OrgRollup matches reports to units by code
    }
    return OrgRollup.of(organisation(), byUnit, RoundingPolicy.defaults());
  }

  /**
   * Prints the tree with each unit's capaian, then each figure's derivation.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    Locale id = Locale.forLanguageTag("id");
    OrgRollup rollup = rollup();
    out.println("Rekapitulasi capaian kinerja 2023 — " + rollup.unit().name());
    out.println();
    out.printf("%-68s %-20s %10s%n", "Unit", "Tingkat", "Capaian");
    printTree(out, rollup, 0);
    out.println();
    out.println("* termasuk nilai sementara; capaian unit induk = rata-rata unit di bawahnya.");
    rollup.own().ifPresent(own -> out.println("IKU " + rollup.unit().code() + " sendiri: " + own.overall().explain(id)));
    out.println();
    out.print(rollup.explain(id));
  }

  private static void printTree(PrintStream out, OrgRollup node, int depth) {
    Aggregate figure = node.figure();
    String capaian = figure.rounded().map(v -> IndonesianFormat.format(v, 2) + "%").orElse("—")
        + (figure.has(Aggregate.Flag.PROVISIONAL_INCLUDED) ? "*" : " ");
    String note = "";
    if (node.unit().isLeaf() && node.own().isEmpty()) {
      note = "  (belum ada laporan)";
    } else if (!node.unit().isLeaf() && node.own().isPresent()) {
      note = "  (IKU sendiri " + IndonesianFormat.format(node.own().get().overall().rounded().orElseThrow(), 2) + "%)";
    }
    out.printf("%-68s %-20s %10s%s%n", "  ".repeat(depth) + node.unit().code() + " " + node.unit().name(),
        node.unit().level().name().replace('_', ' '), capaian, note);
    for (OrgRollup child : node.children()) {
      printTree(out, child, depth + 1);
    }
  }

  private static PerformanceAgreement agreement(OrgUnit unit, Indicator... indicators) {
    return PerformanceAgreement.builder().unit(unit).year(2023).effectiveDate(LocalDate.of(2023, 1, 31))
        .addGoals(Goal.of("S1", "Sasaran " + unit.name(), List.of(indicators)))
        .build();
  }

  private static Indicator indicator(String code, String name, MeasureUnit unit, String target) {
    return Indicator.of(code, name, unit, Target.exact(target));
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
