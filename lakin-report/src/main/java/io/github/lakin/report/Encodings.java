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
    String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    int bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      throw notText("", TextLocation.of(file.toString(), line, text.codePointCount(lineStart, bad) + 1));
    }
    return text;
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
