/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberStyle;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV report reader as a library: what a file gives, and every refusal with the line and
 * column of its cell (counted by hand in the comments).
 */
class CsvReportReaderTest {
  static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";

  @TempDir
  Path dir;

  private static ReportFile read(String text) {
    return CsvReportReader.read("t.csv", "# year: 2023\n" + text, ReadOptions.none());
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(String text, String where, String reason) {
    return assertThatThrownBy(() -> read(text)).isInstanceOf(InvalidTextException.class).hasMessageStartingWith(where)
        .hasMessageContaining(reason);
  }

  private static Indicator indicator(ReportFile f, String code) {
    return f.agreement().indicator(code).orElseThrow();
  }

  private static BigDecimal value(ReportFile f, String code) {
    return f.realizations().get(code).orElseThrow().value().orElseThrow().toBigDecimalExact();
  }

  @Test
  void aReportWithGoalsIndicatorsAndSummaries() {
    ReportFile f = read(HEADER + "SK1,1.1,Nilai SAKIP,nilai,tinggi,69,\"69,31\",2,\"100,45\"\n"
        + "\n" // a blank line is skipped
        + ",,,,,,,,\n" // and so is a row of empty cells
        + "SK1,1.2,,hari kerja,rendah,10,8,\"1,5\",\n"
        + "SK2,2.1,Cakupan,%,naik,80,,,\n"
        + "SK1,,,,,,,,\"110,20%\"\n"
        + ",,,,,,,,\"101,60\"\n");
    assertThat(f.source()).isEqualTo("t.csv");
    assertThat(f.agreement().year()).isEqualTo(2023);
    assertThat(f.agreement().unit().code()).isEqualTo("UNIT");
    assertThat(f.agreement().goals()).extracting(g -> g.code()).containsExactly("SK1", "SK2");
    assertThat(f.agreement().goal("SK1").orElseThrow().indicators()).extracting(Indicator::code).containsExactly("1.1", "1.2");
    Indicator a = indicator(f, "1.1");
    assertThat(a.name()).isEqualTo("Nilai SAKIP");
    assertThat(a.unit()).isEqualTo(MeasureUnit.index()); // "nilai" is an index (MeasureUnit.parse)
    assertThat(a.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(a.weight()).contains(new BigDecimal("2"));
    Indicator b = indicator(f, "1.2");
    assertThat(b.name()).isEqualTo("1.2"); // no name: the code
    assertThat(b.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(b.weight()).contains(new BigDecimal("1.5"));
    assertThat(indicator(f, "2.1").polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(value(f, "1.1")).isEqualByComparingTo("69.31");
    assertThat(value(f, "1.2")).isEqualByComparingTo("8");
    Realization none = f.realizations().get("2.1").orElseThrow();
    assertThat(none.isAvailable()).isFalse();
    assertThat(none.note()).hasValueSatisfying(n -> assertThat(n).contains("t.csv:7:"));
    assertThat(f.targetTexts()).containsExactly(Map.entry("1.1", "69"), Map.entry("1.2", "10"), Map.entry("2.1", "80"));
    assertThat(f.realisasiTexts()).containsEntry("1.1", "69,31").containsEntry("2.1", "");
    // printed figures at the scale they were printed: 100,45 and 110,20 and 101,60 (two decimals each)
    assertThat(f.printed().indicators()).containsExactly(Map.entry("1.1", new BigDecimal("100.45")));
    assertThat(f.printed().goals()).containsExactly(Map.entry("SK1", new BigDecimal("110.20")));
    assertThat(f.printed().overall()).contains(new BigDecimal("101.60"));
  }

  @Test
  void polarityWordsAndAnEmptyPolarity() {
    String rows = "S,1,a,%,higher,80,90,,\nS,2,a,%,LOWER,80,90,,\nS,3,a,%,turun,80,90,,\nS,4,a,%,,< 20%,10,,\n";
    ReportFile f = read(HEADER + rows);
    assertThat(List.of("1", "2", "3", "4")).extracting(c -> indicator(f, c).polarity())
        .containsExactly(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.LOWER_IS_BETTER);
    // "S,1,a,%," is 8 characters: the polarity at column 9 of line 3
    refused(HEADER + "S,1,a,%,sideways,80,90,,\n", "t.csv:3:9:", "write higher (tinggi) or lower (rendah)");
  }

  @Test
  void theHeaderIsCheckedAtItsCells() {
    // goal,indicator,name,unit,polarity,target, is 41 characters: "realization" at 42
    refused("goal,indicator,name,unit,polarity,target,realization\n", "t.csv:2:42:", "unknown column");
    // … and realisasi, another 10: the second "goal" at 52
    refused("goal,indicator,name,unit,polarity,target,realisasi,goal\n", "t.csv:2:52:", "the column appears twice");
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", "goal,indicator,name,unit,polarity,target\nS,1,a,%,,1\n", 2023))
        .hasMessageStartingWith("t.csv:1:1:").hasMessageContaining("the column 'realisasi' is missing");
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", "", ReadOptions.none().withYear(2023)))
        .hasMessageStartingWith("t.csv:1:1:").hasMessageContaining("the file is empty");
    refused("", "t.csv:1:1:", "the file is empty");
    // names are matched ignoring case and the spaces around them, in any order
    ReportFile f = read(" Realisasi ,TARGET,polarity,unit,name,indicator,Goal\n90,80,,%,a,1,S\n");
    assertThat(value(f, "1")).isEqualByComparingTo("90");
  }

  @Test
  void rowsOfTheWrongLength() {
    // SK1,1.1,a,% : the fourth field, the last there is, at column 11
    refused(HEADER + "SK1,1.1,a,%\n", "t.csv:3:11:", "it has 4 fields but the header has 9");
    // ten fields: named at the ninth, the last the header has (column 18 of S,1,a,%,,80,90,1,5,6)
    refused(HEADER + "S,1,a,%,,80,90,1,5,6\n", "t.csv:3:18:", "it has 10 fields but the header has 9");
  }

  @Test
  void badCellsAreNamedWhereTheyAre() {
    refused(HEADER + "SK1,1.1,a,%,,80,90,,\nSK1,1.1,b,%,,80,90,,\n", "t.csv:4:5:", "used twice (first at line 3)");
    refused(HEADER + ",1.1,a,%,,80,90,,\n", "t.csv:3:1:", "indicator 1.1 needs the code of its goal");
    // SK1,1.1,a,%,higher, is 19 characters: the empty target at 20
    refused(HEADER + "SK1,1.1,a,%,higher,,90,,\n", "t.csv:3:20:", "indicator 1.1 has no target");
    refused(HEADER + "S,1,a,%,,80,9x,,\n", "t.csv:3:13:", "\"9x\"");
    refused(HEADER + "S,1,a,%,,80,-5,,\n", "t.csv:3:13:", "does not allow negative values");
    refused(HEADER + "S,1,a,%,,≤ 10 hari kerja,5,,\n", "t.csv:3:10:", "it is in hari kerja but the unit column says %");
    refused(HEADER + "S,1,a,\u0017,,80,90,,\n", "t.csv:3:7:", "write a label such as %");
    refused(HEADER + "S,1,a,%,,80,90,-1,\n", "t.csv:3:16:", "a weight must be 0 or more");
    // a weight of 0 beside others is allowed; all of them 0 is an error at the first
    assertThat(indicator(read(HEADER + "S,1,a,%,,80,90,0,\nS,2,a,%,,80,90,1,\n"), "1").weight()).contains(BigDecimal.ZERO);
    refused(HEADER + "S,1,a,%,,80,90,,\nS,2,a,%,,80,90,0,\nS,3,a,%,,80,90,0,\n", "t.csv:4:16:", "every weight is 0");
    // S,1,a,%,,80,90,, is 16 characters: the printed figure at 17
    refused(HEADER + "S,1,a,%,,80,90,,N/A\n", "t.csv:3:17:", "it must be one number");
    refused(HEADER + "S,1,a,%,,80,90,,2/3\n", "t.csv:3:17:", "it must be one number");
    refused(HEADER + "S,1,a,%,,80,\"90*\",,\"90*\"\n", "t.csv:3:20:", "it must be one number");
  }

  @Test
  void summaryRows() {
    String one = "S,1,a,%,,80,90,,\n";
    refused(HEADER + one + "S,,,,,,,,120\nS,,,,,,,,110\n", "t.csv:5:10:", "the printed capaian of goal S is given twice (first at line 4)");
    refused(HEADER + one + ",,,,,,,,120\n,,,,,,,,110\n", "t.csv:5:9:", "the unit's printed capaian is given twice");
    refused(HEADER + one + "S,,name,,,,,,120\n", "t.csv:4:4:", "may only carry its goal and the printed capaian");
    refused(HEADER + one + "S,,,,,,90,,120\n", "t.csv:4:8:", "may only carry its goal");
    refused(HEADER + one + "S,,,,,,,,\n", "t.csv:4:3:", "an indicator code");
    refused(HEADER + one + "T,,,,,,,,120\n", "t.csv:4:1:", "no indicator belongs to goal T");
    refused(HEADER + "S,,,,,,,,120\n", "t.csv", "it has no indicator rows");
  }

  @Test
  void controlCharactersAndBrokenCharactersAreRefused() {
    refused(HEADER + "S,1,a\u0000b,%,,80,90,,\n", "t.csv:3:5:", "U+0000");
    refused(HEADER + "S,1,a\u007Fb,%,,80,90,,\n", "t.csv:3:5:", "U+007F");
    refused(HEADER + "S,1\u001B,a,%,,80,90,,\n", "t.csv:3:3:", "U+001B");
    refused(HEADER + "S\u0001,1,a,%,,80,90,,\n", "t.csv:3:1:", "U+0001");
    refused(HEADER + "S,1,a\uD83D,%,,80,90,,\n", "t.csv:3:5:", "U+D83D");
    refused(HEADER + "S,1,a\uDE00b,%,,80,90,,\n", "t.csv:3:5:", "U+DE00");
    refused(HEADER + "S,1,a\uD83Db,%,,80,90,,\n", "t.csv:3:5:", "U+D83D");
    // a tab, a line break in a quoted name and a whole emoji are text
    ReportFile f = read(HEADER + "S,1,\"a\tb\nc \uD83D\uDE00\",%,,80,90,,\n");
    assertThat(indicator(f, "1").name()).isEqualTo("a\tb\nc \uD83D\uDE00");
  }

  @Test
  void aUnitWrittenAfterTheNumber() {
    ReportFile f = read(HEADER + "S,1,a,Ha,,\"40,0\",\"40,5 Ha\",,\nS,2,b,KK,,2.000,2.545 KK,,\nS,3,c,hari kerja,lower,12,10 hari kerja,,\n");
    assertThat(value(f, "1")).isEqualByComparingTo("40.5");
    assertThat(value(f, "2")).isEqualByComparingTo("2545");
    assertThat(value(f, "3")).isEqualByComparingTo("10");
    refused(HEADER + "S,1,a,Ha,,\"40,0\",\"40,5 km\",,\n", "t.csv:3:18:", "it is written in km but the indicator's unit is Ha");
    assertThat(ReportAssembler.withoutUnit(new ReportRow.Text("Ha", "t", 1, 1), MeasureUnit.other("Ha")))
        .isEqualTo("Ha");
    assertThat(ReportAssembler.withoutUnit(new ReportRow.Text("40,5", "t", 1, 1), MeasureUnit.other("Ha")))
        .isEqualTo("40,5");
  }

  @Test
  void thePrintedScaleIsKept() {
    assertThat(ReportAssembler.asPrinted("101,60", new BigDecimal("101.6"))).isEqualTo(new BigDecimal("101.60"));
    assertThat(ReportAssembler.asPrinted("101,60%", new BigDecimal("101.6"))).isEqualTo(new BigDecimal("101.60"));
    assertThat(ReportAssembler.asPrinted("1.000,50", new BigDecimal("1000.5"))).isEqualTo(new BigDecimal("1000.50"));
    assertThat(ReportAssembler.asPrinted("100", new BigDecimal("100"))).isEqualTo(new BigDecimal("100"));
    assertThat(ReportAssembler.asPrinted("0,50", new BigDecimal("0.5"))).isEqualTo(new BigDecimal("0.50"));
    // a footnote mark after the figure is no digit of it: 101,60 (12) is 101,60
    assertThat(ReportAssembler.asPrinted("101,60 (12)", new BigDecimal("101.6"))).isEqualTo(new BigDecimal("101.60"));
    // digits that are not the value's keep the value as read
    assertThat(ReportAssembler.asPrinted("99,50 (1)", new BigDecimal("99.5"))).isEqualTo(new BigDecimal("99.5"));
    // more than 10 decimals are not a printed scale; a negative scale is made 0
    assertThat(ReportAssembler.asPrinted("1,00000000000", new BigDecimal("1"))).isEqualTo(new BigDecimal("1"));
    assertThat(ReportAssembler.asPrinted("x", new BigDecimal("1E+2"))).isEqualTo(new BigDecimal("100"));
  }

  @Test
  void theYearAndTheNumberStyleFromTheFileOrTheCaller() {
    String body = HEADER + "S,1,a,Ha,,\"1.250\",1410,,\n";
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", body, ReadOptions.none())).hasMessageStartingWith("t.csv:1:1:")
        .hasMessageContaining("# year: 2023");
    assertThat(CsvReportReader.read("t.csv", "# number-style: indonesian\n" + body, 2021).agreement().year()).isEqualTo(2021);
    assertThat(CsvReportReader.read("t.csv", body, ReadOptions.none().withYear(2022).withNumberStyle(NumberStyle.INDONESIAN))
        .agreement().indicator("1").orElseThrow().target()).isInstanceOfSatisfying(io.github.lakin.core.ExactTarget.class,
            t -> assertThat(t.value()).isEqualByComparingTo("1250"));
    // # year: 2023 is read at its value: column 9
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", "# year: 2023\n" + body, ReadOptions.none().withYear(2022)))
        .hasMessageStartingWith("t.csv:1:9:").hasMessageContaining("the file states 2023 but 2022 was given");
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", "#  number-style: english\n" + body,
        ReadOptions.none().withYear(2022).withNumberStyle(NumberStyle.INDONESIAN)))
        .hasMessageStartingWith("t.csv:1:18:").hasMessageContaining("the file states english but indonesian was given");
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", "# schema: lakin-report/9\n" + body, 2023))
        .hasMessageContaining("lakin-report/9").hasMessageContaining("it must be lakin-report/2");
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", "# unit-code:   \n" + body, 2023))
        .hasMessageContaining("write its code and name");
    String plain = HEADER + "S,1,a,%,,80,90,,\n";
    ReportFile named = CsvReportReader.read("t.csv", "#lakin-report/2\n# unit-code: BIRO\n# unit-name: Biro Perencanaan\n" + plain, 2023);
    assertThat(named.agreement().unit().code()).isEqualTo("BIRO");
    assertThat(named.agreement().unit().name()).isEqualTo("Biro Perencanaan");
    assertThat(CsvReportReader.read("t.csv", "# year: 1900\n" + plain, ReadOptions.none()).agreement().year()).isEqualTo(1900);
    // S,1,a,%,,80, is 12 characters: the provisional 90* at 13
    assertThatThrownBy(() -> CsvReportReader.read("t.csv", "# year: 1900\n" + plain.replace(",90,", ",90*,"), ReadOptions.none()))
        .isInstanceOf(InvalidTextException.class).hasMessageStartingWith("t.csv:3:13:").hasMessageContaining("no year before 1900");
    ReportFile onlyName = CsvReportReader.read("t.csv", "# unit-name: Dinas\n" + plain, 2023);
    assertThat(onlyName.agreement().unit().code()).isEqualTo("Dinas");
  }

  @Test
  void aFileIsNamedAfterItsStemAndItsEncodingIsRead() throws Exception {
    Path f = dir.resolve("biro-2023.csv");
    Files.write(f, ("# year: 2023\n" + HEADER + "S,1,D\u00e9sa,%,,80,90,,\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThatThrownBy(() -> CsvReportReader.read(f, ReadOptions.none())).hasMessageStartingWith(f + ":3:6:")
        .hasMessageContaining("windows-1252");
    ReportFile r = CsvReportReader.read(f, ReadOptions.none().withEncoding(java.nio.charset.Charset.forName("windows-1252")));
    assertThat(indicator(r, "1").name()).isEqualTo("D\u00e9sa");
    assertThat(r.agreement().unit().code()).isEqualTo("biro-2023");
    assertThat(CsvReportReader.unitOf(Path.of("laporan")).code()).isEqualTo("laporan");
    assertThat(CsvReportReader.unitOf(Path.of(".csv")).code()).isEqualTo(".csv");
    assertThatThrownBy(() -> CsvReportReader.read(dir, 2023)).hasMessageContaining("it is a directory");
    List<String> codes = new java.util.ArrayList<>();
    Path utf8 = dir.resolve("u.csv");
    Files.writeString(utf8, "# year: 2023\n" + HEADER + "S,1,a,%,,80,90,,\n,,,,,,,,\nS,2,b,%,,80,91,,\n");
    assertThat(CsvReportReader.read(utf8, 2023).source()).isEqualTo(utf8.toString());
    CsvReportReader.forEachRow(utf8, row -> codes.add(row.indicator.value() + "@" + row.indicator.location()));
    assertThat(codes).containsExactly("1@" + utf8 + ":3:3", "2@" + utf8 + ":5:3");
  }

  @Test
  void valuesAreExact() {
    ReportFile f = read(HEADER + "S,1,a,%,,\"33,333\",\"0,1\",,\n");
    assertThat(f.realizations().get("1").orElseThrow().value()).contains(Rational.of(new BigDecimal("0.1")));
  }
}
