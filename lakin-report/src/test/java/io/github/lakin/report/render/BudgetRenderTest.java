/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every output shows the budget lines, the total, and per goal and for the unit the gap and the
 * index. Hand computed (reports/three-budget-lines.csv): A 90 / 100 = 90 %, B 10 / 10 = 100 %, C
 * 20 / 50 = 40 %; total 120 / 160 = 75 % (the ratio of sums; the mean would be 76,67); SK1 100 %
 * capaian, 100 / 110 = 90,91 % absorption, gap 9,09, index 1,100; SK2 110 %, 40 %, 70,00, 2,750;
 * unit 105 %, gap 30,00, index 105 / 75 = 1,400.
 */
class BudgetRenderTest {
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final String FILE = "three-budget-lines.csv";

  private static String render(ScoreFormat format, Locale locale) throws Exception {
    StringWriter out = new StringWriter();
    ScoreRenderer.render(Scored.view(FILE), format, locale, out);
    return out.toString();
  }

  @Test
  void theTableListsTheLinesTheTotalAndTheGoals() throws Exception {
    String t = render(ScoreFormat.TABLE, ID);
    assertThat(t).contains("Serapan anggaran: 75,00%\n")
        .contains("Efisiensi: 30,00 poin (efisien)\n")
        .contains("Indeks efisiensi (capaian ÷ serapan): 1,400\n")
        .contains("\nAnggaran\nKode  Baris anggaran  Sasaran    Pagu (Rp)  Realisasi (Rp)  Serapan\n")
        .contains("A     Output A        SK1      100.000.000      90.000.000   90,00%\n")
        .contains("C     Output C        SK2       50.000.000      20.000.000   40,00%\n")
        .contains("      Jumlah                   160.000.000     120.000.000   75,00%\n")
        .contains("SK1      100,00%   90,91%              9,09             1,100\n")
        .contains("SK2      110,00%   40,00%             70,00             2,750\n");
    String en = render(ScoreFormat.TABLE, Locale.ENGLISH);
    assertThat(en).contains("Efficiency index (achievement ÷ absorption): 1.400").contains("Efficiency per goal")
        .contains("B     Output B     SK1    10,000,000   10,000,000     100.00%\n");
  }

  @Test
  void markdownHasTheSameFigures() throws Exception {
    String m = render(ScoreFormat.MARKDOWN, ID);
    assertThat(m).contains("| A | Output A | SK1 | 100.000.000 | 90.000.000 | 90,00% |")
        .contains("| SK1 | 100,00% | 90,91% | 9,09 | 1,100 |")
        .contains("Indeks efisiensi (capaian ÷ serapan): 1,400.");
  }

  @Test
  void jsonAddsLinesGoalsAndTheIndex() throws Exception {
    JsonNode j = new ObjectMapper().readTree(render(ScoreFormat.JSON, ID));
    JsonNode b = j.get("budget");
    assertThat(b.get("pagu").asText()).isEqualTo("160000000");
    assertThat(b.get("absorption").asText()).isEqualTo("75.00");
    assertThat(b.get("efficiencyGap").asText()).isEqualTo("30.00");
    assertThat(b.get("efficiencyIndex").asText()).isEqualTo("1.400");
    assertThat(b.get("lines")).hasSize(3);
    assertThat(b.at("/lines/0/code").asText()).isEqualTo("A");
    assertThat(b.at("/lines/0/paguAwal").asText()).isEqualTo("120000000");
    assertThat(b.at("/lines/0/absorption").asText()).isEqualTo("90.00");
    assertThat(b.at("/lines/1/paguAwal").isMissingNode()).isTrue();
    assertThat(b.at("/lines/2/goal").asText()).isEqualTo("SK2");
    assertThat(b.at("/goals/0/absorption").asText()).isEqualTo("90.91");
    assertThat(b.at("/goals/0/efficiencyGap").asText()).isEqualTo("9.09");
    assertThat(b.at("/goals/0/efficiencyIndex").asText()).isEqualTo("1.100");
    assertThat(b.at("/goals/1/efficiencyIndex").asText()).isEqualTo("2.750");
  }

  @Test
  void htmlShowsBothTables() throws Exception {
    StringWriter out = new StringWriter();
    HtmlRenderer.render(Scored.view(FILE), ID, ChartBands.defaults(), out);
    String h = out.toString();
    assertThat(h).contains("<caption>Serapan per baris anggaran</caption>")
        .contains("<td>B</td><td>Output B</td><td>SK1</td><td class=\"num\">10.000.000</td><td class=\"num\">10.000.000</td>"
            + "<td class=\"num\">100,00%</td>")
        .contains("<caption>Efisiensi per sasaran</caption>")
        .contains("<td>SK2</td><td class=\"num\">110,00%</td><td class=\"num\">40,00%</td><td class=\"num\">70,00</td>"
            + "<td class=\"num\">2,750</td>")
        .contains("<th>Indeks efisiensi (capaian ÷ serapan)</th><td class=\"num\">1,400</td>");
  }

  @Test
  void theWorkbookHasABudgetSheet() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorkbookRenderer.write(Scored.view(FILE), ID, bytes);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      XSSFSheet s = wb.getSheet("Anggaran");
      assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Serapan");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A");
      assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(100_000_000d);
      assertThat(s.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(100d);
      assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Jumlah");
      assertThat(s.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(75d);
      assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo("SK1");
      assertThat(s.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(90.91);
      assertThat(s.getRow(7).getCell(4).getNumericCellValue()).isEqualTo(1.1);
      assertThat(s.getRow(7).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.000");
      assertThat(s.getRow(8).getCell(3).getNumericCellValue()).isEqualTo(70d);
    }
  }
}
