/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import java.util.Locale;

/** Alat bantu teks (text helpers): character classes and small scanners shared by the parsers. Not public API. */
final class Texts {
  private Texts() {}

  /** Longest text the parsers read; longer texts are refused before any work. */
  static final int MAX_LENGTH = 200;

  /** What cells and numbers print for "no value". Compared after trimming, in lower case. */
  private static final String[] NOT_AVAILABLE = {
    "n/a", "na", "n.a", "n.a.", "#n/a", "-", "–", "—", "tidak tersedia", "belum tersedia"
  };

  /** Space, tab, non-breaking and other Unicode spaces. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }

  /** ASCII digits only: other scripts' digits are refused, not converted. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code -}, {@code −} (U+2212) or {@code +}. */
  static boolean isSign(char c) {
    return c == '-' || c == '\u2212' || c == '+';
  }

  static int skipSpaces(String s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String s, int from, int to) {
    int e = to;
    while (e > from && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Whether {@code s[at, to)} starts with the lower-case ASCII {@code prefix}, ignoring ASCII case. */
  static boolean startsWith(String s, int at, int to, String prefix) {
    if (to - at < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (lowerAscii(s.charAt(at + k)) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Length of a currency prefix {@code Rp}, {@code Rp.} or {@code IDR} at {@code at}, or 0. */
  static int currencyLength(String s, int at, int to) {
    if (startsWith(s, at, to, "rp")) {
      return at + 2 < to && s.charAt(at + 2) == '.' ? 3 : 2;
    }
    return startsWith(s, at, to, "idr") ? 3 : 0;
  }

  /** Whether a trimmed text is one of the not-available markers. */
  static boolean isNotAvailable(String trimmed) {
    String t = trimmed.toLowerCase(Locale.ROOT);
    for (String na : NOT_AVAILABLE) {
      if (t.equals(na)) {
        return true;
      }
    }
    return false;
  }

  /** Refuses a text longer than {@link #MAX_LENGTH}; returns it as a String. */
  static String checkLength(CharSequence text, Failure failure) {
    if (text.length() > MAX_LENGTH) {
      throw failure.at("it is " + text.length() + " characters long; at most " + MAX_LENGTH + " are read");
    }
    return text.toString();
  }

  /** Describes a character that does not belong where it was found. */
  static String describe(char c) {
    if (Character.isLetter(c)) {
      return "the letter '" + c + "'";
    }
    if (isSpace(c)) {
      return "a space";
    }
    if (Character.isISOControl(c) || Character.isSurrogate(c)) {
      String hex = Integer.toHexString(c);
      return "the character U+" + "0000".substring(hex.length()) + hex.toUpperCase(Locale.ROOT);
    }
    return "the character '" + c + "'";
  }
}
