/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the separator decision table in {@link NumberParser}: 9 patterns × 3 styles × 3
 * columns. Expected values are written from the table, by hand.
 */
class SeparatorDecisionTableTest {

  private static final TextLocation WHERE = TextLocation.of("file.csv", 7, 3);
  private static final String ERROR = "error";

  /**
   * One row per pattern: the token, then the expected reading for INDONESIAN (MEASURE, COUNT,
   * MONEY), ENGLISH (MEASURE, COUNT, MONEY), MIXED (MEASURE, COUNT, MONEY).
   */
  private static final String[][] TABLE = {
    // no separator
    {"1234", "1234", "1234", "1234", "1234", "1234", "1234", "1234", "1234", "1234"},
    // lone '.', three digits after
    {"3.450", "3.45", "3450", "3450", "3.45", "3.45", "3.45", "3.45", "3450", "3450"},
    // lone '.', other than three digits after
    {"99.88", "99.88", ERROR, ERROR, "99.88", "99.88", "99.88", "99.88", "99.88", "99.88"},
    // lone ',', three digits after
    {"3,450", "3.45", "3.45", "3.45", "3450", "3450", "3450", "3.45", "3450", "3450"},
    // lone ',', other than three digits after
    {"69,31", "69.31", "69.31", "69.31", ERROR, ERROR, ERROR, "69.31", "69.31", "69.31"},
    // several '.' only
    {"1.234.567", "1234567", "1234567", "1234567", ERROR, ERROR, ERROR, "1234567", "1234567", "1234567"},
    // several ',' only
    {"1,234,567", ERROR, ERROR, ERROR, "1234567", "1234567", "1234567", "1234567", "1234567", "1234567"},
    // both, ',' last
    {"1.234.567,89", "1234567.89", "1234567.89", "1234567.89", ERROR, ERROR, ERROR, "1234567.89", "1234567.89", "1234567.89"},
    // both, '.' last
    {"1,234,567.89", ERROR, ERROR, ERROR, "1234567.89", "1234567.89", "1234567.89", "1234567.89", "1234567.89", "1234567.89"},
  };

  private static final NumberStyle[] STYLES = {NumberStyle.INDONESIAN, NumberStyle.ENGLISH, NumberStyle.MIXED};
  private static final ColumnKind[] COLUMNS = {ColumnKind.MEASURE, ColumnKind.COUNT, ColumnKind.MONEY};

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (String[] row : TABLE) {
      for (int s = 0; s < STYLES.length; s++) {
        for (int c = 0; c < COLUMNS.length; c++) {
          cells.add(Arguments.of(row[0], STYLES[s], COLUMNS[c], row[1 + s * 3 + c]));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} in {1}, {2} -> {3}")
  @MethodSource("cells")
  void everyCellOfTheTable(String text, NumberStyle style, ColumnKind column, String expected) {
    NumberParser parser = NumberParser.of(style, column);
    if (expected.equals(ERROR)) {
      assertThatThrownBy(() -> parser.parseNumber(text, WHERE))
          .isInstanceOf(InvalidTextException.class)
          .hasMessageStartingWith("file.csv:7:3: cannot read \"" + text + "\" as a number: ");
    } else {
      assertThat(parser.parseNumber(text, WHERE)).isEqualTo(new BigDecimal(expected));
    }
  }

  @Test
  void theTableHas81Cells() {
    assertThat(cells()).hasSize(81);
  }

  /** A token's own marker beats the column: Rp/IDR or ",-" make it MONEY, "%" makes it MEASURE. */
  @ParameterizedTest(name = "{0} in {1}, {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
    "Rp3.450    | INDONESIAN | MEASURE | 3450",
    "Rp 3.450   | MIXED      | MEASURE | 3450",
    "IDR 3,450  | MIXED      | MEASURE | 3450",
    "3.450,-    | INDONESIAN | MEASURE | 3450",
    "3.450%     | INDONESIAN | COUNT   | 3.45",
    "3.450%     | MIXED      | MONEY   | 3.45",
    "3,450%     | MIXED      | COUNT   | 3.45",
    "3,450 %    | ENGLISH    | MEASURE | 3450",
    "99.88%     | INDONESIAN | COUNT   | 99.88",
  })
  void markersChooseTheColumn(String text, NumberStyle style, ColumnKind column, String expected) {
    assertThat(NumberParser.of(style, column).parseNumber(text, WHERE)).isEqualTo(new BigDecimal(expected));
  }

  /** Grouping is validated in every style and column where a separator groups. */
  @ParameterizedTest(name = "{0} in {1}, {2} is refused")
  @CsvSource(delimiter = '|', value = {
    "1.23.456       | INDONESIAN | COUNT",
    "1.23.456       | INDONESIAN | MEASURE",
    "1.23.456       | MIXED      | MONEY",
    "1,23,456       | ENGLISH    | COUNT",
    "1,23,456       | MIXED      | MEASURE",
    "1234.567       | INDONESIAN | COUNT",
    "1234,567       | MIXED      | MONEY",
    "1234,567.5     | ENGLISH    | COUNT",
    "1.2.3,4        | INDONESIAN | MEASURE",
    "1.2.3,4        | MIXED      | MEASURE",
    "12,3,4         | INDONESIAN | MEASURE",
    "12,3,4         | MIXED      | COUNT",
    "12,3,4         | ENGLISH    | MONEY",
    "0.125          | INDONESIAN | COUNT",
    "0,125          | MIXED      | COUNT",
    "1.000,000.5    | MIXED      | MEASURE",
    "1,000.000,5    | MIXED      | MEASURE",
    "1.234,5.6      | INDONESIAN | MEASURE",
    "1,234.5,6      | ENGLISH    | MEASURE",
    "1.5            | INDONESIAN | MONEY",
    "1.5,-          | INDONESIAN | MEASURE",
    "1,5            | ENGLISH    | MEASURE",
  })
  void badGroupingIsRefused(String text, NumberStyle style, ColumnKind column) {
    assertThatThrownBy(() -> NumberParser.of(style, column).parseNumber(text, WHERE))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("file.csv:7:3: cannot read \"" + text + "\" as a number: ");
  }

  /** A lone '.' in an Indonesian MEASURE column is a decimal point whatever follows it. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "3.5324    | 3.5324",
    "0.5       | 0.5",
    "1234.5    | 1234.5",
    "1234.567  | 1234.567",
    "0.125     | 0.125",
  })
  void loneDotInIndonesianMeasureIsDecimal(String text, String expected) {
    assertThat(NumberParser.indonesian().parseNumber(text, WHERE)).isEqualTo(new BigDecimal(expected));
  }
}
