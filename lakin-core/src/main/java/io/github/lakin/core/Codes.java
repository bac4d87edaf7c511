/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.text.Normalizer;

/**
 * Kode (codes): the one normal form of indicator, goal and unit codes, so that codes that look
 * alike are the same code: Unicode NFKC (full-width {@code １.１} is {@code 1.1}, a combining
 * {@code Å} is the precomposed one), invisible format characters (zero-width space U+200B, the
 * byte order mark, direction marks) removed, every kind of space (including U+00A0) one space,
 * and no space at either end.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class Codes {
  private Codes() {}

  /**
   * Returns its normal form.
   *
   * @param code a code as written
   * @return its normal form
   */
  public static String normalize(String code) {
    boolean plain = true;
    for (int i = 0; i < code.length() && plain; i++) {
      char c = code.charAt(i);
      plain = c > ' ' && c < 0x7F;
    }
    if (plain) {
      return code; // printable ASCII without spaces: already normal (the common case, kept fast)
    }
    String n = Normalizer.normalize(code, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.appendCodePoint(c);
    }
    return b.toString();
  }

  /**
   * Returns the code.
   *
   * @param field the field, for the message
   * @param code a code
   * @return the code
   * @throws InvalidValueException if the code is not in its normal form
   */
  static String requireNormal(String field, String code) {
    String n = normalize(code);
    if (!n.equals(code)) {
      throw InvalidValueException.of(field, code, "must be in normal form (" + n + "): invisible characters, look-alike"
          + " characters or extra spaces make two codes that look the same differ; pass it through Codes.normalize");
    }
    return code;
  }
}
