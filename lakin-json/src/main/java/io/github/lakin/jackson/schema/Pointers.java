/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import java.util.List;

/**
 * Penunjuk JSON (JSON Pointer, RFC 6901): building and showing pointers.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class Pointers {
  private Pointers() {}

  /** How the empty pointer (the document root) is shown in messages. */
  public static final String ROOT = "(root)";

  /**
   * Returns the pointer, e.g. {@code /goals/1/indicators/0}; empty for no segments.
   *
   * @param segments field names ({@link String}) and array indexes ({@link Integer}), from the root
   * @return the pointer, e.g. {@code /goals/1/indicators/0}; empty for no segments
   */
  public static String of(List<?> segments) {
    StringBuilder b = new StringBuilder();
    for (Object s : segments) {
      b.append('/');
      b.append(s instanceof Integer ? s.toString() : escape(s.toString()));
    }
    return b.toString();
  }

  /**
   * Returns the name as a pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param name a field name
   * @return the name as a pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}
   */
  public static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the pointer as shown in messages: {@link #ROOT} for the empty pointer.
   *
   * @param pointer a pointer
   * @return the pointer as shown in messages: {@link #ROOT} for the empty pointer
   */
  public static String show(String pointer) {
    return pointer.isEmpty() ? ROOT : pointer;
  }
}
