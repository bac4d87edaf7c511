/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.text.NumberStyle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Opsi pembacaan (read options): what the caller states about a report file that the file itself
 * may leave unstated — its year and its number style. What the file states wins only where the
 * caller is silent (the encoding only the caller states): a year or style given here and a different one in the file is an error, never
 * a silent choice. Immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ReadOptions {
  private static final ReadOptions NONE = new ReadOptions(OptionalInt.empty(), Optional.empty(), StandardCharsets.UTF_8);

  private final OptionalInt year;
  private final Optional<NumberStyle> numberStyle;
  private final Charset encoding;

  private ReadOptions(OptionalInt year, Optional<NumberStyle> numberStyle, Charset encoding) {
    this.year = year;
    this.numberStyle = numberStyle;
    this.encoding = encoding;
  }

  /** Returns nothing stated: the file must state its year. */
  public static ReadOptions none() {
    return NONE;
  }

  /**
   * Returns these options with that year.
   *
   * @param year the report year, 1900 to 2999
   * @return these options with that year
   * @throws IllegalArgumentException if the year is out of range
   */
  public ReadOptions withYear(int year) {
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("the report year must be from 1900 to 2999, but was " + year);
    }
    return new ReadOptions(OptionalInt.of(year), numberStyle, encoding);
  }

  /**
   * Returns these options with that style.
   *
   * @param style how the file writes numbers; {@link NumberStyle#MIXED} (the default) lets each
   *     indicator's unit settle a number like {@code 1.250} and refuses it where nothing does
   * @return these options with that style
   */
  public ReadOptions withNumberStyle(NumberStyle style) {
    return new ReadOptions(year, Optional.of(Objects.requireNonNull(style, "style")), encoding);
  }

  /**
   * Returns these options with that encoding.
   *
   * @param encoding the file's character encoding, e.g. {@code windows-1252} for a CSV a
   *     spreadsheet program on Windows saved; default UTF-8
   * @return these options with that encoding
   */
  public ReadOptions withEncoding(Charset encoding) {
    return new ReadOptions(year, numberStyle, Objects.requireNonNull(encoding, "encoding"));
  }

  /** Returns the character encoding: UTF-8 unless stated. */
  public Charset encoding() {
    return encoding;
  }

  /** Returns the year stated, if any. */
  public OptionalInt year() {
    return year;
  }

  /** Returns the number style stated, if any. */
  public Optional<NumberStyle> numberStyle() {
    return numberStyle;
  }
}
