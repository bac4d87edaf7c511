/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Table cells: values, missing values, provisional flags, second figures and counts. */
class CellTest {

  private static final TextLocation WHERE = TextLocation.of("file.csv", 7, 3);
  private static final NumberParser PARSER = NumberParser.indonesian();

  private static Cell cell(String text) {
    return PARSER.parseCell(text, WHERE);
  }

  @Test
  void plainNumber() {
    Cell c = cell("69,31");
    assertThat(c.notAvailable()).isFalse();
    assertThat(c.value()).contains(new BigDecimal("69.31"));
    assertThat(c.exactValue()).contains(Rational.of(new BigDecimal("69.31")));
    assertThat(c.provisional()).isFalse();
    assertThat(c.percent()).isFalse();
    assertThat(c.secondary()).isEmpty();
    assertThat(c.counts()).isEmpty();
    assertThat(c.text()).isEqualTo("69,31");
    assertThat(c.location()).isEqualTo(WHERE);
  }

  @Test
  void percentIsFlaggedAndTheValueIsUnchanged() {
    Cell c = cell("99.88%");
    assertThat(c.value()).contains(new BigDecimal("99.88"));
    assertThat(c.percent()).isTrue();
    assertThat(cell("106,51 %").value()).contains(new BigDecimal("106.51"));
  }

  @Test
  void provisionalValueWithCapaianInParentheses() {
    Cell c = cell("82,96* (99,95%)");
    assertThat(c.value()).contains(new BigDecimal("82.96"));
    assertThat(c.provisional()).isTrue();
    assertThat(c.secondary()).contains(new BigDecimal("99.95"));
    assertThat(c.percent()).isFalse();
    assertThat(c.notAvailable()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"82,96*", "82,96 *", " 82,96*\u00A0", "82,96*(99,95%)", "82,96 (99,95%)*", "82,96 (99,95%) *"})
  void starMarksProvisional(String text) {
    Cell c = cell(text);
    assertThat(c.value()).contains(new BigDecimal("82.96"));
    assertThat(c.provisional()).isTrue();
  }

