/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import io.github.lakin.core.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Letak teks (text location): where a text came from, so that an error can point at it.
 *
 * <p>A location is a source (a file name, or a description such as {@code "argument --pagu"}) and
 * optionally a 1-based line and a 1-based column. {@link #toString()} gives {@code
 * "report.csv:7:3"}, {@code "report.csv:7"} or {@code "argument --pagu"}. Immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class TextLocation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String source;
  /** 1-based line, 0 when absent. */
  private final int line;
  /** 1-based column, 0 when absent. */
  private final int column;

  private TextLocation(String source, int line, int column) {
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * A location in a file.
   *
   * @param source the file name or another description of the source, not blank
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the location
   * @throws InvalidValueException if the source is blank or the line or column is below 1
   */
  public static TextLocation of(String source, int line, int column) {
    checkPositive("line", line);
    checkPositive("column", column);
    return new TextLocation(checkSource(source), line, column);
  }

  /**
   * A line of a file, without a column.
   *
   * @param source the file name or another description of the source, not blank
   * @param line the 1-based line
   * @return the location
   * @throws InvalidValueException if the source is blank or the line is below 1
   */
  public static TextLocation of(String source, int line) {
    checkPositive("line", line);
    return new TextLocation(checkSource(source), line, 0);
  }

  /**
   * A source without line and column, e.g. {@code "argument --pagu"}.
   *
   * @param source the description of the source, not blank
   * @return the location
   * @throws InvalidValueException if the source is blank
   */
  public static TextLocation of(String source) {
    return new TextLocation(checkSource(source), 0, 0);
  }

  private static String checkSource(String source) {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw InvalidValueException.of("location.source", source, "must not be blank");
    }
    return source;
  }

  private static void checkPositive(String field, int value) {
    if (value < 1) {
      throw InvalidValueException.of("location." + field, value, "must be >= 1");
    }
  }

  /**
   * The source.
   *
   * @return the file name or description, as given
   */
  public String source() {
    return source;
  }

  /**
   * The line.
   *
   * @return the 1-based line, or empty when not known
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * The column.
   *
   * @return the 1-based column, or empty when not known
   */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TextLocation)) {
      return false;
    }
    TextLocation other = (TextLocation) o;
    return source.equals(other.source) && line == other.line && column == other.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column);
  }

  /**
   * The location as a compiler would print it.
   *
   * @return {@code source}, {@code source:line} or {@code source:line:column}
   */
  @Override
  public String toString() {
    if (line == 0) {
      return source;
    }
    return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
  }
}
