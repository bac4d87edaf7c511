/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Rational;
import org.junit.jupiter.api.Test;

/** The kernel's integer arithmetic and the fixed-point forms of the rules, against their exact forms. */
class KernelArithmeticTest {
  @Test
  void theReciprocalDividesByAMillionExactly() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
    long[] edges = {0, 1, 999_999, 1_000_000, 1_000_001, (1L << 62) - 1, (1L << 62) - 1_000_000, 4_611_686_018_427_000_000L};
    for (long q : edges) {
      assertThat(Math.multiplyHigh(q, Kernel.RECIPROCAL) >>> Kernel.RECIPROCAL_SHIFT).as("%d", q).isEqualTo(q / 1_000_000);
    }
    for (int i = 0; i < 100_000; i++) {
      long q = rnd.nextLong(1L << 62);
      long j = q / 1_000_000 * 1_000_000; // the multiples and their neighbours are where an error would show
      for (long x : new long[] {q, j, j - 1, j + 999_999}) {
        if (x >= 0 && x < (1L << 62)) {
          assertThat(Math.multiplyHigh(x, Kernel.RECIPROCAL) >>> Kernel.RECIPROCAL_SHIFT).as("%d", x).isEqualTo(x / 1_000_000);
        }
      }
    }
  }

  @Test
  @SuppressWarnings("EnumOrdinal") // the fixed-point kernel encodes a standing as its ordinal
  void theFixedPointComparisonWithHundredMatchesTheExactOne() {
    long hundredQ = 100_000_000L; // k = 6
    assertThat(Standing.ofComparison(Standing.compareFixed(hundredQ, 0, hundredQ))).isEqualTo(Standing.EQUAL);
    assertThat(Standing.ofComparison(Standing.compareFixed(hundredQ, 1, hundredQ))).isEqualTo(Standing.ABOVE);
    assertThat(Standing.ofComparison(Standing.compareFixed(hundredQ - 1, 1, hundredQ))).isEqualTo(Standing.BELOW);
    assertThat(Standing.ofComparison(Standing.compareFixed(hundredQ + 1, 0, hundredQ))).isEqualTo(Standing.ABOVE);
    for (long q : new long[] {hundredQ - 2, hundredQ - 1, hundredQ, hundredQ + 1, hundredQ + 2, 0, -5, Long.MAX_VALUE / 2, -Long.MAX_VALUE / 2}) {
      for (long sticky = 0; sticky <= 1; sticky++) {
        assertThat(Standing.ordinalFixed(q, sticky, hundredQ)).as("%d %d", q, sticky)
            .isEqualTo(Standing.ofComparison(Standing.compareFixed(q, sticky, hundredQ)).ordinal());
      }
    }
    assertThat(Standing.exact(Rational.parse("99999999/1000000"))).isEqualTo(Standing.BELOW);
    assertThat(Standing.exact(Rational.HUNDRED)).isEqualTo(Standing.EQUAL);
    assertThat(Standing.exact(Rational.parse("100.0000001"))).isEqualTo(Standing.ABOVE);
    assertThat(Standing.ABOVE.isMet()).isTrue();
    assertThat(Standing.EQUAL.isMet()).isTrue();
    assertThat(Standing.BELOW.isMet()).isFalse();
    assertThat(Standing.CATEGORY_MET.isMet()).isTrue();
    assertThat(Standing.NOT_AVAILABLE.isMet()).isFalse();
    assertThat(Standing.UNDEFINED.isMet()).isFalse();
  }

  @Test
  void theFixedPointCapAndFloorMatchTheExactRule() {
    // v × 10^k = q + f: with a cap C = 90 × 10^6, q = C and a set sticky bit means v > 90
    long capQ = 90_000_000L;
    assertThat(Limits.Fixed.aboveCap(capQ, 1, capQ)).isTrue();
    assertThat(Limits.Fixed.aboveCap(capQ, 0, capQ)).isFalse();
    assertThat(Limits.Fixed.aboveCap(capQ - 1, 1, capQ)).isFalse();
    assertThat(Limits.Fixed.belowFloor(-1, 0)).isTrue();
    assertThat(Limits.Fixed.belowFloor(0, 0)).isFalse();
    Limits cap90 = Limits.of(io.github.lakin.core.CapRule.between(java.math.BigDecimal.ZERO, new java.math.BigDecimal("90")));
    Limits.Limited capped = cap90.apply(Rational.parse("118.75"));
    assertThat(capped.value()).isEqualTo(Rational.of(90));
    assertThat(capped.capped()).isTrue();
    assertThat(capped.floored()).isFalse();
    Limits.Limited floored = cap90.apply(Rational.of(-5));
    assertThat(floored.value()).isEqualTo(Rational.ZERO);
    assertThat(floored.floored()).isTrue();
    Limits.Limited kept = cap90.apply(Rational.of(90));
    assertThat(kept.capped() || kept.floored()).isFalse();
  }
}
