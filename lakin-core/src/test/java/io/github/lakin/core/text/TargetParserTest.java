/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Printed targets of DOMAIN §3 and §10: exact, comparator, range, Rupiah and categorical. */
class TargetParserTest {

  private static final TextLocation WHERE = TextLocation.of("file.csv", 7, 3);
  private static final TargetParser PARSER = TargetParser.of(NumberParser.indonesian());

  private static ParsedTarget parse(String text) {
    return PARSER.parse(text, WHERE);
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  // ---- exact ----

  @Test
  void exactTargets() {
    assertThat(parse("69")).isEqualTo(ParsedTarget.of(Target.exact(dec("69"))));
    assertThat(parse("69,31")).isEqualTo(ParsedTarget.of(Target.exact(dec("69.31"))));
    assertThat(parse("3.450")).isEqualTo(ParsedTarget.of(Target.exact(dec("3.45"))));
    assertThat(parse("100%")).isEqualTo(ParsedTarget.of(Target.exact(dec("100")), MeasureUnit.percent()));
    assertThat(parse("10 hari kerja")).isEqualTo(ParsedTarget.of(Target.exact(dec("10")), MeasureUnit.workingDays()));
    assertThat(parse("3 dokumen")).isEqualTo(ParsedTarget.of(Target.exact(dec("3")), MeasureUnit.count("dokumen")));
    assertThat(parse("90 indeks")).isEqualTo(ParsedTarget.of(Target.exact(dec("90")), MeasureUnit.index()));
    assertThat(parse("5 km")).isEqualTo(ParsedTarget.of(Target.exact(dec("5")), MeasureUnit.other("km")));
    assertThat(parse("10HK")).isEqualTo(ParsedTarget.of(Target.exact(dec("10")), MeasureUnit.workingDays()));
  }

  @Test
  void rupiahTargets() {
    ParsedTarget expected = ParsedTarget.of(Target.exact(dec("1334419000")), MeasureUnit.rupiah());
    assertThat(parse("Rp 1.334.419.000")).isEqualTo(expected);
    assertThat(parse("Rp. 1.334.419.000")).isEqualTo(expected);
    assertThat(parse("Rp1.334.419.000,-")).isEqualTo(expected);
    assertThat(parse("1.334.419.000 rupiah")).isEqualTo(expected);
    assertThat(parse("Rp 5.000")).isEqualTo(ParsedTarget.of(Target.exact(dec("5000")), MeasureUnit.rupiah()));
  }

  // ---- comparators ----

  @Test
  void comparatorTargets() {
    assertThat(parse("< 20%")).isEqualTo(ParsedTarget.of(Target.lessThan(dec("20")), MeasureUnit.percent()));
    assertThat(parse("<20 %")).isEqualTo(ParsedTarget.of(Target.lessThan(dec("20")), MeasureUnit.percent()));
    assertThat(parse("≤ 10 hari kerja")).isEqualTo(ParsedTarget.of(Target.atMost(dec("10")), MeasureUnit.workingDays()));
    assertThat(parse("<= 10 HK")).isEqualTo(ParsedTarget.of(Target.atMost(dec("10")), MeasureUnit.workingDays()));
    assertThat(parse("=< 10 hari")).isEqualTo(ParsedTarget.of(Target.atMost(dec("10")), MeasureUnit.days()));
    assertThat(parse("≥ 95")).isEqualTo(ParsedTarget.of(Target.atLeast(dec("95"))));
    assertThat(parse(">= 95")).isEqualTo(ParsedTarget.of(Target.atLeast(dec("95"))));
    assertThat(parse("=>95")).isEqualTo(ParsedTarget.of(Target.atLeast(dec("95"))));
    assertThat(parse("> 3 dokumen")).isEqualTo(ParsedTarget.of(Target.greaterThan(dec("3")), MeasureUnit.count("dokumen")));
    assertThat(parse("< -5")).isEqualTo(ParsedTarget.of(Target.lessThan(dec("-5"))));
    assertThat(parse("≤ 2,5%")).isEqualTo(ParsedTarget.of(Target.atMost(dec("2.5")), MeasureUnit.percent()));
  }

  @Test
  void comparatorsImplyTheDirection() {
    assertThat(parse("< 20%").target().impliedPolarity()).contains(Polarity.LOWER_IS_BETTER);
    assertThat(parse("≥ 95").target().impliedPolarity()).contains(Polarity.HIGHER_IS_BETTER);
    assertThat(((ComparatorTarget) parse("≤ 10 hari kerja").target()).relation()).isEqualTo(Relation.AT_MOST);
  }

  @Test
  void countLabelsReadNumbersAsCounts() {
    // the default parser reads a MEASURE column, where 1.000 alone would be 1
    assertThat(parse("1.000")).isEqualTo(ParsedTarget.of(Target.exact(dec("1"))));
    assertThat(parse("≥ 1.000 dokumen"))
        .isEqualTo(ParsedTarget.of(Target.atLeast(dec("1000")), MeasureUnit.count("dokumen")));
    assertThat(parse("5.985 orang")).isEqualTo(ParsedTarget.of(Target.exact(dec("5985")), MeasureUnit.count("orang")));
    // and a percent label reads a MEASURE number even with a COUNT parser
    TargetParser counts = TargetParser.of(NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.COUNT));
    assertThat(counts.parse("3.450%", WHERE)).isEqualTo(ParsedTarget.of(Target.exact(dec("3.45")), MeasureUnit.percent()));
    assertThat(counts.parse("3.450", WHERE)).isEqualTo(ParsedTarget.of(Target.exact(dec("3450"))));
  }

