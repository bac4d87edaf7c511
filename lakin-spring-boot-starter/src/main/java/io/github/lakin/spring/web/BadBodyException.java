/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.web;

/**
 * Badan permintaan tidak sah (bad request body): a body the endpoints refuse before reading it as a
 * report, with the JSON Pointer of the offending value ({@code ""} for the whole body) and the HTTP
 * status to answer (400 or 413).
 *
 * @since 0.1.0
 */
public final class BadBodyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String pointer;

  /**
   * @param status the HTTP status
   * @param pointer the JSON Pointer of the bad value, {@code ""} for the body as a whole
   * @param message what is wrong, naming the bound
   */
  public BadBodyException(int status, String pointer, String message) {
    super(message);
    this.status = status;
    this.pointer = pointer;
  }

  /** Returns the HTTP status. */
  public int status() {
    return status;
  }

  /** Returns the JSON Pointer of the bad value. */
  public String pointer() {
    return pointer;
  }
}
