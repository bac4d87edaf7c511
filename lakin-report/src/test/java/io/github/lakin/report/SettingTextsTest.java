/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Period;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every word of every report setting ({@link SettingTexts}), each alias and each refusal with its
 * place: the words are those docs/report-format.md lists; the places are made up here
 * ({@code s.csv:3:9}), so a message that names another place or none fails.
 */
class SettingTextsTest {
  private static final TextLocation AT = TextLocation.of("s.csv", 3, 9);

  private static Text t(String value) {
    return new Text(value, AT);
  }

  /** Asserts the text is refused at {@link #AT}, as the named setting, with the hint given. */
  private static void refused(Runnable read, String value, String readingAs, String hint) {
    assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidTextException.class, e -> {
      assertThat(e.location()).isEqualTo(AT);
      assertThat(e.text()).isEqualTo(value);
      assertThat(e.getMessage()).startsWith("s.csv:3:9: cannot read \"" + value + "\" as " + readingAs + ": ")
          .contains(hint);
    });
  }

  @Test
  void numberStyleWordsAndAliasesInAnyCase() {
    assertThat(SettingTexts.numberStyle(t("indonesian"))).isEqualTo(NumberStyle.INDONESIAN);
    assertThat(SettingTexts.numberStyle(t("Indonesia"))).isEqualTo(NumberStyle.INDONESIAN);
    assertThat(SettingTexts.numberStyle(t("ID"))).isEqualTo(NumberStyle.INDONESIAN);
    assertThat(SettingTexts.numberStyle(t("English"))).isEqualTo(NumberStyle.ENGLISH);
    assertThat(SettingTexts.numberStyle(t("en"))).isEqualTo(NumberStyle.ENGLISH);
    assertThat(SettingTexts.numberStyle(t("MIXED"))).isEqualTo(NumberStyle.MIXED);
    refused(() -> SettingTexts.numberStyle(t("us")), "us", "the number style", "write indonesian");
  }

  @Test
  void roundingModeWordsAndAliases() {
    assertThat(SettingTexts.roundingMode(t("half-up"))).isEqualTo(RoundingMode.HALF_UP);
    assertThat(SettingTexts.roundingMode(t("HALF_UP"))).isEqualTo(RoundingMode.HALF_UP);
    assertThat(SettingTexts.roundingMode(t("down"))).isEqualTo(RoundingMode.DOWN);
    assertThat(SettingTexts.roundingMode(t("truncate"))).isEqualTo(RoundingMode.DOWN);
    assertThat(SettingTexts.roundingMode(t("Potong"))).isEqualTo(RoundingMode.DOWN);
    assertThat(SettingTexts.roundingMode(t("half-even"))).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(SettingTexts.roundingMode(t("half_even"))).isEqualTo(RoundingMode.HALF_EVEN);
    refused(() -> SettingTexts.roundingMode(t("up")), "up", "the rounding mode", "write half-up (the default)");
  }

  @Test
  void roundingStageWords() {
    assertThat(SettingTexts.roundingStage(t("END"))).isEqualTo(RoundingStage.END);
    assertThat(SettingTexts.roundingStage(t("each-level"))).isEqualTo(RoundingStage.EACH_LEVEL);
    refused(() -> SettingTexts.roundingStage(t("each")), "each", "the rounding stage", "write end");
  }

  @Test
  void aggregateWordsWeightedLeftToTheWeights() {
    assertThat(SettingTexts.aggregate(t("flat"))).contains(AggregationShape.FLAT);
    assertThat(SettingTexts.aggregate(t("Goals"))).contains(AggregationShape.GOAL_MEANS);
    assertThat(SettingTexts.aggregate(t("weighted"))).isEmpty();
    refused(() -> SettingTexts.aggregate(t("mean")), "mean", "the aggregation", "write flat");
  }

  @Test
  void capIsAPositiveNumberInEitherStyle() {
    assertThat(SettingTexts.cap(t("120"))).isEqualByComparingTo("120");
    assertThat(SettingTexts.cap(t("110,5"))).isEqualByComparingTo("110.5");
    // the smallest cap above 0 is taken: only 0 and below are refused
    assertThat(SettingTexts.cap(t("0,01"))).isEqualByComparingTo("0.01");
    refused(() -> SettingTexts.cap(t("0")), "0", "the cap", "it must be above 0, e.g. 120");
    refused(() -> SettingTexts.cap(t("-120")), "-120", "the cap", "it must be above 0");
  }

  @Test
  void scaleIsAWholeNumberFromZeroToTen() {
    assertThat(SettingTexts.scale(t("0"))).isZero();
    assertThat(SettingTexts.scale(t("2"))).isEqualTo(2);
    assertThat(SettingTexts.scale(t("10"))).isEqualTo(ReportSettings.MAX_SCALE);
    assertThat(SettingTexts.scale(t("09"))).isEqualTo(9);
    String hint = "it must be a whole number from 0 to 10";
    refused(() -> SettingTexts.scale(t("11")), "11", "the rounding scale", hint);
    refused(() -> SettingTexts.scale(t("")), "", "the rounding scale", hint);
    refused(() -> SettingTexts.scale(t("010")), "010", "the rounding scale", hint);
    refused(() -> SettingTexts.scale(t("-1")), "-1", "the rounding scale", hint);
    refused(() -> SettingTexts.scale(t("2a")), "2a", "the rounding scale", hint);
    refused(() -> SettingTexts.scale(t("/")), "/", "the rounding scale", hint); // '/' is '0' - 1
    refused(() -> SettingTexts.scale(t(":")), ":", "the rounding scale", hint); // ':' is '9' + 1
  }

  @Test
  void yearFrom1900To2999() {
    assertThat(SettingTexts.year(t("1900"))).isEqualTo(1900);
    assertThat(SettingTexts.year(t("2023"))).isEqualTo(2023);
    assertThat(SettingTexts.year(t("2999"))).isEqualTo(2999);
    String hint = "it must be a year from 1900 to 2999, e.g. 2023";
    refused(() -> SettingTexts.year(t("1899")), "1899", "the report year", hint);
    refused(() -> SettingTexts.year(t("3000")), "3000", "the report year", hint);
    refused(() -> SettingTexts.year(t("202")), "202", "the report year", hint);
    refused(() -> SettingTexts.year(t("20233")), "20233", "the report year", hint);
    refused(() -> SettingTexts.year(t("20/3")), "20/3", "the report year", hint);
    refused(() -> SettingTexts.year(t("2:23")), "2:23", "the report year", hint);
  }

  @Test
  void yesAndNoInBothLanguages() {
    for (String yes : new String[] {"yes", "YA", "true"}) {
      assertThat(SettingTexts.yes(t(yes))).as(yes).isTrue();
    }
    for (String no : new String[] {"", "no", "Tidak", "false"}) {
      assertThat(SettingTexts.yes(t(no))).as(no).isFalse();
    }
    refused(() -> SettingTexts.yes(t("y")), "y", "a yes/no value", "write yes (ya) or leave it empty");
  }

  @Test
  void lowerIsBetterFormula() {
    assertThat(SettingTexts.lowerFormula(t("inverse")).name()).isEqualTo(ScoringStrategy.inverse().name());
    assertThat(SettingTexts.lowerFormula(t("Inverse-Ratio")).name()).isEqualTo(ScoringStrategy.inverseRatio().name());
    refused(() -> SettingTexts.lowerFormula(t("ratio")), "ratio", "the lower-is-better formula", "write inverse ((2 − r/t) × 100");
  }

  @Test
  void provisionalAndMissingRulesInBothLanguages() {
    assertThat(SettingTexts.provisional(t(" include "))).isEqualTo(ProvisionalRule.INCLUDE_AND_FLAG);
    assertThat(SettingTexts.provisional(t("sertakan"))).isEqualTo(ProvisionalRule.INCLUDE_AND_FLAG);
    assertThat(SettingTexts.provisional(t("Exclude"))).isEqualTo(ProvisionalRule.EXCLUDE);
    assertThat(SettingTexts.provisional(t("keluarkan"))).isEqualTo(ProvisionalRule.EXCLUDE);
    assertThat(SettingTexts.provisional(t("fail"))).isEqualTo(ProvisionalRule.FAIL);
    assertThat(SettingTexts.provisional(t("tolak"))).isEqualTo(ProvisionalRule.FAIL);
    refused(() -> SettingTexts.provisional(t("keep")), "keep", "the rule for provisional values", "write include");
    assertThat(SettingTexts.missing(t("exclude"))).isEqualTo(MissingRule.EXCLUDE_AND_FLAG);
    assertThat(SettingTexts.missing(t(" KELUARKAN"))).isEqualTo(MissingRule.EXCLUDE_AND_FLAG);
    assertThat(SettingTexts.missing(t("fail"))).isEqualTo(MissingRule.FAIL);
    assertThat(SettingTexts.missing(t("tolak"))).isEqualTo(MissingRule.FAIL);
    refused(() -> SettingTexts.missing(t("include")), "include", "the rule for missing values", "write exclude");
  }

  @Test
  void zeroTargetRuleDefaultOrTwoValues() {
    assertThat(SettingTexts.zeroTarget(t(" default "))).isEqualTo(ZeroTargetRule.defaults());
    assertThat(SettingTexts.zeroTarget(t("Bawaan"))).isEqualTo(ZeroTargetRule.defaults());
    assertThat(SettingTexts.zeroTarget(t("100  0"))).isEqualTo(ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.of(BigDecimal.ZERO)));
    assertThat(SettingTexts.zeroTarget(t("undefined Tidak-Terdefinisi"))).isEqualTo(ZeroTargetRule.of(Optional.empty(), Optional.empty()));
    assertThat(SettingTexts.zeroTarget(t("100 undefined"))).isEqualTo(ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.empty()));
    assertThat(SettingTexts.zeroTarget(t("undefined 50,5"))).isEqualTo(ZeroTargetRule.of(Optional.empty(), Optional.of(new BigDecimal("50.5"))));
    String hint = "write default, or two values";
    refused(() -> SettingTexts.zeroTarget(t("100")), "100", "the zero-target rule", hint);
    refused(() -> SettingTexts.zeroTarget(t("100 0 0")), "100 0 0", "the zero-target rule", hint);
    refused(() -> SettingTexts.zeroTarget(t("100 nol")), "100 nol", "the zero-target rule", hint);
    refused(() -> SettingTexts.zeroTarget(t("100 -1")), "100 -1", "the zero-target rule", "a capaian must be 0 or more, but -1 is not");
  }

  @Test
  void rulesAppliesOnlyTheGivenTexts() {
    ReportSettings base = ReportSettings.none().withMissing(MissingRule.FAIL);
    assertThat(SettingTexts.rules(base, null, null, null)).isEqualTo(base);
    ReportSettings all = SettingTexts.rules(base, t("100 0"), t("exclude"), t("exclude"));
    assertThat(all.zeroTarget()).contains(ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.of(BigDecimal.ZERO)));
    assertThat(all.provisional()).contains(ProvisionalRule.EXCLUDE);
    assertThat(all.missing()).contains(MissingRule.EXCLUDE_AND_FLAG);
    ReportSettings one = SettingTexts.rules(base, null, t("fail"), null);
    assertThat(one.zeroTarget()).isEmpty();
    assertThat(one.provisional()).contains(ProvisionalRule.FAIL);
    assertThat(one.missing()).contains(MissingRule.FAIL);
  }

  @Test
  void formulaOfAnExactTarget() {
    Indicator exact = Indicator.of("1.1", "a", MeasureUnit.percent(), Target.exact("80"));
    assertThat(SettingTexts.formula(t("ratio"), exact).name()).isEqualTo(ScoringStrategy.ratio().name());
    assertThat(SettingTexts.formula(t("Inverse"), exact).name()).isEqualTo(ScoringStrategy.inverse().name());
    assertThat(SettingTexts.formula(t("inverse-ratio"), exact).name()).isEqualTo(ScoringStrategy.inverseRatio().name());
    assertThat(SettingTexts.formula(t("closeness"), exact).name()).isEqualTo(ScoringStrategy.closeness().name());
    refused(() -> SettingTexts.formula(t("categorical"), exact), "categorical", "the formula of indicator 1.1",
        "categorical needs a category target such as WTP");
    refused(() -> SettingTexts.formula(t("reduction"), exact), "reduction", "the formula of indicator 1.1",
        "needs the indicator's baseline (column baseline)");
    refused(() -> SettingTexts.formula(t("linear"), exact), "linear", "a formula", "write ratio, inverse (2 − r/t)");
    Indicator withBaseline = Indicator.builder().from(exact).baseline(new BigDecimal("120")).build();
    assertThat(SettingTexts.formula(t("reduction"), withBaseline).name()).isEqualTo(ScoringStrategy.reductionFromBaseline().name());
  }

  @Test
  void formulaOfACategoryTarget() {
    Indicator opinion = Indicator.of("2.1", "opini", MeasureUnit.other("opini"),
        CategoricalTarget.of("WTP", OrdinalScale.auditOpinion()));
    assertThat(SettingTexts.formula(t("categorical"), opinion).name()).isEqualTo(ScoringStrategy.categorical().name());
    refused(() -> SettingTexts.formula(t("ratio"), opinion), "ratio", "the formula of indicator 2.1",
        "ratio needs an exact target, but the target is " + opinion.target());
    refused(() -> SettingTexts.formula(t("closeness"), opinion), "closeness", "the formula of indicator 2.1", "closeness needs an exact target");
  }

  @Test
  void aSettingKeyIsKnownAndStatedOnce() {
    Map<String, Text> settings = new LinkedHashMap<>();
    SettingTexts.put(settings, new Text(" Year ", TextLocation.of("s.csv", 1, 3)), new Text("2023", TextLocation.of("s.csv", 1, 9)), "h");
    assertThat(settings).containsOnlyKeys("year");
    assertThat(settings.get("year").value()).isEqualTo("2023");
    assertThatThrownBy(() -> SettingTexts.put(settings, new Text("year", TextLocation.of("s.csv", 4, 3)),
        new Text("2024", TextLocation.of("s.csv", 4, 9)), "h")).isInstanceOfSatisfying(InvalidTextException.class, e ->
            assertThat(e.getMessage()).isEqualTo("s.csv:4:9: cannot read \"2024\" as the setting year: it is set twice (first at line 1)"));
    // a place without a line (a workbook cell) is named whole
    Map<String, Text> sheet = new LinkedHashMap<>();
    SettingTexts.put(sheet, new Text("cap", TextLocation.of("Pengaturan!A2")), new Text("120", TextLocation.of("Pengaturan!B2")), "h");
    assertThatThrownBy(() -> SettingTexts.put(sheet, new Text("CAP", TextLocation.of("Pengaturan!A5")),
        new Text("110", TextLocation.of("Pengaturan!B5")), "h")).hasMessage(
            "Pengaturan!B5: cannot read \"110\" as the setting cap: it is set twice (first at Pengaturan!B2)");
    assertThatThrownBy(() -> SettingTexts.put(sheet, new Text("kap", TextLocation.of("s.csv", 2, 3)), t("1"), "write cap"))
        .hasMessage("s.csv:2:3: cannot read \"kap\" as a report setting: write cap");
    assertThat(sheet).containsOnlyKeys("cap");
  }

  @Test
  void asOfIsAPeriodOfTheReportYear() {
    assertThat(SettingTexts.asOf(t("TW II 2024"), 2024)).isEqualTo(Period.quarter(2024, 2));
    assertThat(SettingTexts.asOf(t("TW II"), 2024)).isEqualTo(Period.quarter(2024, 2));
    assertThatThrownBy(() -> SettingTexts.asOf(t("TW II 2023"), 2024)).isInstanceOfSatisfying(InvalidTextException.class,
        e -> assertThat(e.location()).isEqualTo(AT));
    assertThat(SettingTexts.asOf(t("Semester I"), 2024)).isEqualTo(Period.semester(2024, 1));
  }
}
