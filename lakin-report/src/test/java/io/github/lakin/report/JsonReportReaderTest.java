/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report reader as a library: every field it reads, and every refusal with its JSON
 * Pointer and the line and column of the value (counted by hand in the comments).
 */
class JsonReportReaderTest {
  static final String HEAD = "{\"schema\":\"lakin-report/2\",\"year\":2023,";
  static final String IND = "{\"code\":\"1.1\",\"target\":\"80\",\"realisasi\":\"90\"}";
  static final String GOALS = "\"goals\":[{\"code\":\"SK1\",\"indicators\":[" + IND + "]}]";

  @TempDir
  Path dir;

  private static ReportFile read(String json) {
    return JsonReportReader.read("t.json", json);
  }

  private static void refused(String json, String where, String reason) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidTextException.class).hasMessageStartingWith(where)
        .hasMessageContaining(reason);
  }

  /** A report with every field, one per line. */
  static final String FULL = String.join("\n",
      "{\"schema\":\"lakin-report/2\",",
      "\"unit\":{\"code\":\"BIRO\",\"name\":\"Biro Perencanaan\"},",
      "\"year\":2023,",
      "\"numberStyle\":\"indonesian\",",
      "\"policy\":{\"cap\":\"120\",\"aggregate\":\"goals\",\"scale\":3,\"roundingStage\":\"each-level\",\"rounding\":\"down\","
          + "\"lowerFormula\":\"inverse-ratio\"},",
      "\"goals\":[{\"code\":\"SK1\",\"name\":\"Sasaran 1\",\"weight\":\"60\",\"indicators\":[",
      "{\"code\":\"1.1\",\"name\":\"Nilai\",\"unit\":\"%\",\"polarity\":\"higher\",\"target\":\"69\",\"realisasi\":\"69,31\","
          + "\"weight\":2,\"printed\":\"100,45\",\"printedElsewhere\":{\"target\":[\"70\",71],\"realisasi\":[\"69,5\"]}},",
      "{\"code\":\"1.2\",\"unit\":\"%\",\"target\":\"3\",\"realisasi\":\"-100\",\"negativeAllowed\":true,\"baseline\":\"10\","
          + "\"formula\":\"ratio\"}]},",
      "{\"code\":\"SK2\",\"weight\":40,\"indicators\":[{\"code\":\"2.1\",\"target\":\"1.250\",\"realisasi\":\"1.410\",\"unit\":\"Ha\"}]}],",
      "\"budget\":{\"paguAwal\":\"13.393.506.000\",\"pagu\":\"9.970.949.000\",\"realisasi\":\"9.960.052.227\"},",
      "\"printed\":{\"goals\":{\"SK1\":\"110,20\",\"SK2\":112.8},\"overall\":\"106,51\",\"absorption\":\"99,89\","
          + "\"efficiencyGap\":\"6,62\"}}");

  @Test
  void everyFieldIsRead() {
    ReportFile f = read(FULL);
    assertThat(f.agreement().unit().code()).isEqualTo("BIRO");
    assertThat(f.agreement().unit().name()).isEqualTo("Biro Perencanaan");
    assertThat(f.agreement().year()).isEqualTo(2023);
    assertThat(f.agreement().goal("SK1").orElseThrow().weight()).contains(new BigDecimal("60"));
    assertThat(f.agreement().goal("SK2").orElseThrow().weight()).contains(new BigDecimal("40"));
    Indicator a = f.agreement().indicator("1.1").orElseThrow();
    assertThat(a.name()).isEqualTo("Nilai");
    assertThat(a.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(a.weight()).contains(new BigDecimal("2"));
    Indicator b = f.agreement().indicator("1.2").orElseThrow();
    assertThat(b.unit().negativeAllowed()).isTrue();
    assertThat(b.baseline()).contains(new BigDecimal("10"));
    assertThat(f.settings().strategies()).containsOnlyKeys("1.2");
    // indonesian style: 1.250 Ha is 1250, not 1.25
    assertThat(f.realizations().get("2.1").orElseThrow().value().orElseThrow().toBigDecimalExact()).isEqualByComparingTo("1410");
    assertThat(f.realizations().get("1.2").orElseThrow().value().orElseThrow().toBigDecimalExact()).isEqualByComparingTo("-100");
    BudgetLine line = f.agreement().budget().get(0);
    assertThat(line.code()).isEqualTo("BIRO");
    assertThat(line.name()).isEqualTo("anggaran Biro Perencanaan");
    assertThat(line.initialPagu()).contains(new BigDecimal("13393506000"));
    assertThat(line.finalPagu()).isEqualByComparingTo("9970949000");
    assertThat(line.realization()).isEqualByComparingTo("9960052227");
    assertThat(f.printed().indicators()).containsExactly(Map.entry("1.1", new BigDecimal("100.45")));
    assertThat(f.printed().goals()).containsExactly(Map.entry("SK1", new BigDecimal("110.20")), Map.entry("SK2", new BigDecimal("112.8")));
    assertThat(f.printed().overall()).contains(new BigDecimal("106.51"));
    assertThat(f.printed().absorption()).contains(new BigDecimal("99.89"));
    assertThat(f.printed().efficiencyGap()).contains(new BigDecimal("6.62"));
    assertThat(f.printed().otherTargets().get("1.1")).extracting(t -> t.exact())
        .containsExactly(io.github.lakin.core.Rational.of(70), io.github.lakin.core.Rational.of(71));
    assertThat(f.printed().otherRealisasi().get("1.1")).extracting(r -> r.value().orElseThrow())
        .containsExactly(io.github.lakin.core.Rational.of(new BigDecimal("69.5")));
    ReportSettings s = f.settings();
    assertThat(s.cap()).contains(new BigDecimal("120"));
    assertThat(s.shape()).contains(AggregationShape.GOAL_MEANS);
    assertThat(s.scale()).contains(3);
    assertThat(s.roundingStage()).contains(RoundingStage.EACH_LEVEL);
    assertThat(s.roundingMode()).contains(RoundingMode.DOWN);
    assertThat(s.lowerIsBetterFormula()).isPresent();
  }

  /**
   * Issue 15 item 4: the file is read in two passes, the indicators one at a time; the settings a
   * goal's indicators need may still come after the goals, and a goal's code and weight after its
   * indicators.
   */
  @Test
  void goalsMayComeBeforeTheSettingsAndIndicatorsBeforeTheGoalCode() {
    ReportFile f = read("{\"goals\":[{\"indicators\":[{\"code\":\"2.1\",\"target\":\"1.250\",\"realisasi\":\"1.410\"}],"
        + "\"weight\":40,\"code\":\"SK2\"},{\"indicators\":[{\"code\":\"1.1\",\"target\":\"69\",\"realisasi\":\"69,31\"},"
        + "{\"code\":\"1.2\",\"target\":\"3\",\"realisasi\":\"4\"}],\"code\":\"SK1\",\"weight\":\"60\"}],"
        + "\"numberStyle\":\"indonesian\",\"year\":2023,\"schema\":\"lakin-report/2\"}");
    // the indonesian style, given last, reads 1.410 as 1410 and 69,31 as 69.31
    assertThat(f.realizations().get("2.1").orElseThrow().value().orElseThrow().toBigDecimalExact()).isEqualByComparingTo("1410");
    assertThat(f.realizations().get("1.1").orElseThrow().value().orElseThrow().toBigDecimalExact()).isEqualByComparingTo("69.31");
    assertThat(f.agreement().goal("SK2").orElseThrow().weight()).contains(new BigDecimal("40"));
    assertThat(f.agreement().goal("SK1").orElseThrow().weight()).contains(new BigDecimal("60"));
    assertThat(f.agreement().goal("SK1").orElseThrow().indicators()).extracting(Indicator::code).containsExactly("1.1", "1.2");
  }

  /**
   * Issue 15 item 4: an error in a later indicator, read in the second pass, names its own line,
   * column and JSON Pointer, not those of an indicator read before it; a syntax error after the
   * goals is found in the first pass, before any indicator is checked.
   */
  @Test
  void errorsInTheSecondPassKeepTheirPlace() {
    String goals = "\"goals\":[{\"code\":\"SK1\",\"indicators\":[\n" + IND + ",\n" + IND.replace("1.1", "1.2") + "]},\n"
        + "{\"code\":\"SK2\",\"indicators\":[" + IND.replace("1.1", "2.1") + ",\n"
        + IND.replace("1.1", "2.2").replace("\"90\"", "\"9x\"") + "]}]";
    // line 5 is the indicator 2.2: {"code":"2.2","target":"80","realisasi":"9x"}; its realisasi value starts at column 41
    refused(HEAD + goals + "}", "t.json /goals/1/indicators/1/realisasi:5:41:", "9x");
    // a bad indicator and, later, a broken file: the file is checked first
    refused(HEAD + goals + ",}", "t.json:5:", "Unexpected character ('}'");
    // the same code twice across goals, the second in the second goal
    refused(HEAD + goals.replace("2.1", "1.2").replace("9x", "90") + "}", "t.json /goals/1/indicators/0/code:4:37:", "used twice");
  }

  @Test
  void theSmallestReportTakesTheDefaults() {
    ReportFile f = read(HEAD + GOALS + "}");
    assertThat(f.agreement().unit().code()).isEqualTo("UNIT");
    assertThat(f.agreement().budget()).isEmpty();
    assertThat(f.printed().goals()).isEmpty();
    assertThat(f.settings()).isEqualTo(ReportSettings.none());
    assertThat(read("{\"schema\":\"lakin-report/1\",\"year\":2023,\"unit\":{\"code\":\"X\"}," + GOALS + ",\"budget\":null,"
        + "\"printed\":null,\"policy\":null}").agreement().unit().name()).isEqualTo("X");
    // a byte order mark before the object
    assertThat(read("\uFEFF" + HEAD + GOALS + "}").agreement().year()).isEqualTo(2023);
    // flat aggregation and end rounding
    ReportSettings s = read(HEAD + "\"policy\":{\"aggregate\":\"flat\",\"roundingStage\":\"end\",\"scale\":0}," + GOALS + "}").settings();
    assertThat(s.shape()).contains(AggregationShape.FLAT);
    assertThat(s.roundingStage()).contains(RoundingStage.END);
    assertThat(s.scale()).contains(0);
  }

  @Test
  void theYearFromTheFileOrTheCaller() throws Exception {
    Path f = dir.resolve("y.json");
    Files.writeString(f, "{\"schema\":\"lakin-report/2\"," + GOALS + "}");
    assertThat(JsonReportReader.read(f, ReadOptions.none().withYear(2021)).agreement().year()).isEqualTo(2021);
    assertThatThrownBy(() -> JsonReportReader.read(f)).hasMessageContaining("/year").hasMessageContaining("from 1900 to 2999");
    Files.writeString(f, HEAD + GOALS + "}");
    assertThat(JsonReportReader.read(f).source()).isEqualTo(f.toString());
    assertThat(JsonReportReader.read(f, ReadOptions.none().withYear(2023)).agreement().year()).isEqualTo(2023);
    // "year": is 7 characters after the schema's 27: the value at column 35
    assertThatThrownBy(() -> JsonReportReader.read(f, ReadOptions.none().withYear(2022)))
        .hasMessageStartingWith(f + " /year:1:35:").hasMessageContaining("the file states 2023 but 2022 was given");
    for (String y : new String[] {"1899", "3000", "2023.5", "\"2023\"", "4294969319"}) {
      refused(HEAD.replace("2023", y) + GOALS + "}", "t.json /year:1:35:", "a whole number from 1900 to 2999");
    }
    assertThat(read(HEAD.replace("2023", "1900") + GOALS + "}").agreement().year()).isEqualTo(1900);
    // a provisional value carries the year before, which a report of 1900 does not have: an error at the cell
    refused(HEAD.replace("2023", "1900") + GOALS.replace("\"90\"", "\"90*\"") + "}", "t.json /goals/0/indicators/0/realisasi:",
        "no year before 1900");
    assertThat(read(HEAD.replace("2023", "2999") + GOALS + "}").agreement().year()).isEqualTo(2999);
  }

  @Test
  void theNumberStyleFromTheFileOrTheCaller() throws Exception {
    Path f = dir.resolve("s.json");
    Files.writeString(f, HEAD + "\"numberStyle\":\"english\"," + GOALS + "}");
    // "numberStyle": is 14 characters after the 39 of HEAD: the value at column 54
    assertThatThrownBy(() -> JsonReportReader.read(f, ReadOptions.none().withNumberStyle(NumberStyle.INDONESIAN)))
        .hasMessageStartingWith(f + " /numberStyle:1:54:").hasMessageContaining("the file states english but indonesian was given");
    assertThat(JsonReportReader.read(f, ReadOptions.none().withNumberStyle(NumberStyle.ENGLISH)).agreement().year()).isEqualTo(2023);
    refused(HEAD + "\"numberStyle\":\"klingon\"," + GOALS + "}", "t.json /numberStyle:1:54:", "klingon");
  }

  @Test
  void theStructureIsCheckedWithPointers() {
    refused("[]", "t.json", "the file must hold one JSON object");
    refused("null", "t.json", "the file must hold one JSON object");
    refused(HEAD + GOALS + ",\"goalz\":1}", "t.json /goalz:", "unknown field; allowed here: asOf, budget, goals, numberStyle");
    refused(HEAD.replace("lakin-report/2", "lakin-report/3") + GOALS + "}", "t.json /schema:1:11:", "it must be \"lakin-report/2\"");
    // HEAD is 39 characters and "goals": 8 more: the array at column 48
    refused(HEAD + "\"goals\":[]}", "t.json /goals:1:48:", "a non-empty array of goals is required");
    refused(HEAD + "\"goals\":{}}", "t.json /goals:1:48:", "a non-empty array of goals is required");
    refused(HEAD + "\"goals\":[1]}", "t.json /goals/0:1:49:", "an object {…} is required here");
    refused(HEAD + "\"goals\":[{\"code\":\"SK1\",\"indicators\":[]}]}", "t.json /goals/0/indicators:", "a non-empty array is required");
    refused(HEAD + "\"goals\":[{\"code\":\"SK1\",\"indicators\":[1]}]}", "t.json /goals/0/indicators/0:", "an object {…}");
    refused(HEAD + "\"goals\":[{\"indicators\":[" + IND + "]}]}", "t.json /goals/0/code:", "it is required");
    refused(HEAD + "\"goals\":[{\"code\":\"SK1\",\"indicators\":[{\"target\":\"80\"}]}]}", "t.json /goals/0/indicators/0/code:",
        "it is required");
    refused(HEAD + "\"goals\":[{\"code\":\"SK1\",\"colour\":1,\"indicators\":[" + IND + "]}]}", "t.json /goals/0/colour:",
        "allowed here: code, indicators, name, weight");
    refused(HEAD + "\"goals\":[{\"code\":{},\"indicators\":[" + IND + "]}]}", "t.json /goals/0/code:", "a string or a number");
    refused(HEAD + "\"unit\":{\"name\":\"x\"}," + GOALS + "}", "t.json /unit/code:", "it is required");
    refused(HEAD + "\"unit\":\"BIRO\"," + GOALS + "}", "t.json /unit:", "an object {…} is required here");
    refused(HEAD + "\"unit\":{\"code\":\"B\",\"level\":2}," + GOALS + "}", "t.json /unit/level:", "unknown field");
  }

  @Test
  void goalCodesAreNormalisedAndUnique() {
    String twice = HEAD + "\"goals\":[{\"code\":\"SK1\",\"indicators\":[" + IND + "]},{\"code\":\"SK\uFF11\",\"indicators\":["
        + IND.replace("1.1", "1.2") + "]}]}";
    refused(twice, "t.json /goals/1/code:", "goal SK1 appears twice (first at /goals/0)");
    // a code number is the number's text
    assertThat(read(HEAD + "\"goals\":[{\"code\":7,\"indicators\":[" + IND + "]}]}").agreement().goal("7")).isPresent();
  }

  @Test
  void printedElsewhereIsChecked() {
    String base = HEAD + "\"goals\":[{\"code\":\"SK1\",\"indicators\":[{\"code\":\"1.1\",\"target\":\"80\",\"realisasi\":\"90\","
        + "\"printedElsewhere\":";
    refused(base + "[]}]}]}", "t.json /goals/0/indicators/0/printedElsewhere:", "an object {…}");
    refused(base + "{\"x\":1}}]}]}", "t.json /goals/0/indicators/0/printedElsewhere/x:", "allowed here: realisasi, target");
    refused(base + "{\"target\":\"80\"}}]}]}", "t.json /goals/0/indicators/0/printedElsewhere/target:", "an array of values");
    refused(base + "{\"target\":[true]}}]}]}", "t.json /goals/0/indicators/0/printedElsewhere/target/0:", "a string or a number");
    refused(base + "{\"target\":[\"80-90\"]}}]}]}", "t.json /goals/0/indicators/0/printedElsewhere/target/0:", "it must be one number");
    refused(base + "{\"realisasi\":[\"N/A\"]}}]}]}", "t.json /goals/0/indicators/0/printedElsewhere/realisasi/0:",
        "it must be one number");
    assertThat(read(base + "null}]}]}").printed().otherTargets()).isEmpty();
    assertThat(read(base + "{\"target\":null}}]}]}").printed().otherTargets()).isEmpty();
  }

  @Test
  void flagsAndValues() {
    String ind = HEAD + "\"goals\":[{\"code\":\"SK1\",\"indicators\":[{\"code\":\"1.1\",\"target\":\"3\",\"realisasi\":\"-1\",";
    refused(ind + "\"negativeAllowed\":\"yes\"}]}]}", "t.json /goals/0/indicators/0/negativeAllowed:", "true or false is required");
    refused(ind + "\"negativeAllowed\":false}]}]}", "t.json /goals/0/indicators/0/realisasi:", "does not allow negative values");
    refused(ind + "\"name\":[1]}]}]}", "t.json /goals/0/indicators/0/name:", "a string or a number is required");
    ReportFile f = read(ind.replace("-1", "1") + "\"negativeAllowed\":null,\"name\":\"  \"}]}]}");
    assertThat(f.agreement().indicator("1.1").orElseThrow().name()).isEqualTo("1.1"); // a blank name is no name
    assertThat(f.agreement().indicator("1.1").orElseThrow().unit().negativeAllowed()).isFalse();
  }

  @Test
  void theBudget() {
    refused(HEAD + GOALS + ",\"budget\":{\"realisasi\":\"1\"}}", "t.json /budget/pagu:", "it is required");
    refused(HEAD + GOALS + ",\"budget\":{\"pagu\":\"1\"}}", "t.json /budget/realisasi:", "it is required");
    refused(HEAD + GOALS + ",\"budget\":{\"pagu\":\"1\",\"realisasi\":\"1\",\"sisa\":\"0\"}}", "t.json /budget/sisa:", "unknown field");
    // version 2: an array of budget lines, each an object
    refused(HEAD + GOALS + ",\"budget\":[1]}", "t.json /budget/0:", "an object {…}");
    refused(HEAD + GOALS + ",\"budget\":{\"pagu\":\"0\",\"realisasi\":\"5\"}}", "t.json /budget:", "the budget");
    refused(HEAD + GOALS + ",\"budget\":{\"pagu\":\"abc\",\"realisasi\":\"5\"}}", "t.json /budget/pagu:", "\"abc\"");
    // issue 14 item 8: a budget of pagu 0 and realisasi 0 is read, not dropped
    BudgetLine zero = read(HEAD + GOALS + ",\"budget\":{\"pagu\":0,\"realisasi\":\"0\"}}").agreement().budget().get(0);
    assertThat(zero.finalPagu()).isZero();
    assertThat(zero.realization()).isZero();
    assertThat(zero.initialPagu()).isEmpty();
  }

  @Test
  void printedFigures() {
    refused(HEAD + GOALS + ",\"printed\":[]}", "t.json /printed:", "an object {…}");
    refused(HEAD + GOALS + ",\"printed\":{\"total\":1}}", "t.json /printed/total:", "allowed here: absorption, efficiencyGap, efficiencyIndex, goals, overall");
    refused(HEAD + GOALS + ",\"printed\":{\"goals\":[]}}", "t.json /printed/goals:", "an object {…}");
    refused(HEAD + GOALS + ",\"printed\":{\"goals\":{\" \":\"1\"}}}", "t.json /printed/goals/ :", "needs the code of its goal");
    refused(HEAD + GOALS + ",\"printed\":{\"goals\":{\"SK1\":null}}}", "t.json /printed/goals/SK1:", "a number is required");
    refused(HEAD + GOALS + ",\"printed\":{\"goals\":{\"a/b~c\":\"1\"}}}", "t.json /printed/goals/a~1b~0c:", "no indicator belongs to goal");
    refused(HEAD + GOALS + ",\"printed\":{\"overall\":\"90*\"}}", "t.json /printed/overall:", "it must be one number");
    refused(HEAD + GOALS + ",\"printed\":{\"absorption\":\"2/3\"}}", "t.json /printed/absorption:", "it must be one number");
    refused(HEAD + GOALS + ",\"printed\":{\"efficiencyGap\":\"N/A\"}}", "t.json /printed/efficiencyGap:", "it must be one number");
    assertThat(read(HEAD + GOALS + ",\"printed\":{\"goals\":null}}").printed().goals()).isEmpty();
    // a goal key in another form of the same code
    assertThat(read(HEAD + GOALS + ",\"printed\":{\"goals\":{\"SK\uFF11\":\"1\"}}}").printed().goals()).containsOnlyKeys("SK1");
  }

  @Test
  void thePolicy() {
    refused(HEAD + "\"policy\":[]," + GOALS + "}", "t.json /policy:", "an object {…}");
    refused(HEAD + "\"policy\":{\"cup\":1}," + GOALS + "}", "t.json /policy/cup:", "allowed here: aggregate, cap, lowerFormula");
    refused(HEAD + "\"policy\":{\"cap\":0}," + GOALS + "}", "t.json /policy/cap:", "it must be above 0");
    refused(HEAD + "\"policy\":{\"aggregate\":\"median\"}," + GOALS + "}", "t.json /policy/aggregate:", "it must be flat, goals or weighted");
    for (String scale : new String[] {"-1", "11", "2.5", "\"2\"", "99999999999"}) {
      refused(HEAD + "\"policy\":{\"scale\":" + scale + "}," + GOALS + "}", "t.json /policy/scale:", "a whole number from 0 to 10");
    }
    assertThat(read(HEAD + "\"policy\":{\"scale\":10}," + GOALS + "}").settings().scale()).contains(10);
    refused(HEAD + "\"policy\":{\"roundingStage\":\"never\"}," + GOALS + "}", "t.json /policy/roundingStage:", "it must be end or each-level");
    refused(HEAD + "\"policy\":{\"aggregate\":\"weighted\"}," + GOALS + "}", "t.json /policy/aggregate:", "the file gives no indicator or goal weight");
    String weighted = HEAD + "\"policy\":{\"aggregate\":\"weighted\"},\"goals\":[{\"code\":\"SK1\",\"indicators\":["
        + IND.replace("}", ",\"weight\":\"2\"}") + "]}]}";
    assertThat(read(weighted).settings().shape()).isPresent();
  }

  @Test
  void syntaxAndNumbers() {
    // the second comma of "year": 2023,, is at line 2, column 16
    refused("{\"schema\": \"lakin-report/1\",\n  \"year\": 2023,,}", "t.json:2:16:", "");
    refused(HEAD + GOALS + "}\n{}", "t.json:2:", "");
    refused(HEAD + "\"year\":2024," + GOALS + "}", "t.json:1:", "Duplicate field 'year'");
    refused("{\"schema\":\"lakin-report/1\",\n\"year\":1E999999999999}", "t.json:2:8:", "exponent");
    refused(HEAD + "\"policy\":{\"cap\":1E1001}," + GOALS + "}", "t.json:1:", "at most 1000");
    refused(HEAD + "\"policy\":{\"cap\":1E-1001}," + GOALS + "}", "t.json:1:", "at most 1000");
    assertThat(read(HEAD + "\"policy\":{\"cap\":1.2E2}," + GOALS + "}").settings().cap().orElseThrow()).isEqualByComparingTo("120");
  }

  @Test
  void aFileInAnotherEncoding() throws Exception {
    Path f = dir.resolve("w.json");
    // the é of the name on line 2: {"code":"1.1","name":" is 22 characters, é at 23
    String json = HEAD + "\"goals\":[{\"code\":\"SK1\",\"indicators\":[\n{\"code\":\"1.1\",\"name\":\"\u00e9\",\"target\":\"80\",\"realisasi\":\"90\"}]}]}";
    Files.write(f, json.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThatThrownBy(() -> JsonReportReader.read(f)).hasMessageStartingWith(f + ":2:23:").hasMessageContaining("windows-1252");
    assertThat(JsonReportReader.read(f, ReadOptions.none().withEncoding(java.nio.charset.Charset.forName("windows-1252")))
        .agreement().indicator("1.1").orElseThrow().name()).isEqualTo("\u00e9");
    Files.write(f, json.getBytes(StandardCharsets.UTF_8));
    assertThat(JsonReportReader.read(f).agreement().indicator("1.1").orElseThrow().name()).isEqualTo("\u00e9");
    assertThatThrownBy(() -> JsonReportReader.read(dir)).hasMessageContaining("it is a directory");
  }
}
