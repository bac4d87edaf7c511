/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@link Period#parse(String)} with Jazzer.
 *
 * <p>What must hold for any text: the only exception is the documented {@link
 * InvalidValueException}, naming the field {@code period} and the text; a period that is read has
 * a year from 1900 to 2999, and its Indonesian and English labels read back to the same period;
 * non-breaking and other Unicode spaces read like plain spaces.
 */
class PeriodFuzzTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  /** Labels from the Javadoc and real reports, and near misses. */
  static Stream<String> seeds() {
    return Stream.of("2023", "Tahun 2023", "TW II 2023", "Triwulan 2 2023", "Q2 2023", "Semester I 2023", "S1 2023",
        "H2 2023", "Maret 2023", "Mar 2023", "March 2023", "2023-03", "  tw   iv  2024 ", "Agt 2023", "Okt 2023",
        "Des 2023", "2023-13", "TW 5 2023", "TW IIII 2023", "1899", "th. 2023", "Bulan Mei 2023", "smt-2/2023",
        "Triwulan\u00A0II\u00A02023");
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void parse(@NotNull @WithUtf8Length(max = 100) String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.chars().forEach(c -> b.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : (char) c));
    String plain = b.toString();
    Period p;
    try {
      p = Period.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("period");
      assertThat(e.value()).isEqualTo(text);
      // a non-breaking or other Unicode space reads like a plain space: both fail alike
      assertThatThrownBy(() -> Period.parse(plain)).as("%s with plain spaces", text)
          .isInstanceOf(InvalidValueException.class);
      return;
    }
    assertThat(Period.parse(plain)).as("%s with plain spaces", text).isEqualTo(p);
    assertThat(p.year()).isBetween(1900, 2999);
    assertThat(p.index()).isBetween(1, 12 / p.type().months());
    assertThat(Period.parse(p.label(ID))).as("Indonesian label of %s", p).isEqualTo(p);
    assertThat(Period.parse(p.label(Locale.ENGLISH))).as("English label of %s", p).isEqualTo(p);
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }
}
