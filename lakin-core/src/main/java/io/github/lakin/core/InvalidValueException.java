/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import org.jspecify.annotations.Nullable;

/**
 * Nilai tidak sah (invalid value): an input that Lakin refuses, naming the field and the value.
 *
 * <p>Thrown at construction or parse time, never later: a model object that exists is valid. The
 * message always names the field and shows the rejected value, for example {@code "target must
 * be > 0 for polarity HIGHER_IS_BETTER, but was 0"}.
 *
 * @since 0.1.0
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final @Nullable String value;

  /**
   * Creates the exception with a message written in full by the caller.
   *
   * @param field the name of the rejected field, e.g. {@code "target"} or {@code "indicator 1.2: weight"}
   * @param value the rejected value, or {@code null} when the value was absent
   * @param message the full message; it should name the field and the value
   * @deprecated the third argument here is the whole message, while the third argument of
   *     {@link #of(String, Object, String)} is only the problem; to avoid mixing the two up, use
   *     {@link #withMessage(String, Object, String)} for a full message and
   *     {@link #of(String, Object, String)} otherwise. Kept for source compatibility (and for
   *     subclasses).
   */
  @Deprecated
  public InvalidValueException(String field, @Nullable Object value, String message) {
    super(message);
    this.field = field;
    this.value = value == null
        ? null
        : value instanceof java.math.BigDecimal ? ((java.math.BigDecimal) value).toPlainString() : String.valueOf(value);
  }

  /**
   * Creates an exception whose message is {@code "<field> <problem>, but was <value>"}: the usual
   * way to reject a value.
   *
   * @param field the rejected field
   * @param value the rejected value, or {@code null} when it was absent
   * @param problem what the field must satisfy, e.g. {@code "must be >= 0"}: not a whole message
   * @return the exception, to be thrown by the caller
   */
  @SuppressWarnings("deprecation") // the one place that builds the exception
  public static InvalidValueException of(String field, @Nullable Object value, String problem) {
    return new InvalidValueException(field, value, field + " " + problem + ", but was " + show(value));
  }

  /**
   * Creates an exception with a message the caller writes in full, for messages that do not fit
   * {@code "<field> <problem>, but was <value>"} (e.g. two fields in conflict).
   *
   * @param field the rejected field
   * @param value the rejected value, or {@code null} when it was absent
   * @param message the whole message; it should name the field and show the value
   * @return the exception, to be thrown by the caller
   */
  @SuppressWarnings("deprecation") // the one place that builds the exception
  public static InvalidValueException withMessage(String field, @Nullable Object value, String message) {
    return new InvalidValueException(field, value, message);
  }

  private static String show(@Nullable Object value) {
    if (value == null) {
      return "absent";
    }
    if (value instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) value).toPlainString();
    }
    if (value instanceof CharSequence) {
      return "\"" + value + "\"";
    }
    return String.valueOf(value);
  }

  /**
   * The rejected field.
   *
   * @return the field name as given when thrown
   */
  public String field() {
    return field;
  }

  /**
   * The rejected value.
   *
   * @return the value as text, or {@code null} when it was absent
   */
  public @Nullable String value() {
    return value;
  }
}
