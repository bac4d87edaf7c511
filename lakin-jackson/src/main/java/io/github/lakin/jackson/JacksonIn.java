/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.lakin.jackson.schema.ResumableJsonIn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Masukan JSON dari Jackson 2: the schema engine's {@link io.github.lakin.jackson.schema.JsonIn}
 * over a Jackson 2 {@link JsonParser}; {@link ResumableJsonIn} handles objects Jackson resumes.
 */
final class JacksonIn extends ResumableJsonIn {
  private final JsonParser p;

  JacksonIn(JsonParser p) {
    super(p.currentToken() == JsonToken.FIELD_NAME || p.currentToken() == JsonToken.END_OBJECT);
    this.p = p;
  }

  @Override
  protected Token current() {
    return map(p.currentToken());
  }

  @Override
  protected Token advance() throws IOException {
    return map(p.nextToken());
  }

  @Override
  public String text() throws IOException {
    if (p.currentToken() == JsonToken.FIELD_NAME) {
      return p.currentName();
    }
    String t = p.getText();
    return t == null ? "" : t;
  }

  @Override
  public void skipValue() throws IOException {
    p.skipChildren();
  }

  private static Token map(@Nullable JsonToken t) {
    if (t == null) {
      return Token.END;
    }
    switch (t) {
      case START_OBJECT:
        return Token.BEGIN_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.BEGIN_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.NAME;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Token.NUMBER;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        return Token.STRING;
    }
  }

  /**
   * Returns the path from the document root to that value: field names and array indexes.
   *
   * @param p a parser on the first token of a value
   * @return the path from the document root to that value: field names and array indexes
   */
  static List<Object> pathOfValue(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.FIELD_NAME) && ctx != null) {
      ctx = ctx.getParent();
    }
    return path(ctx);
  }

  /**
   * Returns the path from the document root to its current value: field names and array indexes.
   *
   * @param ctx a parsing or writing context
   * @return the path from the document root to its current value: field names and array indexes
   */
  static List<Object> path(@Nullable JsonStreamContext ctx) {
    List<Object> segments = new ArrayList<>();
    for (; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        segments.add(Math.max(ctx.getCurrentIndex(), 0));
      } else if (ctx.getCurrentName() != null) {
        segments.add(ctx.getCurrentName());
      }
    }
    Collections.reverse(segments);
    return segments;
  }
}
