/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The settings of a CSV file's header lines (or a workbook's settings sheet) against the caller's
 * options ({@link CsvSettings}): each key read into its setting, a conflict with an option named
 * at the line, the unit from unit-code and unit-name, and {@code weighted} resolved by the weights.
 * Each line stands at {@code s.csv:N:3}, N its place in the list given.
 */
class CsvSettingsTest {
  private static final OrgUnit FILE_UNIT = OrgUnit.of("FILE", "FILE", OrgLevel.ESELON_II);

  private static Map<String, Text> lines(String... keyThenValue) {
    Map<String, Text> m = new LinkedHashMap<>();
    for (int i = 0; i < keyThenValue.length; i += 2) {
      m.put(keyThenValue[i], new Text(keyThenValue[i + 1], TextLocation.of("s.csv", i / 2 + 1, 3)));
    }
    return m;
  }

  private static CsvSettings of(ReadOptions options, String... keyThenValue) {
    return CsvSettings.of("s.csv", lines(keyThenValue), options, FILE_UNIT);
  }

  @Test
  void theYearFromTheFileOrTheOptionsAndTheyMustAgree() {
    assertThat(of(ReadOptions.none(), "year", "2023").year).isEqualTo(2023);
    assertThat(of(ReadOptions.none().withYear(2024)).year).isEqualTo(2024);
    assertThat(of(ReadOptions.none().withYear(2023), "year", "2023").year).isEqualTo(2023);
    assertThatThrownBy(() -> of(ReadOptions.none().withYear(2024), "year", "2023")).isInstanceOf(InvalidTextException.class)
        .hasMessage("s.csv:1:3: cannot read \"2023\" as the report year: the file states 2023 but 2024 was given (--year); leave one out");
    assertThatThrownBy(() -> of(ReadOptions.none())).isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("s.csv:1:1: cannot read \"\" as the report year: the file does not state its year");
  }

  @Test
  void theSchemaIsEitherVersion() {
    assertThat(of(ReadOptions.none(), "schema", "lakin-report/1", "year", "2023").year).isEqualTo(2023);
    assertThat(of(ReadOptions.none(), "schema", "lakin-report/2", "year", "2023").year).isEqualTo(2023);
    assertThatThrownBy(() -> of(ReadOptions.none(), "year", "2023", "schema", "lakin-report/3")).isInstanceOf(InvalidTextException.class)
        .hasMessage("s.csv:2:3: cannot read \"lakin-report/3\" as the schema: it must be lakin-report/2 (or lakin-report/1)");
  }

  @Test
  void theNumberStyleFromTheFileOrTheOptionsAndTheyMustAgree() {
    assertThat(of(ReadOptions.none(), "year", "2023").style).isEqualTo(NumberStyle.MIXED);
    assertThat(of(ReadOptions.none().withNumberStyle(NumberStyle.ENGLISH), "year", "2023").style).isEqualTo(NumberStyle.ENGLISH);
    assertThat(of(ReadOptions.none(), "year", "2023", "number-style", "indonesian").style).isEqualTo(NumberStyle.INDONESIAN);
    assertThat(of(ReadOptions.none().withNumberStyle(NumberStyle.INDONESIAN), "year", "2023", "number-style", "id").style)
        .isEqualTo(NumberStyle.INDONESIAN);
    assertThatThrownBy(() -> of(ReadOptions.none().withNumberStyle(NumberStyle.ENGLISH), "year", "2023", "number-style", "indonesian"))
        .isInstanceOf(InvalidTextException.class).hasMessage("s.csv:2:3: cannot read \"indonesian\" as the number style:"
            + " the file states indonesian but english was given (--number-style); leave one out");
  }

