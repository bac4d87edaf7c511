/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LkeTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static final AnswerScale YT = AnswerScale.yesNo();
  private static final AnswerScale AE = AnswerScale.aToE();
  private static final AnswerScale AD = AnswerScale.aToD();

  /**
   * A worksheet computed by hand (PermenPANRB 88/2021 weights; sub-component points = component
   * weight × 20/30/50%):
   *
   * <pre>
   * perencanaan 30: keberadaan 6   Y Y Y T        mean 3/4            → 4.5
   *                 kualitas 9     A B C (A–E)    mean 2.25/3 = 0.75  → 6.75
   *                 pemanfaatan 15 A B (A–D)      mean 1.66/2 = 0.83  → 12.45   component 23.70
   * pengukuran 30:  keberadaan 6   Y Y            mean 1              → 6
   *                 kualitas 9     B B C D (A–E)  mean 2.25/4 = 0.5625 → 5.0625
   *                 pemanfaatan 15 C C B (A–D)    mean 1.32/3 = 0.44  → 6.6     component 17.6625
   * pelaporan 15:   keberadaan 3   Y              mean 1              → 3
   *                 kualitas 4.5   A B (A–E)      mean 0.875          → 3.9375
   *                 pemanfaatan 7.5 B (A–E)       mean 0.75           → 5.625   component 12.5625
   * evaluasi 25:    keberadaan 5   Y T T          mean 1/3            → 5/3
   *                 kualitas 7.5   C (A–E)        mean 0.5            → 3.75
   *                 pemanfaatan 12.5 D (A–E), B (A–D) mean 0.91/2 = 0.455 → 5.6875 component 11.104166…
   * total = 23.70 + 17.6625 + 12.5625 + 11.104166… = 65.029166… = 15607/240 → 65.03 → B (&gt; 60 – 70)
   * </pre>
   */
  private static LkeWorksheet handWorksheet() {
    return LkeWorksheet.builder()
        .answers("perencanaan", "keberadaan", YT, "Y", "Y", "Y", "T")
        .answers("perencanaan", "kualitas", AE, "A", "B", "C")
        .answers("perencanaan", "pemanfaatan", AD, "A", "B")
        .answers("pengukuran", "keberadaan", YT, "Y", "Y")
        .answers("pengukuran", "kualitas", AE, "B", "B", "C", "D")
        .answers("pengukuran", "pemanfaatan", AD, "C", "C", "B")
        .answers("pelaporan", "keberadaan", YT, "Y")
        .answers("pelaporan", "kualitas", AE, "A", "B")
        .answers("pelaporan", "pemanfaatan", AE, "B")
        .answers("evaluasi", "keberadaan", YT, "Y", "T", "t")
        .answers("evaluasi", "kualitas", AE, "C")
        .answer("evaluasi", "pemanfaatan", AE, "D")
        .answer("evaluasi", "pemanfaatan", AD, "B")
        .build();
  }

  @Test
  void scoresAHandComputedWorksheet() {
    LkeResult r = Lke.evaluate(handWorksheet());
    LkeComponentScore perencanaan = r.component("perencanaan");
    assertThat(perencanaan.subComponents()).extracting(LkeSubComponentScore::weight)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(d("6"), d("9"), d("15"));
    assertThat(perencanaan.subComponents().get(0).score()).isEqualTo(Rational.parse("4.5"));
    assertThat(perencanaan.subComponents().get(1).mean()).contains(Rational.parse("0.75"));
    assertThat(perencanaan.subComponents().get(1).score()).isEqualTo(Rational.parse("6.75"));
    assertThat(perencanaan.subComponents().get(2).mean()).contains(Rational.parse("0.83"));
    assertThat(perencanaan.subComponents().get(2).score()).isEqualTo(Rational.parse("12.45"));
    assertThat(perencanaan.score()).isEqualTo(Rational.parse("23.7"));
    assertThat(r.component("pengukuran").score()).isEqualTo(Rational.parse("17.6625"));
    assertThat(r.component("pengukuran").scoreRounded()).isEqualByComparingTo("17.66");
    assertThat(r.component("pengukuran").subComponents().get(2).score()).isEqualTo(Rational.parse("6.6"));
    assertThat(r.component("pelaporan").score()).isEqualTo(Rational.parse("12.5625"));
    assertThat(r.component("evaluasi").subComponents().get(0).score()).isEqualTo(Rational.parse("5/3"));
    assertThat(r.component("evaluasi").subComponents().get(2).score()).isEqualTo(Rational.parse("5.6875"));
    assertThat(r.component("evaluasi").scoreRounded()).isEqualByComparingTo("11.10");
    assertThat(r.total()).isEqualTo(Rational.parse("15607/240"));
    assertThat(r.totalRounded()).isEqualByComparingTo("65.03");
    assertThat(r.predikat().code()).isEqualTo("B");
    assertThat(r.predikat().label()).isEqualTo("Baik");
  }

  @Test
  void totalAndPredikatFromComponentScores() {
    // DOMAIN §12: 22.97 + 19.11 + 11.05 + 16.18 = 69.31 → B
    LkeResult r = Lke.fromComponentScores(d("22.97"), d("19.11"), d("11.05"), d("16.18"));
    assertThat(r.total()).isEqualTo(Rational.parse("69.31"));
    assertThat(r.totalRounded()).isEqualByComparingTo("69.31");
    assertThat(r.predikat().code()).isEqualTo("B");
    assertThat(r.component("pelaporan").scoreRounded()).isEqualByComparingTo("11.05");
    assertThat(r.component("pelaporan").subComponents()).isEmpty();
  }

  @Test
  void predikatLowerBoundsAreOpen() {
    // 30 + 30 + 15 + 15 = 90 → A; 90.01 → AA; 80 → BB; 80.01 → A; 30 → D
    assertThat(Lke.fromComponentScores(d("30"), d("30"), d("15"), d("15")).predikat().code()).isEqualTo("A");
    assertThat(Lke.fromComponentScores(d("30"), d("30"), d("15"), d("15.01")).predikat().code()).isEqualTo("AA");
    assertThat(Lke.fromComponentScores(d("30"), d("30"), d("10"), d("10")).predikat().code()).isEqualTo("BB");
    assertThat(Lke.fromComponentScores(d("30"), d("30"), d("10"), d("10.01")).predikat().code()).isEqualTo("A");
    assertThat(Lke.fromComponentScores(d("10"), d("10"), d("5"), d("5")).predikat().code()).isEqualTo("D");
    assertThat(Lke.fromComponentScores(d("0"), d("0"), d("0"), d("0")).predikat().code()).isEqualTo("D");
    assertThat(Lke.fromComponentScores(d("30"), d("30"), d("15"), d("25")).predikat().code()).isEqualTo("AA");
  }

  @Test
  void predikatOnTheDisplayedTotalIsAnOption() {
    // 90.004: exact → AA (> 90); displayed 90.00 → A
    List<BigDecimal> scores = List.of(d("30"), d("30"), d("15"), d("15.004"));
    LkeTemplate t = LkeTemplate.permenPanRb88Of2021();
    assertThat(Lke.fromComponentScores(t, scores, RoundingPolicy.defaults(), ClassificationBasis.EXACT).predikat().code())
        .isEqualTo("AA");
    assertThat(Lke.fromComponentScores(t, scores, RoundingPolicy.defaults(), ClassificationBasis.DISPLAYED).predikat().code())
        .isEqualTo("A");
  }

  @Test
  void componentScoreOutOfRangeNamesTheComponent() {
    assertThatThrownBy(() -> Lke.fromComponentScores(d("22.97"), d("19.11"), d("16"), d("16.18")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("component pelaporan: score must be between 0 and 15, but was 16");
    assertThatThrownBy(() -> Lke.fromComponentScores(d("-1"), d("19.11"), d("11"), d("16.18")))
        .hasMessage("component perencanaan: score must be between 0 and 30, but was -1");
    assertThatThrownBy(() -> Lke.fromComponentScores(d("22.97"), d("19.11"), d("11.05")))
        .hasMessage("component scores: count must equal the number of components (4), but was 3");
  }

  @Test
  void the88of2021TemplateHasItsWeights() {
    LkeTemplate t = LkeTemplate.permenPanRb88Of2021();
    assertThat(t.components()).extracting(LkeComponent::code)
        .containsExactly("perencanaan", "pengukuran", "pelaporan", "evaluasi");
    assertThat(t.components()).extracting(LkeComponent::weight)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(d("30"), d("30"), d("15"), d("25"));
    LkeComponent evaluasi = t.component("evaluasi");
    // 25 × 20% = 5, 25 × 30% = 7.5, 25 × 50% = 12.5
    assertThat(evaluasi.subComponents()).extracting(evaluasi::weightOf)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(d("5"), d("7.5"), d("12.5"));
  }

  @Test
  void templateWeightsAreValidated() {
    List<LkeSubComponent> std = LkeSubComponent.standard();
    assertThatThrownBy(() -> LkeTemplate.of(List.of(
        LkeComponent.of("a", "A", d("50"), std), LkeComponent.of("b", "B", d("45"), std))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("LKE component weights sum must be exactly 100, but was 95");
    assertThatThrownBy(() -> LkeComponent.of("a", "A", d("-5"), std))
        .hasMessage("component a: weight must be >= 0, but was -5");
    assertThatThrownBy(() -> LkeComponent.of("a", "A", d("50"), List.of(
        LkeSubComponent.of("x", "X", d("40")), LkeSubComponent.of("y", "Y", d("50")))))
        .hasMessage("component a: sub-component shares sum must be exactly 100, but was 90");
    assertThatThrownBy(() -> LkeComponent.of("a", "A", d("50"), List.of(
        LkeSubComponent.of("x", "X", d("0")), LkeSubComponent.of("y", "Y", d("0")))))
        .hasMessage("component a: sub-component shares must not all be zero (their sum must be > 0), but was 0");
    assertThatThrownBy(() -> LkeSubComponent.of("x", "X", d("120")))
        .hasMessage("sub-component x: share must be between 0 and 100, but was 120");
    assertThatThrownBy(() -> LkeTemplate.of(List.of(
        LkeComponent.of("a", "A", d("50"), std), LkeComponent.of("a", "A2", d("50"), std))))
        .hasMessage("LKE component code must be unique, but was \"a\"");
  }

  @Test
  void customTemplate() {
    // older structure: two components 60 / 40, one sub-component each
    LkeTemplate t = LkeTemplate.of(List.of(
        LkeComponent.of("a", "A", d("60"), List.of(LkeSubComponent.of("s", "S", d("100")))),
        LkeComponent.of("b", "B", d("40"), List.of(LkeSubComponent.of("s", "S", d("100"))))));
    LkeWorksheet ws = LkeWorksheet.builder(t).answers("a", "s", AE, "A", "C").answers("b", "s", YT, "T").build();
    // a: 0.75 × 60 = 45; b: 0 × 40 = 0; total 45 → C (> 30 – 50)
    LkeResult r = Lke.evaluate(ws);
    assertThat(r.total()).isEqualTo(Rational.of(45));
    assertThat(r.predikat().code()).isEqualTo("C");
  }

  @Test
  void answerNotOnTheScaleNamesComponentSubComponentAndCriterion() {
    assertThatThrownBy(() -> LkeWorksheet.builder().answers("perencanaan", "kualitas", AE, "A", "F"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("component perencanaan, sub-component kualitas, criterion 2: answer must be one of A, B, C, D, E"
            + " (scale A-E), but was \"F\"");
    assertThatThrownBy(() -> LkeWorksheet.builder().answer("perencanaan", "keberadaan", YT, "Ya"))
        .hasMessage("component perencanaan, sub-component keberadaan, criterion 1: answer must be one of Y, T"
            + " (scale Y/T), but was \"Ya\"");
  }

  @Test
  void unknownCodesAreRefused() {
    assertThatThrownBy(() -> LkeWorksheet.builder().answer("capaian", "kualitas", AE, "A"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("component must be one of perencanaan, pengukuran, pelaporan, evaluasi, but was \"capaian\"");
    assertThatThrownBy(() -> LkeWorksheet.builder().answer("pelaporan", "mutu", AE, "A"))
        .hasMessage("component pelaporan: sub-component must be one of keberadaan, kualitas, pemanfaatan, but was \"mutu\"");
  }

  @Test
  void everyWeightedSubComponentNeedsAnAnswer() {
    assertThatThrownBy(() -> LkeWorksheet.builder().answer("perencanaan", "keberadaan", YT, "Y").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("component perencanaan, sub-component kualitas: answers must be at least 1");
  }

  @Test
  void answerScalesAreData() {
    assertThat(AD.value("B")).isEqualByComparingTo("0.66");
    assertThat(AD.value("c")).isEqualByComparingTo("0.33");
    assertThat(AE.value(" b ")).isEqualByComparingTo("0.75");
    assertThat(YT.value("y")).isEqualByComparingTo("1");
    assertThat(AE.codes()).containsExactly("A", "B", "C", "D", "E");
    Map<String, BigDecimal> abc = new LinkedHashMap<>();
    abc.put("A", d("1"));
    abc.put("B", d("0.5"));
    abc.put("C", d("0"));
    AnswerScale custom = AnswerScale.of("A-C", abc);
    assertThat(custom.value("B")).isEqualByComparingTo("0.5");
    assertThat(custom.accepts("D")).isFalse();
    assertThatThrownBy(() -> custom.value("D"))
        .hasMessage("answer must be one of A, B, C, but was \"D\"");
    Map<String, BigDecimal> bad = new LinkedHashMap<>();
    bad.put("X", d("1.5"));
    assertThatThrownBy(() -> AnswerScale.of("bad", bad))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("answer scale bad, answer X: value must be between 0 and 1, but was 1.5");
    Map<String, BigDecimal> dup = new LinkedHashMap<>();
    dup.put("a", d("1"));
    dup.put("A", d("0"));
    assertThatThrownBy(() -> AnswerScale.of("dup", dup))
        .hasMessage("answer scale dup: code must be unique ignoring case, but was \"A\"");
  }

  @Test
  void worksheetKeepsItsAnswers() {
    LkeWorksheet ws = handWorksheet();
    List<LkeAnswer> answers = ws.answers("evaluasi", "pemanfaatan");
    assertThat(answers).extracting(LkeAnswer::answer).containsExactly("D", "B");
    assertThat(answers).extracting(LkeAnswer::criterion).containsExactly(1, 2);
    assertThat(answers.get(1).scale()).isEqualTo(AD);
    assertThat(answers.get(1).value()).isEqualByComparingTo("0.66");
  }
}
