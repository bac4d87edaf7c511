/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.audit.AuditReport;
import io.github.lakin.scoring.audit.Auditor;
import io.github.lakin.scoring.audit.Variant;
import io.github.lakin.scoring.budget.Absorption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Budget lines in report files: the CSV section {@code # anggaran}, the workbook sheet {@code
 * anggaran} and the JSON array, read by one table reader. Figures hand computed: A 90 / 100 = 90 %,
 * B 10 / 10 = 100 %, C 20 / 50 = 40 %; total 120 / 160 = 75 % (not the mean 76,67); capaian SK1
 * 100, SK2 110, unit 105; gap 30 points, index 105 / 75 = 1,400.
 */
class BudgetTableTest {
  static final String INDICATORS = "# year: 2024\n"
      + "# unit-code: U\n"
      + "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n"
      + "SK1,1.1,a,%,higher,80,80,,\n"
      + "SK2,2.1,b,%,higher,50,55,,\n";

  static final String CSV = INDICATORS
      + "\n"
      + "# anggaran\n"
      + "code,name,goal,pagu-awal,pagu,realisasi,printed\n"
      + "A,Output A,SK1,Rp120.000.000,Rp100.000.000,Rp90.000.000,\"90,00\"\n"
      + "B,Output B,SK1,,10.000.000,10.000.000,\"100,00%\"\n"
      + "C,Output C,SK2,,50.000.000,20.000.000,\"40,00\"\n"
      + ",,,,,,\"75,00\"\n";

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static ReportFile csv(String text) {
    return CsvReportReader.read("t.csv", text, ReadOptions.none());
  }

  private static ReportResult score(ReportFile f) {
    return ReportScorer.of(ReportPolicy.defaults()).score(f.agreement(), f.realizations());
  }

  private static void threeLines(ReportFile f) {
    List<BudgetLine> lines = f.agreement().budget();
    assertThat(lines).extracting(BudgetLine::code).containsExactly("A", "B", "C");
    assertThat(lines.get(0).initialPagu()).contains(d("120000000"));
    assertThat(lines.get(0).finalPagu()).isEqualByComparingTo("100000000");
    assertThat(lines.get(0).goalCode()).contains("SK1");
    assertThat(lines.get(1).initialPagu()).isEmpty();
    assertThat(lines.get(2).realization()).isEqualByComparingTo("20000000");
    ReportResult r = score(f);
    assertThat(r.lineAbsorption().stream().map(a -> a.rounded().orElseThrow()).collect(Collectors.toList()))
        .containsExactly(d("90.00"), d("100.00"), d("40.00"));
    assertThat(r.absorption().flatMap(Absorption::rounded)).contains(d("75.00"));
    assertThat(r.efficiency().orElseThrow().rounded()).isEqualTo(d("30.00"));
    assertThat(r.efficiencyIndex().orElseThrow().rounded()).isEqualTo(d("1.400"));
    assertThat(r.goalEfficiencyIndex().get("SK2").rounded()).isEqualTo(d("2.750"));
  }

  @Test
  void aCsvBudgetSectionAfterTheIndicatorRows() {
    ReportFile f = csv(CSV);
    threeLines(f);
    assertThat(f.printed().lineAbsorption()).containsExactly(java.util.Map.entry("A", d("90.00")), java.util.Map.entry("B", d("100.00")),
        java.util.Map.entry("C", d("40.00")));
    assertThat(f.printed().absorption()).contains(d("75.00"));
    assertThat(Auditor.of(ReportPolicy.defaults()).audit(f.agreement(), f.realizations(), f.printed()).isClean()).isTrue();
    // the marker may be "# budget" too, padded by a spreadsheet to the width of the indicator header
    ReportFile padded = csv(CSV.replace("# anggaran\n", "# Budget,,,,,,,,\n"));
    assertThat(padded.agreement().budget()).hasSize(3);
    // a semicolon file: the delimiter of the header holds for the budget section too
    ReportFile semi = csv(CSV.replace(",", ";").replace("\"90;00\"", "90,00").replace("\"100;00%\"", "100,00%")
        .replace("\"40;00\"", "40,00").replace("\"75;00\"", "75,00"));
    threeLines(semi);
  }

