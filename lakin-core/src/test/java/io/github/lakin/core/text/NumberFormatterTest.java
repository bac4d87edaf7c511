/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Writing numbers as Indonesian and English reports print them (DOMAIN §5). */
class NumberFormatterTest {

  @ParameterizedTest(name = "{0} at scale {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "1234567.89   | 2 | 1.234.567,89",
    "1234567.885  | 2 | 1.234.567,89",
    "1234567.884  | 2 | 1.234.567,88",
    "101.485      | 2 | 101,49",
    "72.525       | 2 | 72,53",
    "69.31        | 2 | 69,31",
    "0            | 2 | 0,00",
    "-0.004       | 2 | 0,00",
    "-0.005       | 2 | -0,01",
    "-1234.5      | 1 | -1.234,5",
    "0.5          | 0 | 1",
    "-0.5         | 0 | -1",
    "999.995      | 2 | 1.000,00",
    "123          | 0 | 123",
    "1000         | 0 | 1.000",
    "100          | 0 | 100",
    "1E+3         | 0 | 1.000",
    "0.05         | 3 | 0,050",
    "13393506000  | 2 | 13.393.506.000,00",
    "9960052227   | 0 | 9.960.052.227",
    "123456       | 0 | 123.456",
    "-123456      | 0 | -123.456",
    "12345.6789   | 6 | 12.345,678900",
  })
  void indonesian(String value, int scale, String expected) {
    assertThat(IndonesianFormat.format(new BigDecimal(value), scale)).isEqualTo(expected);
    assertThat(NumberFormatter.indonesian().format(new BigDecimal(value), scale)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} at scale {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "9970949000   | 2 | 9,970,949,000.00",
    "99.88        | 2 | 99.88",
    "101.485      | 2 | 101.49",
    "-1234.5      | 1 | -1,234.5",
    "3.45         | 3 | 3.450",
  })
  void english(String value, int scale, String expected) {
    assertThat(NumberFormatter.english().format(new BigDecimal(value), scale)).isEqualTo(expected);
  }

  @Test
  void percentAndRupiah() {
    assertThat(IndonesianFormat.formatPercent(new BigDecimal("106.505"), 2)).isEqualTo("106,51%");
    assertThat(IndonesianFormat.formatPercent(new BigDecimal("99.89"), 2)).isEqualTo("99,89%");
    assertThat(IndonesianFormat.formatRupiah(new BigDecimal("9960052227"))).isEqualTo("Rp9.960.052.227");
    assertThat(IndonesianFormat.formatRupiah(new BigDecimal("9960052226.5"))).isEqualTo("Rp9.960.052.227");
    assertThat(IndonesianFormat.formatRupiah(new BigDecimal("-5000"))).isEqualTo("-Rp5.000");
    assertThat(IndonesianFormat.formatRupiah(new BigDecimal("-0.4"))).isEqualTo("Rp0");
    assertThat(NumberFormatter.indonesian().formatRupiah(new BigDecimal("13393506000"), 2))
        .isEqualTo("Rp13.393.506.000,00");
    assertThat(NumberFormatter.english().formatPercent(new BigDecimal("99.88"), 2)).isEqualTo("99.88%");
    assertThat(NumberFormatter.english().formatRupiah(new BigDecimal("9970949000"))).isEqualTo("Rp9,970,949,000");
  }

  @Test
  void styles() {
    assertThat(NumberFormatter.of(NumberStyle.INDONESIAN)).isSameAs(NumberFormatter.indonesian());
    assertThat(NumberFormatter.of(NumberStyle.ENGLISH)).isSameAs(NumberFormatter.english());
    assertThat(NumberFormatter.indonesian().style()).isEqualTo(NumberStyle.INDONESIAN);
    assertThat(NumberFormatter.english().toString()).isEqualTo("NumberFormatter[ENGLISH]");
    assertThatThrownBy(() -> NumberFormatter.of(NumberStyle.MIXED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("MIXED");
  }

  @Test
  void scaleOutOfRangeIsRefused() {
    assertThatThrownBy(() -> IndonesianFormat.format(BigDecimal.ONE, -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("scale")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> IndonesianFormat.format(BigDecimal.ONE, NumberFormatter.MAX_SCALE + 1))
        .isInstanceOf(InvalidValueException.class);
    assertThat(IndonesianFormat.format(BigDecimal.ONE, NumberFormatter.MAX_SCALE))
        .isEqualTo("1," + "0".repeat(NumberFormatter.MAX_SCALE));
  }
}
