/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@link NumberParser#parseNumber} and {@link NumberParser#parseCell}
 * with Jazzer. Every input is read by all nine parsers (3 {@link NumberStyle}s × 3 {@link
 * ColumnKind}s).
 *
 * <p>In an ordinary build ({@code JAZZER_FUZZ} unset) each {@code @FuzzTest} is a parameterised
 * test over the seeds below and the files in {@code
 * src/test/resources/io/github/lakin/core/text/NumberParserFuzzTestInputs/<method>/}: the
 * regression corpus. With {@code JAZZER_FUZZ=1} one fuzz test is fuzzed; see docs/fuzzing.md.
 *
 * <p>What must hold for any text: the only exception is {@link InvalidTextException}, and it
 * names the text and its location; a number that is read is normalised, reads back from what
 * {@link NumberFormatter} writes of it, and reads the same as a cell; a cell is exactly one of
 * not available, a number or counts {@code n/T} with {@code 0 ≤ n ≤ T}, {@code T > 0}, and reads
 * back from a plain rendering of itself.
 */
class NumberParserFuzzTest {

  private static final TextLocation WHERE = TextLocation.of("fuzz.csv", 3, 4);
  private static final List<NumberParser> ALL = TextGen.allParsers();
  /** Reads what {@link #render(Cell)} writes: English style ignores the column. */
  private static final NumberParser PLAIN = NumberParser.of(NumberStyle.ENGLISH, ColumnKind.MEASURE);

