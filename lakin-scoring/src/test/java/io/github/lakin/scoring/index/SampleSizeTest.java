/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SampleSizeTest {
  /**
   * s = 3.841 · N · 0.25 / (0.0025 (N − 1) + 3.841 · 0.25) = 0.96025 N / (0.0025 (N − 1) + 0.96025),
   * by hand:
   * N = 100: 96.025 / 1.20775 = 79.507… → up 80, table 80
   * N = 500: 480.125 / 2.20775 = 217.472… → up 218, table 217 (the table rounds to nearest)
   * N = 1000: 960.25 / 3.45775 = 277.709… → 278, 278
   * N = 10000: 9602.5 / 25.95775 = 369.928… → 370, 370
   * N = 1000000: 960250 / 2500.95775 = 383.952… → 384, 384
   * N = 15: 14.40375 / 0.99525 = 14.472… → up 15, table 14
   * N = 220: 211.255 / 1.50775 = 140.112… → up 141, table 140
   * N = 1: 0.96025 / 0.96025 = 1
   */
  @ParameterizedTest(name = "N = {0}: {1} respondents, table {2}")
  @CsvSource({
    "100, 80, 80",
    "500, 218, 217",
    "1000, 278, 278",
    "10000, 370, 370",
    "1000000, 384, 384",
    "15, 15, 14",
    "220, 141, 140",
    "1, 1, 1",
  })
  void krejcieMorgan(long population, long respondents, long table) {
    SampleSize s = SampleSize.krejcieMorgan(population);
    assertThat(s.respondents()).isEqualTo(respondents);
    assertThat(s.tableValue()).isEqualTo(table);
    assertThat(s.population()).isEqualTo(population);
  }

  @Test
  void exactValue() {
    // N = 100: 96.025 / 1.20775 exactly
    assertThat(SampleSize.krejcieMorgan(100).exact()).isEqualTo(Rational.ratio(new BigDecimal("96.025"), new BigDecimal("1.20775")));
    assertThat(SampleSize.krejcieMorgan(500).exact().round(2, RoundingMode.HALF_UP)).isEqualByComparingTo("217.47");
  }

  @Test
  void otherParameters() {
    // 99% (χ² = 6.635), N = 100: 1.65875 × 100 / (0.2475 + 1.65875) = 165.875 / 1.90625 = 87.016… → 88
    SampleSize s = SampleSize.krejcieMorgan(100, new BigDecimal("6.635"), new BigDecimal("0.5"), new BigDecimal("0.05"));
    assertThat(s.respondents()).isEqualTo(88);
    assertThat(s.exact()).isEqualTo(Rational.ratio(new BigDecimal("165.875"), new BigDecimal("1.90625")));
  }

  @Test
  void populationMustBePositive() {
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("population must be at least 1, but was 0");
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(-5))
        .hasMessage("population must be at least 1, but was -5");
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(10, new BigDecimal("3.841"), BigDecimal.ONE, new BigDecimal("0.05")))
        .hasMessage("proportion must be strictly between 0 and 1, but was 1");
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(10, new BigDecimal("3.841"), new BigDecimal("0.5"), BigDecimal.ZERO))
        .hasMessage("margin must be strictly between 0 and 1, but was 0");
  }
}