  @Test
  void theTotalRowCarriesThePrintedEfficiency() {
    ReportFile f = csv(INDICATORS + "# anggaran\ncode,pagu,realisasi,printed,efficiency-gap,efficiency-index\n"
        + "A,100,90,,,\nB,10,10,,,\nC,50,20,,,\n,,,\"75,00\",\"30,00\",\"1,400\"\n");
    assertThat(f.printed().efficiencyGap()).contains(d("30.00"));
    assertThat(f.printed().efficiencyIndex()).contains(d("1.400"));
    assertThat(f.agreement().budget().get(0).name()).isEqualTo("A");
    AuditReport audit = Auditor.of(ReportPolicy.defaults()).audit(f.agreement(), f.realizations(), f.printed());
    assertThat(audit.isClean()).isTrue();
    assertThat(audit.findings()).hasSize(3);
  }

  @Test
  void swappedLinesInAFileAreFoundByTheAudit() {
    ReportFile f = csv(CSV.replace("\"90,00\"", "\"100,00\"").replace("\"100,00%\"", "\"90,00\""));
    AuditReport audit = Auditor.of(ReportPolicy.defaults()).audit(f.agreement(), f.realizations(), f.printed());
    assertThat(audit.mismatches()).hasSize(2);
    assertThat(audit.mismatches()).allSatisfy(m -> assertThat(m.explanations()).extracting(e -> e.variant())
        .containsExactly(Variant.OTHER_BUDGET_LINE));
    assertThat(audit.mismatches().get(0).explain(Locale.ENGLISH)).isEqualTo("budget absorption of line A: printed 100.00, "
        + "recomputed 90.00: mismatch; explained by: the absorption of budget line B (100.00)");
  }

  @Test
  void aLineWithoutPaguIsAnErrorAtItsCell() {
    // line 10: "B,Output B,SK1,,,10.000.000,…": the pagu field starts at column 17
    assertThatThrownBy(() -> csv(CSV.replace("B,Output B,SK1,,10.000.000,", "B,Output B,SK1,,,")))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("t.csv:10:17: ")
        .hasMessageContaining("the pagu of budget line B")
        .hasMessageContaining("a budget line needs its pagu");
    assertThatThrownBy(() -> csv(CSV.replace("C,Output C,SK2,,50.000.000,20.000.000,", "C,Output C,SK2,,50.000.000,,")))
        .hasMessageStartingWith("t.csv:11:").hasMessageContaining("realisasi of budget line C").hasMessageContaining("write 0");
  }

  @Test
  void badCellsNameFileLineAndColumn() {
    assertThatThrownBy(() -> csv(CSV.replace("C,Output C,SK2", "C,Output C,SK9")))
        .hasMessageStartingWith("t.csv:11:12: cannot read \"SK9\" as the goal of budget line C")
        .hasMessageContaining("no indicator belongs to goal SK9");
    assertThatThrownBy(() -> csv(CSV.replace("C,Output C", "A,Output C")))
        .hasMessageStartingWith("t.csv:11:1:").hasMessageContaining("used twice (first at line 9)");
    assertThatThrownBy(() -> csv(CSV.replace("code,name,goal,pagu-awal", "code,name,sasaran,pagu-awal")))
        .hasMessageStartingWith("t.csv:8:11:").hasMessageContaining("unknown column");
    assertThatThrownBy(() -> csv(CSV.replace("code,name,goal,pagu-awal,pagu,", "code,name,goal,pagu-awal,")))
        .hasMessageContaining("the column 'pagu' is missing");
    assertThatThrownBy(() -> csv(CSV.replace("10.000.000,10.000.000", "10.000.000,sepuluh")))
        .hasMessageStartingWith("t.csv:10:").hasMessageContaining("sepuluh");
    assertThatThrownBy(() -> csv(CSV.replace("10.000.000,10.000.000", "10.000.000,-5")))
        .hasMessageStartingWith("t.csv:10:").hasMessageContaining("0 or more");
    assertThatThrownBy(() -> csv(CSV.replace("Rp100.000.000,Rp90.000.000", "0,Rp90.000.000")))
        .hasMessageStartingWith("t.csv:9:").hasMessageContaining("finalPagu");
    assertThatThrownBy(() -> csv(CSV.replace(",,,,,,\"75,00\"", "D,,,,,,\"75,00\"")))
        .hasMessageStartingWith("t.csv:12:").hasMessageContaining("pagu of budget line D");
    assertThatThrownBy(() -> csv(CSV.replace(",,,,,,\"75,00\"", ",Total,,,,,\"75,00\"")))
        .hasMessageStartingWith("t.csv:12:2:").hasMessageContaining("total row");
    assertThatThrownBy(() -> csv(CSV.replace("B,Output B,SK1,,10.000.000,10.000.000,\"100,00%\"", "B,Output B,SK1,,10.000.000")))
        .hasMessageStartingWith("t.csv:10:").hasMessageContaining("fields but the budget header has 7");
    assertThatThrownBy(() -> csv(INDICATORS + "# anggaran\n")).hasMessageStartingWith("t.csv:6:1:")
        .hasMessageContaining("the header code,name,goal,pagu-awal,pagu,realisasi,printed");
    assertThatThrownBy(() -> csv(INDICATORS + "# anggaran\ncode,pagu,realisasi\n")).hasMessageContaining("no budget line follows");
    assertThatThrownBy(() -> csv(CSV.replace("A,Output A,SK1", "A,Output A,SK1,x").replace("code,name,goal", "code,name,goal,extra")))
        .hasMessageContaining("unknown column");
  }

