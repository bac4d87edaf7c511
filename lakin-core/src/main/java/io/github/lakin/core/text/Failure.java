/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

/**
 * Kegagalan: builds the {@link InvalidTextException} for one text, so that errors found deep in a
 * cell or a target still name the whole text. Not public API.
 */
final class Failure {
  private final CharSequence text;
  private final TextLocation where;
  private final String readingAs;
  private final String context;

  Failure(CharSequence text, TextLocation where, String readingAs) {
    this(text, where, readingAs, "");
  }

  private Failure(CharSequence text, TextLocation where, String readingAs, String context) {
    this.text = text;
    this.where = where;
    this.readingAs = readingAs;
    this.context = context;
  }

  /** The same failure, its reasons prefixed by {@code what "part": }. */
  Failure within(String what, String part) {
    return new Failure(text, where, readingAs, context + what + " " + InvalidTextException.show(part) + ": ");
  }

  InvalidTextException at(String reason) {
    return new InvalidTextException(text, where, readingAs, context + reason);
  }
}
