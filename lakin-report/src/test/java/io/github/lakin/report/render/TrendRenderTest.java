/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.Rational;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.report.CsvReportReader;
import io.github.lakin.report.ReadOptions;
import io.github.lakin.report.ReportFile;
import io.github.lakin.report.ReportFiles;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.aggregate.Trend;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Previous-year realisasi, trends and the achievement rate in every output, on the illustrative
 * file {@code ilustrasi-tahun-lalu.csv} (its 2022 figures are made up for the example). By hand:
 * capaian 1.1 69,31/69 = 100,45; 1.2 88,83/81 = 109,67; 2.1 (2 − 4/5) × 100 = 120,00; 2.2
 * (2 − 12/10) × 100 = 80,00; 2.3 3/3 = 100,00 — 4 of 5 met = 80,00%; SK1 2 of 2 (100,00%), SK2 2 of
 * 3 (66,67%). Trends at threshold 0: 1.1 +1,31 meningkat; 1.2 0 tetap; 2.1 4 − 6 = −2, lower is
 * better, meningkat; 2.2 12 − 9 = +3, lower is better, menurun; 2.3 no previous value.
 */
class TrendRenderTest {
  static final Locale ID = Locale.forLanguageTag("id");

  static ScoreView view(Trend.Threshold threshold) throws Exception {
    ReportFile f = ReportFiles.read(ScoreRendererTest.report("ilustrasi-tahun-lalu.csv"), ReadOptions.none());
    ReportPolicy policy = f.settings().policy(f.agreement());
    ReportResult r = ReportScorer.of(policy).score(f.agreement(), f.realizations());
    return ScoreView.of(f, r, policy, threshold);
  }

  static String render(ScoreFormat format, Locale locale, Trend.Threshold threshold) throws Exception {
    StringWriter out = new StringWriter();
    ScoreRenderer.render(view(threshold), format, locale, out);
    return out.toString();
  }

  @Test
  void theColumnRealisasiLaluIsReadAsTheRealisasiIs() throws Exception {
    ReportFile f = ReportFiles.read(ScoreRendererTest.report("ilustrasi-tahun-lalu.csv"), ReadOptions.none());
    assertThat(f.previous()).containsOnlyKeys("1.1", "1.2", "2.1", "2.2");
    assertThat(f.previous().get("1.1")).isEqualTo(Rational.parse("68.00"));
    assertThat(f.previous().get("2.2")).isEqualTo(Rational.of(9));
  }

