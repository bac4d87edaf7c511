/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The zero-target, provisional and missing settings (issue 13, item 3) from each file form — CSV
 * header lines, a workbook's settings sheet, a JSON policy — and overridden by the command line's.
 */
class RuleSettingsTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi\n";
  /** A: 80 / 80 = 100; B: 82,96* / 83 = 99,951807… (provisional); Z: target 0, realisasi 2. */
  private static final String ROWS = "S1,A,a,%,higher,80,80\nS1,B,b,%,higher,83,\"82,96*\"\nS1,Z,z,%,higher,0,2\n";

  private static ReportFile csv(String settings) {
    return CsvReportReader.read("t.csv", "# year: 2023\n" + settings + HEADER + ROWS, ReadOptions.none());
  }

  private static ReportResult score(ReportFile f, ReportSettings overrides) {
    ReportPolicy p = f.settings().overriddenBy(overrides).policy(f.agreement());
    return ReportScorer.of(p).score(f.agreement(), f.realizations());
  }

  private static Optional<BigDecimal> unit(ReportFile f) {
    return score(f, ReportSettings.none()).overall().rounded();
  }

  @Test
  void theDefaultsLeaveOutTheUndefinedZeroTargetAndIncludeTheProvisionalValue() {
    // target 0 with realisasi 2 is undefined and left out; (100 + 99,951807…) / 2 = 99,975903… → 99,98
    assertThat(unit(csv(""))).contains(new BigDecimal("99.98"));
  }

  @Test
  void csvHeaderLines() {
    ReportFile f = csv("# zero-target: 100 0\n# provisional: exclude\n# missing: fail\n");
    assertThat(f.settings().zeroTarget()).contains(ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.of(BigDecimal.ZERO)));
    assertThat(f.settings().provisional()).contains(ProvisionalRule.EXCLUDE);
    assertThat(f.settings().missing()).contains(MissingRule.FAIL);
    // Z now scores 0 and B is left out: (100 + 0) / 2 = 50,00
    assertThat(unit(f)).contains(new BigDecimal("50.00"));
  }

  @Test
  void theCommandLineWinsOverTheFile() {
    ReportFile f = csv("# zero-target: 100 0\n# provisional: exclude\n");
    ReportSettings options = SettingTexts.rules(ReportSettings.none(), text("default", "--zero-target"), text("include", "--provisional"), null);
    // Z undefined again, B included: 99,98 as with the defaults
    assertThat(score(f, options).overall().rounded()).contains(new BigDecimal("99.98"));
    ReportSettings failing = SettingTexts.rules(ReportSettings.none(), null, text("fail", "--provisional"), null);
    assertThatThrownBy(() -> score(f, failing)).isInstanceOf(InvalidValueException.class).hasMessageContaining("B")
        .hasMessageContaining("ProvisionalRule.FAIL");
  }

  @Test
  void missingFailRefusesAnIndicatorWithoutCapaian() {
    ReportFile f = csv("# missing: fail\n");
    assertThatThrownBy(() -> unit(f)).isInstanceOf(InvalidValueException.class).hasMessageContaining("indicator Z")
        .hasMessageContaining("MissingRule.FAIL");
  }

  @Test
  void aBadValueIsAnErrorAtItsLineAndColumn() {
    assertThatThrownBy(() -> csv("# provisional: maybe\n")).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("t.csv:2:").hasMessageContaining("maybe").hasMessageContaining("write include");
    assertThatThrownBy(() -> csv("# zero-target: 100\n")).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("t.csv:2:").hasMessageContaining("two values");
    assertThatThrownBy(() -> csv("# zero-target: 100 -5\n")).hasMessageContaining("t.csv:2:").hasMessageContaining("0 or more");
    assertThatThrownBy(() -> csv("# missing: include\n")).hasMessageContaining("t.csv:2:").hasMessageContaining("write exclude");
  }

  @Test
  void indonesianWordsAndUndefined() {
    ReportFile f = csv("# zero-target: tidak-terdefinisi 0\n# provisional: keluarkan\n# missing: keluarkan\n");
    assertThat(f.settings().zeroTarget()).contains(ZeroTargetRule.of(Optional.empty(), Optional.of(BigDecimal.ZERO)));
    assertThat(f.settings().provisional()).contains(ProvisionalRule.EXCLUDE);
    assertThat(f.settings().missing()).contains(MissingRule.EXCLUDE_AND_FLAG);
  }

  @Test
  void jsonPolicy() {
    String json = "{\"schema\": \"lakin-report/2\", \"year\": 2023, \"policy\": {\"zeroTarget\": \"100 0\", \"provisional\": \"exclude\"},"
        + " \"goals\": [{\"code\": \"S1\", \"indicators\": ["
        + "{\"code\": \"A\", \"unit\": \"%\", \"target\": \"80\", \"realisasi\": \"80\"},"
        + "{\"code\": \"B\", \"unit\": \"%\", \"target\": \"83\", \"realisasi\": \"82,96*\"},"
        + "{\"code\": \"Z\", \"unit\": \"%\", \"target\": \"0\", \"realisasi\": \"2\"}]}]}";
    ReportFile f = JsonReportReader.read("t.json", json);
    assertThat(f.settings().provisional()).contains(ProvisionalRule.EXCLUDE);
    assertThat(unit(f)).contains(new BigDecimal("50.00"));
    assertThatThrownBy(() -> JsonReportReader.read("t.json", json.replace("\"exclude\"", "\"maybe\"")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("/policy/provisional");
  }

  @Test
  void workbookSettingsSheet() throws IOException {
    byte[] xlsx = WorkbookReportReaderTest.workbook(new Object[][] {
        {"S1", "A", "a", "%", "higher", 80, 80, null, null},
        {"S1", "Z", "z", "%", "higher", 0, 2, null, null}},
        new String[][] {{"year", "2023"}, {"zero-target", "100 0"}, {"missing", "fail"}}, "0");
    ReportFile f = WorkbookReportReader.read("t.xlsx", new ByteArrayInputStream(xlsx), ReadOptions.none());
    assertThat(f.settings().missing()).contains(MissingRule.FAIL);
    assertThat(unit(f)).contains(new BigDecimal("50.00")); // (100 + 0) / 2
    byte[] bad = WorkbookReportReaderTest.workbook(new Object[][] {{"S1", "A", "a", "%", "higher", 80, 80, null, null}},
        new String[][] {{"year", "2023"}, {"missing", "never"}}, "0");
    assertThatThrownBy(() -> WorkbookReportReader.read("t.xlsx", new ByteArrayInputStream(bad), ReadOptions.none()))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.xlsx pengaturan!B2");
  }

  private static ReportRow.Text text(String v, String option) {
    return new ReportRow.Text(v, TextLocation.of("option " + option));
  }
}