  // ---- ranges ----

  @ParameterizedTest
  @ValueSource(strings = {
    "80–90%", "80 – 90 %", "80 - 90 %", "80-90%", "80—90%", "80 — 90%", "80% – 90%", "80%-90%",
    "80 s.d. 90%", "80 s/d 90 %", "80 sampai 90%", "80 S.D. 90%", "80 s.d 90%", "80 sampai dengan 90%",
    "80 hingga 90%", "80s.d.90%", "80 % s.d. 90 %"
  })
  void percentRanges(String text) {
    assertThat(parse(text)).isEqualTo(ParsedTarget.of(Target.range(dec("80"), dec("90")), MeasureUnit.percent()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"80 s.d. 90", "80 s/d 90", "80 sampai 90", "80–90", "80 - 90", "80-90", "80—90"})
  void rangesWithoutUnit(String text) {
    assertThat(parse(text)).isEqualTo(ParsedTarget.of(Target.range(dec("80"), dec("90"))));
  }

  @Test
  void timeRanges() {
    ParsedTarget months = ParsedTarget.of(Target.range(dec("7"), dec("8")), MeasureUnit.months());
    assertThat(parse("7–8 bulan")).isEqualTo(months);
    assertThat(parse("7 bulan – 8 bulan")).isEqualTo(months);
    assertThat(parse("7 bulan - 8")).isEqualTo(months);
    assertThat(parse("7 s.d. 8 Bulan")).isEqualTo(months);
    assertThat(parse("5 - 10 hari kerja"))
        .isEqualTo(ParsedTarget.of(Target.range(dec("5"), dec("10")), MeasureUnit.workingDays()));
  }

  @Test
  void rangesWithDecimalsAndMoney() {
    assertThat(parse("80,5–90,25%"))
        .isEqualTo(ParsedTarget.of(Target.range(dec("80.5"), dec("90.25")), MeasureUnit.percent()));
    assertThat(parse("Rp 1.000 – Rp 2.000"))
        .isEqualTo(ParsedTarget.of(Target.range(dec("1000"), dec("2000")), MeasureUnit.rupiah()));
    assertThat(parse("Rp1.000,- - Rp2.000,-"))
        .isEqualTo(ParsedTarget.of(Target.range(dec("1000"), dec("2000")), MeasureUnit.rupiah()));
    assertThat(parse("1.000 - 2.000 dokumen"))
        .isEqualTo(ParsedTarget.of(Target.range(dec("1000"), dec("2000")), MeasureUnit.count("dokumen")));
    assertThat(parse("90 – 90")).isEqualTo(ParsedTarget.of(Target.range(dec("90"), dec("90"))));
  }

  @Test
  void negativeBoundsAreNotMisread() {
    assertThat(parse("-5 - 5")).isEqualTo(ParsedTarget.of(Target.range(dec("-5"), dec("5"))));
    assertThat(parse("-5-5")).isEqualTo(ParsedTarget.of(Target.range(dec("-5"), dec("5"))));
    assertThat(parse("-5 – -3")).isEqualTo(ParsedTarget.of(Target.range(dec("-5"), dec("-3"))));
    assertThat(parse("-5--3")).isEqualTo(ParsedTarget.of(Target.range(dec("-5"), dec("-3"))));
    assertThat(parse("\u22125 – \u22123%"))
        .isEqualTo(ParsedTarget.of(Target.range(dec("-5"), dec("-3")), MeasureUnit.percent()));
    assertThat(parse("-5 s.d. 5")).isEqualTo(ParsedTarget.of(Target.range(dec("-5"), dec("5"))));
    assertThat(parse("-5")).isEqualTo(ParsedTarget.of(Target.exact(dec("-5"))));
    assertThat(parse("\u22122,5%")).isEqualTo(ParsedTarget.of(Target.exact(dec("-2.5")), MeasureUnit.percent()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"90–80", "90 - 80 %", "90 s.d. 80", "5 - -5", "80 - -90", "-3 – -5", "8–7 bulan"})
  void lowerAboveUpperIsRefused(String text) {
    InvalidTextException e = catchThrowableOfType(InvalidTextException.class, () -> parse(text));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("file.csv:7:3: cannot read \"" + text + "\" as a target: ");
    assertThat(e.reason()).contains("exceeds the upper bound");
  }

  // ---- categories ----

  @Test
  void categoricalTargets() {
    OrdinalScale opinion = OrdinalScale.auditOpinion();
    OrdinalScale sakip = OrdinalScale.sakipPredicate();
    assertThat(PARSER.parse("WTP", WHERE, opinion)).isEqualTo(ParsedTarget.of(Target.category("WTP", opinion)));
    assertThat(PARSER.parse(" wtp ", WHERE, opinion)).isEqualTo(ParsedTarget.of(Target.category("WTP", opinion)));
    assertThat(PARSER.parse("BB", WHERE, sakip)).isEqualTo(ParsedTarget.of(Target.category("BB", sakip)));
    assertThat(PARSER.parse("bb", WHERE, sakip).target().toString()).isEqualTo("BB");
    assertThat(PARSER.parse("AA", WHERE, sakip).unit()).isEmpty();
    // a number is still a number when a scale is given
    assertThat(PARSER.parse("69", WHERE, sakip)).isEqualTo(ParsedTarget.of(Target.exact(dec("69"))));
  }

  @Test
  void exactSpellingWinsAndAmbiguousCaseIsRefused() {
    OrdinalScale odd = OrdinalScale.of("odd", java.util.List.of("a", "A", "b"));
    assertThat(PARSER.parse("A", WHERE, odd).target()).isEqualTo(Target.category("A", odd));
    assertThat(PARSER.parse("a", WHERE, odd).target()).isEqualTo(Target.category("a", odd));
    assertThat(PARSER.parse("B", WHERE, odd).target()).isEqualTo(Target.category("b", odd));
    OrdinalScale twins = OrdinalScale.of("twins", java.util.List.of("ab", "AB"));
    assertThatThrownBy(() -> PARSER.parse("Ab", WHERE, twins))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("file.csv:7:3: cannot read \"Ab\" as a target: ");
  }

  @Test
  void categoryWithoutScaleOrNotOnTheScaleIsRefused() {
    assertThatThrownBy(() -> parse("WTP"))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("file.csv:7:3: cannot read \"WTP\" as a target: ")
        .hasMessageContaining("scale");
    assertThatThrownBy(() -> PARSER.parse("XYZ", WHERE, OrdinalScale.auditOpinion()))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("file.csv:7:3: cannot read \"XYZ\" as a target: ")
        .hasMessageContaining("[TMP, TW, WDP, WTP]");
  }

  // ---- refused ----

  @ParameterizedTest
  @ValueSource(strings = {
    "abc", "", "   ", "<", "≤", "< 80 – 90", "80 –", "– 80", "80% – 90 hari", "80 90", "10 hari kerja 5", "1e5",
    "≤≤5", "5 <", "Rp 1.000 dokumen", "80 % dokumen", "--5", "1.2.3,4", "12,3,4", "1.23.456", "Rp", "%", "N/A",
    "- 80", "80 - ", "s.d. 90", "80 s.d.", "= 80", "80 ≥", "< Rp", "<%", "80 (90)", "80*", "hari kerja",
    "5 hari-kerja", "5 m2", "WTP"
  })
  void refusedTargetsNameTextAndLocation(String text) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("file.csv:7:3: cannot read \"" + text + "\" as a target: ");
  }

  /**
   * Found by TargetParserFuzzTest: {@code 80 s.d80 s.d} was read as the range 80–80 in the unit
   * "s.d", which then could not be read back from {@code 80–80 s.d}. A range word is no unit.
   */
  @ParameterizedTest
  @ValueSource(strings = {"80 s.d80 s.d", "80 s.d. 90 sampai", "80 hingga 90 S.D", "< 5 hingga", "≤ 10 hari s.d"})
  void rangeWordIsNoUnit(String text) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("file.csv:7:3: cannot read \"" + text + "\" as a target: ")
        .hasMessageContaining("contains a range word");
  }

