/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson3;

import io.github.lakin.jackson.schema.JsonOut;
import tools.jackson.core.JsonGenerator;

/** Keluaran JSON ke Jackson 3: the schema engine's {@link JsonOut} over a Jackson 3 generator. */
final class Jackson3Out implements JsonOut {
  private final JsonGenerator gen;

  Jackson3Out(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override public void beginObject() { gen.writeStartObject(); }

  @Override public void endObject() { gen.writeEndObject(); }

  @Override public void beginArray() { gen.writeStartArray(); }

  @Override public void endArray() { gen.writeEndArray(); }

  @Override public void name(String name) { gen.writeName(name); }

  @Override public void string(String text) { gen.writeString(text); }

  @Override public void integer(long value) { gen.writeNumber(value); }

  @Override public void bool(boolean value) { gen.writeBoolean(value); }

  @Override public void nullValue() { gen.writeNull(); }
}
