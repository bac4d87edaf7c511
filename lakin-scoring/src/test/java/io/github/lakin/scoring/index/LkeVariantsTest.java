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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LKE variants of issue 16: akumulasi, several assessors, unanswered criteria as 0. */
class LkeVariantsTest {
  private static final AnswerScale YT = AnswerScale.yesNo();
  private static final AnswerScale AE = AnswerScale.aToE();

  /** One component of weight 100: sub-component "a" 40% (40 points), "b" 60% (60 points). */
  private static final LkeTemplate SMALL = LkeTemplate.of(List.of(LkeComponent.of("c", "Komponen", new BigDecimal("100"),
      List.of(LkeSubComponent.of("a", "A", new BigDecimal("40")), LkeSubComponent.of("b", "B", new BigDecimal("60"))))));

  private static Map<LkeAssessor, String> by(String self, String evaluator, String assurer) {
    Map<LkeAssessor, String> m = new EnumMap<>(LkeAssessor.class);
    m.put(LkeAssessor.SELF_ASSESSMENT, self);
    m.put(LkeAssessor.EVALUATOR, evaluator);
    m.put(LkeAssessor.QUALITY_ASSURER, assurer);
    return m;
  }

  @Test
  void meanAndAkumulasiOfTheSameAnswers() {
    // a: Y Y T → mean 2/3 × 40 = 26.666…; b: A C → mean (1 + 0.5)/2 = 0.75 × 60 = 45; total 71.666… → 71.67, BB (> 70)
    LkeWorksheet ws = LkeWorksheet.builder(SMALL).answers("c", "a", YT, "Y", "Y", "T").answers("c", "b", AE, "A", "C").build();
    LkeResult mean = Lke.evaluate(ws, LkeOptions.defaults());
    assertThat(mean.total()).isEqualTo(Rational.of(215).divide(3));
    assertThat(mean.totalRounded()).isEqualByComparingTo("71.67");
    assertThat(mean.predikat().code()).isEqualTo("BB");
    // akumulasi: a = 1 + 1 + 0 = 2 points, b = 1 + 0.5 = 1.5 points; total 3.5 → D (0 – 30)
    LkeResult sum = Lke.evaluate(ws, LkeOptions.defaults().withMethod(LkeMethod.ACCUMULATION));
    assertThat(sum.component("c").subComponents().get(0).score()).isEqualTo(Rational.of(2));
    assertThat(sum.component("c").subComponents().get(1).score()).isEqualTo(Rational.parse("1.5"));
    assertThat(sum.totalRounded()).isEqualByComparingTo("3.50");
    assertThat(sum.predikat().code()).isEqualTo("D");
  }

  @Test
  void akumulasiWithPointsPerCriterion() {
    // by akumulasi a value is points: on a scale "poin" Y = 1, T = 0, one Y in each sub-component is 1 point;
    // pelaporan/keberadaan (weight 15 × 20% = 3) gets three Y → 3 points, its full weight
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    points.put("Y", BigDecimal.ONE);
    points.put("T", BigDecimal.ZERO);
    LkeWorksheet.Builder b = LkeWorksheet.builder();
    for (LkeComponent c : LkeTemplate.permenPanRb88Of2021().components()) {
      for (LkeSubComponent s : c.subComponents()) {
        b.answer(c.code(), s.code(), AnswerScale.of("poin", points), "Y");
      }
    }
    b.answers("pelaporan", "keberadaan", YT, "Y", "Y"); // now 3 criteria: 1 + 1 + 1 = 3 = weight 3
    LkeResult r = Lke.evaluate(b.build(), LkeOptions.defaults().withMethod(LkeMethod.ACCUMULATION));
    // every other sub-component 1 point (11 × 1) + pelaporan/keberadaan 3 = 14
    assertThat(r.total()).isEqualTo(Rational.of(14));
    assertThat(r.component("pelaporan").subComponents().get(0).score()).isEqualTo(Rational.of(3));
  }