  static final String JSON = "{\"schema\": \"lakin-report/2\", \"unit\": {\"code\": \"U\"}, \"year\": 2024,\n"
      + " \"goals\": [{\"code\": \"SK1\", \"indicators\": [{\"code\": \"1.1\", \"unit\": \"%\", \"target\": 80, \"realisasi\": 80}]},\n"
      + "   {\"code\": \"SK2\", \"indicators\": [{\"code\": \"2.1\", \"unit\": \"%\", \"target\": 50, \"realisasi\": 55}]}],\n"
      + " \"budget\": [\n"
      + "  {\"code\": \"A\", \"name\": \"Output A\", \"goal\": \"SK1\", \"paguAwal\": \"Rp120.000.000\", \"pagu\": 100000000, \"realisasi\": \"90.000.000\", \"printed\": \"90,00\"},\n"
      + "  {\"code\": \"B\", \"name\": \"Output B\", \"goal\": \"SK1\", \"pagu\": \"10.000.000\", \"realisasi\": 10000000, \"printed\": \"100,00%\"},\n"
      + "  {\"code\": \"C\", \"name\": \"Output C\", \"goal\": \"SK2\", \"pagu\": \"50.000.000\", \"realisasi\": \"20.000.000\", \"printed\": \"40,00\"}],\n"
      + " \"printed\": {\"absorption\": \"75,00\", \"efficiencyIndex\": \"1,400\"}}\n";

  @Test
  void aJsonVersion2BudgetArrayReadsAsTheCsvSection() {
    ReportFile j = JsonReportReader.read("t.json", JSON);
    threeLines(j);
    ReportFile c = csv(CSV);
    assertThat(j.agreement().budget()).isEqualTo(c.agreement().budget());
    assertThat(j.printed().lineAbsorption()).isEqualTo(c.printed().lineAbsorption());
    assertThat(j.printed().efficiencyIndex()).contains(d("1.400"));
    assertThat(Auditor.of(ReportPolicy.defaults()).audit(j.agreement(), j.realizations(), j.printed()).isClean()).isTrue();
  }

  @Test
  void jsonErrorsNameTheJsonPointer() {
    assertThatThrownBy(() -> JsonReportReader.read("t.json", JSON.replace("\"pagu\": \"10.000.000\", ", "")))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.json /budget/1/pagu:6:")
        .hasMessageContaining("a budget line needs its pagu");
    assertThatThrownBy(() -> JsonReportReader.read("t.json", JSON.replace("lakin-report/2", "lakin-report/1")))
        .hasMessageStartingWith("t.json /budget:").hasMessageContaining("needs the schema \"lakin-report/2\"");
    assertThatThrownBy(() -> JsonReportReader.read("t.json", JSON.replace("\"name\": \"Output B\"", "\"nama\": \"Output B\"")))
        .hasMessageStartingWith("t.json /budget/1/nama:").hasMessageContaining("unknown field");
    assertThatThrownBy(() -> JsonReportReader.read("t.json", JSON.replace("{\"code\": \"C\", ", "{")))
        .hasMessageStartingWith("t.json /budget/2/code:").hasMessageContaining("required");
  }

