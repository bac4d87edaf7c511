/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data: the Perjanjian Kinerja 2023 of Biro Perencanaan, Kementerian Sosial, and its printed
 * realisations and capaian, copied from DOMAIN.md §12 and built through the public API only.
 *
 * <p>The agreement holds the targets; realisations are not part of an agreement and are given
 * separately by {@link #realizations()}. Goal statements and the effective date are not printed in
 * §12, so the ones here are placeholders (marked below); every number is as printed.
 */
final class BiroPerencanaan2023Fixture {
  private BiroPerencanaan2023Fixture() {}

  /** The performance year. */
  static final int YEAR = 2023;

  /** Code of the unit that signed the agreement. */
  static final String UNIT_CODE = "BIRO-PERENCANAAN";

  /** Placeholder: §12 does not print the signing date of the version measured. */
  static final LocalDate EFFECTIVE_DATE = LocalDate.of(2023, 1, 2);

  /** Pagu awal (before revision), Rp. */
  static final BigDecimal INITIAL_PAGU = new BigDecimal("13393506000");
  /** Pagu akhir (revised), Rp. */
  static final BigDecimal FINAL_PAGU = new BigDecimal("9970949000");
  /** Realisasi anggaran, Rp. */
  static final BigDecimal BUDGET_REALIZATION = new BigDecimal("9960052227");

  /** Printed unit capaian: the flat mean of the 11 indicators. */
  static final BigDecimal PRINTED_UNIT_CAPAIAN = new BigDecimal("106.51");
  /** Printed budget absorption (% serapan). */
  static final BigDecimal PRINTED_ABSORPTION = new BigDecimal("99.89");
  /** Printed efficiency gap, percentage points. */
  static final BigDecimal PRINTED_EFFICIENCY_GAP = new BigDecimal("6.62");
  /** The nine NRR values behind indicator 4.1 (IKM). */
  static final List<String> IKM_NRR =
      List.of("3.450", "3.515", "3.441", "3.416", "3.500", "3.619", "3.584", "3.906", "4.000");

  /** One row of the §12 table. */
  record Row(String goal, String code, String name, MeasureUnit unit, String target, String realisasi, String capaian) {}

  /** The §12 table, in report order. */
  static final List<Row> ROWS = List.of(
      new Row("SK1", "1.1", "Nilai akuntabilitas kinerja Kementerian Sosial", MeasureUnit.index(), "69", "69.31", "100.45"),
      new Row("SK1", "1.2", "Indeks Perencanaan Pembangunan", MeasureUnit.index(), "81", "88.83", "109.67"),
      new Row("SK1", "1.3", "Indeks Kualitas Kebijakan", MeasureUnit.index(), "70", "96.64", "138.06"),
      new Row("SK1", "1.4", "Nilai kinerja anggaran (SMART) Kementerian Sosial", MeasureUnit.index(), "94", "95.50", "101.60"),
      new Row("SK1", "1.5", "Jumlah dokumen rekomendasi kebijakan", MeasureUnit.count("dokumen"), "3", "3", "100.00"),
      new Row("SK2", "2.1", "Persentase dokumen kerja sama internasional yang mendukung", MeasureUnit.percent(), "100", "100", "100.00"),
      new Row("SK2", "2.2", "Persentase perjanjian kerja sama internasional yang diimplementasikan", MeasureUnit.percent(), "100", "100", "100.00"),
      new Row("SK3", "3.1", "Persentase daerah yang meningkat kemampuan penerapan SPM", MeasureUnit.percent(), "80", "95.83", "119.79"),
      new Row("SK4", "4.1", "Nilai kepuasan stakeholder", MeasureUnit.index(), "90", "90.09", "100.10"),
      new Row("SK4", "4.2", "Nilai akuntabilitas kinerja Biro Perencanaan", MeasureUnit.index(), "83", "82.96", "99.95"),
      new Row("SK4", "4.3", "Nilai kinerja anggaran (SMART) Sekretariat Jenderal", MeasureUnit.index(), "90", "91.76", "101.96"));

  /** Printed goal capaian. */
  static final Map<String, BigDecimal> PRINTED_GOAL_CAPAIAN = Map.of(
      "SK1", new BigDecimal("109.95"),
      "SK2", new BigDecimal("100.00"),
      "SK3", new BigDecimal("119.79"),
      "SK4", new BigDecimal("100.67"));

  /** Placeholder goal statements (§12 names the goals only by code). */
  private static final Map<String, String> GOAL_NAMES = Map.of(
      "SK1", "Sasaran Kegiatan 1: kualitas perencanaan, kebijakan dan akuntabilitas kinerja",
      "SK2", "Sasaran Kegiatan 2: kerja sama internasional",
      "SK3", "Sasaran Kegiatan 3: penerapan SPM bidang sosial di daerah",
      "SK4", "Sasaran Kegiatan 4: tata kelola Biro Perencanaan");

  /** Returns kementerian Sosial &gt; Sekretariat Jenderal &gt; Biro Perencanaan (and a sibling biro). */
  static OrgUnit kemensos() {
    return OrgUnit.of("KEMENSOS", "Kementerian Sosial", OrgLevel.KEMENTERIAN_LEMBAGA, List.of(
        OrgUnit.of("SETJEN", "Sekretariat Jenderal", OrgLevel.ESELON_I, List.of(
            biroPerencanaan(),
            OrgUnit.of("BIRO-KEUANGAN", "Biro Keuangan", OrgLevel.ESELON_II)))));
  }

  /** Returns the unit that signed the agreement. */
  static OrgUnit biroPerencanaan() {
    return OrgUnit.of(UNIT_CODE, "Biro Perencanaan", OrgLevel.ESELON_II);
  }

  /** Returns the indicator of one row, with the default polarity (higher is better). */
  static Indicator indicator(Row row) {
    return Indicator.builder()
        .code(row.code())
        .name(row.name())
        .unit(row.unit())
        .target(Target.exact(row.target()))
        .build();
  }

  /** Returns the budget line of the unit (no goal code: the whole biro). */
  static BudgetLine budget() {
    return BudgetLine.builder()
        .code("BIRO-PERENCANAAN-2023")
        .name("Anggaran Biro Perencanaan 2023")
        .initialPagu(INITIAL_PAGU)
        .finalPagu(FINAL_PAGU)
        .realization(BUDGET_REALIZATION)
        .build();
  }

  /** Returns the goals SK1..SK4 with their 11 indicators, in report order. */
  static List<Goal> goals() {
    Map<String, List<Indicator>> byGoal = new LinkedHashMap<>();
    for (Row row : ROWS) {
      byGoal.computeIfAbsent(row.goal(), g -> new ArrayList<>()).add(indicator(row));
    }
    List<Goal> goals = new ArrayList<>();
    byGoal.forEach((code, indicators) -> goals.add(Goal.of(code, GOAL_NAMES.get(code), indicators)));
    return goals;
  }

  /** Returns the agreement measured at year end (indicator 4.2 target 83). */
  static PerformanceAgreement agreement() {
    return agreement("awal", EFFECTIVE_DATE);
  }

  /**
   * Returns the §12 agreement under that label and date.
   *
   * @param version the version label
   * @param effectiveDate when it takes effect
   * @return the §12 agreement under that label and date
   */
  static PerformanceAgreement agreement(String version, LocalDate effectiveDate) {
    return PerformanceAgreement.builder()
        .unit(biroPerencanaan())
        .year(YEAR)
        .version(version)
        .effectiveDate(effectiveDate)
        .addAllGoals(goals())
        .addBudget(budget())
        .build();
  }

  /**
   * Returns the printed realisations by indicator code, in report order; 4.2 is the 2022 value,
   * marked provisional.
   *
   * @return the printed realisations by indicator code, in report order; 4.2 is the 2022 value,
   *     marked provisional
   */
  static Map<String, Realization> realizations() {
    Map<String, Realization> out = new LinkedHashMap<>();
    for (Row row : ROWS) {
      Realization r = Realization.of(row.realisasi());
      if (row.code().equals("4.2")) {
        r = r.provisional(Period.year(2022), "nilai tahun 2022");
      }
      out.put(row.code(), r);
    }
    return out;
  }

  /** Returns the printed capaian by indicator code, in report order. */
  static Map<String, BigDecimal> printedCapaian() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Row row : ROWS) {
      out.put(row.code(), new BigDecimal(row.capaian()));
    }
    return out;
  }
}
