/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.jackson.schema.JsonOut;
import java.io.IOException;

/** Keluaran JSON ke Jackson 2: the schema engine's {@link JsonOut} over a Jackson 2 {@link JsonGenerator}. */
final class JacksonOut implements JsonOut {
  private final JsonGenerator g;

  JacksonOut(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void beginObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void beginArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(String text) throws IOException {
    g.writeString(text);
  }

  @Override
  public void integer(long value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    g.writeNull();
  }
}
