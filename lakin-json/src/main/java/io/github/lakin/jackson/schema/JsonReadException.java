/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kesalahan membaca JSON (JSON read error): bad JSON for a Lakin type, found by the schema engine.
 * The message is {@code "<JSON Pointer>: <problem>"}, e.g. {@code "/goals/1/indicators/0/target/value:
 * must be a decimal number such as \"69.31\", but was \"abc\""}; the document root is shown as
 * {@code (root)}. An adapter turns it into its JSON library's own exception, keeping the message.
 *
 * @since 0.1.0
 */
public final class JsonReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Jenis kesalahan (what is wrong). */
  public enum Kind {
    /** a value of the wrong JSON type (an array for a string, a number for an object) */
    WRONG_TYPE,
    /** a value of the right JSON type whose content cannot be read (not a decimal, an unknown enum constant) */
    INVALID_VALUE,
    /** a required field is missing or {@code null}, a field is given twice, or fields do not go together */
    SHAPE,
    /** a field the type does not declare */
    UNKNOWN_FIELD,
    /** the model refused the values read (its {@code InvalidValueException} is the cause) */
    REJECTED_BY_MODEL
  }

  private final Kind kind;
  private final String pointer;
  private final transient List<Object> relative;
  private final String problem;
  private final transient @Nullable Object value;
  private final Class<?> type;
  private final transient List<String> knownFields;

  JsonReadException(Kind kind, String pointer, List<Object> relative, String problem, @Nullable Object value, Class<?> type,
      List<String> knownFields, @Nullable Throwable cause) {
    super(Pointers.show(pointer) + ": " + problem, cause);
    this.kind = kind;
    this.pointer = pointer;
    this.relative = List.copyOf(relative);
    this.problem = problem;
    this.value = value;
    this.type = type;
    this.knownFields = List.copyOf(knownFields);
  }

  /** Returns what is wrong. */
  public Kind kind() {
    return kind;
  }

  /** Returns the JSON Pointer (RFC 6901) of the bad value from the document root; empty for the root. */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the path from where the engine started reading to the bad value: field names ({@link
   * String}) and array indexes ({@link Integer}).
   *
   * @return the path from where the engine started reading to the bad value: field names
   *     ({@link String}) and array indexes ({@link Integer})
   */
  public List<Object> relativePath() {
    return relative;
  }

  /** Returns the problem without the pointer. */
  public String problem() {
    return problem;
  }

  /** Returns the rejected value, when there is one. */
  public @Nullable Object value() {
    return value;
  }

  /** Returns the Java type being read when the problem was found. */
  public Class<?> type() {
    return type;
  }

  /** Returns for {@link Kind#UNKNOWN_FIELD}, the fields the type declares; else empty. */
  public List<String> knownFields() {
    return knownFields;
  }

  /** Returns for {@link Kind#UNKNOWN_FIELD}, the unknown field's name; else {@code null}. */
  public @Nullable String unknownField() {
    if (kind != Kind.UNKNOWN_FIELD || relative.isEmpty()) {
      return null;
    }
    Object last = relative.get(relative.size() - 1);
    return last instanceof String ? (String) last : null;
  }
}
