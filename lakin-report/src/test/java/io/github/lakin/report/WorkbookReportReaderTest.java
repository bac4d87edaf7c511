/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Workbooks in: the committed example scores to DOMAIN.md §12, cell by cell as the CSV form, and
 * workbooks written here with Apache POI (an independent writer) exercise each cell rule.
 */
class WorkbookReportReaderTest {
  static final Path EXAMPLE = Path.of("..", "lakin-examples", "reports", "biro-perencanaan-2023.xlsx");
  static final Path CSV = Path.of("..", "lakin-examples", "reports", "biro-perencanaan-2023.csv");
  static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed";

  private static ReportResult score(ReportFile f) {
    ReportPolicy policy = f.settings().policy(f.agreement());
    return ReportScorer.of(policy).score(f.agreement(), f.realizations());
  }

  @Test
  void theExampleWorkbookScoresTheGoldenFigures() throws IOException {
    ReportFile f = ReportFiles.read(EXAMPLE, ReadOptions.none());
    ReportResult r = score(f);
    assertThat(f.agreement().year()).isEqualTo(2023);
    assertThat(f.agreement().unit().code()).isEqualTo("BIRO-PERENCANAAN");
    assertThat(r.overall().rounded()).contains(new BigDecimal("106.51"));
    Map<String, BigDecimal> goals = new LinkedHashMap<>();
    for (GoalResult g : r.goals()) {
      goals.put(g.goal().code(), g.aggregate().rounded().orElseThrow());
    }
    assertThat(goals).containsExactly(Map.entry("SK1", new BigDecimal("109.95")), Map.entry("SK2", new BigDecimal("100.00")),
        Map.entry("SK3", new BigDecimal("119.79")), Map.entry("SK4", new BigDecimal("100.67")));
    assertThat(r.counts().met()).isEqualTo(10);
  }

  @Test
  void theExampleWorkbookReadsAsTheExampleCsvIndicatorByIndicator() throws IOException {
    ReportFile x = ReportFiles.read(EXAMPLE, ReadOptions.none());
    ReportFile c = ReportFiles.read(CSV, ReadOptions.none());
    ReportResult rx = score(x);
    ReportResult rc = score(c);
    assertThat(rx.goals()).hasSameSizeAs(rc.goals());
    for (int g = 0; g < rc.goals().size(); g++) {
      for (int i = 0; i < rc.goals().get(g).indicators().size(); i++) {
        IndicatorResult a = rx.goals().get(g).indicators().get(i);
        IndicatorResult b = rc.goals().get(g).indicators().get(i);
        assertThat(a.indicator()).isEqualTo(b.indicator());
        assertThat(a.achievement().rounded()).isEqualTo(b.achievement().rounded());
        assertThat(a.achievement().realization().value()).isEqualTo(b.achievement().realization().value());
      }
    }
    // printed figures as the cells show them: 101.6 under 0.00 is 101,60, compared at two decimals;
    // 1.5's printed figure is a formula, read by its cached value
    assertThat(x.printed().indicators()).isEqualTo(c.printed().indicators());
    assertThat(x.printed().indicators().get("1.4")).isEqualByComparingTo("101.60").extracting(BigDecimal::scale).isEqualTo(2);
    assertThat(x.printed().indicators().get("1.5").scale()).isEqualTo(2);
    assertThat(x.printed().overall()).isEqualTo(c.printed().overall());
    // a stored 95.5 under 0.00 reads as shown, 95,50: the same value
    assertThat(x.realisasiTexts()).containsEntry("1.4", "95,50").containsEntry("1.1", "69,31").containsEntry("4.2", "82,96*")
        .containsEntry("1.5", "3,00");
  }

