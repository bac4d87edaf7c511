/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void versusPreviousYears() {
    // 69.31 in 2023 against 2021 66.50 and 2022 68.00
    List<Comparisons.YearDifference> diffs = Comparisons.versusPreviousYears(d("69.31"), Map.of(2022, d("68.00"), 2021, d("66.50")));
    assertThat(diffs).extracting(Comparisons.YearDifference::year).containsExactly(2021, 2022);
    assertThat(diffs.get(0).points()).isEqualTo(Rational.parse("2.81"));
    assertThat(diffs.get(1).points()).isEqualTo(Rational.parse("1.31"));
    // 1.31 / 68 × 100 = 1.9264… → 1.93
    assertThat(diffs.get(1).percent().orElseThrow().round(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1.93");
    assertThat(Comparisons.versusPreviousYears(d("5"), Map.of(2022, d("0"))).get(0).percent()).isEmpty();
  }

  @Test
  void versusRenstra() {
    Indicator ind = Indicator.of("1.1", "Nilai akuntabilitas", MeasureUnit.index(), Target.exact(d("69")));
    Comparisons.RenstraComparison c = Comparisons.versusRenstra(ind, Realization.of("69.31"), Target.exact(d("75")), Scorer.defaults());
    // gap 75 − 69.31 = 5.69; capaian 69.31 / 75 × 100 = 92.4133… → 92.41
    assertThat(c.gap()).isEqualTo(Rational.parse("5.69"));
    assertThat(c.achievement().rounded()).contains(d("92.41"));
    Indicator lower = Indicator.builder().code("W").name("waktu").unit(MeasureUnit.days()).target(Target.exact(d("10")))
        .polarity(Polarity.LOWER_IS_BETTER).build();
    Comparisons.RenstraComparison l = Comparisons.versusRenstra(lower, Realization.of("9"), Target.exact(d("7")), Scorer.defaults());
    // lower is better: gap 9 − 7 = 2 days still to cut; capaian (2 − 9/7) × 100 = 71.43
    assertThat(l.gap()).isEqualTo(Rational.of(2));
    assertThat(l.achievement().rounded()).contains(d("71.43"));
  }

  @Test
  void pointsToTheNextBand() {
    // SAKIP 69.31 is B (> 60 – 70); BB needs > 70: 0.69 points, exclusive
    io.github.lakin.scoring.band.NextBand next = Comparisons.pointsToNextBand(Rational.parse("69.31"),
        io.github.lakin.scoring.band.StockTables.sakip()).orElseThrow();
    assertThat(next.band().code()).isEqualTo("BB");
    assertThat(next.points()).isEqualTo(Rational.parse("0.69"));
    assertThat(next.exclusive()).isTrue();
    assertThat(Comparisons.pointsToNextBand(Rational.of(95), io.github.lakin.scoring.band.StockTables.sakip())).isEmpty();
  }
}
