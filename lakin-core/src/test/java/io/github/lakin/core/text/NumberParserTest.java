/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every number format of DOMAIN §10, signs, currencies, and refused input. */
class NumberParserTest {

  private static final TextLocation WHERE = TextLocation.of("file.csv", 7, 3);

  private static BigDecimal read(NumberStyle style, ColumnKind column, String text) {
    return NumberParser.of(style, column).parseNumber(text, WHERE);
  }

  private static InvalidTextException refused(NumberParser parser, String text) {
    InvalidTextException e = catchThrowableOfType(InvalidTextException.class, () -> parser.parseNumber(text, WHERE));
    assertThat(e).as("%s refuses %s", parser, text).isNotNull();
    assertThat(e.getMessage())
        .startsWith("file.csv:7:3: cannot read ")
        .contains("\"" + text + "\"")
        .contains(" as a number: ");
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.location()).isEqualTo(WHERE);
    assertThat(e.field()).isEqualTo("file.csv:7:3");
    assertThat(e.value()).isEqualTo(text);
    assertThat(e.reason()).isNotBlank();
    assertThat(e.getMessage()).endsWith(": " + e.reason());
    assertThat(e).isInstanceOf(InvalidValueException.class);
    return e;
  }

  // ---- DOMAIN §10, one by one ----

  @Test
  void indonesianDecimal() {
    assertThat(NumberParser.indonesian().parseNumber("69,31", WHERE)).isEqualTo(new BigDecimal("69.31"));
  }

  @Test
  void indonesianAmountWithCents() {
    for (ColumnKind column : ColumnKind.values()) {
      assertThat(read(NumberStyle.INDONESIAN, column, "13.393.506.000,00")).isEqualTo(new BigDecimal("13393506000"));
      assertThat(read(NumberStyle.MIXED, column, "13.393.506.000,00")).isEqualTo(new BigDecimal("13393506000"));
    }
  }

  @Test
  void rupiahWithDashSuffix() {
    for (ColumnKind column : ColumnKind.values()) {
      assertThat(read(NumberStyle.INDONESIAN, column, "Rp9.960.052.227,-")).isEqualTo(new BigDecimal("9960052227"));
      assertThat(read(NumberStyle.MIXED, column, "Rp9.960.052.227,-")).isEqualTo(new BigDecimal("9960052227"));
    }
  }

  @Test
  void rupiahWithDotAndSpace() {
    assertThat(read(NumberStyle.INDONESIAN, ColumnKind.MONEY, "Rp. 1.334.419.000")).isEqualTo(new BigDecimal("1334419000"));
    assertThat(read(NumberStyle.INDONESIAN, ColumnKind.MEASURE, "Rp. 1.334.419.000")).isEqualTo(new BigDecimal("1334419000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Rp9.960.052.227", "Rp 9.960.052.227", "Rp. 9.960.052.227", "Rp.9.960.052.227", "Rp9.960.052.227,-",
    "Rp 9.960.052.227.-", "RP 9.960.052.227", "rp9.960.052.227", "IDR 9.960.052.227", "IDR9.960.052.227",
    "9.960.052.227,-", "Rp\u00A09.960.052.227", "\u00A0Rp 9.960.052.227\u00A0", "  9.960.052.227  "
  })
  void rupiahForms(String text) {
    assertThat(read(NumberStyle.INDONESIAN, ColumnKind.MONEY, text)).isEqualTo(new BigDecimal("9960052227"));
  }

  @Test
  void englishFormattedPercentInAnIndonesianReport() {
    assertThat(NumberParser.indonesian().parseNumber("99.88%", WHERE)).isEqualTo(new BigDecimal("99.88"));
    assertThat(read(NumberStyle.MIXED, ColumnKind.MEASURE, "99.88%")).isEqualTo(new BigDecimal("99.88"));
    assertThat(read(NumberStyle.ENGLISH, ColumnKind.MEASURE, "99.88%")).isEqualTo(new BigDecimal("99.88"));
    assertThat(read(NumberStyle.INDONESIAN, ColumnKind.MEASURE, "99,88 %")).isEqualTo(new BigDecimal("99.88"));
  }

  @Test
  void nrrScoreAndCountDifferByColumn() {
    assertThat(read(NumberStyle.INDONESIAN, ColumnKind.MEASURE, "3.450")).isEqualTo(new BigDecimal("3.45"));
    assertThat(read(NumberStyle.INDONESIAN, ColumnKind.COUNT, "5.985")).isEqualTo(new BigDecimal("5985"));
    assertThat(read(NumberStyle.MIXED, ColumnKind.MEASURE, "3.450")).isEqualTo(new BigDecimal("3.45"));
    assertThat(read(NumberStyle.MIXED, ColumnKind.COUNT, "5.985")).isEqualTo(new BigDecimal("5985"));
    assertThat(read(NumberStyle.MIXED, ColumnKind.MEASURE, "3,450")).isEqualTo(new BigDecimal("3.45"));
    assertThat(read(NumberStyle.MIXED, ColumnKind.COUNT, "5,985")).isEqualTo(new BigDecimal("5985"));
  }

  @Test
  void theNineNrrOfTheWorkedExample() {
    String[] printed = {"3.450", "3.515", "3.441", "3.416", "3.500", "3.619", "3.584", "3.906", "4.000"};
    String[] exact = {"3.45", "3.515", "3.441", "3.416", "3.5", "3.619", "3.584", "3.906", "4"};
    for (int i = 0; i < printed.length; i++) {
      assertThat(NumberParser.indonesian().parseNumber(printed[i], WHERE)).isEqualTo(new BigDecimal(exact[i]));
    }
  }

  @Test
  void englishAmount() {
    assertThat(read(NumberStyle.ENGLISH, ColumnKind.MONEY, "9,970,949,000.00")).isEqualTo(new BigDecimal("9970949000"));
    assertThat(read(NumberStyle.MIXED, ColumnKind.MONEY, "9,970,949,000.00")).isEqualTo(new BigDecimal("9970949000"));
    assertThat(read(NumberStyle.MIXED, ColumnKind.MONEY, "9,970,949,000")).isEqualTo(new BigDecimal("9970949000"));
  }

  // ---- exactness and normal form ----

  @Test
  void resultHasTrailingZerosStrippedAndScaleAtLeastZero() {
    BigDecimal v = NumberParser.indonesian().parseNumber("3.450", WHERE);
    assertThat(v.scale()).isEqualTo(2);
    assertThat(v.unscaledValue().longValue()).isEqualTo(345);
    BigDecimal hundred = NumberParser.indonesian().parseNumber("100,00", WHERE);
    assertThat(hundred.scale()).isZero();
    assertThat(hundred.toString()).isEqualTo("100");
    assertThat(NumberParser.indonesian().parseNumber("0,000", WHERE)).isSameAs(BigDecimal.ZERO);
    assertThat(NumberParser.indonesian().parseNumber("-0", WHERE)).isSameAs(BigDecimal.ZERO);
  }

  @Test
  void exactDecimalsThatDoublesGetWrong() {
    assertThat(NumberParser.indonesian().parseNumber("40,594", WHERE)).isEqualTo(new BigDecimal("40.594"));
    assertThat(NumberParser.indonesian().parseNumber("0,1", WHERE).add(new BigDecimal("0.2")))
        .isEqualTo(new BigDecimal("0.3"));
  }

  @Test
  void longDigitStringsUpToTheBoundAreExactAndLongerOnesAreErrors() {
    // issue 14: 190-digit values made exact arithmetic super-linear; the bound is 30 digits before, 20 after
    String digits = "9".repeat(30);
    assertThat(read(NumberStyle.INDONESIAN, ColumnKind.COUNT, digits)).isEqualTo(new BigDecimal(digits));
    String decimal = "1," + "0".repeat(19) + "1";
    assertThat(NumberParser.indonesian().parseNumber(decimal, WHERE)).isEqualTo(new BigDecimal("1." + "0".repeat(19) + "1"));
    assertThat(NumberParser.indonesian().parseNumber("0000" + digits + ",5000", WHERE)).isEqualTo(new BigDecimal(digits + ".5"));
    assertThatThrownBy(() -> read(NumberStyle.INDONESIAN, ColumnKind.COUNT, "9".repeat(31)))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("file.csv:7:3").hasMessageContaining("30 digits before");
    assertThatThrownBy(() -> NumberParser.indonesian().parseNumber("1," + "0".repeat(20) + "1", WHERE))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("20 after");
  }

  @Test
  void leadingZerosOfAnUngroupedNumberAreAccepted() {
    assertThat(NumberParser.indonesian().parseNumber("007", WHERE)).isEqualTo(new BigDecimal("7"));
    assertThat(NumberParser.indonesian().parseNumber("0,5", WHERE)).isEqualTo(new BigDecimal("0.5"));
  }

  // ---- signs ----

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "-5           | -5",
    "\u22125      | -5",
    "+5           | 5",
    "-12,5        | -12.5",
    "\u221212,5   | -12.5",
    "-1.234,5     | -1234.5",
    "-99.88%      | -99.88",
    "-Rp5.000     | -5000",
    "Rp -5.000    | -5000",
    "Rp-5.000     | -5000",
    "\u2212Rp 5.000,- | -5000",
    "-0,00        | 0",
  })
  void negativeNumbers(String text, String expected) {
    assertThat(NumberParser.indonesian().parseNumber(text, WHERE)).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void spacesAroundTheNumberAreIgnored() {
    for (String text : new String[] {" 69,31", "69,31 ", "\t69,31\t", "\u00A069,31\u00A0", "\u202F69,31\u2007"}) {
      assertThat(NumberParser.indonesian().parseNumber(text, WHERE)).isEqualTo(new BigDecimal("69.31"));
    }
  }

  // ---- refused input ----

  @ParameterizedTest
  @ValueSource(strings = {
    "1.2.3,4", "12,3,4", "abc", "1.23.456", "Rp", "%", "--5", "", "   ", "1,2.3", "5,", ",5", ".5", "1..5",
    "1,,5", "1e5", "1E5", "5-", "5-3", "- 5", "Rp 5%", "5.000,50,-", "Rp-\u22125", "-+5", "\u0661\u0662\u0663",
    "1 000", "12 345", "0.125", "1234.567", "99.88", "IDR", "Rp.", ",-", "Rp,-", "-%", "5%%", "x5", "5x", "(5)",
    "5*", "N/A", "-", "n.a", "tidak tersedia", "99,88%-", "Rp Rp 5", "5 Rp"
  })
  void refusesWithTextAndLocation(String text) {
    refused(NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.COUNT), text);
  }

  @Test
  void messageHasTheDocumentedForm() {
    InvalidTextException e = refused(NumberParser.indonesian(), "1.2.3,4");
    assertThat(e.getMessage()).isEqualTo("file.csv:7:3: cannot read \"1.2.3,4\" as a number: " + e.reason());
    assertThat(e.reason()).contains("exactly 3 digits").contains("\"2\"");
  }

  @Test
  void reasonsSayWhatIsWrong() {
    NumberParser p = NumberParser.indonesian();
    assertThat(refused(p, "12,3,4").reason()).contains("','").contains("2 times");
    assertThat(refused(p, "abc").reason()).contains("letter 'a'");
    assertThat(refused(p, "--5").reason()).contains("more than one sign");
    assertThat(refused(p, "Rp").reason()).contains("no digits");
    assertThat(refused(p, "%").reason()).contains("no digits");
    assertThat(refused(p, "N/A").reason()).contains("parseCell");
    assertThat(refused(p, "").reason()).contains("empty");
    assertThat(refused(NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.COUNT), "99.88").reason())
        .contains("write decimals with ','");
  }

  @Test
  void veryLongDigitStringsAreRefusedBeforeReading() {
    String digits = "1".repeat(NumberParser.MAX_LENGTH + 50);
    InvalidTextException e = refused(NumberParser.indonesian(), digits);
    assertThat(e.reason()).contains("250 characters").contains("at most 200");
  }

  @Test
  void hugeTextIsShownCutInTheMessage() {
    String huge = "9".repeat(100_000);
    InvalidTextException e = catchThrowableOfType(InvalidTextException.class,
        () -> NumberParser.indonesian().parseNumber(huge, WHERE));
    assertThat(e.getMessage()).startsWith("file.csv:7:3: cannot read \"999").contains("(100000 characters)");
    assertThat(e.getMessage().length()).isLessThan(1200);
    assertThat(e.text()).isEqualTo(huge);
  }

  @Test
  void controlCharactersAreEscapedInTheMessage() {
    InvalidTextException e = catchThrowableOfType(InvalidTextException.class,
        () -> NumberParser.indonesian().parseNumber("1\n2", WHERE));
    assertThat(e.getMessage()).contains("\"1\\u000a2\"").doesNotContain("\n");
  }

  @Test
  void locationWithoutLineOrColumn() {
    InvalidTextException e = catchThrowableOfType(InvalidTextException.class,
        () -> NumberParser.indonesian().parseNumber("abc", TextLocation.of("argument --pagu")));
    assertThat(e.getMessage()).startsWith("argument --pagu: cannot read \"abc\" as a number: ");
    assertThat(e.field()).isEqualTo("argument --pagu");
  }

  // ---- the parser value ----

  @Test
  void factoriesAndAccessors() {
    NumberParser p = NumberParser.indonesian();
    assertThat(p.style()).isEqualTo(NumberStyle.INDONESIAN);
    assertThat(p.column()).isEqualTo(ColumnKind.MEASURE);
    assertThat(p).isEqualTo(NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.MEASURE));
    assertThat(p.hashCode()).isEqualTo(NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.MEASURE).hashCode());
    assertThat(p.withColumn(ColumnKind.COUNT)).isEqualTo(NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.COUNT));
    assertThat(p).isNotEqualTo(NumberParser.of(NumberStyle.MIXED, ColumnKind.MEASURE));
    assertThat(p.toString()).isEqualTo("NumberParser[INDONESIAN, MEASURE]");
  }
}
