/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import io.github.lakin.core.InvalidValueException;
import java.util.Objects;

/**
 * Teks tidak terbaca (unreadable text): the one exception the parsers of this package throw for
 * text they cannot read.
 *
 * <p>Its message names the location, the text and the reason, e.g. {@code report.csv:7:3: cannot
 * read "1.2.3,4" as a number: thousands groups after the first must have exactly 3 digits, but
 * "2" has 1}. Control characters in the text are shown escaped, and a text longer than 1000
 * characters is shown cut, with its length. The {@link #field()} is the location as text
 * ({@code "report.csv:7:3"}), and {@link #value()} the whole text.
 *
 * @since 0.1.0
 */
public final class InvalidTextException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Longest text shown whole in a message. */
  private static final int SHOWN = 1000;

  private final String text;
  private final TextLocation location;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param text the text that could not be read
   * @param location where it came from
   * @param readingAs what it was read as, e.g. {@code "a number"} or {@code "a target"}
   * @param reason why it could not be read, e.g. {@code "it contains the letter 'a'"}
   */
  public InvalidTextException(CharSequence text, TextLocation location, String readingAs, String reason) {
    this(text.toString(), location, readingAs, reason);
  }

  @SuppressWarnings("deprecation") // a subclass builds its whole message, which only the constructor takes
  private InvalidTextException(String text, TextLocation location, String readingAs, String reason) {
    super(location.toString(), text, location + ": cannot read " + show(text) + " as " + readingAs + ": " + reason);
    this.text = text;
    this.location = Objects.requireNonNull(location, "location");
    this.reason = reason;
  }

  /**
   * The text that could not be read.
   *
   * @return the whole text, as given
   */
  public String text() {
    return text;
  }

  /**
   * Where the text came from.
   *
   * @return the location
   */
  public TextLocation location() {
    return location;
  }

  /**
   * Why the text could not be read, without location and text.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /** Quotes a text for a one-line message: control characters escaped, long texts cut. */
  static String show(String text) {
    int n = Math.min(text.length(), SHOWN);
    StringBuilder b = new StringBuilder(n + 32).append('"');
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        String hex = Integer.toHexString(c);
        b.append("\\u").append("0000", hex.length(), 4).append(hex);
      } else {
        b.append(c);
      }
    }
    b.append('"');
    if (text.length() > SHOWN) {
      b.append("… (").append(text.length()).append(" characters)");
    }
    return b.toString();
  }
}
