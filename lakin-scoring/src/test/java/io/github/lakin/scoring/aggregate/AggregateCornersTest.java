/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Scorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comparisons, period tracking checks, roll-up reasons and small accessors, by hand. */
class AggregateCornersTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** 106.51 against 2021's 110 and 2022's 100: −3.49 and +6.51 points, earliest year first. */
  @Test
  void yearDifferences() {
    Map<Integer, BigDecimal> previous = new LinkedHashMap<>();
    previous.put(2022, d("100"));
    previous.put(2021, d("110"));
    List<Comparisons.YearDifference> diffs = Comparisons.versusPreviousYears(d("106.51"), previous);
    assertThat(diffs).extracting(Comparisons.YearDifference::year).containsExactly(2021, 2022);
    Comparisons.YearDifference first = diffs.get(0);
    assertThat(first.previous()).isEqualTo(Rational.of(110));
    assertThat(first.current()).isEqualTo(Rational.parse("106.51"));
    assertThat(first).hasToString("2021: 110 → 106.51 (-3.49)");
    assertThat(diffs.get(1)).hasToString("2022: 100 → 106.51 (6.51)");
  }

  /** Renstra target ≥ 100, realisasi 95 (higher is better): 5 points short, capaian 95. */
  @Test
  void versusAComparatorRenstraTarget() {
    Indicator ind = Indicator.of("1.1", "indeks", MeasureUnit.index(), Target.exact(d("90")));
    Target renstra = Target.comparator(Relation.AT_LEAST, d("100"));
    Comparisons.RenstraComparison c = Comparisons.versusRenstra(ind, Realization.of(d("95")), renstra, Scorer.defaults());
    assertThat(c.renstraTarget()).isEqualTo(renstra);
    assertThat(c.gap()).isEqualTo(Rational.of(5));
    assertThat(c.achievement().rounded()).contains(d("95.00"));
    assertThatThrownBy(() -> Comparisons.versusRenstra(ind, Realization.notAvailable(), renstra, Scorer.defaults()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("indicator 1.1: realisasi must be an available number");
    assertThatThrownBy(() -> Comparisons.versusRenstra(ind, Realization.of(d("95")), Target.range(d("90"), d("100")),
        Scorer.defaults()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be a number or a comparator");
  }

  private static Map<Period, BigDecimal> quarters(String... targets) {
    Map<Period, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < targets.length; i++) {
      m.put(Period.quarter(2023, i + 1), d(targets[i]));
    }
    return m;
  }

  @Test
  void periodTrackingChecks() {
    Indicator ind = Indicator.of("K", "jumlah", MeasureUnit.count("orang"), Target.exact(d("100")));
    // a zero target for a quarter is allowed
    PeriodTracking t = PeriodTracking.of(ind, 2023, ConsolidationMode.SUM, quarters("0", "50", "50"),
        Map.of(Period.quarter(2023, 2), Realization.of(d("40"))));
    assertThat(t.indicator()).isEqualTo(ind);
    assertThat(t.mode()).isEqualTo(ConsolidationMode.SUM);
    // 40 / 50 × 100 = 80
    assertThat(t.achievementFor(Period.quarter(2023, 2), Scorer.defaults()).rounded()).contains(d("80.00"));
    assertThatThrownBy(() -> PeriodTracking.of(ind, 2023, ConsolidationMode.SUM, quarters("-1", "50"), Map.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be >= 0");
    assertThatThrownBy(() -> PeriodTracking.of(ind, 2023, ConsolidationMode.SUM, quarters("50", "50"),
        Map.of(Period.quarter(2022, 1), Realization.of(d("40")))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("realisasi period must lie in the agreement's year 2023");
  }

  private static ReportResult report(String unit, Realization r) {
    PerformanceAgreement pk = PerformanceAgreement.builder().unit(OrgUnit.of(unit, "unit " + unit, OrgLevel.ESELON_II))
        .year(2023).effectiveDate(LocalDate.of(2023, 1, 2))
        .addGoals(Goal.of("G", "g", List.of(Indicator.of("I", "i", MeasureUnit.percent(), Target.exact(d("80"))))))
        .build();
    return ReportScorer.of(ReportPolicy.defaults()).score(pk, Map.of("I", r));
  }

  /** A leaf without an achievement is left out as "no achievement"; one without a report as "no report"; each in either language. */
  @Test
  void rollUpNamesWhyAUnitIsLeftOut() {
    OrgUnit a = OrgUnit.of("A", "unit A", OrgLevel.ESELON_II);
    OrgUnit b = OrgUnit.of("B", "unit B", OrgLevel.ESELON_II);
    OrgRollup leafA = OrgRollup.of(a, Map.of("A", report("A", Realization.notAvailable())), RoundingPolicy.defaults());
    assertThat(leafA.unit()).isEqualTo(a);
    assertThat(leafA.figure().excluded()).extracting(Aggregate.Exclusion::reason).containsExactly("no achievement");
    assertThat(leafA.figure().explain(Locale.forLanguageTag("id"))).endsWith("; tidak dihitung: A (tidak ada capaian)");
    OrgRollup leafB = OrgRollup.of(b, Map.of(), RoundingPolicy.defaults());
    assertThat(leafB.figure().excluded()).extracting(Aggregate.Exclusion::reason).containsExactly("no report");
    assertThat(leafB.figure().excluded().get(0).reason(Locale.forLanguageTag("id"))).isEqualTo("tidak ada laporan");
    assertThat(leafB.figure().explain(Locale.ENGLISH)).endsWith("; excluded: B (no report)");
    assertThat(leafB.figure().explain(Locale.ENGLISH)).startsWith("no achievement could be averaged");
    assertThat(leafB.figure().explain(Locale.forLanguageTag("id"))).startsWith("tidak ada capaian yang dapat dirata-ratakan");
    assertThat(leafB.figure()).hasToString("B: — [MEMBERS_EXCLUDED]");
  }

  @Test
  void excludedIndicatorsSayWhy() {
    ReportResult r = report("A", Realization.notAvailable("menunggu rilis BPS"));
    IndicatorResult i = r.indicators().get(0);
    assertThat(i.included()).isFalse();
    assertThat(i.exclusionReason()).isPresent();
    assertThat(i.toString()).startsWith("I: NOT_AVAILABLE").contains(" (excluded: ");
  }

  @Test
  void realizationsAndPolicyNames() {
    Realizations rs = Realizations.builder().put("1.1", Realization.of(d("69.31"))).build();
    assertThat(rs.asMap()).containsOnlyKeys("1.1");
    assertThat(ReportPolicy.builder().build().name()).isEqualTo("custom");
  }
}
