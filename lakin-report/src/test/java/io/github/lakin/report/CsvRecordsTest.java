/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader: fields and the line and column where each began, computed by hand below. Every
 * case is read whole and through readers that hand out 1, 2 or 3 characters at a time, so that a
 * field, a quote, a CR LF or a surrogate pair split across two reads gives the same fields.
 */
class CsvRecordsTest {
  /** A reader that returns at most {@code chunk} characters per read, as a slow pipe does. */
  static final class Trickle extends Reader {
    private final Reader in;
    private final int chunk;

    Trickle(String text, int chunk) {
      this.in = new StringReader(text);
      this.chunk = chunk;
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      return in.read(b, off, Math.min(len, chunk));
    }

    @Override
    public void close() {}
  }

  private static List<Reader> readers(String text) {
    return List.of(new StringReader(text), new Trickle(text, 1), new Trickle(text, 2), new Trickle(text, 3));
  }

  /** Each record as "text@line:column|text@line:column…". */
  private static List<String> records(Reader r, char delimiter) {
    CsvRecords c = new CsvRecords(r, "t.csv", delimiter);
    List<String> out = new ArrayList<>();
    List<CsvRecords.Field> fields;
    while ((fields = c.next()) != null) {
      StringBuilder b = new StringBuilder();
      for (CsvRecords.Field f : fields) {
        b.append(b.length() == 0 ? "" : "|").append(f.text).append('@').append(f.line).append(':').append(f.column);
      }
      out.add(b.toString());
    }
    return out;
  }

  private static void reads(String text, String... expected) {
    for (Reader r : readers(text)) {
      assertThat(records(r, ',')).as(r.getClass().getSimpleName()).containsExactly(expected);
    }
  }

  private static void fails(String text, String where, String reason) {
    for (Reader r : readers(text)) {
      assertThatThrownBy(() -> records(r, ',')).isInstanceOf(InvalidTextException.class).hasMessageStartingWith(where)
          .hasMessageContaining(reason);
    }
  }

  @Test
  void plainAndQuotedFields() {
    // a , "b,c" , d : a at column 1, the quote of "b,c" at 3, d after the 5 characters "b,c" and a comma: 9
    reads("a,\"b,c\",d\n", "a@1:1|b,c@1:3|d@1:9");
    // empty fields keep their places: the second field begins at 2, the third at 3
    reads(",,\nx\n", "@1:1|@1:2|@1:3", "x@2:1");
    // "a""b" is 6 characters: c at column 8
    reads("\"a\"\"b\",c", "a\"b@1:1|c@1:8");
    reads("last line without a line end", "last line without a line end@1:1");
  }

  @Test
  void lineEndsInsideAndBetweenRecords() {
    // LF, CR LF and CR alone each end one line, inside a quoted field too: y", is 3 characters, z at 4
    reads("\"x\ny\",z\nq", "x\ny@1:1|z@2:4", "q@3:1");
    reads("\"x\r\ny\",z\r\nq", "x\r\ny@1:1|z@2:4", "q@3:1");
    reads("\"x\ry\",z\rq", "x\ry@1:1|z@2:4", "q@3:1");
    reads("a\r\n\r\nb\r", "a@1:1", "@2:1", "b@3:1");
  }

  @Test
  void columnsCountCharactersNotUtf16Units() {
    // the emoji is two UTF-16 units but one column: b at 3, and at 5 inside quotes
    reads("\uD83D\uDE00,b\n\"\uD83D\uDE00\",b\n", "\uD83D\uDE00@1:1|b@1:3", "\uD83D\uDE00@2:1|b@2:5");
    // a byte order mark is no column
    reads("\uFEFFa,b", "a@1:1|b@1:3");
  }

  @Test
  void malformedRecordsAreLocated() {
    fails("x,\"abc", "t.csv:1:3:", "never closed");
    fails("x\ny,\"abc\ndef", "t.csv:2:3:", "never closed");
    // text after the closing quote: "a" is columns 1 to 3, b at 4
    fails("\"a\"b,c", "t.csv:1:4:", "text after the closing quote");
    // U+FFFD is what a byte that is not text in the encoding became: column 3 + 1
    fails("a,b\uFFFDc", "t.csv:1:4:", "not text");
    // inside quotes: the text starts after the quote (column 4 is b, 5 the bad character) …
    fails("a,\"b\uFFFD\"", "t.csv:1:5:", "not text");
    // … and may span lines: line 2 after LF, CR LF or CR; the emoji before it is one column
    fails("a,\"b\n\uD83D\uDE00\uFFFD\"", "t.csv:2:2:", "not text");
    fails("a,\"b\r\n\uFFFD\"", "t.csv:2:1:", "not text");
    fails("a,\"b\rxy\uFFFD\"", "t.csv:2:3:", "not text");
  }

  @Test
  void aSemicolonHeaderChoosesTheSemicolon() {
    assertThat(CsvRecords.detectDelimiter("goal;indicator;name,x")).isEqualTo(';');
    assertThat(CsvRecords.detectDelimiter("goal,indicator;name")).isEqualTo(',');
    assertThat(CsvRecords.detectDelimiter("\"a;b;c\",d")).isEqualTo(','); // inside quotes they do not count
    assertThat(CsvRecords.detectDelimiter("a;b;\"c,d,e,f\"")).isEqualTo(';');
    assertThat(CsvRecords.detectDelimiter("")).isEqualTo(',');
    assertThat(records(new Trickle("a;\"b;c\";d\n", 1), ';')).containsExactly("a@1:1|b;c@1:3|d@1:9");
  }

  /** FNV-1a over UTF-16 units, as its specification gives it: the slow reference of the hash. */
  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return h;
  }

  @Test
  void theContentHashIsFnv1aOfEveryCharacterRead() {
    String text = "a,b\n\"c\nd\",e\n";
    for (Reader r : readers(text)) {
      CsvRecords c = new CsvRecords(r, "t.csv", ',');
      assertThat(c.contentHash()).isEqualTo(fnv1a(""));
      while (c.next() != null) {
        // read to the end
      }
      assertThat(c.contentHash()).isEqualTo(fnv1a(text));
    }
    assertThat(fnv1a(text)).isNotEqualTo(fnv1a(text.replace('e', 'f')));
  }

  @Test
  void aFailedReadNamesTheSource() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] b, int off, int len) throws IOException {
        throw new IOException("device gone");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> new CsvRecords(broken, "t.csv", ',').next()).isInstanceOf(UncheckedIOException.class)
        .hasMessage("t.csv: device gone");
  }
}