  @Test
  void akumulasiAboveTheWeightIsAnErrorNotACut() {
    // sub-component weight 3 (pelaporan keberadaan), four Y → 4 > 3
    LkeWorksheet.Builder b = LkeWorksheet.builder();
    for (LkeComponent c : LkeTemplate.permenPanRb88Of2021().components()) {
      for (LkeSubComponent s : c.subComponents()) {
        b.answer(c.code(), s.code(), YT, "T");
      }
    }
    b.answers("pelaporan", "keberadaan", YT, "Y", "Y", "Y", "Y");
    LkeWorksheet ws = b.build();
    assertThatThrownBy(() -> Lke.evaluate(ws, LkeOptions.defaults().withMethod(LkeMethod.ACCUMULATION)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("component pelaporan, sub-component keberadaan: sum of answers")
        .hasMessageContaining("but was 4").hasMessageContaining("weight 3");
    // the mean method takes the same worksheet: 4/5 × 3 = 2.4
    assertThat(Lke.evaluate(ws).component("pelaporan").subComponents().get(0).score()).isEqualTo(Rational.parse("2.4"));
  }

  @Test
  void severalAssessorsMeanOrOneChosen() {
    // b, criterion 1: mandiri A (1), evaluator C (0.5), penjamin mutu B (0.75); criterion 2: mandiri A, evaluator E (0), mutu blank
    LkeWorksheet ws = LkeWorksheet.builder(SMALL)
        .answer("c", "a", YT, "Y")
        .assessed("c", "b", AE, by("A", "C", "B"))
        .assessed("c", "b", AE, by("A", "E", " "))
        .build();
    // mean of assessors: criterion 1 = 2.25/3 = 0.75, criterion 2 = (1 + 0)/2 = 0.5; b = 0.625 × 60 = 37.5; a = 40; total 77.5
    LkeResult mean = Lke.evaluate(ws, LkeOptions.defaults());
    assertThat(mean.component("c").subComponents().get(1).mean()).contains(Rational.parse("0.625"));
    assertThat(mean.total()).isEqualTo(Rational.parse("77.5"));
    assertThat(mean.predikat().code()).isEqualTo("BB");
    // evaluator: 0.5 and 0 → 0.25 × 60 = 15; total 55 → CC
    LkeResult evaluator = Lke.evaluate(ws, LkeOptions.defaults().withAssessor(LkeAssessor.EVALUATOR));
    assertThat(evaluator.total()).isEqualTo(Rational.of(55));
    assertThat(evaluator.predikat().code()).isEqualTo("CC");
    // self-assessment: 1 and 1 → 60; total 100 → AA
    assertThat(Lke.evaluate(ws, LkeOptions.defaults().withAssessor(LkeAssessor.SELF_ASSESSMENT)).total()).isEqualTo(Rational.of(100));
    // quality assurer: 0.75 and unanswered; excluded → 0.75 × 60 = 45, total 85; as 0 → 0.375 × 60 = 22.5, total 62.5
    LkeOptions assurer = LkeOptions.defaults().withAssessor(LkeAssessor.QUALITY_ASSURER);
    LkeResult excluded = Lke.evaluate(ws, assurer);
    assertThat(excluded.total()).isEqualTo(Rational.of(85));
    assertThat(excluded.component("c").subComponents().get(1).unanswered()).isEqualTo(1);
    assertThat(excluded.component("c").subComponents().get(1).answered()).isEqualTo(1);
    assertThat(Lke.evaluate(ws, assurer.withUnanswered(LkeUnanswered.ZERO)).total()).isEqualTo(Rational.parse("62.5"));
    assertThatThrownBy(() -> Lke.evaluate(ws, assurer.withUnanswered(LkeUnanswered.FAIL)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("component c, sub-component b, criterion 2: answer");
    // the mean back again after a chosen assessor
    assertThat(Lke.evaluate(ws, assurer.withAssessorMean()).total()).isEqualTo(Rational.parse("77.5"));
  }

  @Test
  void unansweredCriteriaExcludedByDefaultOrCountedAsZero() {
    // a: Y, Y, unanswered; b: A
    LkeWorksheet ws = LkeWorksheet.builder(SMALL).answers("c", "a", YT, "Y", "Y").unanswered("c", "a", YT)
        .answer("c", "b", AE, "A").build();
    assertThat(ws.answers("c", "a")).extracting(LkeAnswer::answered).containsExactly(true, true, false);
    // excluded (default): a = 1 × 40; total 100
    LkeResult excluded = Lke.evaluate(ws);
    assertThat(excluded.total()).isEqualTo(Rational.of(100));
    assertThat(excluded.component("c").subComponents().get(0).unanswered()).isEqualTo(1);
    // as 0: a = 2/3 × 40 = 80/3; total 260/3 = 86.666… → 86.67, A
    LkeResult zero = Lke.evaluate(ws, LkeOptions.defaults().withUnanswered(LkeUnanswered.ZERO));
    assertThat(zero.total()).isEqualTo(Rational.of(260).divide(3));
    assertThat(zero.totalRounded()).isEqualByComparingTo("86.67");
    assertThat(zero.predikat().code()).isEqualTo("A");
    assertThatThrownBy(() -> Lke.evaluate(ws, LkeOptions.defaults().withUnanswered(LkeUnanswered.FAIL)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("component c, sub-component a, criterion 3: answer");
    assertThatThrownBy(() -> ws.answers("c", "a").get(2).value()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSubComponentWithOnlyUnansweredCriteriaIsAnErrorUnlessCountedAsZero() {
    LkeWorksheet ws = LkeWorksheet.builder(SMALL).unanswered("c", "a", YT).answer("c", "b", AE, "B").build();
    assertThatThrownBy(() -> Lke.evaluate(ws)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("component c, sub-component a: answered criteria");
    // as 0: a = 0; b = 0.75 × 60 = 45
    assertThat(Lke.evaluate(ws, LkeOptions.defaults().withUnanswered(LkeUnanswered.ZERO)).total()).isEqualTo(Rational.of(45));
  }

  @Test
  void assessedAnswersAreCheckedAndNamed() {
    LkeWorksheet.Builder b = LkeWorksheet.builder(SMALL);
    assertThatThrownBy(() -> b.assessed("c", "a", YT, by("Y", "X", "T"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("component c, sub-component a, criterion 1: answer of the evaluator").hasMessageContaining("\"X\"");
    assertThatThrownBy(() -> b.assessed("c", "a", YT, Map.of())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("criterion 1");
    LkeWorksheet ws = LkeWorksheet.builder(SMALL).assessed("c", "a", YT, by("Y", "T", "")).answer("c", "b", AE, "A").build();
    assertThat(ws.answers("c", "a")).extracting(a -> a.assessor().orElseThrow())
        .containsExactly(LkeAssessor.SELF_ASSESSMENT, LkeAssessor.EVALUATOR, LkeAssessor.QUALITY_ASSURER);
    assertThat(ws.answers("c", "a")).extracting(LkeAnswer::criterion).containsExactly(1, 1, 1);
  }
}
