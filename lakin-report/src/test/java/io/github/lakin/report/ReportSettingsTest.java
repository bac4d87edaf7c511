/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.Preset;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ReportSettingsTest {
  private static final String HEAD = "{\"schema\":\"lakin-report/1\",\"year\":2023,";
  private static final String GOALS = "\"goals\":[{\"code\":\"SK1\",\"indicators\":["
      + "{\"code\":\"1.1\",\"name\":\"a\",\"unit\":\"%\",\"target\":\"80\",\"realisasi\":\"90\"WEIGHT}]}]}";

  @Test
  void noSettingsGiveTheDefaultPolicy() {
    ReportPolicy p = ReportSettings.none().policy();
    assertThat(p.shape()).isEqualTo(AggregationShape.FLAT);
    assertThat(p.roundingStage()).isEqualTo(RoundingStage.END);
    assertThat(p.scoring().rounding().scale()).isEqualTo(2);
    assertThat(p.scoring().rounding().mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(p.scoring().limits().maximum()).isEmpty();
  }

  @Test
  void theCommandLineWinsWhereItNamesAChoice() {
    ReportSettings file = ReportSettings.none().withCap(new BigDecimal("120")).withShape(AggregationShape.GOAL_MEANS).withScale(1);
    ReportSettings options = ReportSettings.none().withScale(0).withRoundingStage(RoundingStage.EACH_LEVEL);
    ReportSettings both = file.overriddenBy(options);
    assertThat(both.cap()).contains(new BigDecimal("120"));
    assertThat(both.shape()).contains(AggregationShape.GOAL_MEANS);
    assertThat(both.scale()).contains(0);
    assertThat(both.roundingStage()).contains(RoundingStage.EACH_LEVEL);
    ReportPolicy p = both.policy();
    assertThat(p.scoring().limits().maximum()).contains(new BigDecimal("120"));
    assertThat(p.scoring().limits().floor()).contains(BigDecimal.ZERO);
    assertThat(p.scoring().rounding().scale()).isZero();
  }

  @Test
  void aPresetFillsOnlyWhatNobodyNamesAndALaterPresetReplacesIt() {
    ReportSettings file = ReportSettings.none().withPreset(Preset.REGIONAL_TRUNCATED).withRoundingMode(RoundingMode.HALF_UP);
    ReportPolicy p = file.policy();
    // the preset's stage and scale stay; the file's own half-up wins over the preset's truncation
    assertThat(p.roundingStage()).isEqualTo(RoundingStage.EACH_LEVEL);
    assertThat(p.scoring().rounding().mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(p.scoring().rounding().scale()).isEqualTo(2);
    // the command line's preset replaces the file's; the file's half-up still wins
    ReportSettings both = file.overriddenBy(ReportSettings.none().withPreset(Preset.KWANTER_SAKIP));
    assertThat(both.preset()).contains(Preset.KWANTER_SAKIP);
    assertThat(both.policy().scoring().zeroTarget()).isEqualTo(Preset.KWANTER_SAKIP.zeroTarget());
    assertThat(both.roundingMode()).contains(RoundingMode.HALF_UP);
    // the explicit choices alone are what the accessors give; the preset is kept apart, and in equality
    assertThat(ReportSettings.none().withPreset(Preset.REGIONAL_TRUNCATED).roundingMode()).isEmpty();
    assertThat(file).isEqualTo(ReportSettings.none().withRoundingMode(RoundingMode.HALF_UP).withPreset(Preset.REGIONAL_TRUNCATED))
        .hasSameHashCodeAs(ReportSettings.none().withRoundingMode(RoundingMode.HALF_UP).withPreset(Preset.REGIONAL_TRUNCATED))
        .isNotEqualTo(ReportSettings.none().withRoundingMode(RoundingMode.HALF_UP));
    assertThat(file.toString()).contains("preset=regional-truncated");
    assertThat(ReportSettings.none().toString()).contains("preset=-");
  }

  @Test
  void aPresetNamedInACsvHeaderIsReadAndAnUnknownOneIsAnErrorAtItsLine() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("preset");
    java.nio.file.Path f = dir.resolve("r.csv");
    java.nio.file.Files.writeString(f, "# year: 2023\n# preset: Wp-Eval-Sakip\ngoal,indicator,name,unit,polarity,target,realisasi\n"
        + "S1,B,b,%,lower,20,15\n", java.nio.charset.StandardCharsets.UTF_8);
    ReportFile r = ReportFiles.read(f, ReadOptions.none());
    assertThat(r.settings().preset()).contains(Preset.WP_EVAL_SAKIP);
    // t / r: 20 / 15 × 100 = 133,333… → 133,33
    assertThat(io.github.lakin.scoring.aggregate.ReportScorer.of(r.settings().policy(r.agreement())).score(r.agreement(), r.realizations())
        .achievement("B").orElseThrow().rounded()).contains(new BigDecimal("133.33"));
    java.nio.file.Files.writeString(f, "# year: 2023\n# preset: simda\ngoal,indicator,name,unit,polarity,target,realisasi\n"
        + "S1,B,b,%,lower,20,15\n", java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ReportFiles.read(f, ReadOptions.none())).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining(":2:").hasMessageContaining("simda").hasMessageContaining("wp-eval-sakip, kwanter-sakip");
  }

  @Test
  void outOfRangeValuesAreRefused() {
    assertThatThrownBy(() -> ReportSettings.none().withScale(11)).hasMessageContaining("from 0 to 10, but was 11");
    assertThatThrownBy(() -> ReportSettings.none().withScale(-1)).hasMessageContaining("but was -1");
    assertThatThrownBy(() -> ReportSettings.none().withCap(BigDecimal.ZERO)).hasMessageContaining("must be > 0");
  }

  @Test
  void aJsonFileNamesTypedSettingsAndWeightedIsResolvedByItsWeights() {
    String json = HEAD + "\"policy\":{\"cap\":\"120\",\"aggregate\":\"weighted\",\"scale\":1,\"roundingStage\":\"each-level\"},"
        + GOALS.replace("WEIGHT", ",\"weight\":\"2\"");
    ReportFile f = JsonReportReader.read("t.json", json);
    assertThat(f.settings().shape()).contains(AggregationShape.WEIGHTED_INDICATORS);
    assertThat(f.settings().cap()).contains(new BigDecimal("120"));
    assertThat(f.settings().scale()).contains(1);
    assertThat(f.settings().roundingStage()).contains(RoundingStage.EACH_LEVEL);
  }

  @Test
  void weightedWithoutAnyWeightIsAnErrorAtThePolicyField() {
    String json = HEAD + "\"policy\":{\"aggregate\":\"weighted\"}," + GOALS.replace("WEIGHT", "");
    assertThatThrownBy(() -> JsonReportReader.read("t.json", json)).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("/policy/aggregate").hasMessageContaining("no indicator or goal weight");
  }

  @Test
  void aCapAtOrBelowZeroInAFileIsAnErrorAtItsField() {
    String json = HEAD + "\"policy\":{\"cap\":\"0\"}," + GOALS.replace("WEIGHT", "");
    assertThatThrownBy(() -> JsonReportReader.read("t.json", json)).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("/policy/cap").hasMessageNotContaining("--cap");
  }
}
