/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The accessors and one-line descriptions of a scored report, on the worked example of DOMAIN.md
 * §12 (Biro Perencanaan 2023): goals SK1 109.95 and SK4 100.67 (with the provisional 4.2), unit
 * 106.51, 10 of 11 indicators met, absorption 99.89% of the revised pagu 9,970,949,000, gap 6.62.
 */
class ReportDescriptionsTest {
  private final GoldenReport golden = GoldenReport.load();
  private final ReportResult r = ReportScorer.of(ReportPolicy.biroPerencanaan2023()).score(golden.agreement,
      golden.realizations);

  @Test
  void reportKeepsItsInputs() {
    assertThat(r.agreement()).isSameAs(golden.agreement);
    assertThat(r.policy()).isEqualTo(ReportPolicy.biroPerencanaan2023());
    assertThat(ReportScorer.of(ReportPolicy.biroPerencanaan2023()).policy()).isEqualTo(ReportPolicy.biroPerencanaan2023());
  }

  @Test
  void unitMeanDescribesItself() {
    Aggregate overall = r.overall();
    assertThat(overall.label()).isEqualTo("BIRO-PERENCANAAN");
    assertThat(overall.rounding()).isEqualTo(RoundingPolicy.halfUp(2));
    assertThat(overall.flags()).containsExactly(Aggregate.Flag.PROVISIONAL_INCLUDED);
    assertThat(overall).hasToString("BIRO-PERENCANAAN: 106.51 [PROVISIONAL_INCLUDED]");
    assertThat(overall.members().get(0)).hasToString("1.1=" + Rational.ratio(new BigDecimal("6931"), new BigDecimal("69")));
  }

  @Test
  void goalsDescribeThemselves() {
    assertThat(r.goal("SK1").orElseThrow()).hasToString("SK1: SK1: 109.95");
    assertThat(r.goal("SK4").orElseThrow()).hasToString("SK4: SK4: 100.67 [PROVISIONAL_INCLUDED]");
  }

  @Test
  void countsDescribeThemselves() {
    assertThat(r.counts()).hasToString(
        "MetCounts{total=11, met=10, above=7, equal=3, below=1, notMet=1, notAvailable=0, undefined=0}");
    assertThat(r).hasToString("BIRO-PERENCANAAN 2023: BIRO-PERENCANAAN: 106.51 [PROVISIONAL_INCLUDED], " + r.counts());
  }

  @Test
  void indicatorResultsAreIncludedWithoutReason() {
    IndicatorResult first = r.goal("SK1").orElseThrow().indicator("1.1").orElseThrow();
    assertThat(first.included()).isTrue();
    assertThat(first.exclusionReason()).isEmpty();
    assertThat(first).hasToString("1.1: 100.45");
    Achievement provisional = r.achievement("4.2").orElseThrow();
    assertThat(provisional.isComputed()).isTrue();
    assertThat(provisional).hasToString("4.2: 99.95 [PROVISIONAL]");
  }

  @Test
  void budgetDescribesItself() {
    Absorption a = r.absorption().orElseThrow();
    assertThat(a.label()).isEqualTo("BIRO-PERENCANAAN");
    assertThat(a.rounding()).isEqualTo(RoundingPolicy.halfUp(2));
    assertThat(a).hasToString("BIRO-PERENCANAAN: 99.89% of 9970949000");
    EfficiencyGap g = r.efficiency().orElseThrow();
    assertThat(g.label()).isEqualTo("BIRO-PERENCANAAN");
    assertThat(g).hasToString("BIRO-PERENCANAAN: 6.62 (efisien)");
    // 95 − 99.5 = −4.5 points: not efficient
    EfficiencyGap below = EfficiencyGap.of("SK9", Rational.of(95), Rational.parse("99.5"), RoundingPolicy.halfUp(2));
    assertThat(below.efficient()).isFalse();
    assertThat(below).hasToString("SK9: -4.50");
  }
}
