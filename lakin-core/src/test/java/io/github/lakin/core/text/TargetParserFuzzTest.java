/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@link TargetParser#parse} with Jazzer, with each of the nine number
 * parsers, and with an ordinal scale (opini BPK).
 *
 * <p>What must hold for any text: the only exception is {@link InvalidTextException} naming the
 * text; a numeric target is normalised, a range has {@code lower ≤ upper}, and the target written
 * plainly ({@code Target.toString()} of each kind, with its unit) reads back to the same target and unit; a
 * categorical target is one of the scale's codes and equals the text but for case and spaces.
 */
class TargetParserFuzzTest {

  private static final TextLocation WHERE = TextLocation.of("fuzz.csv", 3, 4);
  private static final List<TargetParser> ALL =
      TextGen.allParsers().stream().map(TargetParser::of).collect(java.util.stream.Collectors.toList());
  /** Reads {@code Target.toString()}: plain numbers with a decimal point. */
  private static final TargetParser PLAIN = TargetParser.of(NumberParser.of(NumberStyle.ENGLISH, ColumnKind.MEASURE));
  private static final OrdinalScale OPINION = OrdinalScale.auditOpinion();

  /** Printed targets (DOMAIN.md §3, §10) and the edges of the rules. */
  static Stream<String> seeds() {
    return Stream.of("69", "69,31", "100%", "3 dokumen", "Rp 1.334.419.000", "< 20%", "<20 %", "≤ 10 hari kerja",
        "<= 10 HK", "≥ 95", "> 3 dokumen", "=< 5", "=> 5", "80–90%", "80 - 90 %", "80 s.d. 90", "7–8 bulan",
        "80%–90%", "-5 - 5", "-5 – -3", "80 sampai dengan 90", "1 hingga 2 laporan", "Rp5.000,- – Rp6.000,-", "WTP",
        "wdp", "90–80", "5 % dokumen", "≥ 1.000 dokumen", "3.450", "10 hari – 12 bulan", "s.d. 5");
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void parse(@NotNull @WithUtf8Length(max = 260) String text) {
    for (TargetParser p : ALL) {
      ParsedTarget t;
      try {
        t = p.parse(text, WHERE);
      } catch (InvalidTextException e) {
        NumberParserFuzzTest.assertNamesTheText(e, text);
        continue;
      }
      assertThat(t.target().isNumeric()).as("%s: %s", p, t).isTrue();
      assertNumericTarget(p, text, t);
    }
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void parseWithScale(@NotNull @WithUtf8Length(max = 260) String text) {
    TargetParser p = TargetParser.of(NumberParser.indonesian());
    ParsedTarget t;
    try {
      t = p.parse(text, WHERE, OPINION);
    } catch (InvalidTextException e) {
      NumberParserFuzzTest.assertNamesTheText(e, text);
      return;
    }
    if (t.target() instanceof CategoricalTarget) {
      CategoricalTarget c = (CategoricalTarget) t.target();
      assertThat(OPINION.categories()).contains(c.required());
      int from = Texts.skipSpaces(text, 0, text.length());
      assertThat(c.required()).isEqualToIgnoringCase(text.substring(from, Texts.trimEnd(text, from, text.length())));
      assertThat(t.unit()).isEmpty();
    } else {
      assertNumericTarget(p, text, t);
      assertThat(p.parse(text, WHERE)).as("without the scale").isEqualTo(t);
    }
  }

  private static void assertNumericTarget(TargetParser p, String text, ParsedTarget t) {
    Target target = t.target();
    if (target instanceof ExactTarget) {
      assertNormal(((ExactTarget) target).value());
    } else if (target instanceof ComparatorTarget) {
      assertNormal(((ComparatorTarget) target).value());
    } else {
      RangeTarget r = (RangeTarget) target;
      assertNormal(r.lower());
      assertNormal(r.upper());
      assertThat(r.lower()).as("%s: %s", p, text).isLessThanOrEqualTo(r.upper());
    }
    String plain = target + t.unit().map(u -> " " + u.label()).orElse("");
    if (plain.length() <= NumberParser.MAX_LENGTH) {
      ParsedTarget back = PLAIN.parse(plain, WHERE);
      assertThat(back.target()).as("%s: %s written as %s", p, text, plain).isEqualTo(target);
      assertThat(back.unit().map(MeasureUnit::kind)).as("unit of %s", plain).isEqualTo(t.unit().map(MeasureUnit::kind));
    }
  }

  private static void assertNormal(BigDecimal v) {
    assertThat(v).isEqualTo(NumberParser.normalize(v));
  }
}