  @Test
  void theJsonFieldPreviousIsReadAndABadOneNamedByItsPointer() {
    String json = "{\"schema\": \"lakin-report/2\", \"unit\": {\"code\": \"U\"}, \"year\": 2024, \"goals\": [{\"code\": \"SK1\","
        + " \"indicators\": [{\"code\": \"1.1\", \"unit\": \"%\", \"target\": 80, \"realisasi\": 80, \"previous\": \"75,5\"}]}]}";
    assertThat(io.github.lakin.report.JsonReportReader.read("t.json", json).previous()).containsEntry("1.1", Rational.parse("75.5"));
    assertThatThrownBy(() -> io.github.lakin.report.JsonReportReader.read("t.json", json.replace("75,5", "x")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("/goals/0/indicators/0/previous");
  }

  @Test
  void aBadPreviousCellIsAnErrorAtItsCell() {
    String head = "goal,indicator,name,unit,polarity,target,realisasi,previous\n";
    assertThatThrownBy(() -> CsvReportReader.read("r.csv", head + "SK1,1.1,Nilai,indeks,higher,69,70,abc\n", 2023))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("r.csv:2:35").hasMessageContaining("abc"); // the 8th column
    assertThatThrownBy(() -> CsvReportReader.read("r.csv", head + "SK1,1.1,Nilai,indeks,higher,69,70,68*\n", 2023))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("r.csv:2:35").hasMessageContaining("'*'")
        .hasMessageContaining("previous year's realisasi of indicator 1.1");
    assertThatThrownBy(() -> CsvReportReader.read("r.csv", head + "SK1,1.1,Nilai,indeks,higher,69,70,-5\n", 2023))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("negative");
    // N/A is no previous value: no comparison, not an error
    assertThat(CsvReportReader.read("r.csv", head + "SK1,1.1,Nilai,indeks,higher,69,70,N/A\n", 2023).previous()).isEmpty();
  }

  @Test
  void theTableShowsThePreviousYearTheTrendAndTheRates() throws Exception {
    String t = render(ScoreFormat.TABLE, ID, Trend.Threshold.none());
    assertThat(t).contains("Realisasi 2022").contains("Tren");
    assertThat(lineOf(t, "1.1 ")).contains("  68  ").contains("100,45%").contains("▲ meningkat (+1,31)");
    assertThat(lineOf(t, "1.2 ")).contains("88,83").contains("▶ tetap (0)");
    assertThat(lineOf(t, "2.1 ")).contains("▲ meningkat (-2)").contains("120,00%");
    assertThat(lineOf(t, "2.2 ")).contains("▼ menurun (+3)").contains("80,00%");
    assertThat(lineOf(t, "2.3 ")).contains("– tanpa pembanding");
    assertThat(lineOf(t, "SK1 ")).endsWith("2 dari 2 tercapai (100,00%)");
    assertThat(lineOf(t, "SK2 ")).endsWith("2 dari 3 tercapai (66,67%)");
    assertThat(t).contains("4 dari 5 indikator mencapai atau melampaui target\nTingkat ketercapaian: 80,00%\n");
  }

  @Test
  void aThresholdMakesSmallChangesStable() throws Exception {
    String t = render(ScoreFormat.TABLE, Locale.ENGLISH, Trend.Threshold.points(new BigDecimal("2")));
    assertThat(lineOf(t, "1.1 ")).contains("▶ stable (+1.31)"); // 1,31 ≤ 2
    assertThat(lineOf(t, "2.1 ")).contains("▶ stable (-2)"); // |−2| ≤ 2, inclusive
    assertThat(lineOf(t, "2.2 ")).contains("▼ declining (+3)");
    assertThat(t).contains("Achievement rate: 80.00%").contains("a change up to 2 points counts as stable");
    String relative = render(ScoreFormat.TABLE, Locale.ENGLISH, Trend.Threshold.percent(new BigDecimal("2")));
    assertThat(lineOf(relative, "1.1 ")).contains("▶ stable"); // 1,31 / 68 = 1,93% ≤ 2%
    assertThat(lineOf(relative, "2.1 ")).contains("▲ improving"); // 2 / 6 = 33% > 2%
  }

  @Test
  void markdownAndJsonCarryTheSameFigures() throws Exception {
    String md = render(ScoreFormat.MARKDOWN, ID, Trend.Threshold.none());
    assertThat(md).contains("| Kode | Indikator | Target | Realisasi | Realisasi 2022 | Capaian | Tren | Status |");
    assertThat(md).contains("| 68 | 100,45% | ▲ meningkat (+1,31) | tercapai |");
    assertThat(md).contains("Tingkat ketercapaian: 80,00%.");
    String json = render(ScoreFormat.JSON, ID, Trend.Threshold.none());
    assertThat(json.replaceAll("\\s+", "")).contains("\"previous\":\"68\",\"trend\":{\"direction\":\"IMPROVING\",\"points\":\"1.31\"}")
        .contains("\"previous\":\"9\",\"trend\":{\"direction\":\"DECLINING\",\"points\":\"3\"}")
        .contains("\"achievementRate\":\"66.67\"").contains("\"achievementRate\":\"80.00\"");
  }

  @Test
  void withoutPreviousValuesNothingOfTheYearOnYearIsShown() throws Exception {
    StringWriter out = new StringWriter();
    ScoreRenderer.render(Scored.view("biro-perencanaan-2023.csv"), ScoreFormat.TABLE, ID, out);
    assertThat(out.toString()).doesNotContain("Tren").doesNotContain("2022 ").contains("Tingkat ketercapaian: 90,91%"); // 10 of 11
    String html = HtmlRendererTest.html("biro-perencanaan-2023.json", ID, ChartBands.defaults());
    assertThat(html).doesNotContain("chart-yoy").contains("Tingkat ketercapaian: 90,91%");
  }

  @Test
  void theHtmlHasAPairOfBarsPerIndicatorWithAPreviousValue() throws Exception {
    StringWriter out = new StringWriter();
    HtmlRenderer.render(view(Trend.Threshold.none()), ID, out);
    String html = out.toString();
    assertThat(codes(html, "yoy-previous")).containsExactly("1.1", "1.2", "2.1", "2.2");
    assertThat(codes(html, "yoy-current")).containsExactly("1.1", "1.2", "2.1", "2.2");
    assertThat(html).contains(">2022: 68<").contains(">2023: 69,31 ▲ meningkat<").contains(">2023: 12 ▼ menurun<");
    assertThat(html).contains("<td class=\"goal-rate\">2 dari 3 tercapai (66,67%)</td>");
  }

  static java.util.List<String> codes(String html, String cssClass) {
    Matcher m = Pattern.compile("<rect class=\"" + cssClass + "\" data-code=\"([^\"]+)\"").matcher(html);
    java.util.List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String lineOf(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in\n" + text));
  }
}
