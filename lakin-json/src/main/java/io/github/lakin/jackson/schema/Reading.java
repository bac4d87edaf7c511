/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import io.github.lakin.core.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keadaan membaca (reading state): where the engine is in the document (its JSON Pointer), how
 * strict it is about unknown fields, and the factory of the errors it raises. One per value read;
 * not thread-safe.
 *
 * @since 0.1.0
 */
public final class Reading {
  private final List<Object> base;
  private final List<Object> path = new ArrayList<>();
  private final boolean failOnUnknownFields;

  /**
   * @param base the path from the document root to the value about to be read: field names
   *     ({@link String}) and array indexes ({@link Integer})
   * @param failOnUnknownFields whether a field a type does not declare is an error (else it is skipped)
   */
  public Reading(List<Object> base, boolean failOnUnknownFields) {
    this.base = List.copyOf(base);
    this.failOnUnknownFields = failOnUnknownFields;
  }

  /** Returns whether unknown fields are errors. */
  boolean failOnUnknownFields() {
    return failOnUnknownFields;
  }

  void push(Object segment) {
    path.add(segment);
  }

  void pop() {
    path.remove(path.size() - 1);
  }

  /** Returns the JSON Pointer of the current position from the document root. */
  public String pointer() {
    List<Object> all = new ArrayList<>(base);
    all.addAll(path);
    return Pointers.of(all);
  }

  private JsonReadException error(JsonReadException.Kind kind, String problem, @Nullable Object value, Class<?> type,
      List<String> known, @Nullable Throwable cause) {
    return new JsonReadException(kind, pointer(), path, problem, value, type, known, cause);
  }

  /**
   * Returns the value as shown in messages: text in quotes (cut at 200 characters), anything else
   * as it is.
   *
   * @param value a rejected value
   * @return the value as shown in messages: text in quotes (cut at 200 characters), anything else as it is
   */
  static String quote(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence) {
      String s = value.toString();
      if (s.length() > 200) {
        s = s.substring(0, 200) + "…";
      }
      return "\"" + s + "\"";
    }
    return String.valueOf(value);
  }

  static String describe(JsonIn in) throws IOException {
    switch (in.token()) {
      case STRING:
        return quote(in.text());
      case BEGIN_OBJECT:
      case NAME:
        return "an object";
      case BEGIN_ARRAY:
        return "an array";
      case NUMBER:
        return "the number " + in.text();
      case END:
        return "the end of the input";
      default:
        return in.text();
    }
  }

  /**
   * A value of the wrong JSON type.
   *
   * @param in the input, on the value
   * @param type the Java type being read
   * @param expected what was expected, e.g. {@code "a JSON object"}
   * @return the error to throw
   * @throws IOException if the input cannot be read
   */
  public JsonReadException wrongType(JsonIn in, Class<?> type, String expected) throws IOException {
    return error(JsonReadException.Kind.WRONG_TYPE, "must be " + expected + ", but was " + describe(in), null, type, List.of(), null);
  }

  /**
   * A value of the right JSON type but a bad content.
   *
   * @param in the input, on the value
   * @param type the Java type being read
   * @param problem what the value must satisfy, e.g. {@code "must be a decimal number"}
   * @param value the rejected value
   * @param cause the underlying rejection, if any
   * @return the error to throw
   */
  public JsonReadException invalid(JsonIn in, Class<?> type, String problem, @Nullable Object value, @Nullable Throwable cause) {
    String shown = in.token() == JsonIn.Token.NUMBER ? String.valueOf(value) : quote(value);
    return error(JsonReadException.Kind.INVALID_VALUE, problem + ", but was " + shown, value, type, List.of(), cause);
  }

  /**
   * A model parser refused a scalar (a period label, a comparator symbol): its message is the problem.
   *
   * @param type the Java type being read
   * @param e the model's rejection
   * @param value the rejected text
   * @return the error to throw
   */
  public JsonReadException rejectedScalar(Class<?> type, InvalidValueException e, @Nullable Object value) {
    return error(JsonReadException.Kind.INVALID_VALUE, String.valueOf(e.getMessage()), value, type, List.of(), e);
  }

  /**
   * Returns an error at the current position.
   *
   * @param type the Java type being read
   * @param problem the whole problem, e.g. {@code "a required field is missing"}
   * @return an error at the current position
   */
  public JsonReadException shape(Class<?> type, String problem) {
    return error(JsonReadException.Kind.SHAPE, problem, null, type, List.of(), null);
  }

  JsonReadException shapeAt(Class<?> type, Object segment, String problem) {
    push(segment);
    try {
      return shape(type, problem);
    } finally {
      pop();
    }
  }

  JsonReadException unknownField(Class<?> type, String name, String what, List<String> known) {
    push(name);
    try {
      String list = known.isEmpty() ? "" : " (known fields: " + String.join(", ", known) + ")";
      return error(JsonReadException.Kind.UNKNOWN_FIELD, "is not a field of " + what + list, name, type, known, null);
    } finally {
      pop();
    }
  }

  JsonReadException rejectedByModel(Class<?> type, InvalidValueException e) {
    return error(JsonReadException.Kind.REJECTED_BY_MODEL, String.valueOf(e.getMessage()), e.value(), type, List.of(), e);
  }
}
