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
      assertThat(lists).containsExactlyInAnyOrder("E2:E501 'daftar'!$A$1:$A$2", "J2:J501 'daftar'!$B$1:$B$6",
          "L2:L501 'daftar'!$C$1:$C$1");
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
    }
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
