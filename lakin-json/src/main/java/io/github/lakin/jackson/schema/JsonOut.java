/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import java.io.IOException;

/**
 * Keluaran JSON (JSON token output): the few token-level operations the schema engine needs to
 * write JSON, implemented by an adapter over a streaming generator (Jackson 2 today, Jackson 3
 * later). Decimals are never written as JSON numbers: the engine writes them with {@link
 * #string(String)}; JSON integers are written only for counts, years and scales.
 *
 * <p>An instance writes one document and is not thread-safe.
 *
 * @since 0.1.0
 */
public interface JsonOut {
  /**
   * Begins a JSON object.
   *
   * @throws IOException if the output fails
   */
  void beginObject() throws IOException;

  /**
   * Ends the JSON object begun last.
   *
   * @throws IOException if the output fails
   */
  void endObject() throws IOException;

  /**
   * Begins a JSON array.
   *
   * @throws IOException if the output fails
   */
  void beginArray() throws IOException;

  /**
   * Ends the JSON array begun last.
   *
   * @throws IOException if the output fails
   */
  void endArray() throws IOException;

  /**
   * Writes the name of the next field.
   *
   * @param name the next field's name
   * @throws IOException if the output fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a string value.
   *
   * @param text a JSON string value
   * @throws IOException if the output fails
   */
  void string(String text) throws IOException;

  /**
   * Writes an integer value.
   *
   * @param value a JSON integer value
   * @throws IOException if the output fails
   */
  void integer(long value) throws IOException;

  /**
   * Writes a boolean value.
   *
   * @param value {@code true} or {@code false}
   * @throws IOException if the output fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Writes {@code null}.
   *
   * @throws IOException if the output fails
   */
  void nullValue() throws IOException;
}
