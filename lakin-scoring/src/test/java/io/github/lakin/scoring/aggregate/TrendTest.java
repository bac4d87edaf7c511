/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Trend labels against the previous year, and the achievement rate of the counts. */
class TrendTest {
  private static final Locale ID = Locale.forLanguageTag("id");

  private static Optional<Rational> v(String s) {
    return Optional.of(Rational.parse(s));
  }

  private static Trend.Direction trend(Polarity p, String previous, String current, Trend.Threshold t) {
    return Trend.of(p, 2022, v(previous), v(current), t).direction();
  }

  @Test
  void aRiseIsAnImprovementWhenHigherIsBetterAndADeclineWhenLowerIsBetter() {
    // SAKIP value 68,00 in 2022, 69,31 in 2023: +1,31 points
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "68.00", "69.31", Trend.Threshold.none())).isEqualTo(Trend.Direction.IMPROVING);
    assertThat(trend(Polarity.LOWER_IS_BETTER, "68.00", "69.31", Trend.Threshold.none())).isEqualTo(Trend.Direction.DECLINING);
    // a mortality rate 186 → 162 per 100.000: a fall, better when lower is better
    assertThat(trend(Polarity.LOWER_IS_BETTER, "186", "162", Trend.Threshold.none())).isEqualTo(Trend.Direction.IMPROVING);
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "186", "162", Trend.Threshold.none())).isEqualTo(Trend.Direction.DECLINING);
  }

  @Test
  void theDifferenceIsTheYearDifferenceOfComparisons() {
    Trend t = Trend.of(Polarity.HIGHER_IS_BETTER, 2022, v("68.00"), v("69.31"), Trend.Threshold.none());
    Comparisons.YearDifference d = t.difference().orElseThrow();
    assertThat(d.year()).isEqualTo(2022);
    assertThat(d.points()).isEqualTo(Rational.parse("1.31")); // 69,31 − 68,00
    assertThat(t.label(ID)).isEqualTo("meningkat");
    assertThat(t.label(Locale.ENGLISH)).isEqualTo("improving");
  }

  @Test
  void aThresholdInPointsIsInclusive() {
    Trend.Threshold one = Trend.Threshold.points(BigDecimal.ONE);
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "68.00", "69.00", one)).isEqualTo(Trend.Direction.STABLE); // exactly 1 point
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "68.00", "69.01", one)).isEqualTo(Trend.Direction.IMPROVING);
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "68.00", "66.99", one)).isEqualTo(Trend.Direction.DECLINING);
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "68.00", "68.00", Trend.Threshold.none())).isEqualTo(Trend.Direction.STABLE);
  }

  @Test
  void aRelativeThresholdIsAShareOfThePreviousValue() {
    Trend.Threshold onePercent = Trend.Threshold.percent(BigDecimal.ONE);
    // 200 → 202 is +1% of 200: stable; 200 → 202,01 is 1,005%: improving
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "200", "202", onePercent)).isEqualTo(Trend.Direction.STABLE);
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "200", "202.01", onePercent)).isEqualTo(Trend.Direction.IMPROVING);
    // a negative previous value (a backlog that grew, −100): −100 → −99,5 is 0,5% of 100 in size
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "-100", "-99.5", onePercent)).isEqualTo(Trend.Direction.STABLE);
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "-100", "-98", onePercent)).isEqualTo(Trend.Direction.IMPROVING);
    // from 0 every change is beyond any percentage; no change is stable
    assertThat(trend(Polarity.HIGHER_IS_BETTER, "0", "0.01", Trend.Threshold.percent(new BigDecimal("50"))))
        .isEqualTo(Trend.Direction.IMPROVING);
    assertThat(trend(Polarity.LOWER_IS_BETTER, "0", "0", onePercent)).isEqualTo(Trend.Direction.STABLE);
  }

  @Test
  void withoutEitherValueThereIsNoComparisonAndNoLabel() {
    Trend none = Trend.of(Polarity.HIGHER_IS_BETTER, 2022, Optional.empty(), v("69.31"), Trend.Threshold.none());
    assertThat(none.direction()).isEqualTo(Trend.Direction.NO_COMPARISON);
    assertThat(none.difference()).isEmpty();
    assertThat(none.label(ID)).isEqualTo("tanpa pembanding");
    assertThat(Trend.of(Polarity.HIGHER_IS_BETTER, 2022, v("68"), Optional.empty(), Trend.Threshold.none()).direction())
        .isEqualTo(Trend.Direction.NO_COMPARISON);
  }

  @Test
  void aNegativeThresholdIsRefusedNamingIt() {
    assertThatThrownBy(() -> Trend.Threshold.points(new BigDecimal("-1"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("trend threshold").hasMessageContaining("-1");
    assertThatThrownBy(() -> Trend.Threshold.percent(new BigDecimal("-0.5"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("-0.5");
  }

  @Test
  void theAchievementRateIsTheShareMet() {
    // 9 of 11 met = 900/11 = 81,8181…% → 81,82; 10 of 11 (DOMAIN §12) = 90,9090…% → 90,91
    MetCounts nine = MetCounts.of(8, 1, 2, 0, 0, 0, 0);
    assertThat(nine.rate()).contains(Rational.of(java.math.BigInteger.valueOf(900), java.math.BigInteger.valueOf(11)));
    assertThat(nine.rate(RoundingPolicy.defaults())).contains(new BigDecimal("81.82"));
    MetCounts ten = MetCounts.of(7, 3, 1, 0, 0, 0, 0);
    assertThat(ten.rate(RoundingPolicy.defaults())).contains(new BigDecimal("90.91"));
    assertThat(ten.rate(RoundingPolicy.of(2, java.math.RoundingMode.DOWN))).contains(new BigDecimal("90.90"));
    // indicators without a capaian count in the total, as in the statement "1 dari 3 … (1 tanpa capaian)"
    assertThat(MetCounts.of(1, 0, 1, 0, 0, 1, 0).rate(RoundingPolicy.defaults())).contains(new BigDecimal("33.33"));
    assertThat(MetCounts.of(0, 0, 0, 0, 0, 0, 0).rate()).isEmpty();
  }
}
