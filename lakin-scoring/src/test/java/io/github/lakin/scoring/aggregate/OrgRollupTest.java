/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgRollupTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static ReportResult report(OrgUnit unit, String target, String realisasi) {
    PerformanceAgreement pk = PerformanceAgreement.builder().unit(unit).year(2023).effectiveDate(LocalDate.of(2023, 1, 2))
        .addGoals(Goal.of("G", "g", List.of(Indicator.of("I", "i", MeasureUnit.percent(), Target.exact(d(target))))))
        .build();
    return ReportScorer.of(ReportPolicy.defaults()).score(pk, Map.of("I", Realization.of(realisasi)));
  }

  @Test
  void rollsUpEachLevelAsTheMeanOfTheLevelBelow() {
    OrgUnit d1 = OrgUnit.of("D1", "Direktorat 1", OrgLevel.ESELON_II);
    OrgUnit d2 = OrgUnit.of("D2", "Direktorat 2", OrgLevel.ESELON_II);
    OrgUnit d3 = OrgUnit.of("D3", "Direktorat 3", OrgLevel.ESELON_II);
    OrgUnit e1 = OrgUnit.of("E1", "Ditjen 1", OrgLevel.ESELON_I, List.of(d1, d2));
    OrgUnit e2 = OrgUnit.of("E2", "Ditjen 2", OrgLevel.ESELON_I, List.of(d3));
    OrgUnit k = OrgUnit.of("K", "Kementerian", OrgLevel.KEMENTERIAN_LEMBAGA, List.of(e1, e2));
    // D1 = 110, D2 = 90, D3 = 100.5 (201/200)
    Map<String, ReportResult> results = Map.of(
        "D1", report(d1, "100", "110"), "D2", report(d2, "100", "90"), "D3", report(d3, "200", "201"),
        "K", report(k, "100", "99"));
    OrgRollup root = OrgRollup.of(k, results, RoundingPolicy.defaults());
    // E1 = (110 + 90) / 2 = 100; E2 = 100.5; K = (100 + 100.5) / 2 = 100.25
    assertThat(root.find("E1").orElseThrow().figure().rounded()).contains(d("100.00"));
    assertThat(root.find("E2").orElseThrow().figure().rounded()).contains(d("100.50"));
    assertThat(root.figure().rounded()).contains(d("100.25"));
    // the ministry's own report is kept beside the roll-up
    assertThat(root.own().orElseThrow().overall().rounded()).contains(d("99.00"));
    assertThat(root.figure().explain(Locale.forLanguageTag("id"))).isEqualTo("(100,00 + 100,50) / 2 = 100,25%");
    assertThat(root.explain(Locale.ENGLISH)).contains("E1 Ditjen 1: (110.00 + 90.00) / 2 = 100.00%");
  }

  @Test
  void unitsWithoutReportsAreExcludedAndNamed() {
    OrgUnit d1 = OrgUnit.of("D1", "Direktorat 1", OrgLevel.ESELON_II);
    OrgUnit d2 = OrgUnit.of("D2", "Direktorat 2", OrgLevel.ESELON_II);
    OrgUnit e1 = OrgUnit.of("E1", "Ditjen 1", OrgLevel.ESELON_I, List.of(d1, d2));
    OrgRollup root = OrgRollup.of(e1, Map.of("D1", report(d1, "100", "104")), RoundingPolicy.defaults());
    assertThat(root.figure().rounded()).contains(d("104.00"));
    assertThat(root.figure().excluded()).extracting(Aggregate.Exclusion::code).containsExactly("D2");
    assertThatThrownBy(() -> OrgRollup.of(e1, Map.of("X9", report(d1, "1", "1")), RoundingPolicy.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("X9");
    // D1's report filed under D2's code is refused, naming both
    assertThatThrownBy(() -> OrgRollup.of(e1, Map.of("D2", report(d1, "100", "104")), RoundingPolicy.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("unit D2").hasMessageContaining("D1")
        .hasMessageContaining("must be the report of that unit");
  }
}
