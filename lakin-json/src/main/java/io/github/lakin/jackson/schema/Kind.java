/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import java.io.IOException;

/**
 * Jenis nilai JSON (value kind): how one kind of value is read from and written to JSON: a
 * decimal string, a list, an object declared by an {@link ObjectSchema}, ...
 *
 * @param <V> the Java type of the value
 *
 * <p>Lakin's kinds are immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public interface Kind<V> {
  /**
   * Reads one value whose first token is the input's current token (never {@code null} unless
   * {@link #readsNull()}), leaving the input on the value's last token.
   *
   * @param in the input
   * @param reading where the engine is, and the factory of errors
   * @return the value
   * @throws IOException a {@link JsonReadException} for bad JSON, or the input's own failure
   */
  V read(JsonIn in, Reading reading) throws IOException;

  /**
   * Writes one whole value.
   *
   * @param value the value
   * @param out the output
   * @throws IOException if the output fails, or a {@link JsonWriteException} for a value the
   *     format cannot hold
   */
  void write(V value, JsonOut out) throws IOException;

  /** Returns the Java type read, named by errors. */
  Class<?> javaType();

  /** Returns whether a JSON {@code null} is a value of this kind (else it means "absent"). */
  default boolean readsNull() {
    return false;
  }
}