  @Test
  void secondaryWithoutStar() {
    Cell c = cell("95,83 (119,79%)");
    assertThat(c.value()).contains(new BigDecimal("95.83"));
    assertThat(c.provisional()).isFalse();
    assertThat(c.secondary()).contains(new BigDecimal("119.79"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "N/A", "NA", "n.a", "n.a.", "N.A.", "n/a", "#N/A", "-", "–", "—", "", "   ", "\u00A0", "tidak tersedia",
    "Tidak Tersedia", "belum tersedia", "BELUM TERSEDIA", " - ", "\tN/A\t"
  })
  void notAvailable(String text) {
    Cell c = cell(text);
    assertThat(c.notAvailable()).isTrue();
    assertThat(c.value()).isEmpty();
    assertThat(c.exactValue()).isEmpty();
    assertThat(c.counts()).isEmpty();
    assertThat(c.provisional()).isFalse();
    assertThat(c.toRealization()).isEqualTo(Realization.notAvailable());
    assertThat(c.toRealization(Period.year(2022))).isEqualTo(Realization.notAvailable());
  }

  @ParameterizedTest
  @ValueSource(strings = {"23/24", "23 / 24", "23 dari 24", "23 DARI 24", " 23\u00A0dari\u00A024 "})
  void countsAreKeptExact(String text) {
    Cell c = cell(text);
    assertThat(c.counts()).contains(Realization.Counts.of(23, 24));
    assertThat(c.value()).isEmpty();
    assertThat(c.notAvailable()).isFalse();
    assertThat(c.percent()).isFalse();
    // 23/24 × 100 = 95.8333..., kept as the fraction 2300/24
    assertThat(c.exactValue()).contains(Rational.of(BigInteger.valueOf(2300), BigInteger.valueOf(24)));
    assertThat(c.toRealization()).isEqualTo(Realization.ofCounts(23, 24));
  }

  @Test
  void countsUseTheCountColumnOfTheStyle() {
    assertThat(cell("1.000/2.000").counts()).contains(Realization.Counts.of(1000, 2000));
    assertThat(NumberParser.of(NumberStyle.ENGLISH, ColumnKind.MEASURE).parseCell("1,000/2,000", WHERE).counts())
        .contains(Realization.Counts.of(1000, 2000));
    assertThat(cell("0/5").counts()).contains(Realization.Counts.of(0, 5));
  }

  @Test
  void countsWithStarAndSecondary() {
    Cell c = cell("23/24* (95,83%)");
    assertThat(c.counts()).contains(Realization.Counts.of(23, 24));
    assertThat(c.provisional()).isTrue();
    assertThat(c.secondary()).contains(new BigDecimal("95.83"));
    assertThat(c.toRealization(Period.year(2022)))
        .isEqualTo(Realization.ofCounts(23, 24).provisional(Period.year(2022), "*"));
  }

  @Test
  void numberBecomesRealization() {
    assertThat(cell("69,31").toRealization()).isEqualTo(Realization.of(new BigDecimal("69.31")));
    assertThat(cell("69,31").toRealization(Period.year(2022))).isEqualTo(Realization.of(new BigDecimal("69.31")));
    assertThat(cell("-2,5").toRealization()).isEqualTo(Realization.of(new BigDecimal("-2.5")));
  }

  @Test
  void provisionalNeedsThePeriodItWasCarriedFrom() {
    Cell c = cell("82,96* (99,95%)");
    InvalidTextException e = catchThrowableOfType(InvalidTextException.class, c::toRealization);
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .startsWith("file.csv:7:3: cannot read \"82,96* (99,95%)\" as a realisasi: ")
        .contains("toRealization(Period)");
    Realization r = c.toRealization(Period.year(2022));
    assertThat(r).isEqualTo(Realization.of(new BigDecimal("82.96")).provisional(Period.year(2022), "*"));
    assertThat(r.isProvisional()).isTrue();
    assertThat(r.provisional().get().carriedFrom()).isEqualTo(Period.year(2022));
  }

  @Test
  void cellsAreValues() {
    assertThat(cell("82,96*(99,95%)")).isEqualTo(PARSER.parseCell(" 82,96 * ( 99,95 % ) ", TextLocation.of("other")));
    assertThat(cell("82,96*(99,95%)").hashCode()).isEqualTo(cell("82,96* (99,95%)").hashCode());
    assertThat(cell("82,96*")).isNotEqualTo(cell("82,96"));
    assertThat(cell("82,96%")).isNotEqualTo(cell("82,96"));
    assertThat(cell("N/A")).isEqualTo(cell("-"));
    assertThat(cell("82,96* (99,95%)").toString()).isEqualTo("82.96* (99.95)");
    assertThat(cell("23/24").toString()).isEqualTo("23/24");
    assertThat(cell("n.a").toString()).isEqualTo("N/A");
    assertThat(cell("99.88%").toString()).isEqualTo("99.88%");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "23/0", "23/-24", "-23/24", "+23/24", "23,5/24", "23/24/25", "23/", "/24", "23 dari", "dari 24", "23%/24",
    "Rp5/10", "23/99999999999999999999", "82,96**", "82,96* (99,95%)*", "(99,95%)", "82,96 (99,95%", "82,96 99,95%)",
    "82,96 ((1))", "82,96 (abc)", "82,96 ()", "abc", "N/A*", "* 82,96", "82*,96", "1.2.3,4", "--5", "Rp", "%",
    "82,96 (1) (2)", "82,96 (1)x"
  })
  void refusedCellsNameTextAndLocation(String text) {
    assertThatThrownBy(() -> cell(text))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageStartingWith("file.csv:7:3: cannot read \"" + text + "\" as a cell value: ");
  }

  @Test
  void reasonsPointIntoTheCell() {
    assertThat(catchThrowableOfType(InvalidTextException.class, () -> cell("82,96 (9x)")).reason())
        .startsWith("in the figure in parentheses \"9x\": ");
    assertThat(catchThrowableOfType(InvalidTextException.class, () -> cell("23/0")).reason())
        .contains("more than 0");
    assertThat(catchThrowableOfType(InvalidTextException.class, () -> cell("12 dari 10")).reason())
        .contains("must not exceed the total T (12 > 10)");
    assertThat(catchThrowableOfType(InvalidTextException.class, () -> cell("23,5/24")).reason())
        .contains("in the count \"23,5\"").contains("whole number");
    assertThat(catchThrowableOfType(InvalidTextException.class, () -> cell("82,96**")).reason())
        .contains("'*'");
  }

  @Test
  void tooLongCellIsRefused() {
    String text = "1".repeat(201);
    assertThatThrownBy(() -> cell(text))
        .isInstanceOf(InvalidTextException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining("file.csv:7:3");
  }
}
