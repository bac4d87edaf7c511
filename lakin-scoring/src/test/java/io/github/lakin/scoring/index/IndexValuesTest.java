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
import io.github.lakin.scoring.band.StockTables;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The value types of the composite indices: accessors, equality (equal values, and each field
 * that makes two values differ), hash codes that agree with equality, and the documented
 * descriptions. Expected texts are written from the documented formats with hand-computed
 * figures.
 */
class IndexValuesTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Map<String, BigDecimal> scale(String... codeValue) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < codeValue.length; i += 2) {
      m.put(codeValue[i], d(codeValue[i + 1]));
    }
    return m;
  }

  /** Equal to {@code same}, with the same hash code; different from each of {@code others}. */
  private static void assertValue(Object value, Object same, Object... others) {
    Object sameReference = value; // equals is reflexive (an alias, so Error Prone's SelfAssertion does not fire)
    assertThat(value).isEqualTo(sameReference).isEqualTo(same).isNotEqualTo("text").isNotEqualTo(null);
    assertThat(value.hashCode()).isEqualTo(same.hashCode());
    for (Object other : others) {
      assertThat(value).as("differs from %s", other).isNotEqualTo(other);
      assertThat(other).isNotEqualTo(value);
    }
  }

  // ---- AnswerScale ----

  @Test
  void answerScalesAsPrinted() {
    assertThat(AnswerScale.yesNo().name()).isEqualTo("Y/T");
    assertThat(AnswerScale.yesNo().codes()).containsExactly("Y", "T");
    assertThat(AnswerScale.yesNo().values()).containsExactly(Map.entry("Y", d("1")), Map.entry("T", d("0")));
    assertThat(AnswerScale.yesNo()).hasToString("Y/T{Y=1, T=0}");
    assertThat(AnswerScale.aToD()).hasToString("A-D{A=1, B=0.66, C=0.33, D=0}");
    assertThat(AnswerScale.aToE()).hasToString("A-E{A=1, B=0.75, C=0.5, D=0.25, E=0}");
    assertThat(AnswerScale.aToD().value("c")).isEqualByComparingTo("0.33");
    assertThat(AnswerScale.aToE().accepts(" b ")).isTrue();
    assertThat(AnswerScale.aToE().accepts("F")).isFalse();
    assertThat(AnswerScale.yesNo().accepts("t")).isTrue();
  }

  @Test
  void answerScaleEquality() {
    AnswerScale yt = AnswerScale.of("Y/T", scale("Y", "1.0", "T", "0"));
    assertValue(AnswerScale.yesNo(), yt,
        AnswerScale.of("YT", scale("Y", "1", "T", "0")),
        AnswerScale.of("Y/T", scale("T", "0", "Y", "1")),
        AnswerScale.of("Y/T", scale("Y", "1", "T", "0.5")),
        AnswerScale.of("Y/T", scale("Y", "1", "N", "0")),
        AnswerScale.aToE());
    assertThat(AnswerScale.of("Y/T", scale(" y ", "1", "T", "0"))).hasToString("Y/T{y=1, T=0}");
    assertThat(AnswerScale.yesNo().hashCode()).isNotEqualTo(AnswerScale.aToE().hashCode());
  }

  // ---- SampleSize ----

  /**
   * Krejcie–Morgan for N = 100: χ²P(1−P) = 3.841 × 0.25 = 0.96025, s = 0.96025 × 100 / (0.05² ×
   * 99 + 0.96025) = 96.025 / 1.20775 = 79.507…, so 80 respondents (the table's 80).
   */
  @Test
  void sampleSizeForOneHundred() {
    SampleSize s = SampleSize.krejcieMorgan(100);
    assertThat(s.population()).isEqualTo(100);
    assertThat(s.chiSquare()).isEqualByComparingTo("3.841");
    assertThat(s.proportion()).isEqualByComparingTo("0.5");
    assertThat(s.margin()).isEqualByComparingTo("0.05");
    assertThat(s.exact()).isEqualTo(Rational.ratio(d("96.025"), d("1.20775")));
    assertThat(s.respondents()).isEqualTo(80);
    assertThat(s.tableValue()).isEqualTo(80);
    assertThat(s).hasToString("SampleSize{N=100, s=79.51, respondents=80}");
  }

  @Test
  void sampleSizeEquality() {
    SampleSize s = SampleSize.krejcieMorgan(100);
    assertValue(s, SampleSize.krejcieMorgan(100, d("3.8410"), d("0.50"), d("0.050")),
        SampleSize.krejcieMorgan(101),
        SampleSize.krejcieMorgan(100, d("3.84"), d("0.5"), d("0.05")),
        SampleSize.krejcieMorgan(100, d("3.841"), d("0.4"), d("0.05")),
        SampleSize.krejcieMorgan(100, d("3.841"), d("0.5"), d("0.1")));
    assertThat(s.hashCode()).isNotEqualTo(SampleSize.krejcieMorgan(101).hashCode());
  }

  @Test
  void sampleSizeParametersAtTheirBounds() {
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(100, d("0"), d("0.5"), d("0.05")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("chiSquare must be > 0");
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(100, d("3.841"), d("1"), d("0.05")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("proportion must be strictly between");
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(100, d("3.841"), d("0"), d("0.05")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("proportion must be strictly between");
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(100, d("3.841"), d("0.5"), d("1")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("margin must be strictly between");
    assertThatThrownBy(() -> SampleSize.krejcieMorgan(100, d("3.841"), d("0.5"), d("0")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("margin must be strictly between");
    // N = 1: s = 0.96025 / (0 + 0.96025) = 1
    assertThat(SampleSize.krejcieMorgan(1).respondents()).isEqualTo(1);
  }

  // ---- IkmOptions, IkmTable ----

  @Test
  void ikmOptionsDefaultsAndWithers() {
    IkmOptions o = IkmOptions.defaults();
    assertThat(o).hasToString("IkmOptions{penimbang=EXACT, indexRounding=null, table=PERMENPANRB_14_2017, "
        + "nrrRounding=RoundingPolicy{scale=3, mode=HALF_UP}, rounding=RoundingPolicy{scale=2, mode=HALF_UP}, "
        + "basis=EXACT}");
    IkmOptions rounded = o.withIndexRoundedBeforeConversion(2);
    assertThat(rounded.indexRounding()).contains(RoundingPolicy.halfUp(2));
    assertThat(rounded.withExactIndex().indexRounding()).isEmpty();
    assertThat(rounded.withExactIndex()).isEqualTo(o);
    assertThat(o.withNrrRounding(RoundingPolicy.halfUp(2)).nrrRounding()).isEqualTo(RoundingPolicy.halfUp(2));
    assertThat(o.withRounding(RoundingPolicy.halfUp(3)).rounding()).isEqualTo(RoundingPolicy.halfUp(3));
    assertValue(o, IkmOptions.defaults().withPenimbang(PenimbangMode.EXACT),
        o.withPenimbang(PenimbangMode.PRINTED_0_111),
        rounded,
        o.withTable(IkmTable.KEPMENPAN_25_2004),
        o.withNrrRounding(RoundingPolicy.halfUp(2)),
        o.withRounding(RoundingPolicy.halfUp(3)),
        o.withClassificationBasis(ClassificationBasis.DISPLAYED));
    assertThat(o.hashCode()).isNotEqualTo(rounded.hashCode());
  }

  @Test
  void ikmTablesPickTheirNrrTables() {
    assertThat(IkmTable.PERMENPANRB_14_2017.nrrTable()).isEqualTo(StockTables.ikmNrr());
    assertThat(IkmTable.KEPMENPAN_25_2004.nrrTable()).isEqualTo(StockTables.ikmLegacy2004Nrr());
  }

  // ---- IkmElement, IkmSurvey ----

  @Test
  void ikmElements() {
    IkmElement u1 = IkmElement.of(" U1 ", " Persyaratan ");
    assertValue(u1, IkmElement.standard2017().get(0), IkmElement.of("U1", "Syarat"), IkmElement.of("U2", "Persyaratan"));
    assertThat(u1).hasToString("U1 Persyaratan");
    assertThat(IkmElement.of("X", "")).hasToString("X");
    assertThat(u1.hashCode()).isNotEqualTo(IkmElement.of("U2", "Persyaratan").hashCode());
  }

  @Test
  void ikmSurveys() {
    IkmSurvey s = IkmSurvey.builder(2).addRespondent(4, 3).addRespondentWithBlanks(null, 2).build();
    assertThat(s).hasToString("IkmSurvey{unsur=2, respondents=2}");
    assertThat(s.answer(2, 1)).isEmpty();
    assertThat(s.answer(2, 2)).contains(2);
    IkmSurvey same = IkmSurvey.builder(2).addRespondent(4, 3)
        .addRespondent(List.of(Optional.empty(), Optional.of(2))).build();
    assertValue(s, same,
        IkmSurvey.builder(2).addRespondent(4, 3).addRespondent(1, 2).build(),
        IkmSurvey.builder(List.of(IkmElement.of("A", "a"), IkmElement.of("B", "b")))
            .addRespondent(4, 3).addRespondentWithBlanks(null, 2).build());
    assertThat(s.hashCode()).isNotEqualTo(IkmSurvey.builder(2).addRespondent(4, 3).build().hashCode());
  }

  @Test
  void ikmRespondentsOfTheWrongLengthAreRefusedAtOnce() {
    assertThatThrownBy(() -> IkmSurvey.builder(2).addRespondentWithBlanks(4, null, 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("respondent 1: number of answers must equal the number of unsur (2)");
    assertThatThrownBy(() -> IkmSurvey.builder(2).addRespondent(List.of(Optional.of(4))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("respondent 1: number of answers must equal the number of unsur (2)");
  }

  // ---- WeightedComponent, WeightedIndex ----

  @Test
  void weightedComponents() {
    WeightedComponent c = WeightedComponent.of(" Kualifikasi ", d("20"), d("25"), d("0.25"));
    assertThat(c.name()).isEqualTo("Kualifikasi");
    assertThat(c.value()).isEqualByComparingTo("20");
    assertThat(c.max()).isEqualByComparingTo("25");
    assertThat(c.ratio()).isEqualTo(Rational.parse("0.8"));
    assertThat(c).hasToString("Kualifikasi 20/25 ×0.25");
    assertValue(c, WeightedComponent.of("Kualifikasi", d("20.0"), d("25.00"), d("0.250")),
        WeightedComponent.of("Kompetensi", d("20"), d("25"), d("0.25")),
        WeightedComponent.of("Kualifikasi", d("21"), d("25"), d("0.25")),
        WeightedComponent.of("Kualifikasi", d("20"), d("40"), d("0.25")),
        c.withWeight(d("0.4")));
    assertThat(c.hashCode()).isNotEqualTo(WeightedComponent.of("Kompetensi", d("20"), d("25"), d("0.25")).hashCode());
  }

  /** (20/25 × 1 + 30/40 × 3) / 4 × 100 = (0.8 + 2.25) / 4 × 100 = 76.25. */
  @Test
  void weightedIndexAccessorsAndDescription() {
    WeightedComponent a = WeightedComponent.of("a", d("20"), d("25"), d("1"));
    WeightedComponent b = WeightedComponent.of("b", d("30"), d("40"), d("3"));
    WeightedIndex w = WeightedIndex.of(a, b);
    assertThat(w.components()).containsExactly(a, b);
    assertThat(w.scale()).isEqualByComparingTo("100");
    assertThat(w.value()).isEqualTo(Rational.parse("76.25"));
    assertThat(w.rounding()).isEqualTo(RoundingPolicy.defaults());
    assertThat(w.classificationBasis()).isEqualTo(ClassificationBasis.EXACT);
    assertThat(w).hasToString("WeightedIndex 76.25 [a 20/25 ×1, b 30/40 ×3]");
    WeightedIndex one = w.withRounding(RoundingPolicy.halfUp(1));
    assertThat(one.rounding()).isEqualTo(RoundingPolicy.halfUp(1));
    assertThat(one.rounded()).isEqualByComparingTo("76.3");
    assertThat(w.withClassificationBasis(ClassificationBasis.DISPLAYED).classificationBasis())
        .isEqualTo(ClassificationBasis.DISPLAYED);
    assertThatThrownBy(() -> WeightedIndex.of(a, WeightedComponent.of("b", d("1"), d("2"), d("-1"))))
        .isInstanceOf(InvalidValueException.class);
  }

  // ---- LKE ----

  /** Every sub-component of the standard template answered {@code y}, perencanaan/keberadaan as given. */
  private static LkeWorksheet worksheet(AnswerScale scale, String... first) {
    LkeWorksheet.Builder b = LkeWorksheet.builder();
    for (LkeComponent c : LkeTemplate.permenPanRb88Of2021().components()) {
      for (LkeSubComponent s : c.subComponents()) {
        if (c.code().equals("perencanaan") && s.code().equals("keberadaan")) {
          b.answers(c.code(), s.code(), scale, first);
        } else {
          b.answer(c.code(), s.code(), AnswerScale.yesNo(), " y ");
        }
      }
    }
    return b.build();
  }

  private static LkeWorksheet allYes() {
    return worksheet(AnswerScale.yesNo(), " y ");
  }

  @Test
  void lkeAnswersAndWorksheets() {
    LkeWorksheet w = allYes();
    LkeAnswer a = w.answers("perencanaan", "keberadaan").get(0);
    assertThat(a.criterion()).isEqualTo(1);
    assertThat(a.scale()).isEqualTo(AnswerScale.yesNo());
    assertThat(a.answer()).isEqualTo("y");
    assertThat(a.value()).isEqualByComparingTo("1");
    assertThat(a).hasToString("1:y=1");
    LkeWorksheet other = worksheet(AnswerScale.yesNo(), "y", "T");
    LkeAnswer t = other.answers("perencanaan", "keberadaan").get(1);
    assertThat(t).hasToString("2:T=0");
    assertValue(a, other.answers("perencanaan", "keberadaan").get(0), t,
        worksheet(AnswerScale.yesNo(), "Y").answers("perencanaan", "keberadaan").get(0),
        worksheet(AnswerScale.of("y/t", scale("y", "1", "t", "0")), "y").answers("perencanaan", "keberadaan").get(0),
        worksheet(AnswerScale.of("Y/T", scale("y", "0.5", "t", "0")), "y").answers("perencanaan", "keberadaan").get(0));
    assertValue(w, allYes(), other, worksheet(AnswerScale.aToE(), "A"));
    assertThat(w.template()).isEqualTo(LkeTemplate.permenPanRb88Of2021());
    assertThat(w.toString()).startsWith("LkeWorksheet[[[1:y=1], [1:y=1], [1:y=1]], [[1:y=1]");
    assertThat(w.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(a.hashCode()).isNotEqualTo(t.hashCode());
  }

  /** A sub-component worth 0 points needs no answer; one worth more does. */
  @Test
  void onlySubComponentsWithPointsNeedAnswers() {
    LkeTemplate t = LkeTemplate.of(List.of(LkeComponent.standard("a", "A", d("100")),
        LkeComponent.standard("b", "B", d("0"))));
    LkeWorksheet w = LkeWorksheet.builder(t)
        .answer("a", "keberadaan", AnswerScale.yesNo(), "Y")
        .answer("a", "kualitas", AnswerScale.yesNo(), "Y")
        .answer("a", "pemanfaatan", AnswerScale.yesNo(), "T")
        .build();
    assertThat(w.answers("b", "kualitas")).isEmpty();
    // a: 20 + 30 + 0 = 50 points
    assertThat(Lke.evaluate(w).total()).isEqualTo(Rational.of(50));
    assertThatThrownBy(() -> LkeWorksheet.builder(t).answer("a", "keberadaan", AnswerScale.yesNo(), "Y").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("component a, sub-component kualitas: answers must be at least 1");
  }

  @Test
  void lkeTemplatesComponentsAndSubComponents() {
    LkeTemplate std = LkeTemplate.permenPanRb88Of2021();
    LkeSubComponent keberadaan = LkeSubComponent.standard().get(0);
    assertThat(keberadaan.name()).isEqualTo("Keberadaan");
    assertThat(keberadaan).hasToString("keberadaan 20%");
    assertValue(keberadaan, LkeSubComponent.of(" keberadaan ", " Keberadaan ", d("20.0")),
        LkeSubComponent.of("keberadaan", "Ada", d("20")), LkeSubComponent.of("ada", "Keberadaan", d("20")),
        LkeSubComponent.of("keberadaan", "Keberadaan", d("25")));
    assertThat(keberadaan.hashCode()).isNotEqualTo(LkeSubComponent.standard().get(1).hashCode());

    LkeComponent perencanaan = std.component("perencanaan");
    assertThat(perencanaan.name()).isEqualTo("Perencanaan Kinerja");
    assertThat(perencanaan).hasToString("perencanaan 30 [keberadaan 20%, kualitas 30%, pemanfaatan 50%]");
    assertValue(perencanaan, LkeComponent.standard("perencanaan", "Perencanaan Kinerja", d("30.0")),
        LkeComponent.standard("perencanaan", "Perencanaan", d("30")),
        LkeComponent.standard("perencanaan", "Perencanaan Kinerja", d("25")),
        LkeComponent.of("perencanaan", "Perencanaan Kinerja", d("30"),
            List.of(LkeSubComponent.of("semua", "Semua", d("100")))));
    assertThat(LkeComponent.standard("nol", "Nol", d("0")).weight()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> LkeComponent.standard("x", "X", d("-0.01")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("component x: weight must be >= 0");

    assertThat(std).hasToString("LkeTemplate[perencanaan 30 [keberadaan 20%, kualitas 30%, pemanfaatan 50%], "
        + "pengukuran 30 [keberadaan 20%, kualitas 30%, pemanfaatan 50%], "
        + "pelaporan 15 [keberadaan 20%, kualitas 30%, pemanfaatan 50%], "
        + "evaluasi 25 [keberadaan 20%, kualitas 30%, pemanfaatan 50%]]");
    LkeTemplate two = LkeTemplate.of(List.of(LkeComponent.standard("a", "A", d("60")),
        LkeComponent.standard("b", "B", d("40"))));
    assertValue(std, LkeTemplate.of(std.components()), two);
    assertThat(std.hashCode()).isNotEqualTo(two.hashCode());
  }

  /** All answers Y: every sub-component scores its full points, 100 in total, predikat AA. */
  @Test
  void lkeResultOfAllYes() {
    LkeResult r = Lke.evaluate(allYes());
    assertThat(r.template()).isEqualTo(LkeTemplate.permenPanRb88Of2021());
    assertThat(r.rounding()).isEqualTo(RoundingPolicy.defaults());
    assertThat(r.classificationBasis()).isEqualTo(ClassificationBasis.EXACT);
    assertThat(r.total()).isEqualTo(Rational.of(100));
    assertThat(r).hasToString("SAKIP 100.00 (AA) [perencanaan 30.00/30, pengukuran 30.00/30, pelaporan 15.00/15, "
        + "evaluasi 25.00/25]");
    LkeSubComponentScore kualitas = r.component("pelaporan").subComponents().get(1);
    assertThat(kualitas.subComponent()).isEqualTo(LkeSubComponent.standard().get(1));
    assertThat(kualitas.answered()).isEqualTo(1);
    // pelaporan 15 × kualitas 30% = 4.5
    assertThat(kualitas.scoreRounded()).isEqualByComparingTo("4.50");
    assertThat(kualitas).hasToString("kualitas 4.50/4.5");
  }
}