  /** A workbook written by POI: sheet laporan from rows (String, Number or a Formula), sheet pengaturan from pairs. */
  static byte[] workbook(Object[][] rows, String[][] settings, String printedFormat) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet s = wb.createSheet("laporan");
      CellStyle fmt = wb.createCellStyle();
      fmt.setDataFormat(wb.createDataFormat().getFormat(printedFormat));
      String[] head = HEADER.split(",", -1);
      Row h = s.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row x = s.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v == null) {
            continue;
          }
          Cell cell = x.createCell(c);
          if (v instanceof Formula) {
            cell.setCellFormula(((Formula) v).text);
          } else if (v instanceof String) {
            cell.setCellValue((String) v);
          } else {
            cell.setCellValue(((Number) v).doubleValue());
            cell.setCellStyle(fmt);
          }
        }
      }
      XSSFSheet p = wb.createSheet("pengaturan");
      for (int r = 0; r < settings.length; r++) {
        Row x = p.createRow(r);
        x.createCell(0).setCellValue(settings[r][0]);
        x.createCell(1).setCellValue(settings[r][1]);
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static final class Formula {
    final String text;

    Formula(String text) {
      this.text = text;
    }
  }

  private static final String[][] YEAR = {{"year", "2023"}};

  private static ReportFile read(byte[] xlsx) throws IOException {
    return WorkbookReportReader.read("t.xlsx", new ByteArrayInputStream(xlsx), ReadOptions.none());
  }

  @Test
  void aNumberCellIsExactlyItsStoredValueWhateverTheNumberStyle() throws IOException {
    // 1.25 Ha stored as a number: no question of 1250 vs 1,25; as text "1.250" it is ambiguous for Ha
    ReportFile f = read(workbook(new Object[][] {{"G", "1", "Luas", "Ha", "higher", 1, 1.25, null, null}}, YEAR, "0.000"));
    assertThat(score(f).overall().rounded()).contains(new BigDecimal("125.00"));
    assertThatThrownBy(() -> read(workbook(new Object[][] {{"G", "1", "Luas", "Ha", "higher", 1, "1.250", null, null}}, YEAR, "0")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.xlsx laporan!G2");
  }

  @Test
  void aPercentFormattedCellMeansItsValueTimesAHundred() throws IOException {
    ReportFile f = read(workbook(new Object[][] {{"G", "1", "Daerah", "%", "higher", "80", 0.9583, null, null}}, YEAR, "0.00%"));
    assertThat(f.realisasiTexts().get("1")).isEqualTo("95,83");
    assertThat(score(f).overall().rounded()).contains(new BigDecimal("119.79"));
  }

  @Test
  void aPrintedFigureIsTakenAtTheDecimalsItsFormatShows() throws IOException {
    ReportFile f = read(workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 94, 95.5, null, 101.6}}, YEAR, "0.00"));
    assertThat(f.printed().indicators().get("1")).isEqualByComparingTo("101.60").extracting(BigDecimal::scale).isEqualTo(2);
    ReportFile g = read(workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 94, 95.5, null, 101.6049}}, YEAR, "0.0"));
    assertThat(g.printed().indicators().get("1")).isEqualTo(new BigDecimal("101.6"));
  }

  @Test
  void aFormulaWithoutAComputedValueIsAnErrorNamingItsCell() throws IOException {
    byte[] x = workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 94, 95.5, null, new Formula("G2/F2*100")}}, YEAR, "0.00");
    assertThatThrownBy(() -> read(x)).isInstanceOf(InvalidTextException.class).hasMessageContaining("t.xlsx laporan!I2")
        .hasMessageContaining("open and save the workbook in a spreadsheet program");
  }

  @Test
  void textCellsGoThroughTheCellGrammarAsInCsv() throws IOException {
    ReportFile f = read(workbook(new Object[][] {{"G", "1", "x", "hari kerja", "", "≤ 10 hari kerja", "8", null, null},
        {"G", "2", "y", "nilai", "higher", "69", "82,96*", null, null}}, YEAR, "0"));
    assertThat(f.realisasiTexts()).containsEntry("2", "82,96*");
    assertThat(score(f).goals().get(0).indicators().get(0).achievement().rounded()).contains(new BigDecimal("120.00"));
  }

  @Test
  void errorsNameWorkbookSheetAndCellAndGiveNoPartialResult() throws IOException {
    assertThatThrownBy(() -> read(workbook(new Object[][] {{"G", "1", "x", "nilai", "sideways", 1, 1, null, null}}, YEAR, "0")))
        .hasMessageStartingWith("t.xlsx laporan!E2: cannot read \"sideways\" as a polarity");
    assertThatThrownBy(() -> read(workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 1, 1, null, null}},
        new String[][] {{"year", "2023"}, {"yaer", "2024"}}, "0")))
        .hasMessageStartingWith("t.xlsx pengaturan!A2: cannot read \"yaer\" as a report setting");
    assertThatThrownBy(() -> read(workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 1, 1, null, null}},
        new String[0][], "0"))).hasMessageContaining("does not state its year");
    assertThatThrownBy(() -> read(workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 1, 1, null, null},
        {"G", "1", "x", "nilai", "higher", 1, 1, null, null}}, YEAR, "0"))).hasMessageStartingWith("t.xlsx laporan!B3:");
  }

  @Test
  void aNumberUnderADateFormatIsRefused() throws IOException {
    assertThatThrownBy(() -> read(workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 1, 45000, null, null}}, YEAR, "dd/mm/yyyy")))
        .hasMessageStartingWith("t.xlsx laporan!F2:").hasMessageContaining("formatted as a date");
  }

  @Test
  void notAWorkbookIsOneError() {
    assertThatThrownBy(() -> WorkbookReportReader.read("t.xlsx", new ByteArrayInputStream("goal,indicator\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), ReadOptions.none()))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx: cannot read");
  }

  @Test
  void columnNamesAndFormatHelpers() {
    assertThat(WorkbookReportReader.columnName(0)).isEqualTo("A");
    assertThat(WorkbookReportReader.columnName(25)).isEqualTo("Z");
    assertThat(WorkbookReportReader.columnName(26)).isEqualTo("AA");
    assertThat(WorkbookReportReader.decimals("0.00")).isEqualTo(2);
    assertThat(WorkbookReportReader.decimals("#,##0")).isZero();
    assertThat(WorkbookReportReader.decimals("General")).isEqualTo(-1);
    assertThat(WorkbookReportReader.dateFormat("dd/mm/yyyy")).isTrue();
    assertThat(WorkbookReportReader.dateFormat("0.00\" hari\"")).isFalse();
    assertThat(WorkbookReportReader.dateFormat("[$Rp-421]#,##0")).isFalse();
  }

  /**
   * A number under a date format is refused (a code 1.1 the spreadsheet turned into a date): a
   * format is a date's when, outside quotes, escapes and brackets, it has y, d, h or s, or m
   * without a 0 or # beside it (m alone is months or minutes; 0.0 "m" is a number in metres).
   */
  @Test
  void dateFormatsAreKnownByTheirLetters() {
    for (String date : new String[] {"yyyy-mm-dd", "d/m/yyyy", "h:mm", "ss", "mm", "mmm", "[h]:mm", "]d", "DD-MM", "\"x\"d"}) {
      assertThat(WorkbookReportReader.dateFormat(date)).as(date).isTrue();
    }
    for (String number : new String[] {"General", "general", "0.00", "#,##0", "0m", "#m", "0.0 \"m\"", "[$Rp-421] #,##0",
        "[Red]0.00", "0\\d", "_d0", "*d0", "\"yy\"0", "[[h]]0", ""}) {
      assertThat(WorkbookReportReader.dateFormat(number)).as(number).isFalse();
    }
  }

  /** A cell right of the header and a cell holding a spreadsheet error are refused at their cells. */
  @Test
  void cellsOutsideTheHeaderAndErrorCellsAreNamed() throws IOException {
    // the header has 9 columns (A to I): a value in J is outside it
    assertThatThrownBy(() -> read(workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 1, 1, null, null, "catatan"}}, YEAR, "0")))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx laporan!J2:")
        .hasMessageContaining("right of the header's last column");
    // a blank text there is no value
    assertThat(read(workbook(new Object[][] {{"G", "1", "x", "nilai", "higher", 1, 1, null, null, "  "}}, YEAR, "0"))
        .agreement().indicators()).hasSize(1);
    byte[] error;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.poi.xssf.usermodel.XSSFSheet s = wb.createSheet("laporan");
      String[] head = HEADER.split(",", -1);
      Row h = s.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      Row r = s.createRow(1);
      String[] cells = {"G", "1", "x", "nilai", "higher", "1"};
      for (int i = 0; i < cells.length; i++) {
        r.createCell(i).setCellValue(cells[i]);
      }
      r.createCell(6).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
      wb.createSheet("pengaturan").createRow(0).createCell(0).setCellValue("year");
      wb.getSheet("pengaturan").getRow(0).createCell(1).setCellValue("2023");
      wb.write(out);
      error = out.toByteArray();
    }
    assertThatThrownBy(() -> read(error)).isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx laporan!G2:")
        .hasMessageContaining("#DIV/0!").hasMessageContaining("spreadsheet error");
  }
}
