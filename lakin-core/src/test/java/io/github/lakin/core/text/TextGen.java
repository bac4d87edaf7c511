/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of texts for the parser properties. */
final class TextGen {
  private TextGen() {}

  /** The characters a number, a cell or a target is made of, and a few that are not. */
  static final String ALPHABET = "0123456789.,-%Rp *()/<>=≤≥–";

  /** Pieces of real cells and targets, to reach deeper into the parsers than random characters. */
  static final List<String> TOKENS = List.of(
      "0", "1", "5", "12", "123", "1234", "000", "450", "-", "\u2212", "+", ".", ",", "%", "Rp", "Rp.", "IDR", " ",
      "\u00A0", "*", "(", ")", "/", " dari ", "<", "<=", "≤", ">=", "≥", "=<", "–", "—", " s.d. ", "s/d", " sampai ",
      " hari kerja", "HK", " dokumen", " bulan", "N/A", "n.a", ",-", ".-", "e", "WTP", "bb", "9".repeat(30));

  /** Largest magnitude of a generated unscaled value. */
  static final long BOUND = 10_000_000_000L;

  /**
   * Unscaled values between {@code -BOUND} and {@code BOUND} whose number of digits is spread
   * evenly over 1 to 11: uniform longs would almost never have one thousands group ({@code
   * 5.985}) or three digits ({@code 3,450}), the cases where the column decides.
   */
  static Gen<Long> unscaled() {
    return longs().between(-BOUND, BOUND).zip(integers().between(1, 11), (u, digits) -> u % pow10(digits));
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /** Every parser: 3 styles × 3 columns. */
  static List<NumberParser> allParsers() {
    List<NumberParser> all = new ArrayList<>();
    for (NumberStyle style : NumberStyle.values()) {
      for (ColumnKind column : ColumnKind.values()) {
        all.add(NumberParser.of(style, column));
      }
    }
    return all;
  }

  /** Strings of 0 to {@code max} characters drawn from {@link #ALPHABET}. */
  static Gen<String> alphabetStrings(int max) {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, max).map(indices -> {
      StringBuilder b = new StringBuilder(indices.size());
      for (int i : indices) {
        b.append(ALPHABET.charAt(i));
      }
      return b.toString();
    });
  }

  /** Concatenations of 0 to {@code max} {@link #TOKENS}. */
  static Gen<String> tokenStrings(int max) {
    return lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, max).map(tokens -> String.join("", tokens));
  }
}
