/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson3;

import io.github.lakin.jackson.schema.ResumableJsonIn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Masukan JSON dari Jackson 3: the schema engine's {@link io.github.lakin.jackson.schema.JsonIn}
 * over a Jackson 3 parser; {@link ResumableJsonIn} handles objects Jackson resumes.
 */
final class Jackson3In extends ResumableJsonIn {
  private static final Map<JsonToken, Token> TOKENS = new EnumMap<>(JsonToken.class);

  static {
    TOKENS.put(JsonToken.START_OBJECT, Token.BEGIN_OBJECT);
    TOKENS.put(JsonToken.END_OBJECT, Token.END_OBJECT);
    TOKENS.put(JsonToken.START_ARRAY, Token.BEGIN_ARRAY);
    TOKENS.put(JsonToken.END_ARRAY, Token.END_ARRAY);
    TOKENS.put(JsonToken.PROPERTY_NAME, Token.NAME);
    TOKENS.put(JsonToken.VALUE_NUMBER_INT, Token.NUMBER);
    TOKENS.put(JsonToken.VALUE_NUMBER_FLOAT, Token.NUMBER);
    TOKENS.put(JsonToken.VALUE_TRUE, Token.TRUE);
    TOKENS.put(JsonToken.VALUE_FALSE, Token.FALSE);
    TOKENS.put(JsonToken.VALUE_NULL, Token.NULL);
  }

  private final JsonParser parser;

  Jackson3In(JsonParser parser) {
    super(parser.currentToken() == JsonToken.PROPERTY_NAME || parser.currentToken() == JsonToken.END_OBJECT);
    this.parser = parser;
  }

  private static Token of(@Nullable JsonToken t) {
    return t == null ? Token.END : TOKENS.getOrDefault(t, Token.STRING);
  }

  @Override
  protected Token current() {
    return of(parser.currentToken());
  }

  @Override
  protected Token advance() {
    return of(parser.nextToken());
  }

  @Override
  public String text() {
    String s = parser.currentToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : parser.getString();
    return s == null ? "" : s;
  }

  @Override
  public void skipValue() {
    parser.skipChildren();
  }

  /**
   * Returns the segments from the root to that value.
   *
   * @param parser a parser on the first token of a value
   * @return the segments from the root to that value
   */
  static List<Object> valuePath(JsonParser parser) {
    TokenStreamContext c = parser.streamReadContext();
    JsonToken t = parser.currentToken();
    boolean opens = t != null && (t.isStructStart() || t == JsonToken.PROPERTY_NAME);
    return segments(opens && c != null ? c.getParent() : c);
  }

  /**
   * Returns the segments from the root to its current value: property names and array indexes.
   *
   * @param context a read or write context
   * @return the segments from the root to its current value: property names and array indexes
   */
  static List<Object> segments(@Nullable TokenStreamContext context) {
    Deque<Object> path = new ArrayDeque<>();
    TokenStreamContext c = context;
    while (c != null && !c.inRoot()) {
      if (c.inArray()) {
        path.addFirst(Math.max(0, c.getCurrentIndex()));
      } else if (c.currentName() != null) {
        path.addFirst(c.currentName());
      }
      c = c.getParent();
    }
    return List.copyOf(path);
  }
}