  /** Range words and currency are matched ignoring ASCII case, from A to Z. */
  @Test
  void rangeWordsInCapitals() {
    assertThat(parse("80 SAMPAI DENGAN 90").target()).isEqualTo(Target.range(new BigDecimal("80"),
        new BigDecimal("90")));
    assertThat(parse("1 HINGGA 2 HARI").unit()).contains(MeasureUnit.days());
    assertThat(parse("IDR 1.000").unit()).contains(MeasureUnit.rupiah());
  }

  @Test
  void unitWordsThatOnlyContainRangeLettersAreUnits() {
    assertThat(parse("5 sdm").unit()).contains(MeasureUnit.other("sdm"));
    assertThat(parse("≥ 3 hingganya").unit()).contains(MeasureUnit.other("hingganya"));
  }

  @Test
  void tooLongTargetIsRefused() {
    String text = "≤ " + "1".repeat(250);
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining("at most 200");
  }

  @Test
  void parserValue() {
    assertThat(PARSER.numbers()).isEqualTo(NumberParser.indonesian());
    assertThat(PARSER).isEqualTo(TargetParser.of(NumberParser.indonesian()));
    assertThat(PARSER.hashCode()).isEqualTo(TargetParser.of(NumberParser.indonesian()).hashCode());
    assertThat(PARSER.toString()).isEqualTo("TargetParser[INDONESIAN, MEASURE]");
    assertThat(parse("≤ 10 hari kerja").toString()).isEqualTo("≤ 10 hari kerja");
    assertThat(parse("80–90%").unit()).contains(MeasureUnit.percent());
  }
}
