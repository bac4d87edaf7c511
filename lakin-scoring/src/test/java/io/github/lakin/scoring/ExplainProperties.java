/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static io.github.lakin.scoring.Gens.nonNegative;
import static io.github.lakin.scoring.Gens.positive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Explanations (DESIGN.md: results explain themselves): Indonesian writes {@code 1.234,56}, English
 * {@code 1,234.56}. The expected text is formatted with {@link DecimalFormat} and explicit
 * separators, independently of the library's own formatter.
 */
class ExplainProperties {
  private static final Locale ID = Locale.forLanguageTag("id");

  /** Writes {@code value} exactly, with the given separators; {@code fraction} fixes the decimals, -1 for as many as needed. */
  private static String format(BigDecimal value, char group, char decimal, int fraction) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(group);
    symbols.setDecimalSeparator(decimal);
    symbols.setMinusSign('-');
    DecimalFormat f = new DecimalFormat("#,##0", symbols);
    f.setRoundingMode(RoundingMode.UNNECESSARY); // the value is already at its scale: never round here
    if (fraction >= 0) {
      f.setMinimumFractionDigits(fraction);
      f.setMaximumFractionDigits(fraction);
    } else {
      f.setMaximumFractionDigits(20);
    }
    return f.format(value);
  }

  private static String id(BigDecimal v, int fraction) {
    return format(v, '.', ',', fraction);
  }

  private static String en(BigDecimal v, int fraction) {
    return format(v, ',', '.', fraction);
  }

  @Test
  void ratioExplanationEndsWithTheRoundedValueInEachLanguage() {
    qt().withExamples(1000).forAll(positive(), nonNegative(), integers().between(0, 4)).checkAssert((t, r, scale) -> {
      Scorer scorer = Scorer.of(ScoringPolicy.builder().rounding(RoundingPolicy.halfUp(scale)).build());
      Achievement a = scorer.score(Gens.exact(t, Polarity.HIGHER_IS_BETTER), Realization.of(r));
      BigDecimal rounded = r.multiply(BigDecimal.valueOf(100)).divide(t, scale, RoundingMode.HALF_UP);
      assertThat(a.explain(ID)).endsWith(" = " + id(rounded, scale) + "%");
      assertThat(a.explain(Locale.ENGLISH)).endsWith(" = " + en(rounded, scale) + "%");
      // the whole sentence: inputs written exactly (they have at most 3 decimals), then the result
      assertThat(a.explain(ID)).isEqualTo(id(r, -1) + " / " + id(t, -1) + " × 100% = " + id(rounded, scale) + "%");
      assertThat(a.explain(Locale.ENGLISH)).isEqualTo(en(r, -1) + " / " + en(t, -1) + " × 100% = " + en(rounded, scale) + "%");
    });
  }

  @Test
  void cappedExplanationNamesRawAndCap() {
    qt().withExamples(500).forAll(positive(), nonNegative()).checkAssert((t, r) -> {
      Scorer scorer = Scorer.of(ScoringPolicy.defaults().withCap(new BigDecimal("120")));
      Achievement a = scorer.score(Gens.exact(t, Polarity.HIGHER_IS_BETTER), Realization.of(r));
      BigDecimal raw = r.multiply(BigDecimal.valueOf(100)).divide(t, 2, RoundingMode.HALF_UP);
      boolean capped = r.multiply(BigDecimal.valueOf(100)).compareTo(t.multiply(new BigDecimal("120"))) > 0;
      String id = a.explain(ID);
      if (capped) {
        assertThat(id).endsWith(" = " + id(raw, 2) + "%; dibatasi menjadi 120,00%");
        assertThat(a.explain(Locale.ENGLISH)).endsWith(" = " + en(raw, 2) + "%; capped at 120.00%");
      } else {
        assertThat(id).endsWith(" = " + id(raw, 2) + "%");
      }
    });
  }

  @Test
  void flooredExplanationNamesRawAndFloor() {
    qt().withExamples(500).forAll(positive(), integers().between(1, 1_000_000)).checkAssert((t, extra) -> {
      // realisasi above twice the target: a negative raw capaian, raised to the floor 0
      BigDecimal r = t.multiply(BigDecimal.valueOf(2)).add(BigDecimal.valueOf(extra, 3));
      Achievement a = Scorer.defaults().score(Gens.exact(t, Polarity.LOWER_IS_BETTER), Realization.of(r));
      BigDecimal raw = BigDecimal.valueOf(2).multiply(t).subtract(r).multiply(BigDecimal.valueOf(100)).divide(t, 2, RoundingMode.HALF_UP);
      assertThat(a.explain(ID)).isEqualTo("(2 − " + id(r, -1) + " / " + id(t, -1) + ") × 100% = " + id(raw, 2)
          + "%; dinaikkan ke batas bawah 0,00%");
      assertThat(a.explain(Locale.ENGLISH)).isEqualTo("(2 − " + en(r, -1) + " / " + en(t, -1) + ") × 100% = " + en(raw, 2)
          + "%; raised to the floor 0.00%");
    });
  }
}
