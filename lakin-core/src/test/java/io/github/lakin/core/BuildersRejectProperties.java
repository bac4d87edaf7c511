/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static io.github.lakin.core.CoreGen.canonical;
import static io.github.lakin.core.CoreGen.decimals;
import static io.github.lakin.core.CoreGen.negativeDecimalTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random invalid input is always rejected with an {@link InvalidValueException} whose message
 * contains the offending value as written.
 */
class BuildersRejectProperties {

  private static final Gen<MeasureUnit> NON_NEGATIVE_UNITS = Generate.pick(List.of(
      MeasureUnit.percent(), MeasureUnit.index(), MeasureUnit.count("dokumen"), MeasureUnit.days(),
      MeasureUnit.workingDays(), MeasureUnit.months(), MeasureUnit.rupiah(), MeasureUnit.other("km")));

  /** Target kinds whose number is the given (negative) value. */
  private static final List<Function<BigDecimal, Target>> KINDS = List.of(
      Target::exact,
      Target::lessThan,
      Target::atMost,
      Target::greaterThan,
      Target::atLeast,
      v -> Target.range(v, v.abs()));

  private static InvalidValueException rejection(Runnable build) {
    try {
      build.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("accepted invalid input");
  }

  @Test
  void negativeTargetsForNonNegativeUnits() {
    qt().forAll(negativeDecimalTexts(), NON_NEGATIVE_UNITS, integers().between(0, KINDS.size() - 1))
        .checkAssert((text, unit, kind) -> {
          Target target = KINDS.get(kind).apply(new BigDecimal(text));
          InvalidValueException e = rejection(() -> Indicator.of("1.1", "Indikator", unit, target));
          assertThat(e.getMessage()).as("target %s %s", target, unit).contains(text).contains("indicator 1.1");
          assertThat(e.value()).isEqualTo(text);
        });
  }

  @Test
  void negativeTargetsAreAcceptedWhenTheUnitAllowsThem() {
    qt().forAll(negativeDecimalTexts(), NON_NEGATIVE_UNITS, integers().between(0, KINDS.size() - 1))
        .checkAssert((text, unit, kind) -> {
          Target target = KINDS.get(kind).apply(new BigDecimal(text));
          assertThat(Indicator.of("1.1", "Indikator", unit.allowingNegative(), target).target()).isEqualTo(target);
        });
  }

  @Test
  void rangesWithLowerAboveUpper() {
    qt().forAll(decimals(), decimals()).assuming((a, b) -> a.compareTo(b) != 0).checkAssert((a, b) -> {
      BigDecimal lower = a.max(b);
      BigDecimal upper = a.min(b);
      InvalidValueException e = rejection(() -> Target.range(lower, upper));
      assertThat(e.getMessage()).contains(lower.toPlainString()).contains(upper.toPlainString());
    });
  }

  @Test
  void negativeIndicatorWeights() {
    qt().forAll(negativeDecimalTexts()).checkAssert(text -> {
      Indicator.Builder b = Indicator.builder();
      b.code("2.1").name("n").unit(MeasureUnit.percent()).target(Target.exact("100")).weight(new BigDecimal(text));
      InvalidValueException e = rejection(b::build);
      assertThat(e.getMessage()).contains(text).contains("weight");
      assertThat(e.value()).isEqualTo(text);
    });
  }

  @Test
  void negativeGoalWeights() {
    Indicator i = Indicator.of("2.1", "n", MeasureUnit.percent(), Target.exact("100"));
    qt().forAll(negativeDecimalTexts()).checkAssert(text -> {
      Goal.Builder b = Goal.builder();
      b.code("SK2").name("n").addIndicators(i).weight(new BigDecimal(text));
      InvalidValueException e = rejection(b::build);
      assertThat(e.getMessage()).contains(text).contains("weight");
    });
  }

  private static final Gen<Integer> BAD_MONTHS = Generate.oneOf(
      integers().between(-10_000, 0), integers().between(13, 10_000));

  @Test
  void monthsOutsideOneToTwelve() {
    qt().forAll(integers().between(1900, 2999), BAD_MONTHS).checkAssert((year, month) -> {
      InvalidValueException e = rejection(() -> Period.month(year, month));
      assertThat(e.field()).isEqualTo("period.month");
      assertThat(e.value()).isEqualTo(String.valueOf(month));
      assertThat(e.getMessage()).contains(String.valueOf(month));
    });
  }

  @Test
  void isoMonthLabelsOutsideOneToTwelveNameTheLabel() {
    qt().forAll(integers().between(1900, 2999), Generate.oneOf(integers().between(13, 99), Generate.constant(0)))
        .checkAssert((year, month) -> {
          String label = String.format("%d-%02d", year, month);
          InvalidValueException e = rejection(() -> Period.parse(label));
          assertThat(e.getMessage()).contains(label);
          assertThat(e.value()).isEqualTo(label);
        });
  }

  @Test
  void negativeOrZeroCounts() {
    qt().forAll(longs().between(-1_000_000, -1), longs().between(1, 1_000_000)).checkAssert((neg, pos) -> {
      assertThat(rejection(() -> Realization.ofCounts(neg, pos)).getMessage()).contains(String.valueOf(neg));
      assertThat(rejection(() -> Realization.ofCounts(pos, neg)).getMessage()).contains(String.valueOf(neg));
      assertThat(rejection(() -> Realization.ofCounts(pos, 0)).getMessage()).contains("realisasi.total");
    });
  }

  @Test
  void capMaximumNotAboveZero() {
    qt().forAll(negativeDecimalTexts()).checkAssert(text -> {
      InvalidValueException e = rejection(() -> CapRule.maximum(new BigDecimal(text)));
      assertThat(e.getMessage()).contains(text).contains("cap.maximum");
    });
  }

  @Test
  void negativeBudgetAmounts() {
    qt().forAll(negativeDecimalTexts(), integers().between(0, 2)).checkAssert((text, which) -> {
      BigDecimal bad = new BigDecimal(text);
      BudgetLine.Builder b = BudgetLine.builder();
      b.code("WA").name("n")
          .initialPagu(which == 0 ? bad : BigDecimal.TEN)
          .finalPagu(which == 1 ? bad : BigDecimal.TEN)
          .realization(which == 2 ? bad : BigDecimal.ONE);
      InvalidValueException e = rejection(b::build);
      assertThat(e.getMessage()).contains(text);
      assertThat(e.value()).isEqualTo(text);
    });
  }

  @Test
  void canonicalTextIsWhatTheModelShows() {
    // the generator's canonical form is the normalised plain text: -12.50 → -12.5, -1E+2 → -100
    assertThat(canonical(new BigDecimal("-12.50"))).isEqualTo("-12.5");
    assertThat(canonical(new BigDecimal("-1E+2"))).isEqualTo("-100");
    assertThat(canonical(new BigDecimal("-0.00000001"))).isEqualTo("-0.00000001");
  }
}
