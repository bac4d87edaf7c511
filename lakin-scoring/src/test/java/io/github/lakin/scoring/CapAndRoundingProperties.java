/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static io.github.lakin.scoring.Gens.decimals;
import static io.github.lakin.scoring.Gens.nonNegative;
import static io.github.lakin.scoring.Gens.positive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Caps and floors (DOMAIN.md §4) and rounding once, half-up (§5). */
class CapAndRoundingProperties {
  private static final Scorer UNCAPPED = Scorer.defaults();

  /** Caps from 0.001 to 300 with 0 to 3 decimals, and the common 100, 110, 120. */
  private static Gen<BigDecimal> caps() {
    return longs().between(1, 300_000).zip(integers().between(0, 3), (u, s) -> BigDecimal.valueOf(Math.max(1, u / pow10(3 - s)), s))
        .mix(arbitrary().pick(new BigDecimal("100"), new BigDecimal("110"), new BigDecimal("120.00")), 30);
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  private static Gen<Polarity> numericPolarities() {
    return arbitrary().pick(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.CLOSER_IS_BETTER);
  }

  /** Checks one capped achievement against the uncapped one, with the default floor 0. */
  private static void assertCapped(Achievement capped, Achievement uncapped, BigDecimal cap) {
    Rational c = Rational.of(cap);
    Rational raw = uncapped.raw().orElseThrow();
    assertThat(capped.raw()).as("raw kept").contains(raw);
    Rational value = capped.value().orElseThrow();
    // the definition: min(raw, C), then the floor 0
    Rational expected = raw.compareTo(c) > 0 ? c : raw;
    expected = expected.signum() < 0 ? Rational.ZERO : expected;
    assertThat(value).as("value of raw %s under cap %s", raw, cap).isEqualTo(expected);
    assertThat(value.compareTo(c)).as("value ≤ cap").isLessThanOrEqualTo(0);
    assertThat(value.signum()).as("value ≥ floor 0").isGreaterThanOrEqualTo(0);
    assertThat(value.compareTo(uncapped.value().orElseThrow())).as("a cap never increases the value").isLessThanOrEqualTo(0);
    assertThat(capped.has(Achievement.Flag.CAPPED)).as("CAPPED iff raw %s > %s", raw, cap).isEqualTo(raw.compareTo(c) > 0);
    assertThat(capped.has(Achievement.Flag.FLOORED)).as("FLOORED iff raw %s < 0", raw).isEqualTo(raw.signum() < 0);
    assertThat(capped.rounded()).as("rounded value").contains(expected.round(2, RoundingMode.HALF_UP));
    assertThat(capped.roundedRaw()).as("rounded raw").isEqualTo(uncapped.roundedRaw());
    assertThat(uncapped.has(Achievement.Flag.CAPPED)).isFalse();
    assertThat(uncapped.has(Achievement.Flag.FLOORED)).isEqualTo(raw.signum() < 0);
  }

  // ---------------------------------------------------------------- 4. caps and floors

  @Test
  void reportCapGivesMinOfRawAndCapAndKeepsRaw() {
    qt().withExamples(1000).forAll(positive(), nonNegative(), caps(), numericPolarities()).checkAssert((t, r, cap, p) -> {
      Indicator ind = Gens.exact(t, p);
      Achievement capped = Scorer.of(ScoringPolicy.defaults().withCap(cap)).score(ind, Realization.of(r));
      assertCapped(capped, UNCAPPED.score(ind, Realization.of(r)), cap);
    });
  }

  @Test
  void indicatorCapGivesMinOfRawAndCapAndKeepsRaw() {
    qt().withExamples(1000).forAll(positive(), nonNegative(), caps(), numericPolarities()).checkAssert((t, r, cap, p) -> {
      Indicator ind = Gens.exact(t, p);
      Indicator own = Indicator.builder().from(ind).capRule(CapRule.maximum(cap)).build();
      assertCapped(UNCAPPED.score(own, Realization.of(r)), UNCAPPED.score(ind, Realization.of(r)), cap);
    });
  }

  @Test
  void indicatorCapOverridesTheReportCap() {
    qt().withExamples(500).forAll(positive(), nonNegative(), caps(), caps()).checkAssert((t, r, own, report) -> {
      Indicator ind = Gens.exact(t, Polarity.HIGHER_IS_BETTER);
      Indicator withOwn = Indicator.builder().from(ind).capRule(CapRule.maximum(own)).build();
      Achievement a = Scorer.of(ScoringPolicy.defaults().withCap(report)).score(withOwn, Realization.of(r));
      assertCapped(a, UNCAPPED.score(ind, Realization.of(r)), own);
    });
  }

  @Test
  void aRawExactlyAtTheCapIsNotCapped() {
    // realisasi = target × C / 100 gives a ratio of exactly C
    qt().withExamples(500).forAll(positive(), caps(), arbitrary().pick(true, false)).checkAssert((t, cap, own) -> {
      Indicator ind = Gens.exact(t, Polarity.HIGHER_IS_BETTER);
      BigDecimal r = t.multiply(cap).divide(BigDecimal.valueOf(100));
      Achievement a = own
          ? UNCAPPED.score(Indicator.builder().from(ind).capRule(CapRule.maximum(cap)).build(), Realization.of(r))
          : Scorer.of(ScoringPolicy.defaults().withCap(cap)).score(ind, Realization.of(r));
      assertThat(a.raw()).contains(Rational.of(cap));
      assertThat(a.value()).contains(Rational.of(cap));
      assertThat(a.has(Achievement.Flag.CAPPED)).isFalse();
      // one step of 0.001 more is capped
      BigDecimal above = r.add(new BigDecimal("0.001"));
      Achievement b = Scorer.of(ScoringPolicy.defaults().withCap(cap)).score(ind, Realization.of(above));
      assertThat(b.has(Achievement.Flag.CAPPED)).isTrue();
      assertThat(b.value()).contains(Rational.of(cap));
    });
  }

  @Test
  void floorZeroHoldsForNegativeInverseCapaian() {
    // realisasi above twice the target: (2 − r/t) × 100 < 0
    qt().withExamples(1000).forAll(positive(), nonNegative()).checkAssert((t, r) -> {
      Achievement a = UNCAPPED.score(Gens.exact(t, Polarity.LOWER_IS_BETTER), Realization.of(r));
      boolean negative = r.compareTo(t.multiply(BigDecimal.valueOf(2))) > 0;
      assertThat(a.raw().orElseThrow().signum() < 0).isEqualTo(negative);
      assertThat(a.has(Achievement.Flag.FLOORED)).isEqualTo(negative);
      assertThat(a.value().orElseThrow()).isEqualTo(negative ? Rational.ZERO : a.raw().orElseThrow());
    });
  }

  @Test
  void withoutAnyLimitTheValueIsTheRaw() {
    ScoringPolicy none = ScoringPolicy.builder().limits(CapRule.none()).build();
    qt().withExamples(500).forAll(positive(), nonNegative(), numericPolarities()).checkAssert((t, r, p) -> {
      Achievement a = Scorer.of(none).score(Gens.exact(t, p), Realization.of(r));
      assertThat(a.value()).isEqualTo(a.raw());
      assertThat(a.flags()).isEmpty();
    });
  }

  // ---------------------------------------------------------------- 5. rounding

  @Test
  void roundingIsIdempotent() {
    qt().withExamples(1000).forAll(positive(), nonNegative(), integers().between(0, 6), Gens.roundingModes())
        .checkAssert((t, r, scale, mode) -> {
          RoundingPolicy policy = RoundingPolicy.of(scale, mode);
          BigDecimal once = UNCAPPED.score(Gens.exact(t, Polarity.HIGHER_IS_BETTER), Realization.of(r)).rounded(policy).orElseThrow();
          assertThat(once.scale()).isEqualTo(scale);
          assertThat(policy.round(once)).isEqualTo(once);
          assertThat(policy.round(Rational.of(once))).isEqualTo(once);
        });
  }

  @Test
  void ratioRoundingMatchesOneBigDecimalDivision() {
    qt().withExamples(1000).forAll(positive(), nonNegative(), integers().between(0, 6), Gens.roundingModes())
        .checkAssert((t, r, scale, mode) -> {
          Scorer scorer = Scorer.of(ScoringPolicy.builder().rounding(RoundingPolicy.of(scale, mode)).build());
          Achievement a = scorer.score(Gens.exact(t, Polarity.HIGHER_IS_BETTER), Realization.of(r));
          BigDecimal expected = r.multiply(BigDecimal.valueOf(100)).divide(t, scale, mode);
          assertThat(a.rounded()).as("%s × 100 / %s at %s %s", r, t, scale, mode).contains(expected);
          assertThat(a.roundedRaw()).contains(expected);
        });
  }

  @Test
  void halfUpTiesRoundAwayFromZero() {
    // realisasi = target × capaian / 100 with capaian = (10k + 5) / 10^(s+1), an exact tie at scale s:
    // half-up gives (k + 1) / 10^s, where doubles would often give k / 10^s
    qt().withExamples(1000).forAll(decimals(1, 100_000), integers().between(0, 2_000_000), integers().between(0, 3))
        .checkAssert((t, k, s) -> {
          BigDecimal capaian = BigDecimal.valueOf(10L * k + 5, s + 1);
          BigDecimal r = t.multiply(capaian).divide(BigDecimal.valueOf(100));
          Scorer scorer = Scorer.of(ScoringPolicy.builder().rounding(RoundingPolicy.halfUp(s)).build());
          Achievement a = scorer.score(Gens.exact(t, Polarity.HIGHER_IS_BETTER), Realization.of(r));
          assertThat(a.raw()).contains(Rational.of(capaian));
          assertThat(a.rounded()).as("%s / %s × 100 = %s at scale %s", r, t, capaian, s).contains(BigDecimal.valueOf(k + 1L, s));
        });
  }
}
