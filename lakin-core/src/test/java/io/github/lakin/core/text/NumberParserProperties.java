/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.lakin.core.Period;
import io.github.lakin.core.Realization;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Properties of the number parser: what the formatter writes reads back to the same value in the
 * columns where the decision table makes it unambiguous, and no text makes a parse method throw
 * anything but {@link InvalidTextException}.
 */
class NumberParserProperties {

  private static final TextLocation WHERE = TextLocation.of("file.csv", 7, 3);
  private static final List<NumberParser> ALL = TextGen.allParsers();
  private static final TargetParser[] TARGETS = ALL.stream().map(TargetParser::of).toArray(TargetParser[]::new);

  private static NumberParser p(NumberStyle style, ColumnKind column) {
    return NumberParser.of(style, column);
  }

  /** The normal form the parser promises: trailing zeros stripped, scale at least 0, zero as 0. */
  private static BigDecimal normal(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  // ---- round trips ----

  /**
   * A whole number written in Indonesian style ({@code 5.985}, {@code 1.234.567}) reads back in a
   * COUNT or MONEY column, both in INDONESIAN and MIXED documents; a MEASURE column would read a
   * lone {@code .} followed by three digits as a decimal point.
   */
  @Test
  void indonesianWholeNumbersRoundTripInCountAndMoneyColumns() {
    qt().forAll(TextGen.unscaled()).checkAssert(u -> {
      BigDecimal v = BigDecimal.valueOf(u);
      String text = IndonesianFormat.format(v, 0);
      for (NumberStyle style : new NumberStyle[] {NumberStyle.INDONESIAN, NumberStyle.MIXED}) {
        for (ColumnKind column : new ColumnKind[] {ColumnKind.COUNT, ColumnKind.MONEY}) {
          BigDecimal back = p(style, column).parseNumber(text, WHERE);
          assertThat(back).as("%s in %s %s", text, style, column).isEqualByComparingTo(v);
          assertThat(back).isEqualTo(normal(v));
        }
      }
    });
  }

  /**
   * A number with decimals written in Indonesian style ends in {@code ,dd}: INDONESIAN reads it in
   * every column, MIXED in a MEASURE column (in a COUNT column {@code 3,450} would be 3450).
   */
  @Test
  void indonesianDecimalsRoundTrip() {
    qt().forAll(TextGen.unscaled(), integers().between(1, 6)).checkAssert((u, s) -> {
      BigDecimal v = BigDecimal.valueOf(u, s);
      String text = IndonesianFormat.format(v, s);
      for (ColumnKind column : ColumnKind.values()) {
        assertThat(p(NumberStyle.INDONESIAN, column).parseNumber(text, WHERE))
            .as("%s in INDONESIAN %s", text, column).isEqualByComparingTo(v);
      }
      assertThat(p(NumberStyle.MIXED, ColumnKind.MEASURE).parseNumber(text, WHERE)).isEqualByComparingTo(v);
      assertThat(NumberParser.indonesian().parseNumber(text, WHERE)).isEqualTo(normal(v));
    });
  }

  /**
   * English style has no column exception: it reads what the English formatter writes in every
   * column at every scale; MIXED reads it like Indonesian (COUNT/MONEY for whole numbers, MEASURE
   * for decimals).
   */
  @Test
  void englishRoundTrip() {
    qt().forAll(TextGen.unscaled(), integers().between(0, 6)).checkAssert((u, s) -> {
      BigDecimal v = BigDecimal.valueOf(u, s);
      String text = NumberFormatter.english().format(v, s);
      for (ColumnKind column : ColumnKind.values()) {
        assertThat(p(NumberStyle.ENGLISH, column).parseNumber(text, WHERE))
            .as("%s in ENGLISH %s", text, column).isEqualByComparingTo(v);
      }
      ColumnKind[] unambiguous = s == 0
          ? new ColumnKind[] {ColumnKind.COUNT, ColumnKind.MONEY}
          : new ColumnKind[] {ColumnKind.MEASURE};
      for (ColumnKind column : unambiguous) {
        assertThat(p(NumberStyle.MIXED, column).parseNumber(text, WHERE))
            .as("%s in MIXED %s", text, column).isEqualByComparingTo(v);
      }
    });
  }

  /**
   * DOMAIN §10: English-formatted scores without grouping ({@code 99.88}, {@code 3.450}) appear in
   * Indonesian reports; an Indonesian MEASURE column reads them as decimals, whatever the number
   * of decimals, and so does a MIXED MEASURE column.
   */
  @Test
  void englishScoresReadInIndonesianMeasureColumns() {
    qt().forAll(TextGen.unscaled(), integers().between(1, 6)).checkAssert((u, s) -> {
      BigDecimal v = BigDecimal.valueOf(u, s);
      if (v.abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
        String text = NumberFormatter.english().format(v, s);
        assertThat(NumberParser.indonesian().parseNumber(text, WHERE)).as(text).isEqualByComparingTo(v);
        assertThat(p(NumberStyle.MIXED, ColumnKind.MEASURE).parseNumber(text + "%", WHERE)).isEqualByComparingTo(v);
      }
    });
  }

  /** Writing at a smaller scale rounds half-up once; reading gives exactly the rounded value. */
  @Test
  void writingRoundsHalfUpOnce() {
    qt().forAll(TextGen.unscaled(), integers().between(0, 6), integers().between(0, 6))
        .checkAssert((u, s, t) -> {
          BigDecimal v = BigDecimal.valueOf(u, s);
          ColumnKind column = t == 0 ? ColumnKind.COUNT : ColumnKind.MEASURE;
          assertThat(p(NumberStyle.INDONESIAN, column).parseNumber(IndonesianFormat.format(v, t), WHERE))
              .isEqualByComparingTo(v.setScale(t, RoundingMode.HALF_UP));
        });
  }

  /**
   * A Rupiah amount reads back in every column (the prefix makes it MONEY); a percentage with
   * decimals reads back in every column of an Indonesian document and is flagged as percent.
   */
  @Test
  void rupiahAndPercentRoundTrip() {
    qt().forAll(TextGen.unscaled(), integers().between(1, 6)).checkAssert((u, s) -> {
      BigDecimal whole = BigDecimal.valueOf(u);
      BigDecimal v = BigDecimal.valueOf(u, s);
      for (NumberParser parser : ALL) {
        if (parser.style() != NumberStyle.ENGLISH) {
          assertThat(parser.parseNumber(IndonesianFormat.formatRupiah(whole), WHERE)).isEqualByComparingTo(whole);
        }
        if (parser.style() == NumberStyle.INDONESIAN) {
          assertThat(parser.parseNumber(NumberFormatter.indonesian().formatRupiah(v, s), WHERE)).isEqualByComparingTo(v);
          Cell cell = parser.parseCell(IndonesianFormat.formatPercent(v, s), WHERE);
          assertThat(cell.value()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(v));
          assertThat(cell.percent()).isTrue();
        }
        if (parser.style() != NumberStyle.INDONESIAN) {
          assertThat(parser.parseNumber(NumberFormatter.english().formatRupiah(whole), WHERE)).isEqualByComparingTo(whole);
        }
      }
    });
  }

  /** The Unicode minus reads like the hyphen; surrounding spaces and NBSP change nothing. */
  @Test
  void minusSignsAndSpaces() {
    qt().forAll(TextGen.unscaled(), integers().between(1, 6), integers().between(0, 3))
        .checkAssert((u, s, pad) -> {
          BigDecimal v = BigDecimal.valueOf(u, s);
          String text = IndonesianFormat.format(v, s);
          String space = new String[] {"", " ", "\u00A0", " \t\u202F"}[pad];
          NumberParser parser = NumberParser.indonesian();
          assertThat(parser.parseNumber(space + text.replace('-', '\u2212') + space, WHERE)).isEqualByComparingTo(v);
          assertThat(parser.parseNumber(space + text + space, WHERE)).isEqualByComparingTo(v);
          if (v.signum() > 0) {
            assertThat(parser.parseNumber("+" + text, WHERE)).isEqualByComparingTo(v);
          }
        });
  }

  /** A cell with a flag and a second figure keeps both numbers exactly. */
  @Test
  void cellsKeepValueFlagAndSecondFigure() {
    qt().forAll(TextGen.unscaled(), integers().between(1, 6), longs().between(0, 1_000_000))
        .checkAssert((u, s, w) -> {
          BigDecimal v = BigDecimal.valueOf(u, s);
          BigDecimal capaian = BigDecimal.valueOf(w, 2);
          String text = IndonesianFormat.format(v, s) + "* (" + IndonesianFormat.formatPercent(capaian, 2) + ")";
          Cell cell = NumberParser.indonesian().parseCell(text, WHERE);
          assertThat(cell.value()).contains(normal(v));
          assertThat(cell.provisional()).isTrue();
          assertThat(cell.secondary()).contains(normal(capaian));
          assertThat(cell.toRealization(Period.year(2022)))
              .isEqualTo(Realization.of(v).provisional(Period.year(2022), "*"));
        });
  }

  /** Counts written with thousands grouping read back exactly, with either separator word. */
  @Test
  void countsRoundTrip() {
    qt().forAll(longs().between(0, 1_000_000_000_000L), longs().between(0, 1_000_000_000_000L), integers().between(0, 1))
        .checkAssert((n, extra, form) -> {
          long total = Math.max(1, n + extra);
          String text = IndonesianFormat.format(BigDecimal.valueOf(n), 0) + (form == 0 ? "/" : " dari ")
              + IndonesianFormat.format(BigDecimal.valueOf(total), 0);
          for (NumberParser parser : ALL) {
            if (parser.style() != NumberStyle.ENGLISH) {
              Cell cell = parser.parseCell(text, WHERE);
              assertThat(cell.counts()).contains(Realization.Counts.of(n, total));
              assertThat(cell.toRealization()).isEqualTo(Realization.ofCounts(n, total));
            }
          }
        });
  }

  // ---- no other exception, ever ----

  /**
   * Runs every parse method of every parser on the text: each returns or throws an {@link
   * InvalidTextException} naming the text and the location; a number read is in normal form.
   */
  private static void onlyInvalidText(String text) {
    for (NumberParser parser : ALL) {
      BigDecimal number = attempt(text, () -> parser.parseNumber(text, WHERE));
      if (number != null) {
        assertThat(number).as("%s reads %s in normal form", parser, text).isEqualTo(normal(number));
        assertThat(number.scale()).isNotNegative();
      }
      Cell cell = attempt(text, () -> parser.parseCell(text, WHERE));
      if (cell != null) {
        assertThat(cell.toRealization(Period.year(2022)).isAvailable()).isEqualTo(!cell.notAvailable());
        attempt(text, cell::toRealization);
        cell.exactValue();
        assertThat(cell.toString()).isNotEmpty();
      }
    }
    for (TargetParser parser : TARGETS) {
      ParsedTarget t = attempt(text, () -> parser.parse(text, WHERE));
      if (t != null) {
        assertThat(t.toString()).isNotEmpty();
      }
      attempt(text, () -> parser.parse(text, WHERE, io.github.lakin.core.OrdinalScale.sakipPredicate()));
    }
  }

  private static <T> T attempt(String text, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidTextException e) {
      assertThat(e.text()).isEqualTo(text);
      assertThat(e.location()).isEqualTo(WHERE);
      assertThat(e.getMessage()).startsWith("file.csv:7:3: cannot read \"");
      return null;
    }
  }

