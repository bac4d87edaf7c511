/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets and realisations by period in a report file ({@code period}, {@code consolidation}),
 * scored for the year and year to date as of a period. Every figure below is computed by hand in
 * the comment beside it.
 */
class PeriodRowsTest {
  static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,period,consolidation\n";

  /**
   * One indicator per consolidation mode, quarterly, every quarter reported, no annual rows.
   *
   * <pre>
   *                  targets         realisasi        s.d. TW II                          year
   * S SUM dokumen    2, 3, 3, 4      2, 4, 3, 5       6 / 5 = 120%                        14 / 12 = 116,666…%
   * L LAST %         20, 40, 60, 80  25, 30, 66, 84   30 / 40 = 75%                       84 / 80 = 105%
   * A AVERAGE indeks 10, 10, 12, 12  8, 11, 12, 15    9,5 / 10 = 95%                      11,5 / 11 = 104,5454…%
   * X MAX indeks     80, 80, 85, 85  78, 85, 82, 84   85 / 80 = 106,25%                   85 / 85 = 100%
   * N MIN % lower    5, 4, 3, 2      6, 3, 3, 2,5     (2 − 3/4) × 100 = 125%              (2 − 2,5/2) × 100 = 75%
   * unit (flat)                                       521,25 / 5 = 104,25%                (350/3 + 105 + 1150/11 + 100 + 75) / 5
   *                                                                                       = (7300/33 + 280) / 5 = 100,2424…%
   * </pre>
   */
  static final String MODES = "# year: 2024\n" + HEADER
      + "S1,S,Dokumen,dokumen,,2,2,TW I,SUM\nS1,S,,,,3,4,TW II,\nS1,S,,,,3,3,TW III,\nS1,S,,,,4,5,TW IV,\n"
      + "S1,L,Persentase daerah,%,,20,25,TW I,last\nS1,L,,,,40,30,TW II,\nS1,L,,,,60,66,TW III,\nS1,L,,,,80,84,TW IV,\n"
      + "S1,A,Indeks rata-rata,indeks,,10,8,TW I,rata-rata\nS1,A,,,,10,11,TW II,\nS1,A,,,,12,12,TW III,\nS1,A,,,,12,15,TW IV,\n"
      + "S1,X,Indeks tertinggi,indeks,,80,78,TW I,MAX\nS1,X,,,,80,85,TW II,\nS1,X,,,,85,82,TW III,\nS1,X,,,,85,84,TW IV,\n"
      + "S1,N,Kesalahan data,%,lower,5,6,TW I,MIN\nS1,N,,,,4,3,TW II,\nS1,N,,,,3,3,TW III,\nS1,N,,,,2,\"2,5\",TW IV,\n";

  static PeriodScoring score(String csv, Optional<Period> asOf) {
    ReportFile f = CsvReportReader.read("t.csv", csv, ReadOptions.none());
    return PeriodScoring.score(f, f.settings().policy(f.agreement()), asOf);
  }

