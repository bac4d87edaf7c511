/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static io.github.lakin.scoring.aggregate.ReportModel.caps;
import static io.github.lakin.scoring.aggregate.ReportModel.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.budget.EfficiencyGap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * An explanation's shown numbers give its shown result: the operands of every mean, weighted mean
 * and efficiency gap, parsed from the explanation as printed, recomputed and rounded once with the
 * policy's scale and mode, give the figure the explanation ends with. (Means are computed from
 * exact values; operands shown at the display scale alone would not always give it.)
 */
class ExplanationArithmeticProperties {
  private static final Pattern PLAIN = Pattern.compile("^\\(([^()]*)\\) / (\\d+) = (-?[\\d,]+(?:\\.\\d+)?)%");
  private static final Pattern WEIGHTED = Pattern.compile("^\\(([^()]*)\\) / \\(([^()]*)\\) = (-?[\\d,]+(?:\\.\\d+)?)%");
  private static final Pattern GAP = Pattern.compile("^(-?[\\d,]+(?:\\.\\d+)?) − (-?[\\d,]+(?:\\.\\d+)?) = (-?[\\d,]+(?:\\.\\d+)?) points");
  private static final Gen<RoundingMode> MODES = arbitrary().pick(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN,
      RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.CEILING, RoundingMode.FLOOR));
  private static final Gen<AggregationShape> SHAPES = arbitrary().enumValues(AggregationShape.class);
  private static final Gen<RoundingStage> STAGES = arbitrary().enumValues(RoundingStage.class);

  private static BigDecimal number(String english) {
    return new BigDecimal(english.strip().replace(",", ""));
  }

  /** Checks one mean's explanation (English); returns false when it is not a mean. */
  static boolean meanReproduces(String explanation, RoundingPolicy rounding) {
    Matcher plain = PLAIN.matcher(explanation);
    Matcher weighted = WEIGHTED.matcher(explanation);
    Rational recomputed;
    BigDecimal shown;
    if (weighted.find()) {
      Rational sum = Rational.ZERO;
      for (String term : weighted.group(1).split(" \\+ ", -1)) {
        String[] wv = term.split(" × ", -1);
        sum = sum.add(Rational.of(number(wv[0])).multiply(Rational.of(number(wv[1]))));
      }
      Rational weights = Rational.ZERO;
      for (String w : weighted.group(2).split(" \\+ ", -1)) {
        weights = weights.add(Rational.of(number(w)));
      }
      recomputed = sum.divide(weights);
      shown = number(weighted.group(3));
    } else if (plain.find()) {
      Rational sum = Rational.ZERO;
      for (String v : plain.group(1).split(" \\+ ", -1)) {
        sum = sum.add(Rational.of(number(v)));
      }
      recomputed = sum.divide(Rational.of(new BigDecimal(plain.group(2))));
      shown = number(plain.group(3));
    } else {
      return false;
    }
    assertThat(rounding.round(recomputed)).as(explanation).isEqualByComparingTo(shown);
    return true;
  }

  @Test
  void everyMeanShowsNumbersThatGiveItsResult() {
    Gen<Optional<BigDecimal>> optionalCaps = integers().between(0, 1).zip(caps(), (on, c) -> on == 0 ? Optional.<BigDecimal>empty() : Optional.of(c));
    Gen<ScoringPolicy> scorings = optionalCaps.zip(integers().between(0, 3).zip(MODES, RoundingPolicy::of), (cap, rounding) -> {
      ScoringPolicy scoring = cap.map(c -> ScoringPolicy.defaults().withCap(c)).orElse(ScoringPolicy.defaults());
      return ScoringPolicy.builder().from(scoring).rounding(rounding).build();
    });
    qt().withExamples(400).forAll(specs(4, 6), SHAPES, STAGES, scorings)
        .checkAssert((spec, shape, stage, scoring) -> {
          RoundingPolicy rounding = scoring.rounding();
          ReportPolicy p = ReportPolicy.builder().shape(shape).roundingStage(stage).scoring(scoring).build();
          ReportResult r = ReportScorer.of(p).score(spec.agreement(), spec.realizations());
          List<Aggregate> means = new ArrayList<>();
          r.goals().forEach(g -> means.add(g.aggregate()));
          means.add(r.overall());
          for (Aggregate a : means) {
            if (a.value().isPresent()) {
              assertThat(meanReproduces(a.explain(Locale.ENGLISH), rounding)).as(a.explain(Locale.ENGLISH)).isTrue();
            }
          }
        });
  }

  @Test
  void everyGapShowsNumbersThatGiveItsResult() {
    Gen<Rational> percent = integers().between(0, 20_000_000).zip(integers().between(1, 7_000), (n, d) -> Rational.of(n).divide(Rational.of(d)));
    qt().withExamples(1000).forAll(percent, percent, integers().between(0, 3).zip(MODES, RoundingPolicy::of)).checkAssert((c, a, rounding) -> {
      EfficiencyGap gap = EfficiencyGap.of("unit", c, a, rounding);
      Matcher m = GAP.matcher(gap.explain(Locale.ENGLISH));
      assertThat(m.find()).as(gap.explain(Locale.ENGLISH)).isTrue();
      Rational recomputed = Rational.of(number(m.group(1))).subtract(Rational.of(number(m.group(2))));
      assertThat(rounding.round(recomputed)).as(gap.explain(Locale.ENGLISH)).isEqualByComparingTo(number(m.group(3)));
    });
  }

  @Test
  void theIssuesExample() {
    // two units: 106,505 (shown 106,51) and 100 average exactly 103,2525 → 103,25; the shown 106,51
    // and 100,00 would give 103,255 → 103,26, so the explanation shows 106,505
    Aggregate a = Aggregate.of("ES1", List.of(new Aggregate.Member("A", Rational.of(new BigDecimal("106.505")), Optional.empty(), false),
        new Aggregate.Member("B", Rational.of(100), Optional.empty(), false)), List.of(), RoundingPolicy.defaults(), false);
    assertThat(a.explain(Locale.forLanguageTag("id"))).isEqualTo("(106,505 + 100,000) / 2 = 103,25%");
    assertThat(meanReproduces(a.explain(Locale.ENGLISH), RoundingPolicy.defaults())).isTrue();
    // a check that can fail: the old form of the same explanation
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> meanReproduces("(106.51 + 100.00) / 2 = 103.25%", RoundingPolicy.defaults()))
        .isInstanceOf(AssertionError.class);
  }
}
