/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.report.ReportFile;
import io.github.lakin.report.ReportFiles;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The renderers print the figures of DOMAIN.md §12 (Biro Perencanaan 2023) in every format. */
class ScoreRendererTest {
  private static final Locale ID = Locale.forLanguageTag("id");

  static Path report(String name) throws URISyntaxException {
    return Path.of(ScoreRendererTest.class.getResource("/reports/" + name).toURI());
  }

  private static String render(String file, ScoreFormat format, Locale locale) throws Exception {
    ReportFile f = ReportFiles.read(report(file), OptionalInt.empty());
    ReportPolicy policy = f.settings().policy();
    ReportResult r = ReportScorer.of(policy).score(f.agreement(), f.realizations());
    StringWriter out = new StringWriter();
    ScoreRenderer.render(ScoreView.of(f, r, policy), format, locale, out);
    return out.toString();
  }

  @Test
  void theTableShowsTheGoalsTheUnitAndTheCountsInIndonesian() throws Exception {
    String t = render("biro-perencanaan-2023.csv", ScoreFormat.TABLE, ID);
    assertThat(t).contains("Capaian kinerja Biro Perencanaan, Sekretariat Jenderal, Kementerian Sosial 2023")
        .contains("Kebijakan: rata-rata seluruh indikator, tanpa batas, 2 desimal, pembulatan setengah ke atas, dibulatkan sekali di akhir")
        .contains("109,95%").contains("119,79%").contains("100,67%")
        .contains("Capaian unit: 106,51%")
        .contains("10 dari 11 indikator mencapai atau melampaui target");
    assertThat(t).contains("tercapai, sementara"); // 4.2 is the 2022 value
  }

  @Test
  void englishUsesEnglishWordsAndNumbers() throws Exception {
    String t = render("biro-perencanaan-2023.json", ScoreFormat.TABLE, Locale.ENGLISH);
    assertThat(t).contains("Unit achievement: 106.51%").contains("Budget absorption: 99.89%")
        .contains("Efficiency gap: 6.62 points (efficient)").doesNotContain("Capaian unit");
  }

  @Test
  void jsonGivesExactDecimalStrings() throws Exception {
    String j = render("biro-perencanaan-2023.csv", ScoreFormat.JSON, ID);
    assertThat(j).contains("\"achievement\" : \"106.51\"").contains("\"achievement\" : \"109.95\"");
  }

  @Test
  void csvAndMarkdownCarryTheSameFigures() throws Exception {
    String c = render("biro-perencanaan-2023.csv", ScoreFormat.CSV, ID);
    assertThat(c).startsWith("level,goal,indicator,name,target,realisasi,achievement,status\n").contains("unit,,,,,,106.51,");
    String m = render("biro-perencanaan-2023.csv", ScoreFormat.MARKDOWN, ID);
    assertThat(m).contains("**Capaian unit: 106,51%**");
  }

  @Test
  void thePolicyTextNamesEveryChoice() {
    ReportPolicy capped = io.github.lakin.report.ReportSettings.none().withCap(new BigDecimal("120"))
        .withShape(io.github.lakin.scoring.aggregate.AggregationShape.GOAL_MEANS)
        .withRoundingStage(io.github.lakin.scoring.aggregate.RoundingStage.EACH_LEVEL).withScale(0).policy();
    assertThat(PolicyText.describe(capped, ID))
        .isEqualTo("rata-rata capaian sasaran, batas 120, 0 desimal, pembulatan setengah ke atas, dibulatkan di tiap tingkat");
    assertThat(PolicyText.describe(capped, Locale.ENGLISH))
        .isEqualTo("mean of goal means, cap 120, 0 decimals, half-up, rounded at each level");
  }
}