  /** Printed numbers and cells from real reports (DOMAIN.md §10) and the edges of the rules. */
  static Stream<String> seeds() {
    return Stream.of("69,31", "13.393.506.000,00", "Rp9.960.052.227,-", "Rp. 1.334.419.000", "99.88%", "3.450",
        "5.985", "1,234,567.89", "-Rp5.000", "\u221212,5", "69,31 %", "IDR 1.000", "82,96* (99,95%)", "23/24",
        "23 dari 24", "N/A", "-", "n.a", "belum tersedia", "0,125", "1.23.456", "5,", ",5", "+1.000,-", "(5)", "*",
        "1/0", "24/23", "9".repeat(25) + "/" + "9".repeat(25), "\u00A082,96\u00A0*");
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void parseNumber(@NotNull @WithUtf8Length(max = 260) String text) {
    for (NumberParser p : ALL) {
      BigDecimal v;
      try {
        v = p.parseNumber(text, WHERE);
      } catch (InvalidTextException e) {
        assertNamesTheText(e, text);
        continue;
      }
      assertThat(v).as("%s: %s is normalised", p, v).isEqualTo(NumberParser.normalize(v));
      assertThat(v.scale()).isNotNegative();
      if (v.signum() < 0) {
        assertThat(text).as("a negative number has a sign").containsAnyOf("-", "\u2212");
      }
      assertReadsBackFromFormatter(p, v);
      Cell c = p.parseCell(text, WHERE);
      assertThat(c.value()).as("%s reads %s as a cell", p, text).contains(v);
      assertThat(c.counts()).isEmpty();
      assertThat(c.provisional()).isFalse();
      assertThat(c.secondary()).isEmpty();
    }
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void parseCell(@NotNull @WithUtf8Length(max = 260) String text) {
    for (NumberParser p : ALL) {
      Cell c;
      try {
        c = p.parseCell(text, WHERE);
      } catch (InvalidTextException e) {
        assertNamesTheText(e, text);
        continue;
      }
      assertThat(c.text()).isEqualTo(text);
      assertThat(c.location()).isEqualTo(WHERE);
      int kinds = (c.notAvailable() ? 1 : 0) + (c.value().isPresent() ? 1 : 0) + (c.counts().isPresent() ? 1 : 0);
      assertThat(kinds).as("%s: %s is exactly one kind of cell", p, c).isEqualTo(1);
      c.value().ifPresent(v -> assertThat(v).isEqualTo(NumberParser.normalize(v)));
      c.secondary().ifPresent(v -> assertThat(v).isEqualTo(NumberParser.normalize(v)));
      c.counts().ifPresent(n -> {
        assertThat(n.total()).as("T of %s", c).isPositive();
        assertThat(n.n()).as("n of %s", c).isNotNegative().isLessThanOrEqualTo(n.total());
        Rational share = c.exactValue().orElseThrow();
        assertThat(share.signum()).isNotNegative();
        assertThat(share.compareTo(Rational.HUNDRED)).isLessThanOrEqualTo(0);
        assertThat(c.percent()).isFalse();
      });
      if (c.notAvailable()) {
        assertThat(c.provisional() || c.percent() || c.secondary().isPresent()).isFalse();
        assertThat(c.exactValue()).isEmpty();
      } else {
        assertThat(c.exactValue()).isPresent();
      }
      // a parsed cell always converts to a realisasi; only an unmarked one without a period
      Realization r = c.toRealization(Period.year(2023));
      assertThat(r.isProvisional()).isEqualTo(c.provisional());
      if (!c.provisional()) {
        assertThat(c.toRealization()).isEqualTo(r);
      }
      String plain = render(c);
      if (plain.length() <= NumberParser.MAX_LENGTH) {
        assertThat(PLAIN.parseCell(plain, WHERE)).as("%s: %s rendered as %s", p, text, plain).isEqualTo(c);
      }
    }
  }

  /** A plain English rendering of a cell: {@code 1234.5%* (99.95)}, {@code 23/24}, {@code N/A}. */
  private static String render(Cell c) {
    if (c.notAvailable()) {
      return "N/A";
    }
    String main = c.counts().map(n -> n.n() + "/" + n.total())
        .orElseGet(() -> c.value().orElseThrow().toPlainString() + (c.percent() ? "%" : ""));
    return main + (c.provisional() ? "*" : "") + c.secondary().map(s -> " (" + s.toPlainString() + ")").orElse("");
  }

  /**
   * What {@link NumberFormatter} writes of {@code v} reads back to {@code v}: always in the column
   * that is unambiguous for the style, and in the parser's own column unless the text is a lone
   * separator followed by exactly three digits (the one case the decision table gives to the
   * column).
   */
  private static void assertReadsBackFromFormatter(NumberParser p, BigDecimal v) {
    if (v.scale() > NumberFormatter.MAX_SCALE) {
      return;
    }
    List<NumberFormatter> writers = p.style() == NumberStyle.MIXED
        ? List.of(NumberFormatter.indonesian(), NumberFormatter.english())
        : List.of(NumberFormatter.of(p.style()));
    for (NumberFormatter w : writers) {
      String text = w.format(v, v.scale());
      if (text.length() > NumberParser.MAX_LENGTH) {
        continue;
      }
      ColumnKind safe = p.style() == NumberStyle.MIXED && v.scale() > 0 ? ColumnKind.MEASURE : ColumnKind.COUNT;
      assertThat(p.withColumn(safe).parseNumber(text, WHERE)).as("%s written by %s", v, w).isEqualTo(v);
      if (!loneSeparatorBeforeThreeDigits(text)) {
        assertThat(p.parseNumber(text, WHERE)).as("%s written by %s, read by %s", v, w, p).isEqualTo(v);
      }
    }
  }

  private static boolean loneSeparatorBeforeThreeDigits(String text) {
    int seps = 0;
    int last = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' || text.charAt(i) == ',') {
        seps++;
        last = i;
      }
    }
    return seps == 1 && text.length() - last - 1 == 3;
  }

  static void assertNamesTheText(InvalidTextException e, String text) {
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.location()).isEqualTo(WHERE);
    assertThat(e.reason()).isNotBlank();
    assertThat(e.getMessage()).startsWith(WHERE + ": cannot read ");
  }
}
