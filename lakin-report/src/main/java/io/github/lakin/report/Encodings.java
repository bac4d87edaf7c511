/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pengodean (encodings): how report files are decoded. A byte that is not text in the file's
 * encoding becomes U+FFFD while decoding and is then an error naming its cell — never an
 * exception without a place. UTF-8 unless the caller states another ({@link ReadOptions#withEncoding}).
 */
final class Encodings {
  private Encodings() {}

  static Reader open(Path file, Charset charset) throws IOException {
    if (Files.isDirectory(file)) {
      throw new InvalidTextException("", TextLocation.of(file.toString()), "a report file", "it is a directory");
    }
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  static String readString(Path file, Charset charset) throws IOException {
    if (Files.isDirectory(file)) {
      throw new InvalidTextException("", TextLocation.of(file.toString()), "a report file", "it is a directory");
    }
    byte[] bytes = Files.readAllBytes(file);
    // the String constructor replaces what is not text as the decoder above does, without a char[] copy
    // of the whole file: a large JSON report costs its bytes and its text, not four times its size
    String text = new String(bytes, charset);
    int bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
      throw notText("", at(file.toString(), text, bad, 1, 1));
    }
    return text;
  }

  /**
   * Where a character of a text is, counting lines (LF, CR LF or CR alone end one) and columns (a
   * surrogate pair is one column), when the text begins at the given line and column.
   *
   * @param source the file, for the location
   * @param text the text
   * @param index the index of the character in the text
   * @param line the line the text begins on
   * @param column the column the text begins at
   * @return the character's line and column
   */
  static TextLocation at(String source, CharSequence text, int index, int line, int column) {
    int l = line;
    int c = column;
    for (int i = 0; i < index; i++) {
      char x = text.charAt(i);
      if (x == '\n' || (x == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        l++;
        c = 1;
      } else if (x != '\r' && !Character.isLowSurrogate(x)) {
        c++;
      }
    }
    return TextLocation.of(source, l, c);
  }

  static InvalidTextException notText(String text, TextLocation at) {
    return new InvalidTextException(text, at, "text",
        "it has a byte that is not text in the file's encoding (UTF-8 unless stated); spreadsheet programs on Windows often"
            + " save CSV as Windows-1252: then read it with --encoding windows-1252");
  }

  static Charset utf8() {
    return StandardCharsets.UTF_8;
  }
}