  @Test
  void aVersion1BudgetObjectReadsAsBefore() {
    String v1 = JSON.replace("lakin-report/2", "lakin-report/1").replaceAll("(?s)\"budget\": \\[.*?\\]\\],?\n", "")
        .replaceAll("(?s) \"budget\": \\[.*?\\],\n", " \"budget\": {\"paguAwal\": \"180\", \"pagu\": \"160\", \"realisasi\": \"120\"},\n")
        .replace(", \"efficiencyIndex\": \"1,400\"", "");
    ReportFile f = JsonReportReader.read("t.json", v1);
    assertThat(f.agreement().budget()).hasSize(1);
    assertThat(f.agreement().budget().get(0).code()).isEqualTo("U");
    assertThat(score(f).absorption().flatMap(Absorption::rounded)).contains(d("75.00"));
    assertThat(score(f).lineAbsorption()).hasSize(1);
  }

  /** A workbook with the two indicators on laporan, the year on pengaturan and the given rows on anggaran. */
  static byte[] workbook(Object[][] budget) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet s = wb.createSheet("laporan");
      rows(s, new Object[][] {{"goal", "indicator", "name", "unit", "polarity", "target", "realisasi"},
          {"SK1", "1.1", "a", "%", "higher", 80, 80}, {"SK2", "2.1", "b", "%", "higher", 50, 55}});
      rows(wb.createSheet("pengaturan"), new Object[][] {{"year", "2024"}});
      rows(wb.createSheet("anggaran"), budget);
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void rows(XSSFSheet s, Object[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      Row x = s.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof String) {
          x.createCell(c).setCellValue((String) v);
        } else if (v != null) {
          x.createCell(c).setCellValue(((Number) v).doubleValue());
        }
      }
    }
  }

  private static final Object[] HEADER = {"code", "name", "goal", "pagu-awal", "pagu", "realisasi", "printed"};

  private static ReportFile xlsx(Object[][] budget) throws IOException {
    return WorkbookReportReader.read("t.xlsx", new ByteArrayInputStream(workbook(budget)), ReadOptions.none());
  }

  @Test
  void aWorkbookBudgetSheet() throws IOException {
    ReportFile f = xlsx(new Object[][] {HEADER,
        {"A", "Output A", "SK1", 120000000, 100000000, "Rp90.000.000", "90,00"},
        {"B", "Output B", "SK1", null, 10000000, 10000000, 100},
        {"C", "Output C", "SK2", null, "50.000.000", 20000000, "40,00"}});
    threeLines(f);
    assertThat(f.printed().lineAbsorption().get("B")).isEqualByComparingTo("100");
    // a sheet with only its header, as the template writes it, is no budget
    assertThat(xlsx(new Object[][] {HEADER}).agreement().budget()).isEmpty();
    assertThat(score(xlsx(new Object[][] {HEADER})).efficiencyIndex()).isEqualTo(Optional.empty());
  }

  @Test
  void workbookErrorsNameSheetAndCell() {
    assertThatThrownBy(() -> xlsx(new Object[][] {HEADER, {"A", "Output A", "SK1", null, 100, 90}, {"B", "Output B", "SK1", null, null, 10}}))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.xlsx anggaran!E3:")
        .hasMessageContaining("a budget line needs its pagu");
    assertThatThrownBy(() -> xlsx(new Object[][] {HEADER, {"A", "Output A", "SK7", null, 100, 90}}))
        .hasMessageStartingWith("t.xlsx anggaran!C2:").hasMessageContaining("goal SK7");
    assertThatThrownBy(() -> xlsx(new Object[][] {{"code", "pagu", "realisasi", "catatan"}}))
        .hasMessageStartingWith("t.xlsx anggaran!D1:").hasMessageContaining("unknown column");
    assertThatThrownBy(() -> xlsx(new Object[][] {HEADER, {"A", "Output A", "SK1", null, 100, 90, null, "x"}}))
        .hasMessageStartingWith("t.xlsx anggaran!H2:").hasMessageContaining("right of the budget header");
  }
}
