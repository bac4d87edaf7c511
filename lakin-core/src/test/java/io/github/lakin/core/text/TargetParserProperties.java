/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the target parser: written targets read back to the same target and unit. */
class TargetParserProperties {

  private static final TextLocation WHERE = TextLocation.of("file.csv", 7, 3);

  /** Comparator symbols as printed, and the relation each means. */
  private static final String[] SYMBOLS = {"<", "≤", "<=", "=<", ">", "≥", ">=", "=>"};
  private static final Relation[] RELATIONS = {
    Relation.LESS_THAN, Relation.AT_MOST, Relation.AT_MOST, Relation.AT_MOST,
    Relation.GREATER_THAN, Relation.AT_LEAST, Relation.AT_LEAST, Relation.AT_LEAST
  };

  /** Unit labels as printed (with their leading space), and the unit each names; "" is none. */
  private static final String[] LABELS = {"", "%", " %", " hari kerja", " HK", " bulan", " dokumen", " orang", " indeks"};
  private static final MeasureUnit[] UNITS = {
    null, MeasureUnit.percent(), MeasureUnit.percent(), MeasureUnit.workingDays(), MeasureUnit.workingDays(),
    MeasureUnit.months(), MeasureUnit.count("dokumen"), MeasureUnit.count("orang"), MeasureUnit.index()
  };

  private static final String[] RANGE_SEPARATORS = {"–", " – ", "—", " — ", "-", " - ", " s.d. ", " s/d ", " sampai ", " S.D. "};

  /**
   * In an Indonesian document every written number reads back once the column is right: a whole
   * number needs a COUNT column unless its label says otherwise, a number with decimals reads in
   * any column. So whole numbers are written at scale 1 when a percent or index label would make
   * the number a MEASURE.
   */
  private static int writtenScale(int scale, int label) {
    boolean measureLabel = UNITS[label] != null
        && (UNITS[label].kind() == MeasureUnit.Kind.PERCENT || UNITS[label].kind() == MeasureUnit.Kind.INDEX);
    return scale == 0 && measureLabel ? 1 : scale;
  }

  private static TargetParser parserFor(int scale) {
    return TargetParser.of(NumberParser.of(NumberStyle.INDONESIAN, scale == 0 ? ColumnKind.COUNT : ColumnKind.MEASURE));
  }

  private static ParsedTarget expected(Target target, int label) {
    return UNITS[label] == null ? ParsedTarget.of(target) : ParsedTarget.of(target, UNITS[label]);
  }

  @Test
  void comparatorsRoundTrip() {
    qt().forAll(TextGen.unscaled(), integers().between(0, 4), integers().between(0, SYMBOLS.length - 1),
        integers().between(0, LABELS.length - 1)).checkAssert((u, s, r, l) -> {
          BigDecimal v = BigDecimal.valueOf(u, s);
          int scale = writtenScale(s, l);
          for (String gap : new String[] {"", " "}) {
            String text = SYMBOLS[r] + gap + IndonesianFormat.format(v, scale) + LABELS[l];
            assertThat(parserFor(scale).parse(text, WHERE)).as(text)
                .isEqualTo(expected(Target.comparator(RELATIONS[r], v), l));
          }
        });
  }

  @Test
  void exactTargetsRoundTrip() {
    qt().forAll(TextGen.unscaled(), integers().between(0, 4), integers().between(0, LABELS.length - 1))
        .checkAssert((u, s, l) -> {
          BigDecimal v = BigDecimal.valueOf(u, s);
          int scale = writtenScale(s, l);
          String text = IndonesianFormat.format(v, scale) + LABELS[l];
          assertThat(parserFor(scale).parse(text, WHERE)).as(text).isEqualTo(expected(Target.exact(v), l));
        });
  }

  /** Any two numbers, negative ones included, joined by any range separator, read as the range. */
  @Test
  void rangesRoundTrip() {
    qt().forAll(TextGen.unscaled(), TextGen.unscaled(), integers().between(0, 3),
        lists().of(integers().between(0, 99)).ofSize(2)).checkAssert((a, b, s, picks) -> {
          BigDecimal lo = BigDecimal.valueOf(Math.min(a, b), s);
          BigDecimal hi = BigDecimal.valueOf(Math.max(a, b), s);
          int l = picks.get(0) % LABELS.length;
          String separator = RANGE_SEPARATORS[picks.get(1) % RANGE_SEPARATORS.length];
          int scale = writtenScale(s, l);
          String text = IndonesianFormat.format(lo, scale) + separator + IndonesianFormat.format(hi, scale) + LABELS[l];
          assertThat(parserFor(scale).parse(text, WHERE)).as(text).isEqualTo(expected(Target.range(lo, hi), l));
        });
  }

  /** A range written upside down is refused, naming the text and the location. */
  @Test
  void reversedRangesAreRefused() {
    qt().forAll(TextGen.unscaled(), TextGen.unscaled(), integers().between(0, RANGE_SEPARATORS.length - 1))
        .assuming((a, b, sep) -> !a.equals(b))
        .checkAssert((a, b, sep) -> {
          String text = IndonesianFormat.format(BigDecimal.valueOf(Math.max(a, b)), 0) + RANGE_SEPARATORS[sep]
              + IndonesianFormat.format(BigDecimal.valueOf(Math.min(a, b)), 0);
          InvalidTextException e = catchThrowableOfType(InvalidTextException.class,
              () -> parserFor(0).parse(text, WHERE));
          assertThat(e).as(text).isNotNull();
          assertThat(e.getMessage()).startsWith("file.csv:7:3: cannot read \"" + text + "\" as a target: ");
          assertThat(e.reason()).contains("exceeds the upper bound");
        });
  }

  /** Any category of a scale, in any case, reads as the scale's own spelling. */
  @Test
  void categoriesInAnyCase() {
    OrdinalScale scale = OrdinalScale.sakipPredicate();
    Gen<String> category = Generate.pick(scale.categories());
    qt().forAll(category, lists().of(Generate.booleans()).ofSize(2)).checkAssert((c, upper) -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < c.length(); i++) {
        char ch = c.charAt(i);
        b.append(upper.get(i % 2) ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
      }
      ParsedTarget t = TargetParser.of(NumberParser.indonesian()).parse(" " + b + " ", WHERE, scale);
      assertThat(t).isEqualTo(ParsedTarget.of(Target.category(c, scale)));
    });
  }

  @Test
  void tableHasMatchingLengths() {
    assertThat(RELATIONS).hasSameSizeAs(SYMBOLS);
    assertThat(UNITS).hasSameSizeAs(LABELS);
    assertThat(List.of(SYMBOLS)).doesNotHaveDuplicates();
  }
}
