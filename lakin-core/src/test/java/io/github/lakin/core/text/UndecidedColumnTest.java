/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.lakin.core.MeasureUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number whose reading depends on the style (DOMAIN §13: {@code 1.250 desa} is 1250, {@code
 * 3.450} among scores is 3,45) is read by what settles it — the declared style or the unit — and
 * is otherwise an error naming both readings, never a guess.
 */
class UndecidedColumnTest {
  private static final TextLocation AT = TextLocation.of("laporan.csv", 4, 7);
  private static final NumberParser MIXED = NumberParser.of(NumberStyle.MIXED, ColumnKind.UNDECIDED);

  @Test
  void aLoneSeparatorWithThreeDigitsIsAnErrorNamingTheCellAndBothReadings() {
    assertThatThrownBy(() -> MIXED.parseNumber("1.250", AT)).isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("laporan.csv:4:7").hasMessageContaining("\"1.250\"")
        .hasMessageContaining("1250").hasMessageContaining("1.25");
    assertThatThrownBy(() -> MIXED.parseCell("2.497", AT)).hasMessageContaining("2497").hasMessageContaining("2.497");
    assertThatThrownBy(() -> MIXED.parseNumber("12,500", AT)).hasMessageContaining("12500").hasMessageContaining("12.5");
    assertThatThrownBy(() -> MIXED.parseNumber("-1.250", AT)).hasMessageContaining("-1250").hasMessageContaining("-1.25");
  }

  @ParameterizedTest
  @CsvSource({
    "'69,31', 69.31", "'99.88', 99.88", "'1.234.567', 1234567", "'1.234,5', 1234.5", "'0.125', 0.125",
    "'1234.567', 1234.567", "'1250', 1250", "'40,5', 40.5", "'3.450%', 3.45", "'Rp1.250', 1250"
  })
  void whatOnlyOneReadingFitsIsRead(String text, String expected) {
    assertThat(MIXED.parseNumber(text, AT)).isEqualByComparingTo(expected);
  }

  @Test
  void aUnitSettlesIt() {
    assertThat(ColumnKind.of(MeasureUnit.parse("desa"))).contains(ColumnKind.COUNT);
    assertThat(ColumnKind.of(MeasureUnit.parse("KK"))).contains(ColumnKind.COUNT);
    assertThat(ColumnKind.of(MeasureUnit.parse("%"))).contains(ColumnKind.MEASURE);
    assertThat(ColumnKind.of(MeasureUnit.parse("nilai"))).contains(ColumnKind.MEASURE);
    assertThat(ColumnKind.of(MeasureUnit.parse("Rp"))).contains(ColumnKind.MONEY);
    assertThat(ColumnKind.of(MeasureUnit.parse("Ha"))).isEmpty();
    NumberParser desa = NumberParser.of(NumberStyle.MIXED, ColumnKind.of(MeasureUnit.parse("desa")).orElseThrow());
    assertThat(desa.parseNumber("1.250", AT)).isEqualByComparingTo("1250");
    NumberParser nilai = NumberParser.of(NumberStyle.MIXED, ColumnKind.of(MeasureUnit.parse("nilai")).orElseThrow());
    assertThat(nilai.parseNumber("3.450", AT)).isEqualByComparingTo("3.45");
  }

  @Test
  void aDeclaredStyleSettlesIt() {
    assertThat(NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.UNDECIDED).parseNumber("1.250", AT)).isEqualByComparingTo("1250");
    assertThat(NumberParser.of(NumberStyle.ENGLISH, ColumnKind.UNDECIDED).parseNumber("1.250", AT)).isEqualByComparingTo("1.25");
    assertThat(NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.UNDECIDED).parseNumber("40,5", AT)).isEqualByComparingTo("40.5");
  }

  /**
   * Property: for every number written with one lone separator and three digits after it, an
   * undecided column gives the declared style's reading, or (undeclared) an error — never the
   * other reading.
   */
  @Test
  void everyStyleDependentCellGetsTheDeclaredReadingOrAnError() {
    qt().forAll(integers().between(1, 999), integers().between(0, 999), integers().between(0, 1)).checkAssert((whole, frac, c) -> {
      char sep = c == 0 ? '.' : ',';
      String text = whole + String.valueOf(sep) + String.format("%03d", frac);
      BigDecimal grouped = new BigDecimal(whole * 1000L + frac);
      BigDecimal decimal = new BigDecimal(whole + "." + String.format("%03d", frac));
      BigDecimal id = NumberParser.of(NumberStyle.INDONESIAN, ColumnKind.UNDECIDED).parseNumber(text, AT);
      assertThat(id).isEqualByComparingTo(sep == '.' ? grouped : decimal);
      BigDecimal en = NumberParser.of(NumberStyle.ENGLISH, ColumnKind.UNDECIDED).parseNumber(text, AT);
      assertThat(en).isEqualByComparingTo(sep == '.' ? decimal : grouped);
      assertThatThrownBy(() -> MIXED.parseNumber(text, AT)).isInstanceOf(InvalidTextException.class)
          .hasMessageContaining(grouped.toPlainString());
    });
  }
}