  @Test
  void arbitraryStringsThrowOnlyInvalidText() {
    qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(NumberParserProperties::onlyInvalidText);
  }

  @Test
  void alphabetStringsThrowOnlyInvalidText() {
    qt().withExamples(5000).forAll(TextGen.alphabetStrings(40)).checkAssert(NumberParserProperties::onlyInvalidText);
  }

  @Test
  void tokenStringsThrowOnlyInvalidText() {
    qt().withExamples(5000).forAll(TextGen.tokenStrings(12)).checkAssert(NumberParserProperties::onlyInvalidText);
  }

  @Test
  void longStringsThrowOnlyInvalidText() {
    qt().withExamples(300).forAll(TextGen.tokenStrings(80)).checkAssert(NumberParserProperties::onlyInvalidText);
  }

  // ---- shape of the decision table ----

  /** COUNT and MONEY columns read every text alike. */
  @Test
  void countAndMoneyColumnsAgree() {
    qt().withExamples(3000).forAll(TextGen.alphabetStrings(20), arbitrary().enumValues(NumberStyle.class)).checkAssert((text, style) -> {
      assertThat(outcome(p(style, ColumnKind.COUNT), text)).isEqualTo(outcome(p(style, ColumnKind.MONEY), text));
    });
  }

  /** The English style ignores the column. */
  @Test
  void englishIgnoresTheColumn() {
    qt().withExamples(3000).forAll(TextGen.alphabetStrings(20)).checkAssert(text -> {
      String measure = outcome(p(NumberStyle.ENGLISH, ColumnKind.MEASURE), text);
      assertThat(outcome(p(NumberStyle.ENGLISH, ColumnKind.COUNT), text)).isEqualTo(measure);
      assertThat(outcome(p(NumberStyle.ENGLISH, ColumnKind.MONEY), text)).isEqualTo(measure);
    });
  }

  /** The value read, or the reason it was refused. */
  private static String outcome(NumberParser parser, String text) {
    try {
      return parser.parseNumber(text, WHERE).toPlainString();
    } catch (InvalidTextException e) {
      return "refused";
    }
  }
}
