/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** A target written as counts n/T: an exact fraction, shown rounded. */
class ExactTargetCountsTest {
  @Test
  void countsAreExactAndTheValueIsAView() {
    // 36743 / 39834 × 100 = 92,24029723351910… ; the view at 10 decimals, half-up: 92.2402972335
    ExactTarget t = ExactTarget.ofCounts(36743, 39834);
    assertThat(t.exact()).isEqualTo(Rational.of(BigInteger.valueOf(3674300), BigInteger.valueOf(39834)));
    assertThat(t.value()).isEqualByComparingTo("92.2402972335");
    assertThat(t.counts()).contains(Realization.Counts.of(36743, 39834));
    assertThat(t).hasToString("36743/39834");
    assertThat(t).isNotEqualTo(ExactTarget.of(new BigDecimal("92.2402972335")));
    assertThat(ExactTarget.of(new BigDecimal("69.310")).exact()).isEqualTo(Rational.of(new BigDecimal("69.31")));
  }

  @Test
  void badCountsAreRefused() {
    assertThatThrownBy(() -> ExactTarget.ofCounts(5, 0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("total");
    assertThatThrownBy(() -> ExactTarget.ofCounts(5, 4)).isInstanceOf(InvalidValueException.class).hasMessageContaining("must not exceed");
  }
}
