/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@link MeasureUnit#parse(String)} with Jazzer.
 *
 * <p>What must hold for any text: the only exception is the documented {@link
 * InvalidValueException}; a unit that is read has a label that is not blank and has no
 * surrounding spaces (Unicode spaces such as U+00A0 included), does not allow negative values,
 * reading its label again gives the same unit, and so does the text with its Unicode spaces
 * replaced by plain spaces.
 */
class MeasureUnitFuzzTest {

  /** Labels from the Javadoc and real reports, and near misses. */
  static Stream<String> seeds() {
    return Stream.of("%", "persen", "indeks", "nilai", "hari", "hari kerja", "HK", "H.K.", "bulan", "Rp", "rupiah",
        "dokumen", "Orang", "laporan", "km", ".", "hari  kerja", "\u00A0", "hari\u00A0kerja");
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void parse(@NotNull @WithUtf8Length(max = 100) String text) {
    MeasureUnit u;
    try {
      u = MeasureUnit.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    String label = u.label();
    assertThat(label.chars().anyMatch(c -> !isSpace((char) c))).as("label of %s is not blank", text).isTrue();
    assertThat(isSpace(label.charAt(0)) || isSpace(label.charAt(label.length() - 1)))
        .as("label %s has no surrounding space", label).isFalse();
    assertThat(u.negativeAllowed()).isFalse();
    assertThat(MeasureUnit.parse(label)).as("label of %s", u).isEqualTo(u);
    // a non-breaking or other Unicode space reads like a plain space, as in the number parser
    StringBuilder plain = new StringBuilder(text.length());
    text.chars().forEach(c -> plain.append(isUnicodeSpace((char) c) ? ' ' : (char) c));
    assertThat(MeasureUnit.parse(plain.toString())).as("%s with plain spaces", text).isEqualTo(u);
  }

  /** Whitespace and Unicode space separators. */
  private static boolean isUnicodeSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** A Unicode space, or a control character that {@link String#trim()} removes. */
  private static boolean isSpace(char c) {
    return isUnicodeSpace(c) || c <= ' ';
  }
}
