/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import io.github.lakin.jackson.schema.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Token list (test adapter): a {@link JsonOut} that records tokens and a {@link JsonIn} that
 * replays them, with no JSON library, to show that the schema engine needs nothing but the
 * token-level interface (as a Jackson 3 adapter will).
 */
final class Tokens implements JsonOut {
  /** One recorded token. */
  record Entry(JsonIn.Token token, String text) {}

  final List<Entry> entries = new ArrayList<>();

  @Override
  public void beginObject() {
    entries.add(new Entry(JsonIn.Token.BEGIN_OBJECT, "{"));
  }

  @Override
  public void endObject() {
    entries.add(new Entry(JsonIn.Token.END_OBJECT, "}"));
  }

  @Override
  public void beginArray() {
    entries.add(new Entry(JsonIn.Token.BEGIN_ARRAY, "["));
  }

  @Override
  public void endArray() {
    entries.add(new Entry(JsonIn.Token.END_ARRAY, "]"));
  }

  @Override
  public void name(String name) {
    entries.add(new Entry(JsonIn.Token.NAME, name));
  }

  @Override
  public void string(String text) {
    entries.add(new Entry(JsonIn.Token.STRING, text));
  }

  @Override
  public void integer(long value) {
    entries.add(new Entry(JsonIn.Token.NUMBER, Long.toString(value)));
  }

  @Override
  public void bool(boolean value) {
    entries.add(new Entry(value ? JsonIn.Token.TRUE : JsonIn.Token.FALSE, Boolean.toString(value)));
  }

  @Override
  public void nullValue() {
    entries.add(new Entry(JsonIn.Token.NULL, "null"));
  }

  /** Returns an input replaying the recorded tokens, on the first one. */
  JsonIn in() {
    return new JsonIn() {
      private int i;

      @Override
      public Token token() {
        return i < entries.size() ? entries.get(i).token() : Token.END;
      }

      @Override
      public Token next() {
        i++;
        return token();
      }

      @Override
      public String text() {
        return entries.get(i).text();
      }

      @Override
      public void skipValue() {
        if (token() != Token.BEGIN_OBJECT && token() != Token.BEGIN_ARRAY) {
          return;
        }
        int depth = 0;
        do {
          Token t = token();
          if (t == Token.BEGIN_OBJECT || t == Token.BEGIN_ARRAY) {
            depth++;
          } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
            depth--;
          }
          if (depth > 0) {
            i++;
          }
        } while (depth > 0);
      }

      // whether every token was read
      @Override
      public String toString() {
        return i + 1 == entries.size() ? "at the last token" : "at token " + i + " of " + entries.size();
      }
    };
  }
}
