/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import java.io.IOException;

/**
 * Masukan yang dapat dilanjutkan (resumable input): the base of a JSON library adapter's {@link
 * JsonIn}. Jackson (2 and 3) may call a deserializer on an object it has already started, the parser
 * then on the object's first field name or on its end; this base gives the start of the object
 * first, as if it were there, so the engine always reads a whole object. Subclasses only map their
 * parser's tokens.
 *
 * <p>An instance reads one document and is not thread-safe.
 *
 * @since 0.1.0
 */
public abstract class ResumableJsonIn implements JsonIn {
  private boolean resumed;

  /**
   * @param resumed whether the parser is inside an object already started (on a field name or the
   *     object's end)
   */
  protected ResumableJsonIn(boolean resumed) {
    this.resumed = resumed;
  }

  /** Returns the parser's current token, mapped. */
  protected abstract Token current();

  /**
   * Returns the parser's next token, mapped.
   *
   * @return the parser's next token, mapped
   * @throws IOException if the parser fails
   */
  protected abstract Token advance() throws IOException;

  @Override
  public final Token token() {
    return resumed ? Token.BEGIN_OBJECT : current();
  }

  @Override
  public final Token next() throws IOException {
    if (resumed) {
      resumed = false;
      return current();
    }
    return advance();
  }
}
