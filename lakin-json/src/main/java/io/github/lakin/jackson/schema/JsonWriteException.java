/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import java.io.IOException;

/**
 * Kesalahan menulis JSON (JSON write error): a value the JSON format cannot hold (e.g. a scoring
 * policy with strategies per indicator, which are not part of the format yet).
 *
 * @since 0.1.0
 */
public final class JsonWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  /** @param message what cannot be written and why */
  public JsonWriteException(String message) {
    super(message);
  }
}
