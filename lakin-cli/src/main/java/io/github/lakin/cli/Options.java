package io.github.lakin.cli;

import io.github.lakin.core.text.ColumnKind;
import io.github.lakin.core.text.NumberParser;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.core.text.TextLocation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/** Opsi bersama (shared options): reading option values exactly. */
final class Options {
  static final NumberParser NUMBERS = NumberParser.of(NumberStyle.MIXED, ColumnKind.MEASURE);
  static final NumberParser MONEY = NumberParser.of(NumberStyle.MIXED, ColumnKind.COUNT);

  private Options() {}

  static Locale locale(String lang) {
    if ("id".equals(lang)) {
      return Locale.forLanguageTag("id");
    }
    if ("en".equals(lang)) {
      return Locale.ENGLISH;
    }
    throw new IllegalArgumentException("--lang must be id or en, but was " + lang);
  }

  static void checkChoice(String option, String value, String... allowed) {
    if (value != null && !Arrays.asList(allowed).contains(value)) {
      throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ", but was " + value);
    }
  }

  static BigDecimal number(String text, String option) {
    return NUMBERS.parseNumber(text, TextLocation.of("option " + option));
  }

  static BigDecimal money(String text, String option) {
    return MONEY.parseNumber(text, TextLocation.of("option " + option));
  }

  /**
   * @param file a report file named on the command line
   * @throws IllegalArgumentException if it is a directory or does not exist
   */
  static void requireFile(java.nio.file.Path file) {
    if (java.nio.file.Files.isDirectory(file)) {
      throw new IllegalArgumentException(file + ": is a directory, not a report file");
    }
    if (!java.nio.file.Files.exists(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
  }
}
