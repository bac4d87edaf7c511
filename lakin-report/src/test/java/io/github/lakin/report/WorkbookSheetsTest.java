/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.text.InvalidTextException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which sheets a workbook report is read from (laporan or the first sheet, pengaturan or settings,
 * anggaran or budget), the rows a sheet skips, and each kind of cell (boolean, formula with a
 * stored number, text, boolean or error, numbers under section, percent and General formats). The
 * workbooks are written here with Apache POI, an independent writer; every expected figure is the
 * cell's value as typed below.
 */
class WorkbookSheetsTest {
  private static final String[] HEADER = {"goal", "indicator", "name", "unit", "polarity", "target", "realisasi", "weight", "printed"};
  private static final Object[][] YEAR = {{"year", "2023"}};

  /** A number with a format, e.g. {@code new Num(0.25, "0.0%")}. */
  record Num(double value, String format) {}

  /** A formula with the value the spreadsheet stored for it: a Number, String, Boolean, FormulaError or null (none). */
  record F(String formula, Object cached) {}

  /** A workbook of sheets in order, each a name and its rows; a row is an array of cells (null: no cell). */
  private static byte[] book(Object... nameThenRows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Map<String, CellStyle> styles = new LinkedHashMap<>();
      for (int i = 0; i < nameThenRows.length; i += 2) {
        XSSFSheet s = wb.createSheet((String) nameThenRows[i]);
        Object[][] rows = (Object[][]) nameThenRows[i + 1];
        for (int r = 0; r < rows.length; r++) {
          if (rows[r] == null) {
            continue;
          }
          Row x = s.createRow(r);
          for (int c = 0; c < rows[r].length; c++) {
            Object v = rows[r][c];
            if (v == null) {
              continue;
            }
            Cell cell = x.createCell(c);
            if (v instanceof F) {
              F f = (F) v;
              cell.setCellFormula(f.formula());
              if (f.cached() instanceof Number) {
                cell.setCellValue(((Number) f.cached()).doubleValue());
              } else if (f.cached() instanceof String) {
                cell.setCellValue((String) f.cached());
              } else if (f.cached() instanceof Boolean) {
                cell.setCellValue((Boolean) f.cached());
              } else if (f.cached() instanceof FormulaError) {
                cell.setCellErrorValue(((FormulaError) f.cached()).getCode());
              }
            } else if (v instanceof Num) {
              Num n = (Num) v;
              cell.setCellValue(n.value());
              cell.setCellStyle(styles.computeIfAbsent(n.format(), k -> {
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat(k));
                return st;
              }));
            } else if (v instanceof Number) {
              cell.setCellValue(((Number) v).doubleValue());
            } else if (v instanceof Boolean) {
              cell.setCellValue((Boolean) v);
            } else {
              cell.setCellValue((String) v);
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static Object[][] rows(Object[]... rows) {
    Object[][] all = new Object[rows.length + 1][];
    all[0] = HEADER;
    System.arraycopy(rows, 0, all, 1, rows.length);
    return all;
  }

  private static ReportFile read(byte[] xlsx) throws IOException {
    return WorkbookReportReader.read("t.xlsx", new ByteArrayInputStream(xlsx), ReadOptions.none());
  }

  private static final Object[] ONE = {"G", "1", "x", "nilai", "higher", 80, 60};

  @Test
  void theSheetNamedLaporanIsReadWhereverItStands() throws IOException {
    ReportFile f = read(book("catatan", new Object[][] {{"bukan", "laporan"}}, " Laporan ", rows(ONE), "pengaturan", YEAR));
    assertThat(f.agreement().indicators()).extracting(Indicator::code).containsExactly("1");
    assertThat(f.realisasiTexts()).containsEntry("1", "60");
    // without one, the first sheet is read
    ReportFile g = read(book("data", rows(ONE), "lain", new Object[][] {{"apa", "saja"}}, "Settings", YEAR));
    assertThat(g.agreement().indicators()).extracting(Indicator::code).containsExactly("1");
    assertThat(g.agreement().year()).isEqualTo(2023);
  }

  @Test
  void aWorkbookWithOnlyTheSettingsSheetReadsItAsTheRows() throws IOException {
    // its only sheet is the rows sheet, not the settings: 'year | 2023' is not a header of the report columns
    assertThatThrownBy(() -> WorkbookReportReader.read("t.xlsx", new ByteArrayInputStream(book("pengaturan", YEAR)),
        ReadOptions.none().withYear(2023))).isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx pengaturan!A1:");
  }

  @Test
  void anEmptyRowsSheetIsNamed() throws IOException {
    assertThatThrownBy(() -> read(book("laporan", new Object[][] {null, {"", " "}}, "pengaturan", YEAR)))
        .isInstanceOf(InvalidTextException.class)
        .hasMessage("t.xlsx laporan: cannot read \"\" as a header row: the sheet is empty; its first row is"
            + " goal,indicator,name,unit,polarity,target,realisasi,weight,printed");
  }

  @Test
  void blankRowsBeforeAndBetweenAreSkippedAndCellsKeepTheirRowNumbers() throws IOException {
    Object[][] sheet = {null, {" ", ""}, HEADER, {"G", "1", "x", "nilai", "higher", 80, 60}, null, {"", "  "},
        {"G", "2", "y", "nilai", "higher", 50, "lima"}};
    // the bad cell is G7: the seventh row as the sheet shows it
    assertThatThrownBy(() -> read(book("laporan", sheet, "pengaturan", YEAR))).isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("t.xlsx laporan!G7: cannot read \"lima\"");
    sheet[6][6] = 40;
    assertThat(read(book("laporan", sheet, "pengaturan", YEAR)).agreement().indicators()).extracting(Indicator::code)
        .containsExactly("1", "2");
  }

  @Test
  void theHeaderEndsAtItsLastNamedColumn() throws IOException {
    Object[] head = {"goal", "indicator", "name", "unit", "polarity", "target", "realisasi", "", " "};
    // A to G named, H and I empty: a value in H is outside the header (quoted as stored: POI writes the double 2 as 2.0)
    assertThatThrownBy(() -> read(book("laporan", new Object[][] {head, {"G", "1", "x", "nilai", "higher", 80, 60, 2}}, "pengaturan", YEAR)))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx laporan!H2: cannot read \"2.0\" as a cell");
    assertThat(read(book("laporan", new Object[][] {head, ONE}, "pengaturan", YEAR)).agreement().indicators()).hasSize(1);
  }

  @Test
  void theSettingsSheetHasAnOptionalHeaderNotesAndEmptyValues() throws IOException {
    Object[][] settings = {{"Kunci", "Nilai", "catatan"}, {"year", "2023", "tahun laporan"}, {"cap", null, "kosong: tidak dinyatakan"},
        {"", "abaikan"}, {"scale", 1}};
    ReportFile f = read(book("laporan", rows(ONE), "pengaturan", settings));
    assertThat(f.agreement().year()).isEqualTo(2023);
    assertThat(f.settings().cap()).isEmpty();
    assertThat(f.settings().scale()).contains(1);
    ReportFile g = read(book("laporan", rows(ONE), "settings", new Object[][] {{"KEY", "value"}, {"year", 2023}}));
    assertThat(g.agreement().year()).isEqualTo(2023);
    // only the first row can be the header: 'key' further down is an unknown setting
    assertThatThrownBy(() -> read(book("laporan", rows(ONE), "pengaturan", new Object[][] {{"year", 2023}, {"key", "value"}})))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx pengaturan!A2: cannot read \"key\" as a report setting")
        .hasMessageContaining("its key in column A");
    // a key stated twice names both cells
    assertThatThrownBy(() -> read(book("laporan", rows(ONE), "pengaturan", new Object[][] {{"year", 2023}, {"year", 2024}})))
        .isInstanceOf(InvalidTextException.class)
        .hasMessage("t.xlsx pengaturan!B2: cannot read \"2024\" as the setting year: it is set twice (first at t.xlsx pengaturan!B1)");
  }

  @Test
  void theBudgetSheetUnderEitherName() throws IOException {
    Object[][] budget = {{"code", "name", "goal", "pagu", "realisasi"}, {"P1", "Program satu", "G", 1000000, 950000},
        {"P2", "Program dua", "G", new Num(500000, "#,##0"), new Num(500000, "#,##0")}};
    ReportFile f = read(book("laporan", rows(ONE), "pengaturan", YEAR, "Anggaran", budget));
    assertThat(f.agreement().budget()).extracting(BudgetLine::code).containsExactly("P1", "P2");
    BudgetLine p1 = f.agreement().budget().get(0);
    assertThat(p1.finalPagu()).isEqualByComparingTo("1000000");
    assertThat(p1.realization()).isEqualByComparingTo("950000");
    assertThat(p1.goalCode()).contains("G");
    ReportFile g = read(book("laporan", rows(ONE), "pengaturan", YEAR, "budget", budget));
    assertThat(g.agreement().budget()).hasSize(2);
    // only a header, as the template writes it: no budget
    assertThat(read(book("laporan", rows(ONE), "pengaturan", YEAR, "anggaran", new Object[][] {budget[0]})).agreement().budget()).isEmpty();
    // a bad amount is named at its cell; a cell right of the header is a text cell of the row
    Object[][] bad = {budget[0], {"P1", "Program satu", "G", 1000000, "banyak"}};
    assertThatThrownBy(() -> read(book("laporan", rows(ONE), "pengaturan", YEAR, "anggaran", bad))).isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("t.xlsx anggaran!E2:");
  }

  @Test
  void budgetCellsAreReadByTheirColumnsKind() throws IOException {
    // trailing empty header cells end the header; the code 1.1 typed as a number under 0.00 is the text 1.1, while
    // the printed absorption under 0.00 is the figure as shown, 95.00; a row without its last cells has them empty
    Object[][] budget = {{"code", "name", "goal", "pagu", "realisasi", "printed", "", " "},
        {new Num(1.1, "0.00"), "Program satu", "G", 1000000, 950000, new Num(95, "0.00")},
        {"P2", "Program dua", "G", 500000, 500000}};
    ReportFile f = read(book("laporan", rows(ONE), "pengaturan", YEAR, "anggaran", budget));
    assertThat(f.agreement().budget()).extracting(BudgetLine::code).containsExactly("1.1", "P2");
    assertThat(f.printed().lineAbsorption()).containsOnlyKeys("1.1");
    assertThat(f.printed().lineAbsorption().get("1.1")).isEqualTo(new BigDecimal("95.00"));
    // a value right of the header's last column is named at its cell
    Object[][] right = {budget[0], {"P1", "Program satu", "G", 1000000, 950000, null, null, null, 7}};
    assertThatThrownBy(() -> read(book("laporan", rows(ONE), "pengaturan", YEAR, "anggaran", right))).isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("t.xlsx anggaran!I2: cannot read \"7\" as a budget row: it has a value right of the budget header's last column");
  }

  @Test
  void theAsOfPeriodFromTheSettingsSheet() throws IOException {
    ReportFile f = read(book("laporan", rows(ONE), "pengaturan", new Object[][] {{"year", 2023}, {"as-of", "TW III"}, {"cap"}}));
    assertThat(f.asOf()).contains(io.github.lakin.core.Period.quarter(2023, 3));
    assertThat(f.settings().cap()).isEmpty();
    assertThat(read(book("laporan", rows(ONE), "pengaturan", YEAR)).asOf()).isEmpty();
  }

  @Test
  void aFormatWithAnEmptyPositiveSectionShowsTheStoredValue() throws IOException {
    // ';;;' hides the cell in a spreadsheet; its positive section is empty, so the stored value is taken as it is
    ReportFile f = read(book("laporan", rows(new Object[] {"G", "1", "a", "nilai", "higher", 80, 60, null, new Num(75.6, ";;;")}),
        "pengaturan", YEAR));
    assertThat(f.printed().indicators().get("1")).isEqualTo(new BigDecimal("75.6"));
  }

  @Test
  void booleanCellsAreTheWordsTrueAndFalse() throws IOException {
    ReportFile f = read(book("laporan", rows(new Object[] {"G", "1", true, "nilai", "higher", 80, 60}), "pengaturan", YEAR));
    assertThat(f.agreement().indicators().get(0).name()).isEqualTo("true");
    ReportFile g = read(book("laporan", rows(new Object[] {"G", "1", false, "nilai", "higher", 80, 60}), "pengaturan", YEAR));
    assertThat(g.agreement().indicators().get(0).name()).isEqualTo("false");
    // a boolean is no number
    assertThatThrownBy(() -> read(book("laporan", rows(new Object[] {"G", "1", "x", "nilai", "higher", 80, true}), "pengaturan", YEAR)))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx laporan!G2: cannot read \"true\"");
  }

  @Test
  void formulaCellsAreReadByTheirStoredValue() throws IOException {
    ReportFile f = read(book("laporan", rows(new Object[] {"G", new F("\"1\"&\".1\"", "1.1"), new F("UPPER(\"x\")", "X"), "nilai",
        "higher", new F("40*2", 80), new F("30*2", 60), null, new F("G2/F2*100", 75)}), "pengaturan", YEAR));
    assertThat(f.agreement().indicators().get(0).code()).isEqualTo("1.1");
    assertThat(f.agreement().indicators().get(0).name()).isEqualTo("X");
    assertThat(f.realisasiTexts()).containsEntry("1.1", "60");
    assertThat(f.printed().indicators().get("1.1")).isEqualByComparingTo("75");
    ReportFile g = read(book("laporan", rows(new Object[] {"G", "1", new F("TRUE()", true), "nilai", "higher", 80, 60}), "pengaturan", YEAR));
    assertThat(g.agreement().indicators().get(0).name()).isEqualTo("true");
    ReportFile h = read(book("laporan", rows(new Object[] {"G", "1", new F("FALSE()", false), "nilai", "higher", 80, 60}), "pengaturan", YEAR));
    assertThat(h.agreement().indicators().get(0).name()).isEqualTo("false");
  }

  @Test
  void aFormulaWhoseStoredValueIsAnErrorIsNamed() throws IOException {
    for (FormulaError e : new FormulaError[] {FormulaError.DIV0, FormulaError.NA, FormulaError.NAME, FormulaError.REF}) {
      byte[] x = book("laporan", rows(new Object[] {"G", "1", "x", "nilai", "higher", 80, new F("1/0", e)}), "pengaturan", YEAR);
      assertThatThrownBy(() -> read(x)).as(e.getString()).isInstanceOf(InvalidTextException.class)
          .hasMessageStartingWith("t.xlsx laporan!G2: cannot read \"" + e.getString() + "\" as a");
    }
  }

  @Test
  void aFormulaTextStartingWithHashIsNoErrorUnlessItLooksLikeOne() throws IOException {
    // '#1' is a name, not an error value (no ! or ?, not #N/A)
    ReportFile f = read(book("laporan", rows(new Object[] {"G", "1", new F("\"#1\"", "#1"), "nilai", "higher", 80, 60}), "pengaturan", YEAR));
    assertThat(f.agreement().indicators().get(0).name()).isEqualTo("#1");
    for (String error : new String[] {"#DIV/0!", "#NAME?", "#N/A", "#GETTING_DATA"}) {
      byte[] x = book("laporan", rows(new Object[] {"G", "1", new F("\"" + error + "\"", error), "nilai", "higher", 80, 60}), "pengaturan", YEAR);
      assertThatThrownBy(() -> read(x)).as(error).isInstanceOf(InvalidTextException.class)
          .hasMessageStartingWith("t.xlsx laporan!C2: cannot read \"" + error + "\" as a formula cell: its formula =")
          .hasMessageEndingWith(" gives an error; correct the formula");
    }
  }

  @Test
  void aFormulaNumberUnderADateFormatIsRefused() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row h = wb.createSheet("laporan").createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        h.createCell(i).setCellValue(HEADER[i]);
      }
      Row r = wb.getSheet("laporan").createRow(1);
      Object[] cells = {"G", "1", "x", "nilai", "higher", "80"};
      for (int i = 0; i < cells.length; i++) {
        r.createCell(i).setCellValue((String) cells[i]);
      }
      Cell g = r.createCell(6);
      g.setCellFormula("DATE(2023,1,1)");
      g.setCellValue(44927);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
      g.setCellStyle(date);
      Row y = wb.createSheet("pengaturan").createRow(0);
      y.createCell(0).setCellValue("year");
      y.createCell(1).setCellValue("2023");
      wb.write(out);
      assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOf(InvalidTextException.class)
          .hasMessageStartingWith("t.xlsx laporan!G2: cannot read \"44927.0\" as a number or text") // the text stored
          .hasMessageContaining("formatted as a date (d/m/yyyy)");
    }
  }

  @Test
  void numbersInTextColumnsAreTheirPlainDecimals() throws IOException {
    ReportFile f = read(book("laporan", rows(new Object[] {1000, 1.1, "x", "nilai", "higher", 80, 60},
        new Object[] {1000, new Num(2.0, "0.00"), "y", "nilai", "higher", 80, 60}), "pengaturan", YEAR));
    assertThat(f.agreement().indicators()).extracting(Indicator::code).containsExactly("1.1", "2");
    assertThat(f.agreement().goals().get(0).code()).isEqualTo("1000");
  }

  @Test
  void numberFormatsDecideTheDecimalsShown() throws IOException {
    ReportFile f = read(book("laporan", rows(
        // the positive section decides: 0.00 of '0.00;[Red]-0.0'
        new Object[] {"G", "1", "a", "nilai", "higher", 80, new Num(60.5, "0.00;[Red]-0.0"), null, new Num(75.625, "0.00;[Red]-0.0")},
        // percent: the value × 100, at the decimals of the format; the printed figure rounds half up as shown
        new Object[] {"G", "2", "b", "%", "higher", 80, new Num(0.655, "0.0%"), null, new Num(0.81875, "0.0%")},
        // General: the stored value as it is, printed too
        new Object[] {"G", "3", "c", "nilai", "higher", 80, new Num(60.25, "General"), null, new Num(75.3125, "General")},
        // a trailing # counts as a decimal shown: 0.0# is two
        new Object[] {"G", "4", "d", "nilai", "higher", 80, new Num(60.5, "0.0#"), null, new Num(75.625, "0.0#")},
        // fewer decimals in the format than stored: the value is kept whole, the printed figure shows the format's
        new Object[] {"G", "5", "e", "nilai", "higher", 80, new Num(60.125, "0.0"), null, new Num(75.16, "0")}), "pengaturan", YEAR));
    assertThat(f.realisasiTexts()).containsEntry("1", "60,50").containsEntry("2", "65,5").containsEntry("3", "60,25")
        .containsEntry("4", "60,50").containsEntry("5", "60,1250"); // never three decimals after a lone comma (CellGrammar.numberText)
    assertThat(f.printed().indicators().get("1")).isEqualTo(new BigDecimal("75.63"));
    assertThat(f.printed().indicators().get("2")).isEqualTo(new BigDecimal("81.9"));
    assertThat(f.printed().indicators().get("3")).isEqualTo(new BigDecimal("75.3125"));
    assertThat(f.printed().indicators().get("4")).isEqualTo(new BigDecimal("75.63"));
    assertThat(f.printed().indicators().get("5")).isEqualTo(new BigDecimal("75"));
  }

  @Test
  void decimalsOfAFormat() {
    assertThat(WorkbookReportReader.decimals("")).isEqualTo(-1);
    assertThat(WorkbookReportReader.decimals(" ")).isEqualTo(-1);
    assertThat(WorkbookReportReader.decimals("GENERAL")).isEqualTo(-1);
    assertThat(WorkbookReportReader.decimals("0")).isZero();
    assertThat(WorkbookReportReader.decimals("0.")).isZero();
    assertThat(WorkbookReportReader.decimals("0.0")).isEqualTo(1);
    assertThat(WorkbookReportReader.decimals("0.0#")).isEqualTo(2);
    assertThat(WorkbookReportReader.decimals("#,##0.000 \"Ha\"")).isEqualTo(3);
    assertThat(WorkbookReportReader.decimals("0.00%")).isEqualTo(2);
    assertThat(WorkbookReportReader.decimals(".00")).isEqualTo(2);
  }

  @Test
  void aDateLetterAnywhereMakesADateFormat() {
    for (String date : new String[] {"y", "d", "h", "s", "m", "[Red]y"}) {
      assertThat(WorkbookReportReader.dateFormat(date)).as(date).isTrue();
    }
    for (String number : new String[] {"0m", "#m", "m0", "m#"}) {
      assertThat(WorkbookReportReader.dateFormat(number)).as(number).isFalse();
    }
  }

  @Test
  void columnNamesPastZ() {
    assertThat(WorkbookReportReader.columnName(1)).isEqualTo("B");
    assertThat(WorkbookReportReader.columnName(27)).isEqualTo("AB");
    assertThat(WorkbookReportReader.columnName(51)).isEqualTo("AZ");
    assertThat(WorkbookReportReader.columnName(52)).isEqualTo("BA");
    assertThat(WorkbookReportReader.columnName(701)).isEqualTo("ZZ");
    assertThat(WorkbookReportReader.columnName(702)).isEqualTo("AAA");
  }

  @Test
  void theUnitIsNamedAfterTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("DINAS-X.xlsx");
    Files.write(file, book("laporan", rows(ONE), "pengaturan", YEAR));
    ReportFile f = WorkbookReportReader.read(file, ReadOptions.none());
    assertThat(f.agreement().unit().code()).isEqualTo("DINAS-X");
    assertThat(f.source()).isEqualTo(file.toString());
    ReportFile g = WorkbookReportReader.read("laporan/BIRO-Y.xlsx", new ByteArrayInputStream(book("laporan", rows(ONE), "pengaturan", YEAR)),
        ReadOptions.none());
    assertThat(g.agreement().unit().code()).isEqualTo("BIRO-Y");
    ReportFile h = WorkbookReportReader.read(" ", new ByteArrayInputStream(book("laporan", rows(ONE), "pengaturan", YEAR)), ReadOptions.none());
    assertThat(h.agreement().unit().code()).isEqualTo("UNIT");
  }

  @Test
  void aDamagedZipIsOneErrorNamingTheFile() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    assertThatThrownBy(() -> read(zip)).isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("t.xlsx: cannot read \"\" as an Excel workbook (.xlsx): ");
  }
}
