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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IkmTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static List<BigDecimal> ds(String... s) {
    List<BigDecimal> list = new ArrayList<>();
    for (String x : s) {
      list.add(d(x));
    }
    return list;
  }

  /** DOMAIN §12: the nine NRR of Biro Perencanaan 2023. */
  private static final List<BigDecimal> NRR_2023 =
      ds("3.450", "3.515", "3.441", "3.416", "3.500", "3.619", "3.584", "3.906", "4.000");

  @Test
  void allFoursGiveExactlyOneHundred() {
    IkmSurvey.Builder b = IkmSurvey.builder(IkmElement.standard2017());
    for (int r = 0; r < 7; r++) {
      b.addRespondent(4, 4, 4, 4, 4, 4, 4, 4, 4);
    }
    IkmResult result = Ikm.fromResponses(b.build());
    // each NRR = 28/7 = 4; IKM = 9 × 4 × 1/9 = 4 exactly; × 25 = 100 exactly
    assertThat(result.penimbang()).isEqualTo(Rational.ONE.divide(9));
    assertThat(result.index()).isEqualTo(Rational.of(4));
    assertThat(result.konversi()).isEqualTo(Rational.HUNDRED);
    assertThat(result.konversiRounded()).isEqualByComparingTo("100.00");
    assertThat(result.konversiRounded().scale()).isEqualTo(2);
    assertThat(result.mutu().code()).isEqualTo("A");
    assertThat(result.kinerja()).isEqualTo("Sangat Baik");
  }

  @Test
  void reproducesTheNineNrrOfTheWorkedExample() {
    IkmResult result = Ikm.fromNrr(NRR_2023);
    // Σ = 32.431 (by hand); IKM = 32.431 / 9 = 3.603444…; × 25 = 810.775 / 9 = 90.086111… → 90.09
    assertThat(result.index()).isEqualTo(Rational.parse("32.431").divide(9));
    assertThat(result.indexRounded()).isEqualByComparingTo("3.603");
    assertThat(result.konversi()).isEqualTo(Rational.parse("810.775").divide(9));
    assertThat(result.konversiRounded()).isEqualByComparingTo("90.09");
    assertThat(result.mutu().code()).isEqualTo("A");
    assertThat(result.responses()).isEmpty();
    // per unsur: U1 3.450 × 25 = 86.25 (B: 76.61–88.30); U6 3.619 × 25 = 90.475 → 90.48 (A); U9 4 → 100 (A)
    assertThat(result.element("U1").konversiRounded()).isEqualByComparingTo("86.25");
    assertThat(result.element("U1").mutu().code()).isEqualTo("B");
    assertThat(result.element("U6").konversiRounded()).isEqualByComparingTo("90.48");
    assertThat(result.element("U6").mutu().code()).isEqualTo("A");
    assertThat(result.element("U9").konversi()).isEqualTo(Rational.HUNDRED);
    assertThat(result.element("U9").kinerja()).isEqualTo("Sangat Baik");
    // NRR tertimbang of U1 = 3.450 / 9 = 0.38333…
    assertThat(result.element("U1").weighted()).isEqualTo(Rational.parse("3.45").divide(9));
    assertThat(result.element("U1").answered()).isEmpty();
  }

  @Test
  void roundingTheIndexToThreeDecimalsBeforeConversionIsAnOption() {
    IkmResult result = Ikm.fromNrr(NRR_2023, IkmOptions.defaults().withIndexRoundedBeforeConversion(3));
    // 3.603444… → 3.603; × 25 = 90.075 exactly → 90.08 (the exact index gives 90.09)
    assertThat(result.indexForConversion()).isEqualTo(Rational.parse("3.603"));
    assertThat(result.konversi()).isEqualTo(Rational.parse("90.075"));
    assertThat(result.konversiRounded()).isEqualByComparingTo("90.08");
    assertThat(result.index()).isEqualTo(Rational.parse("32.431").divide(9));
  }

  @Test
  void floatTrapRoundsHalfUpExactly() {
    // 2.901 × 25 = 72.525 exactly → 72.53; doubles give 72.52. 65.00 ≤ 72.525 < 76.61 → C
    IkmResult result = Ikm.fromNrr(ds("2.901"));
    assertThat(result.konversi()).isEqualTo(Rational.parse("72.525"));
    assertThat(result.konversiRounded()).isEqualByComparingTo("72.53");
    assertThat(result.mutu().code()).isEqualTo("C");
    assertThat(result.kinerja()).isEqualTo("Kurang Baik");
  }

  @Test
  void mutuBoundaryBetweenBAndA() {
    // 3.5321 × 25 = 88.3025 < 88.31 → B; 3.5324 × 25 = 88.31 → A (lower bound inclusive)
    assertThat(Ikm.fromNrr(ds("3.5321")).mutu().code()).isEqualTo("B");
    assertThat(Ikm.fromNrr(ds("3.5324")).mutu().code()).isEqualTo("A");
    assertThat(Ikm.fromNrr(ds("3.532")).mutu().code()).isEqualTo("B");
    // the same with nine unsur: the mean of nine equal NRR is that NRR
    List<BigDecimal> nineB = Collections.nCopies(9, d("3.5321"));
    List<BigDecimal> nineA = Collections.nCopies(9, d("3.5324"));
    assertThat(Ikm.fromNrr(nineB).mutu().code()).isEqualTo("B");
    assertThat(Ikm.fromNrr(nineA).mutu().code()).isEqualTo("A");
    assertThat(Ikm.fromNrr(nineA).konversiRounded()).isEqualByComparingTo("88.31");
  }

  @Test
  void otherBoundaries() {
    // 3.0644 × 25 = 76.61 → B; 3.0643 × 25 = 76.6075 → C; 2.60 × 25 = 65 → C; 2.5999 × 25 = 64.9975 → D
    assertThat(Ikm.fromNrr(ds("3.0644")).mutu().code()).isEqualTo("B");
    assertThat(Ikm.fromNrr(ds("3.0643")).mutu().code()).isEqualTo("C");
    assertThat(Ikm.fromNrr(ds("2.60")).mutu().code()).isEqualTo("C");
    assertThat(Ikm.fromNrr(ds("2.5999")).mutu().code()).isEqualTo("D");
    assertThat(Ikm.fromNrr(ds("1")).mutu().code()).isEqualTo("D");
    assertThat(Ikm.fromNrr(ds("1")).konversiRounded()).isEqualByComparingTo("25.00");
  }

  @Test
  void classificationOnTheDisplayedValueIsAnOption() {
    // 3.5323 × 25 = 88.3075: exact → B; displayed 88.31 → A
    IkmResult exact = Ikm.fromNrr(ds("3.5323"));
    IkmResult shown = Ikm.fromNrr(ds("3.5323"), IkmOptions.defaults().withClassificationBasis(ClassificationBasis.DISPLAYED));
    assertThat(exact.konversiRounded()).isEqualByComparingTo("88.31");
    assertThat(exact.mutu().code()).isEqualTo("B");
    assertThat(shown.mutu().code()).isEqualTo("A");
  }

  @Test
  void printedPenimbangIsNonStandardAndGives99_90() {
    IkmSurvey.Builder b = IkmSurvey.builder(9);
    b.addRespondent(4, 4, 4, 4, 4, 4, 4, 4, 4).addRespondent(4, 4, 4, 4, 4, 4, 4, 4, 4);
    IkmResult result = Ikm.fromResponses(b.build(), IkmOptions.defaults().withPenimbang(PenimbangMode.PRINTED_0_111));
    // 9 × 4 × 0.111 = 3.996; × 25 = 99.90
    assertThat(result.penimbang()).isEqualTo(Rational.parse("0.111"));
    assertThat(result.index()).isEqualTo(Rational.parse("3.996"));
    assertThat(result.konversiRounded()).isEqualByComparingTo("99.90");
    assertThat(PenimbangMode.PRINTED_0_111.penimbang(14)).isEqualTo(Rational.parse("0.071"));
    // it can leave 25–100: nine unsur all 1 → 9 × 0.111 × 25 = 24.975; six all 4 → 6 × 4 × 0.167 × 25 = 100.2
    IkmOptions printed = IkmOptions.defaults().withPenimbang(PenimbangMode.PRINTED_0_111);
    IkmResult low = Ikm.fromNrr(Collections.nCopies(9, d("1")), printed);
    assertThat(low.konversi()).isEqualTo(Rational.parse("24.975"));
    assertThat(low.mutu().code()).isEqualTo("D");
    IkmResult high = Ikm.fromNrr(Collections.nCopies(6, d("4")), printed);
    assertThat(high.konversi()).isEqualTo(Rational.parse("100.2"));
    assertThat(high.mutu().code()).isEqualTo("A");
    assertThat(PenimbangMode.EXACT.penimbang(14)).isEqualTo(Rational.ONE.divide(14));
  }

  @Test
  void legacy2004TableIsASeparateChoice() {
    // NRR 3.3 × 25 = 82.5: 2004 → A (from 81.26); 2017 → B (76.61–88.30)
    IkmOptions legacy = IkmOptions.defaults().withTable(IkmTable.KEPMENPAN_25_2004);
    assertThat(Ikm.fromNrr(ds("3.3"), legacy).mutu().code()).isEqualTo("A");
    assertThat(Ikm.fromNrr(ds("3.3")).mutu().code()).isEqualTo("B");
    // NRR 2.6 × 25 = 65: 2004 → B (62.51–81.25); 2017 → C
    assertThat(Ikm.fromNrr(ds("2.6"), legacy).mutu().code()).isEqualTo("B");
    // 81.25 → B, 81.26 → A on the 2004 konversi column (NRR 3.25 and 3.2504)
    assertThat(Ikm.fromNrr(ds("3.25"), legacy).mutu().code()).isEqualTo("B");
    assertThat(Ikm.fromNrr(ds("3.2504"), legacy).mutu().code()).isEqualTo("A");
  }

  @Test
  void blanksAreExcludedNotCountedAsZero() {
    IkmSurvey survey = IkmSurvey.builder(List.of(IkmElement.of("P", "Persyaratan"), IkmElement.of("W", "Waktu")))
        .addRespondentWithBlanks(4, null)
        .addRespondent(2, 3)
        .addRespondent(List.of(Optional.empty(), Optional.of(1)))
        .addRespondentWithBlanks(null, null)
        .build();
    IkmResult result = Ikm.fromResponses(survey);
    // P: (4 + 2) / 2 = 3; W: (3 + 1) / 2 = 2 (with blanks as 0 they would be 6/4 and 4/4)
    assertThat(result.element("P").nrr()).isEqualTo(Rational.of(3));
    assertThat(result.element("W").nrr()).isEqualTo(Rational.of(2));
    assertThat(result.element("P").answered()).hasValue(2);
    assertThat(result.element("P").blanks()).hasValue(2);
    // IKM = (3 + 2) / 2 = 2.5; × 25 = 62.5 → D
    assertThat(result.index()).isEqualTo(Rational.parse("2.5"));
    assertThat(result.konversiRounded()).isEqualByComparingTo("62.50");
    assertThat(result.mutu().code()).isEqualTo("D");
    IkmResponseStats stats = result.responses().orElseThrow();
    // 4 rows, 3 with an answer, 1 complete, 4 of 8 cells filled
    assertThat(stats.respondents()).isEqualTo(4);
    assertThat(stats.respondentsWithAnswers()).isEqualTo(3);
    assertThat(stats.completeRespondents()).isEqualTo(1);
    assertThat(stats.answeredCells()).isEqualTo(4);
    assertThat(stats.blankCells()).isEqualTo(4);
    assertThat(stats.cells()).isEqualTo(8);
    assertThat(stats.responseRate()).isEqualTo(Rational.parse("0.5"));
    assertThat(stats.responseRatePercent(io.github.lakin.core.RoundingPolicy.defaults())).isEqualByComparingTo("50.00");
  }

  @Test
  void handComputedSurveyWithThreeUnsur() {
    IkmSurvey survey = IkmSurvey.builder(3)
        .addRespondent(4, 3, 2)
        .addRespondent(3, 3, 4)
        .addRespondent(4, 2, 3)
        .addRespondentWithBlanks(3, null, 3)
        .build();
    IkmResult result = Ikm.fromResponses(survey);
    // U1 = 14/4 = 3.5; U2 = 8/3 = 2.666…; U3 = 12/4 = 3
    assertThat(result.element("U1").nrr()).isEqualTo(Rational.parse("3.5"));
    assertThat(result.element("U2").nrr()).isEqualTo(Rational.parse("8/3"));
    assertThat(result.element("U2").nrrRounded()).isEqualByComparingTo("2.667");
    assertThat(result.element("U3").nrr()).isEqualTo(Rational.of(3));
    // IKM = (3.5 + 8/3 + 3) / 3 = (21/6 + 16/6 + 18/6) / 3 = 55/18 = 3.0555…; × 25 = 1375/18 = 76.3888… → 76.39 → C
    assertThat(result.penimbang()).isEqualTo(Rational.ONE.divide(3));
    assertThat(result.index()).isEqualTo(Rational.parse("55/18"));
    assertThat(result.konversiRounded()).isEqualByComparingTo("76.39");
    assertThat(result.mutu().code()).isEqualTo("C");
    assertThat(result.responses().orElseThrow().responseRate()).isEqualTo(Rational.parse("11/12"));
  }

  @Test
  void surveyKeepsItsRows() {
    IkmSurvey survey = IkmSurvey.builder(2).addRespondentWithBlanks(4, null).addRespondent(1, 2).build();
    assertThat(survey.answer(1, 1)).contains(4);
    assertThat(survey.answer(1, 2)).isEmpty();
    assertThat(survey.answer(2, 2)).contains(2);
    assertThat(survey.rows()).containsExactly(List.of(Optional.of(4), Optional.empty()), List.of(Optional.of(1), Optional.of(2)));
    assertThat(survey.respondentCount()).isEqualTo(2);
    assertThat(survey.elementCount()).isEqualTo(2);
  }

  @Test
  void scoreOutsideOneToFourNamesRespondentUnsurAndValue() {
    IkmSurvey.Builder b = IkmSurvey.builder(IkmElement.standard2017());
    for (int r = 0; r < 6; r++) {
      b.addRespondent(4, 4, 4, 4, 4, 4, 4, 4, 4);
    }
    assertThatThrownBy(() -> b.addRespondent(4, 4, 5, 4, 4, 4, 4, 4, 4))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("respondent 7, unsur U3: score must be between 1 and 4, but was 5");
    assertThatThrownBy(() -> b.addRespondentWithBlanks(4, 4, 4, 4, 4, 4, 4, 4, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("respondent 7, unsur U9: score must be between 1 and 4, but was 0");
    assertThatThrownBy(() -> b.addRespondent(List.of(Optional.of(-1), Optional.of(4), Optional.of(4), Optional.of(4),
        Optional.of(4), Optional.of(4), Optional.of(4), Optional.of(4), Optional.of(4))))
        .hasMessage("respondent 7, unsur U1: score must be between 1 and 4, but was -1");
  }

  @Test
  void rowOfTheWrongLengthNamesTheRespondent() {
    IkmSurvey.Builder b = IkmSurvey.builder(9).addRespondent(4, 4, 4, 4, 4, 4, 4, 4, 4);
    assertThatThrownBy(() -> b.addRespondent(4, 4, 4, 4, 4, 4, 4, 4))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("respondent 2: number of answers must equal the number of unsur (9), but was 8");
  }

  @Test
  void emptySurveyIsRefused() {
    assertThatThrownBy(() -> IkmSurvey.builder(9).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("survey: respondents must be at least 1, but was 0");
    assertThatThrownBy(() -> IkmSurvey.builder(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("unsur count must be at least 1, but was 0");
    assertThatThrownBy(() -> Ikm.fromNrr(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("NRR values: count must be at least 1, but was 0");
  }

  @Test
  void unsurWithoutAnyAnswerIsRefused() {
    assertThatThrownBy(() -> IkmSurvey.builder(3).addRespondentWithBlanks(4, null, 3).addRespondentWithBlanks(2, null, 1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("unsur U2: filled answers must be at least 1")
        .hasMessageEndingWith("but was 0");
  }

  @Test
  void nrrOutsideOneToFourNamesTheUnsur() {
    assertThatThrownBy(() -> Ikm.fromNrr(ds("3.5", "4.5")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("unsur U2: NRR must be between 1 and 4, but was 4.5");
    assertThatThrownBy(() -> Ikm.fromNrr(ds("0.9")))
        .hasMessage("unsur U1: NRR must be between 1 and 4, but was 0.9");
  }

  @Test
  void unsurCodesMustBeUnique() {
    assertThatThrownBy(() -> IkmSurvey.builder(List.of(IkmElement.of("U1", "a"), IkmElement.of("U1", "b"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("unsur code must be unique, but was \"U1\"");
  }

  @Test
  void variableNumberOfUnsur() {
    // five unsur: penimbang 1/5; NRR 4, 3, 3, 2, 4 → 16/5 = 3.2 → 80.00 → B
    IkmResult result = Ikm.fromNrr(ds("4", "3", "3", "2", "4"));
    assertThat(result.penimbang()).isEqualTo(Rational.parse("0.2"));
    assertThat(result.konversiRounded()).isEqualByComparingTo("80.00");
    assertThat(result.mutu().code()).isEqualTo("B");
    assertThat(result.elements()).hasSize(5);
  }

  @Test
  void standardUnsurAreNine() {
    assertThat(IkmElement.standard2017()).hasSize(9);
    assertThat(IkmElement.standard2017().get(2).code()).isEqualTo("U3");
    assertThat(IkmElement.standard2017().get(2).name()).isEqualTo("Waktu Penyelesaian");
  }
}
