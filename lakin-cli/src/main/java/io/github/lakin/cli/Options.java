/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
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

  /**
   * Splits a text at each match of a regular expression and drops the empty parts at its end, as
   * the options have always read a trailing separator: {@code "100,90,"} is two parts, {@code ","}
   * none, and an empty text one empty part (what {@code String.split(regex)} gives, written out).
   *
   * @param text the text
   * @param regex the separator
   * @return the parts
   */
  static String[] split(String text, String regex) {
    if (text.isEmpty()) {
      return new String[] {""};
    }
    String[] parts = text.split(regex, -1);
    int n = parts.length;
    while (n > 0 && parts[n - 1].isEmpty()) {
      n--;
    }
    return n == parts.length ? parts : java.util.Arrays.copyOf(parts, n);
  }

  /**
   * Returns the chart bands.
   *
   * @param text {@code --bands GREEN,YELLOW}, e.g. {@code 100,90}, or null for the defaults
   * @return the chart bands
   */
  static io.github.lakin.report.render.ChartBands bands(String text) {
    if (text == null) {
      return io.github.lakin.report.render.ChartBands.defaults();
    }
    String[] parts = split(text, "[,;]");
    if (parts.length != 2) {
      throw new IllegalArgumentException("--bands must be two percentages GREEN,YELLOW such as 100,90, but was " + text);
    }
    return io.github.lakin.report.render.ChartBands.of(number(parts[0].strip(), "--bands"), number(parts[1].strip(), "--bands"));
  }

  /** What writes a file's content. */
  interface Content {
    void writeTo(java.io.OutputStream out) throws java.io.IOException;
  }

  /**
   * Writes a whole output file: into a temporary file beside it, then moved into place, so a failed
   * write leaves no half-written file.
   *
   * @throws IllegalArgumentException naming the file when it cannot be written (one line)
   */
  static void writeFile(java.nio.file.Path file, Content content) {
    java.nio.file.Path dir = file.toAbsolutePath().getParent();
    java.nio.file.Path tmp = null;
    boolean moved = false;
    try {
      tmp = java.nio.file.Files.createTempFile(dir, ".lakin-", ".tmp");
      try (java.io.OutputStream o = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(tmp))) {
        content.writeTo(o);
      }
      java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException("cannot write " + file + ": " + cause.getClass().getSimpleName() + " "
          + String.valueOf(cause.getMessage()).replace('\n', ' '));
    } finally {
      if (tmp != null && !moved) {
        try {
          java.nio.file.Files.deleteIfExists(tmp);
        } catch (java.io.IOException ignored) {
          // the exception on its way names the real failure
        }
      }
    }
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
