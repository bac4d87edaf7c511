/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The empty input workbook, opened with Apache POI, then filled in and read back by the workbook reader. */
class WorkbookTemplateTest {
  private static byte[] template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookTemplate.write(out);
    return out.toByteArray();
  }

  @Test
  void headingsDropDownsSettingsAndPetunjuk() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
      XSSFSheet rows = wb.getSheet("laporan");
      List<String> head = new ArrayList<>();
      rows.getRow(0).forEach(c -> head.add(c.getStringCellValue()));
      List<String> expected = new ArrayList<>(CsvReportReader.REQUIRED);
      expected.addAll(CsvReportReader.OPTIONAL);
      assertThat(head).containsExactlyElementsOf(expected);
      List<String> lists = new ArrayList<>();
      for (DataValidation v : rows.getDataValidations()) {
        lists.add(v.getRegions().getCellRangeAddress(0).formatAsString() + " " + v.getValidationConstraint().getFormula1());
      }
      assertThat(lists).containsExactlyInAnyOrder("E2:E501 'daftar'!$A$1:$A$2", "J2:J501 'daftar'!$B$1:$B$7",
          "L2:L501 'daftar'!$C$1:$C$1", "N2:N501 'daftar'!$D$1:$D$5");
      assertThat(wb.getSheet("daftar").getRow(1).getCell(1).getStringCellValue()).isEqualTo("inverse");
      XSSFSheet settings = wb.getSheet("pengaturan");
      List<String> keys = new ArrayList<>();
      for (int r = 1; r <= settings.getLastRowNum(); r++) {
        keys.add(settings.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(keys).containsExactlyElementsOf(SettingTexts.CSV_KEYS);
      XSSFSheet help = wb.getSheet("petunjuk");
      assertThat(help.getRow(4 + 4).getCell(0).getStringCellValue()).isEqualTo("polarity");
      assertThat(help.getRow(4 + 4).getCell(1).getStringCellValue()).startsWith("Polaritas: higher (semakin tinggi semakin baik)");
      List<String> budgetHead = new ArrayList<>();
      wb.getSheet("anggaran").getRow(0).forEach(c -> budgetHead.add(c.getStringCellValue()));
      assertThat(budgetHead).containsExactlyElementsOf(BudgetTable.COLUMNS);
      int b = 5 + CsvReportReader.REQUIRED.size() + CsvReportReader.OPTIONAL.size();
      assertThat(help.getRow(b).getCell(0).getStringCellValue()).startsWith("Lembar anggaran");
      assertThat(help.getRow(b + 5).getCell(0).getStringCellValue()).isEqualTo("pagu");
      assertThat(help.getRow(b + 5).getCell(1).getStringCellValue()).contains("wajib");
    }
  }

  @Test
  void theBudgetSheetFilledInGivesBudgetLines() throws Exception {
    byte[] filled;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row x = wb.getSheet("laporan").createRow(1);
      String[] row = {"SK3", "3.1", "Persentase daerah", "%", "higher", "80", "95,83"};
      for (int c = 0; c < row.length; c++) {
        x.createCell(c).setCellValue(row[c]);
      }
      wb.getSheet("pengaturan").getRow(2).createCell(1).setCellValue("2023");
      String[][] lines = {{"RO1", "Layanan", "SK3", "", "Rp9.970.949.000", "9.960.052.227"}, {"RO2", "", "", "", "30.000", "0"}};
      for (int r = 0; r < lines.length; r++) {
        Row y = wb.getSheet("anggaran").createRow(r + 1);
        for (int c = 0; c < lines[r].length; c++) {
          y.createCell(c).setCellValue(lines[r][c]);
        }
      }
      wb.write(out);
      filled = out.toByteArray();
    }
    ReportFile f = WorkbookReportReader.read("laporan.xlsx", new ByteArrayInputStream(filled), ReadOptions.none());
    assertThat(f.agreement().budget()).hasSize(2);
    // SK3: 9.960.052.227 / 9.970.949.000 = 99,89 % (DOMAIN §12); total over 9.970.979.000 = 99,89 % too
    var r = ReportScorer.of(f.settings().policy()).score(f.agreement(), f.realizations());
    assertThat(r.goalAbsorption().get("SK3").rounded()).contains(new BigDecimal("99.89"));
    assertThat(r.lineAbsorption("RO2").flatMap(a -> a.rounded())).contains(new BigDecimal("0.00"));
  }

  @Test
  void theTemplateFilledInIsAReport() throws Exception {
    byte[] filled;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet rows = wb.getSheet("laporan");
      String[][] data = {{"SK3", "3.1", "Persentase daerah", "%", "higher", "80", "95,83"}};
      for (int r = 0; r < data.length; r++) {
        Row x = rows.createRow(r + 1);
        for (int c = 0; c < data[r].length; c++) {
          x.createCell(c).setCellValue(data[r][c]);
        }
      }
      wb.getSheet("pengaturan").getRow(2).createCell(1).setCellValue("2023");
      wb.write(out);
      filled = out.toByteArray();
    }
    ReportFile f = WorkbookReportReader.read("laporan.xlsx", new ByteArrayInputStream(filled), ReadOptions.none());
    assertThat(ReportScorer.of(f.settings().policy()).score(f.agreement(), f.realizations()).overall().rounded())
        .contains(new BigDecimal("119.79"));
    assertThatThrownBy(() -> WorkbookReportReader.read("laporan.xlsx", new ByteArrayInputStream(template()), ReadOptions.none()))
        .hasMessageContaining("does not state its year");
  }
}