  @Test
  void theUnitFromItsCodeAndNameElseTheFileName() {
    assertThat(of(ReadOptions.none(), "year", "2023").unit).isEqualTo(FILE_UNIT);
    OrgUnit both = of(ReadOptions.none(), "year", "2023", "unit-code", "BIRO-REN", "unit-name", "Biro Perencanaan").unit;
    assertThat(both.code()).isEqualTo("BIRO-REN");
    assertThat(both.name()).isEqualTo("Biro Perencanaan");
    OrgUnit code = of(ReadOptions.none(), "year", "2023", "unit-code", "BIRO-REN").unit;
    assertThat(code.code()).isEqualTo("BIRO-REN");
    assertThat(code.name()).isEqualTo("BIRO-REN");
    OrgUnit name = of(ReadOptions.none(), "year", "2023", "unit-name", "Biro Perencanaan").unit;
    assertThat(name.code()).isEqualTo("Biro Perencanaan");
    assertThat(name.name()).isEqualTo("Biro Perencanaan");
    assertThatThrownBy(() -> of(ReadOptions.none(), "year", "2023", "unit-code", " ")).isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("s.csv:2:3: cannot read \"\" as the unit: write its code and name");
    assertThatThrownBy(() -> of(ReadOptions.none(), "year", "2023", "unit-code", "X", "unit-name", "")).isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("s.csv:2:3: cannot read \"\" as the unit");
  }

  @Test
  void everySettingLineIsRead() {
    CsvSettings s = of(ReadOptions.none(), "year", "2024", "cap", "120", "aggregate", "goals", "scale", "1", "rounding", "down",
        "lower-formula", "inverse-ratio", "rounding-stage", "each-level", "zero-target", "100 0", "provisional", "exclude",
        "missing", "fail", "as-of", "TW II");
    ReportSettings n = s.named();
    assertThat(n.cap()).contains(new BigDecimal("120"));
    assertThat(n.shape()).contains(AggregationShape.GOAL_MEANS);
    assertThat(n.scale()).contains(1);
    assertThat(n.roundingMode()).contains(RoundingMode.DOWN);
    assertThat(n.lowerIsBetterFormula().map(ScoringStrategy::name)).contains(ScoringStrategy.inverseRatio().name());
    assertThat(n.roundingStage()).contains(RoundingStage.EACH_LEVEL);
    assertThat(n.zeroTarget()).contains(ZeroTargetRule.of(java.util.Optional.of(new BigDecimal("100")), java.util.Optional.of(BigDecimal.ZERO)));
    assertThat(n.provisional()).contains(ProvisionalRule.EXCLUDE);
    assertThat(n.missing()).contains(MissingRule.FAIL);
    assertThat(s.asOf).contains(Period.quarter(2024, 2));
    assertThat(s.weighted()).isFalse();
    assertThat(s.settings(agreement(false))).isEqualTo(n);
    // none stated: nothing named
    CsvSettings none = of(ReadOptions.none(), "year", "2024");
    assertThat(none.named()).isEqualTo(ReportSettings.none());
    assertThat(none.asOf).isEmpty();
  }

  private static PerformanceAgreement agreement(boolean weights) {
    Indicator i = Indicator.of("1.1", "a", MeasureUnit.percent(), Target.exact("80"));
    if (weights) {
      i = Indicator.builder().from(i).weight(new BigDecimal("3")).build();
    }
    return PerformanceAgreement.builder().unit(FILE_UNIT).year(2024).effectiveDate(LocalDate.of(2024, 1, 2))
        .addGoals(Goal.of("S1", "s", List.of(i))).build();
  }

  @Test
  void weightedIsResolvedByTheWeightsOfTheAgreement() {
    CsvSettings s = of(ReadOptions.none(), "year", "2024", "aggregate", "weighted", "cap", "110");
    assertThat(s.weighted()).isTrue();
    assertThat(s.named().shape()).isEmpty();
    ReportSettings resolved = s.settings(agreement(true));
    assertThat(resolved.shape()).contains(AggregationShape.WEIGHTED_INDICATORS);
    assertThat(resolved.cap()).contains(new BigDecimal("110"));
    assertThatThrownBy(() -> s.settings(agreement(false))).isInstanceOf(InvalidTextException.class)
        .hasMessage("s.csv:2:3: cannot read \"weighted\" as the aggregation: the file gives no indicator or goal weight");
  }

  @Test
  void aBadSettingIsNamedAtItsLine() {
    assertThatThrownBy(() -> of(ReadOptions.none(), "year", "2023", "cap", "0")).hasMessageStartingWith("s.csv:2:3: cannot read \"0\" as the cap");
    assertThatThrownBy(() -> of(ReadOptions.none(), "year", "2023", "as-of", "TW II 2022")).isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("s.csv:2:3: ");
  }
}
