/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.Rational;
import org.junit.jupiter.api.Test;

class SampleSizeProperties {
  @Test
  void sampleNeverExceedsThePopulationNorTheLimit() {
    // as N grows, s tends to 3.841 · 0.25 / 0.0025 = 384.1, so at most 385 respondents
    qt().forAll(longs().between(1, 1_000_000_000_000L)).checkAssert(n -> {
      SampleSize s = SampleSize.krejcieMorgan(n);
      assertThat(s.respondents()).isBetween(1L, Math.min(n, 385L));
      assertThat(s.exact()).isLessThan(Rational.parse("384.1"));
      assertThat(s.tableValue()).isBetween(s.respondents() - 1, s.respondents());
    });
  }

  @Test
  void largerPopulationNeverNeedsFewerRespondents() {
    qt().forAll(longs().between(1, 10_000_000L), longs().between(0, 10_000L)).checkAssert((n, more) -> {
      assertThat(SampleSize.krejcieMorgan(n + more).exact()).isGreaterThanOrEqualTo(SampleSize.krejcieMorgan(n).exact());
    });
  }
}
