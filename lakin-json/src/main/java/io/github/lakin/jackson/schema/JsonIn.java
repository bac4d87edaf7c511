/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import java.io.IOException;

/**
 * Masukan JSON (JSON token input): the few token-level operations the schema engine needs to
 * read JSON, implemented by an adapter over a streaming parser (Jackson 2 today, Jackson 3 later).
 *
 * <p>The adapter is positioned on the first token of the value to read ({@link #token()}); the
 * engine moves with {@link #next()} and leaves the input on the value's last token, as Jackson's
 * deserializers do.
 *
 * <p>An instance reads one document and is not thread-safe.
 *
 * @since 0.1.0
 */
public interface JsonIn {
  /** Jenis token (token kind). */
  enum Token {
    /** the start of an object */
    BEGIN_OBJECT,
    /** the end of an object */
    END_OBJECT,
    /** the start of an array */
    BEGIN_ARRAY,
    /** the end of an array */
    END_ARRAY,
    /** a field name; {@link #text()} is the name */
    NAME,
    /** a JSON string; {@link #text()} is its text */
    STRING,
    /** a JSON number; {@link #text()} is the number exactly as written */
    NUMBER,
    /** {@code true} */
    TRUE,
    /** {@code false} */
    FALSE,
    /** {@code null} */
    NULL,
    /** the end of the input */
    END
  }

  /** Returns the current token. */
  Token token();

  /**
   * Moves to the next token.
   *
   * @return the new current token
   * @throws IOException if the input cannot be read or is not JSON
   */
  Token next() throws IOException;

  /**
   * Returns the current field name, string text, or number text exactly as written; the literal for
   * {@code true}, {@code false}, {@code null}.
   *
   * @return the current field name, string text, or number text exactly as written; the literal
   *     for {@code true}, {@code false}, {@code null}
   * @throws IOException if the input cannot be read
   */
  String text() throws IOException;

  /**
   * On {@link Token#BEGIN_OBJECT} or {@link Token#BEGIN_ARRAY}, moves to the matching end token;
   * on any other token, does nothing.
   *
   * @throws IOException if the input cannot be read
   */
  void skipValue() throws IOException;
}