  static BigDecimal capaian(ReportResult r, String code) {
    return r.goals().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.indicator().code().equals(code))
        .findFirst().orElseThrow().achievement().rounded().orElseThrow();
  }

  static boolean available(ReportResult r, String code) {
    return r.goals().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.indicator().code().equals(code))
        .findFirst().orElseThrow().achievement().rounded().isPresent();
  }

  @Test
  void everyModeYearToDateAsOfTwII() {
    PeriodScoring s = score(MODES, Optional.of(Period.quarter(2024, 2)));
    ReportResult r = s.result();
    assertThat(capaian(r, "S")).isEqualByComparingTo("120.00");
    assertThat(capaian(r, "L")).isEqualByComparingTo("75.00");
    assertThat(capaian(r, "A")).isEqualByComparingTo("95.00");
    assertThat(capaian(r, "X")).isEqualByComparingTo("106.25");
    assertThat(capaian(r, "N")).isEqualByComparingTo("125.00");
    assertThat(r.overall().rounded()).contains(new BigDecimal("104.25"));
    assertThat(s.targetText("S")).isEqualTo("5");
    assertThat(s.realisasiText("A")).isEqualTo("9,5");
    assertThat(s.yearToDate("X").orElseThrow().mode()).isEqualTo(ConsolidationMode.MAX);
    assertThat(s.yearToDate("S").orElseThrow().periods()).containsExactly(Period.quarter(2024, 1), Period.quarter(2024, 2));
  }

  @Test
  void everyModeForTheWholeYearWithoutAnnualRows() {
    ReportResult r = score(MODES, Optional.empty()).result();
    assertThat(capaian(r, "S")).isEqualByComparingTo("116.67");
    assertThat(capaian(r, "L")).isEqualByComparingTo("105.00");
    assertThat(capaian(r, "A")).isEqualByComparingTo("104.55");
    assertThat(capaian(r, "X")).isEqualByComparingTo("100.00");
    assertThat(capaian(r, "N")).isEqualByComparingTo("75.00");
    assertThat(r.overall().rounded()).contains(new BigDecimal("100.24"));
    ReportFile f = CsvReportReader.read("t.csv", MODES, ReadOptions.none());
    // the year's target is the consolidation of the quarters: SUM 12, LAST 80, AVERAGE 11, MAX 85, MIN 2
    assertThat(f.targetTexts()).containsEntry("S", "12").containsEntry("L", "80").containsEntry("A", "11")
        .containsEntry("X", "85").containsEntry("N", "2");
    assertThat(f.realizations().get("A").orElseThrow().value()).contains(Rational.of(new BigDecimal("11.5")));
    assertThat(f.yearFromPeriods("S")).isTrue();
  }

  @Test
  void asOfAMonthlyIndicatorCountsTheMonthsOfTheQuarter() {
    // months Januari–Juni, SUM: targets 1 each → 6; realisasi 1, 2, 0, 1, 1, 2 → 7; 7/6 = 116,666…%
    StringBuilder csv = new StringBuilder("# year: 2024\n" + HEADER);
    String[] real = {"1", "2", "0", "1", "1", "2", "", "", "", "", "", ""};
    String[] months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember"};
    for (int m = 0; m < 12; m++) {
      csv.append("S1,M,Laporan,laporan,,1,").append(real[m]).append(',').append(months[m]).append(',').append(m == 0 ? "SUM" : "")
          .append('\n');
    }
    PeriodScoring s = score(csv.toString(), Optional.of(Period.quarter(2024, 2)));
    assertThat(capaian(s.result(), "M")).isEqualByComparingTo("116.67");
    assertThat(s.yearToDate("M").orElseThrow().asOf()).isEqualTo(Period.month(2024, 6));
    // as of Mei no quarter ends: a quarterly indicator cannot be scored then
    assertThatThrownBy(() -> score(MODES, Optional.of(Period.month(2024, 5)))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Mei 2024");
  }

  @Test
  void missingPeriodsAreStatedAndMakeTheFigureNotAvailable() {
    // S without its TW II realisasi: as of TW I 2/2 = 100%; as of TW II not available, TW II missing
    String csv = MODES.replace("S1,S,,,,3,4,TW II,", "S1,S,,,,3,,TW II,");
    assertThat(capaian(score(csv, Optional.of(Period.quarter(2024, 1))).result(), "S")).isEqualByComparingTo("100.00");
    PeriodScoring s = score(csv, Optional.of(Period.quarter(2024, 2)));
    assertThat(available(s.result(), "S")).isFalse();
    assertThat(s.yearToDate("S").orElseThrow().missing()).containsExactly(Period.quarter(2024, 2));
    assertThat(s.realisasiText("S")).isEmpty();
    // the year: S is not available either, and says which quarter is missing
    PeriodScoring y = score(csv, Optional.empty());
    assertThat(available(y.result(), "S")).isFalse();
    assertThat(y.yearToDate("S").orElseThrow().missing()).containsExactly(Period.quarter(2024, 2));
    assertThat(y.yearToDate("L").orElseThrow().missing()).isEmpty(); // every quarter reported
  }

  @Test
  void theAnnualRowGivesTheYearAndThePeriodsTheYearToDate() {
    // annual row: target 80, realisasi 30 → 37,5% for the year; quarters LAST as of TW II: 30/40 = 75%
    String csv = "# year: 2024\n" + HEADER + "S1,L,Persentase daerah,%,,80,30,,LAST\n"
        + "S1,L,,,,20,25,TW I,\nS1,L,,,,40,30,TW II,\nS1,L,,,,60,,TW III,\nS1,L,,,,80,,TW IV,\n"
        + "S1,K,Nilai SAKIP,nilai,,70,72,,\n";
    PeriodScoring year = score(csv, Optional.empty());
    assertThat(capaian(year.result(), "L")).isEqualByComparingTo("37.50");
    assertThat(capaian(year.result(), "K")).isEqualByComparingTo("102.86"); // 72/70 = 102,857…
    PeriodScoring tw2 = score(csv, Optional.of(Period.quarter(2024, 2)));
    assertThat(capaian(tw2.result(), "L")).isEqualByComparingTo("75.00");
    assertThat(available(tw2.result(), "K")).isFalse(); // no period rows: no figure as of a period
    assertThat(tw2.result().overall().rounded()).contains(new BigDecimal("75.00"));
  }

  @Test
  void theAnnualRowMayAlsoFollowThePeriodRows() {
    String csv = "# year: 2024\n" + HEADER + "S1,L,,,,20,25,TW I,\nS1,L,,,,40,30,TW II,\nS1,L,,,,60,,TW III,\nS1,L,,,,80,,TW IV,\n"
        + "S1,L,Persentase daerah,%,,80,30,,LAST\n";
    assertThat(capaian(score(csv, Optional.of(Period.quarter(2024, 2))).result(), "L")).isEqualByComparingTo("75.00");
  }

  @Test
  void aComparatorTargetKeepsItsRelation() {
    // ≤ 10 hari kerja, AVERAGE: realisasi 8 and 11 → mean 9,5; lower is better: (2 − 9,5/10) × 100 = 105%
    String csv = "# year: 2024\n" + HEADER + "S1,W,Waktu layanan,hari kerja,,≤ 10 hari kerja,8,TW I,AVERAGE\n"
        + "S1,W,,,,≤ 10,11,TW II,\nS1,W,,,,10,,TW III,\nS1,W,,,,≤ 10,,TW IV,\n";
    PeriodScoring s = score(csv, Optional.of(Period.quarter(2024, 2)));
    assertThat(capaian(s.result(), "W")).isEqualByComparingTo("105.00");
    assertThat(s.targetText("W")).isEqualTo("≤ 10");
  }

  @Test
  void theAsOfPeriodMayBeStatedInTheFile() {
    ReportFile f = CsvReportReader.read("t.csv", MODES.replace("# year: 2024\n", "# year: 2024\n# as-of: TW II\n"), ReadOptions.none());
    assertThat(f.asOf()).contains(Period.quarter(2024, 2));
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", MODES.replace("# year: 2024\n", "# year: 2024\n# as-of: TW II 2023\n"),
        ReadOptions.none())).isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:2:").hasMessageContaining("2023")
        .hasMessageContaining("report year is 2024");
    assertThatThrownBy(() -> score(MODES, Optional.of(Period.quarter(2023, 2)))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("the report year is 2024");
  }

  @Test
  void asOfTheWholeYearIsTheYearsFigures() {
    // overrides a file's # as-of: the same figures as without as-of (unit 100,24%, see MODES)
    PeriodScoring s = score(MODES.replace("# year: 2024\n", "# year: 2024\n# as-of: TW II\n"), Optional.of(Period.year(2024)));
    assertThat(s.asOf()).isEmpty();
    assertThat(s.result().overall().rounded()).contains(new BigDecimal("100.24"));
  }

  @Test
  void anIndicatorWithPeriodsOnlyMayNotCarryFiguresPrintedElsewhere() {
    String json = "{\"schema\":\"lakin-report/2\",\"year\":2024,\"goals\":[{\"code\":\"S1\",\"indicators\":["
        + "{\"code\":\"S\",\"consolidation\":\"SUM\",\"printedElsewhere\":{\"target\":[\"12\"]},\"periods\":["
        + "{\"period\":\"Semester I\",\"target\":5},{\"period\":\"Semester II\",\"target\":7}]}]}]}";
    assertThatThrownBy(() -> JsonReportReader.read("t.json", json)).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("has no target");
    ReportFile f = JsonReportReader.read("t.json", json.replace(",\"printedElsewhere\":{\"target\":[\"12\"]}", ""));
    assertThat(f.targetTexts()).containsEntry("S", "12"); // 5 + 7, semesters
  }

  @Test
  void asOfNeedsPeriodRows() {
    String csv = "# year: 2024\n" + HEADER + "S1,K,Nilai SAKIP,nilai,,70,72,,\n";
    assertThatThrownBy(() -> score(csv, Optional.of(Period.quarter(2024, 2)))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("period rows");
  }

  private static void refused(String rows, String where, String why) {
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", "# year: 2024\n" + HEADER + rows, ReadOptions.none()))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining(where).hasMessageContaining(why);
  }

  private static final String QUARTERS = "S1,S,Dokumen,dokumen,,2,2,TW I,SUM\nS1,S,,,,3,4,TW II,\nS1,S,,,,3,3,TW III,\nS1,S,,,,4,5,TW IV,\n";

  @Test
  void badPeriodRowsAreRefusedAtTheirCell() {
    // lines: 1 # year, 2 header, 3.. rows; in "S1,S,,,,3,3,TW III," the period starts at column 13, in line 3 at 27, its SUM at 32
    refused(QUARTERS.replace("TW III,", "Juli,"), "t.csv:5:13", "is a month but TW I (line 3) is a quarter");
    refused(QUARTERS.replace("TW III,", "TW II,"), "t.csv:5:13", "given twice (first at line 4)");
    refused(QUARTERS.replace("TW III,", "TW III 2023,"), "t.csv:5:13", "lies in 2023 but the report year is 2024");
    refused(QUARTERS.replace("SUM", "TOTAL"), "t.csv:3:32", "write SUM (jumlah), LAST (terakhir)");
    refused(QUARTERS.replace("SUM", ""), "t.csv:3:", "say how they make the year-to-date value");
    refused(QUARTERS.replace("S1,S,,,,4,5,TW IV,\n", ""), "t.csv:3:27", "no row for TW IV 2024");
    refused(QUARTERS.replace("TW III,", "triwulan lima,"), "t.csv:5:13", "write a quarter TW I");
    refused(QUARTERS.replace("TW III,", "2024,"), "t.csv:5:13", "annual figure on a row without period");
    refused(QUARTERS.replace("S1,S,,,,3,3,TW III,", "S1,S,Lain,,,3,3,TW III,"), "t.csv:5:6", "differs from the indicator's first row");
    refused(QUARTERS.replace("S1,S,,,,3,3,TW III,", "S1,S,,,,3,3,TW III,") + "S1,K,Nilai,nilai,,70,72,,\nS1,S,,,,1,1,TW I,\n",
        "t.csv:8:", "must follow one another");
  }

  @Test
  void theBulkPathHandsPeriodRowsToTheObjectPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.csv");
    Files.writeString(file, MODES);
    assertThat(BulkCsvScan.scan(file, ReadOptions.none(), ReportSettings.none())).isEmpty();
    Files.writeString(file, "# year: 2024\n# as-of: TW II\n" + HEADER + "S1,K,Nilai SAKIP,nilai,,70,72,,\n");
    assertThat(BulkCsvScan.scan(file, ReadOptions.none(), ReportSettings.none())).isEmpty();
    // the same file without period rows or as-of takes the bulk path
    Files.writeString(file, "# year: 2024\n" + HEADER + "S1,K,Nilai SAKIP,nilai,,70,72,,\n");
    assertThat(BulkCsvScan.scan(file, ReadOptions.none(), ReportSettings.none())).isPresent();
  }

  @Test
  void jsonVersion2GivesPeriodsAsAList() {
    String json = "{\"schema\":\"lakin-report/2\",\"year\":2024,\"asOf\":\"TW II 2024\",\"goals\":[{\"code\":\"S1\",\"indicators\":["
        + "{\"code\":\"S\",\"name\":\"Dokumen\",\"unit\":\"dokumen\",\"consolidation\":\"SUM\",\"periods\":["
        + "{\"period\":\"TW I\",\"target\":2,\"realisasi\":2},{\"period\":\"TW II\",\"target\":3,\"realisasi\":4},"
        + "{\"period\":\"TW III\",\"target\":3},{\"period\":\"TW IV\",\"target\":4}]},"
        + "{\"code\":\"L\",\"name\":\"Persentase\",\"unit\":\"%\",\"target\":80,\"realisasi\":30,\"consolidation\":\"LAST\",\"periods\":["
        + "{\"period\":\"TW I\",\"target\":20,\"realisasi\":25},{\"period\":\"TW II\",\"target\":40,\"realisasi\":30},"
        + "{\"period\":\"TW III\",\"target\":60},{\"period\":\"TW IV\",\"target\":80}]}]}]}";
    ReportFile f = JsonReportReader.read("t.json", json);
    assertThat(f.asOf()).contains(Period.quarter(2024, 2));
    ReportResult r = PeriodScoring.score(f, ReportPolicy.defaults(), f.asOf()).result();
    assertThat(capaian(r, "S")).isEqualByComparingTo("120.00"); // 6 / 5
    assertThat(capaian(r, "L")).isEqualByComparingTo("75.00"); // 30 / 40
    ReportResult year = PeriodScoring.score(f, ReportPolicy.defaults(), Optional.empty()).result();
    assertThat(available(year, "S")).isFalse(); // TW III and TW IV not reported
    assertThat(capaian(year, "L")).isEqualByComparingTo("37.50"); // the annual 30 / 80
    assertThatThrownBy(() -> JsonReportReader.read("t.json", json.replace("\"TW III\",\"target\":3", "\"TW II\",\"target\":3")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("/goals/0/indicators/0/periods/2/period")
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> JsonReportReader.read("t.json", json.replace("\"SUM\"", "\"SUMA\"")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("/goals/0/indicators/0/consolidation");
  }

  /** A workbook with the sheet laporan: the header above, then the rows (String or Number cells), and the year 2024. */
  static byte[] workbook(Object[][] rows) throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("laporan");
      String[] head = HEADER.strip().split(",", -1);
      org.apache.poi.ss.usermodel.Row h = s.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        org.apache.poi.ss.usermodel.Row x = s.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof String) {
            x.createCell(c).setCellValue((String) v);
          } else if (v != null) {
            x.createCell(c).setCellValue(((Number) v).doubleValue());
          }
        }
      }
      org.apache.poi.ss.usermodel.Row y = wb.createSheet("pengaturan").createRow(0);
      y.createCell(0).setCellValue("year");
      y.createCell(1).setCellValue("2024");
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aWorkbookHasThePeriodColumnsToo() throws IOException {
    Object[][] rows = {{"S1", "S", "Dokumen", "dokumen", null, 2, 2, "TW I", "SUM"}, {"S1", "S", null, null, null, 3, 4, "TW II", null},
        {"S1", "S", null, null, null, 3, null, "TW III", null}, {"S1", "S", null, null, null, 4, null, "TW IV", null}};
    ReportFile f = WorkbookReportReader.read("t.xlsx", new java.io.ByteArrayInputStream(workbook(rows)), ReadOptions.none());
    assertThat(capaian(PeriodScoring.score(f, ReportPolicy.defaults(), Optional.of(Period.quarter(2024, 2))).result(), "S"))
        .isEqualByComparingTo("120.00"); // (2 + 4) / (2 + 3)
    rows[2][7] = "Juli";
    assertThatThrownBy(() -> WorkbookReportReader.read("t.xlsx", new java.io.ByteArrayInputStream(workbook(rows)), ReadOptions.none()))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx laporan!H4:").hasMessageContaining("is a month");
  }

  @Test
  void aFileWithoutPeriodsHasNone() {
    ReportFile f = CsvReportReader.read("t.csv", "# year: 2024\n" + HEADER + "S1,K,Nilai SAKIP,nilai,,70,72,,\n", ReadOptions.none());
    assertThat(f.periods()).isEmpty();
    assertThat(f.asOf()).isEmpty();
    assertThat(List.copyOf(f.targetTexts().values())).containsExactly("70");
  }
}
