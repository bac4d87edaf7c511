/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.band.AchievementScore.Segment;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nilai capaian, PermenPANRB 8/2021 as described in DOMAIN.md §9. */
class AchievementScoreTest {

  @ParameterizedTest(name = "capaian {0} -> {1} ({2})")
  @CsvSource({
    // capaian, expected exact score, segment, verified
    "0, 0, UNDER_60, true",
    "59, 49, UNDER_60, true",
    "29.5, 24.5, UNDER_60, true",
    "60, 50, FROM_60_UNDER_80, true",
    "60.00, 50, FROM_60_UNDER_80, true",
    "70, 60, FROM_60_UNDER_80, true",
    "79.99, 69.99, FROM_60_UNDER_80, true",
    "80, 70, FROM_80_UNDER_100, true",
    "98, 88, FROM_80_UNDER_100, true",
    "99.99, 89.99, FROM_80_UNDER_100, true",
    "100, 90, FROM_100_TO_110, false",
    "105, 95, FROM_100_TO_110, false",
    "110, 100, FROM_100_TO_110, false",
    "110.01, 120, ABOVE_110, true",
    "111, 120, ABOVE_110, true",
    "226.30, 120, ABOVE_110, true",
  })
  void conversion(String capaian, String score, Segment segment, boolean verified) {
    AchievementScore s = AchievementScore.of(new BigDecimal(capaian));
    assertThat(s.score()).isEqualTo(Rational.of(new BigDecimal(score)));
    assertThat(s.segment()).isEqualTo(segment);
    assertThat(s.verified()).isEqualTo(verified);
    assertThat(s.capaian()).isEqualTo(Rational.of(new BigDecimal(capaian)));
    assertThat(AchievementScore.of(Rational.of(new BigDecimal(capaian)))).isEqualTo(s).hasSameHashCodeAs(s);
  }

  @Test
  void belowSixtyIsExact() {
    // 30 / 59 × 49 = 1470/59 = 24.9152…
    AchievementScore s = AchievementScore.of(new BigDecimal("30"));
    assertThat(s.score()).isEqualTo(Rational.parse("1470/59"));
    assertThat(s.score(RoundingPolicy.defaults())).isEqualByComparingTo("24.92");
    assertThat(s.score(RoundingPolicy.defaults()).scale()).isEqualTo(2);
    // 59.99 / 59 × 49 = 2939.51 / 59 = 293951/5900
    assertThat(AchievementScore.of(new BigDecimal("59.99")).score()).isEqualTo(Rational.parse("293951/5900"));
  }

  @Test
  void exactCapaianIsKept() {
    // capaian 88.83 / 81 × 100 = 109.666…: 90 + 9.666… = 99.666…, in the unverified segment
    Rational c = Rational.ratio(new BigDecimal("8883"), new BigDecimal("81"));
    AchievementScore s = AchievementScore.of(c);
    assertThat(s.score()).isEqualTo(Rational.parse("299/3"));
    assertThat(s.verified()).isFalse();
    assertThat(s.score(RoundingPolicy.defaults())).isEqualByComparingTo("99.67");
  }

  @Test
  void segmentsDescribeThemselves() {
    assertThat(Segment.FROM_100_TO_110.verified()).isFalse();
    assertThat(Segment.UNDER_60.verified()).isTrue();
    assertThat(Segment.ABOVE_110.verified()).isTrue();
    assertThat(Segment.FROM_80_UNDER_100.formula()).isEqualTo("70 + 19/19 × (capaian − 80)");
    assertThat(Segment.UNDER_60.formula()).isEqualTo("capaian / 59 × 49");
    assertThat(AchievementScore.VERIFICATION).isEqualTo(Verification.PARTLY_VERIFIED);
    assertThat(AchievementScore.SOURCE).contains("Nomor 8 Tahun 2021");
  }

  @Test
  void toStringShowsFormulaAndVerification() {
    assertThat(AchievementScore.of(new BigDecimal("98")))
        .hasToString("nilai capaian 88 for capaian 98 (70 + 19/19 × (capaian − 80))");
    assertThat(AchievementScore.of(new BigDecimal("105")))
        .hasToString("nilai capaian 95 for capaian 105 (90 + (capaian − 100)) [unverified segment]");
  }

  @Test
  void negativeCapaianIsRefused() {
    assertThatThrownBy(() -> AchievementScore.of(new BigDecimal("-0.01")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("capaian must be >= 0, but was -0.01");
    assertThatThrownBy(() -> AchievementScore.of(Rational.of(-1).divide(3)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("capaian must be >= 0, but was -1/3");
    assertThatThrownBy(() -> AchievementScore.of((BigDecimal) null))
        .isInstanceOf(NullPointerException.class).hasMessage("capaian");
    assertThatThrownBy(() -> AchievementScore.of((Rational) null))
        .isInstanceOf(NullPointerException.class).hasMessage("capaian");
    assertThatThrownBy(() -> AchievementScore.of(BigDecimal.ONE).score(null))
        .isInstanceOf(NullPointerException.class).hasMessage("policy");
  }
}
