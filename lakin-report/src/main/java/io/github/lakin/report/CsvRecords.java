/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pembaca CSV (CSV reader): an RFC 4180 reader that streams records and remembers where each
 * field began (line and column, both from 1), so that every later error can name its cell.
 *
 * <p>Quoted fields may hold the delimiter, line breaks and doubled quotes; LF, CRLF and CR end a
 * record; a UTF-8 byte order mark before the first field is skipped. A quote that is never closed,
 * or text after a closing quote, is an {@link InvalidTextException} at that place. Written here
 * rather than taken from a library because the error messages must name the exact column of the
 * cell, including inside multi-line quoted fields.
 */
final class CsvRecords {
  /** One field: its text (quotes removed) and where it began. */
  static final class Field {
    final String text;
    final int line;
    final int column;

    Field(String text, int line, int column) {
      this.text = text;
      this.line = line;
      this.column = column;
    }
  }

  /**
   * A header line {@code # key: value} as the CSV forms write it (report files and band tables): the
   * one rule for where its key and value stand. The fields of the line are joined again with the
   * delimiter, since a value may hold one.
   */
  static final class HeaderLine {
    /** The text after '#', stripped, with its place. */
    final ReportRow.Text comment;
    /** The key as written (not lower-cased), at the column after '#'; null for a free comment. */
    final ReportRow.@Nullable Text key;
    /** The value, stripped, at its first character; null for a free comment. */
    final ReportRow.@Nullable Text value;

    private HeaderLine(ReportRow.Text comment, ReportRow.@Nullable Text key, ReportRow.@Nullable Text value) {
      this.comment = comment;
      this.key = key;
      this.value = value;
    }

    static HeaderLine of(String source, List<Field> fields, char delimiter) {
      Field first = fields.get(0);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          b.append(delimiter);
        }
        b.append(fields.get(i).text);
      }
      String line = b.toString();
      int hash = line.indexOf('#');
      String body = line.substring(hash + 1);
      int after = first.column + hash + 1;
      ReportRow.Text comment = new ReportRow.Text(body.strip(), source, first.line, after + Math.max(0, body.indexOf(body.strip())));
      int colon = body.indexOf(':');
      if (colon < 0) {
        return new HeaderLine(comment, null, null);
      }
      String rest = body.substring(colon + 1);
      int valueColumn = after + colon + 1 + (rest.length() - rest.stripLeading().length());
      return new HeaderLine(comment, new ReportRow.Text(body.substring(0, colon).strip(), source, first.line, after),
          new ReportRow.Text(rest.strip(), source, first.line, valueColumn));
    }
  }

  private final Reader in;
  private final String source;
  private final char delimiter;
  private int line = 1;
  private int column = 1;
  private int pushed = -2;
  private boolean first = true;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean fromBuffer;
  private final StringBuilder text = new StringBuilder();
  private long contentHash = 0xcbf29ce484222325L;

  CsvRecords(Reader in, String source, char delimiter) {
    this.in = in;
    this.source = source;
    this.delimiter = delimiter;
  }

  /**
   * Picks the delimiter from a header line: {@code ;} when it has more semicolons than commas
   * outside quotes (spreadsheets in an Indonesian locale write {@code ;}), else {@code ,}.
   */
  static char detectDelimiter(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private int read() {
    int c;
    fromBuffer = false;
    if (pushed != -2) {
      c = pushed;
      pushed = -2;
    } else {
      if (position == limit) {
        try {
          limit = in.read(buffer, 0, buffer.length);
        } catch (IOException e) {
          throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
        long h = contentHash;
        for (int i = 0; i < limit; i++) {
          h = (h ^ buffer[i]) * 0x100000001B3L;
        }
        contentHash = h;
      }
      c = buffer[position++];
      fromBuffer = true;
    }
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        return read();
      }
    }
    return c;
  }

  private void unread(int c) {
    pushed = c;
  }

  /** Returns a 64-bit hash (FNV-1a over the characters) of all the text read so far. */
  long contentHash() {
    return contentHash;
  }

  /** Returns the next record, or {@code null} at the end of the input. */
  @Nullable List<Field> next() {
    int c = read();
    if (c == -1) {
      return null;
    }
    unread(c);
    List<Field> fields = new ArrayList<>();
    while (true) {
      int startLine = line;
      int startColumn = column;
      text.setLength(0);
      String done = null;
      c = read();
      boolean quotedField = c == '"';
      if (quotedField) {
        column++;
        while (true) {
          if (pushed == -2 && position < limit) {
            // fast path: copy the run up to the next quote or line break inside the buffer at once
            int j = position;
            int low = 0;
            while (j < limit) {
              char d = buffer[j];
              if (d == '"' || d == '\n' || d == '\r') {
                break;
              }
              if (Character.isLowSurrogate(d)) {
                low++; // columns count characters as people see them, not UTF-16 units
              }
              j++;
            }
            text.append(buffer, position, j - position);
            column += j - position - low;
            position = j;
          }
          c = read();
          if (c == -1) {
            throw new InvalidTextException("\"" + abbreviate(text), TextLocation.of(source, startLine, startColumn),
                "a quoted field", "the quote opened here is never closed");
          }
          if (c == '"') {
            column++;
            int d = read();
            if (d == '"') {
              column++;
              text.append('"');
              continue;
            }
            c = d;
            break;
          }
          text.append((char) c);
          if (c == '\n') {
            line++;
            column = 1;
          } else if (c == '\r') {
            int d = read(); // CR LF is one line end, CR alone another
            if (d == '\n') {
              text.append('\n');
            } else {
              unread(d);
            }
            line++;
            column = 1;
          } else if (!Character.isLowSurrogate((char) c)) {
            column++;
          }
        }
        if (c != delimiter && c != '\n' && c != '\r' && c != -1) {
          throw new InvalidTextException(String.valueOf((char) c), TextLocation.of(source, line, column),
              "a field", "text after the closing quote of a quoted field (write \"\" for a quote inside it)");
        }
      } else {
        if (fromBuffer && c != delimiter && c != '\n' && c != '\r' && c != -1) {
          // fast path: the field ends inside the buffer, copy it at once
          int start = position - 1;
          int j = position;
          int low = 0;
          while (j < limit) {
            char d = buffer[j];
            if (d == delimiter || d == '\n' || d == '\r') {
              break;
            }
            if (Character.isLowSurrogate(d)) {
              low++;
            }
            j++;
          }
          if (j < limit) {
            done = new String(buffer, start, j - start);
            column += j - start - low;
            position = j + 1;
            c = buffer[j];
          }
        }
        while (c != delimiter && c != '\n' && c != '\r' && c != -1) {
          text.append((char) c);
          if (!Character.isLowSurrogate((char) c)) {
            column++;
          }
          c = read();
        }
      }
      String fieldText = done != null ? done : text.toString();
      int bad = fieldText.indexOf('\uFFFD');
      if (bad >= 0) {
        // the text of a quoted field begins after its quote, and may span lines
        throw Encodings.notText(fieldText, Encodings.at(source, fieldText, bad, startLine,
            quotedField ? startColumn + 1 : startColumn));
      }
      fields.add(new Field(fieldText, startLine, startColumn));
      if (c == delimiter) {
        column++;
        continue;
      }
      if (c == '\r') {
        int d = read();
        if (d != '\n') {
          unread(d);
        }
      }
      if (c != -1) {
        line++;
        column = 1;
      }
      return fields;
    }
  }

  private static String abbreviate(CharSequence s) {
    return s.length() <= 20 ? s.toString() : s.subSequence(0, 20) + "…";
  }
}
