/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.lakin.jackson.schema.JsonReadException;
import io.github.lakin.jackson.schema.JsonWriteException;
import io.github.lakin.jackson.schema.Kind;
import io.github.lakin.jackson.schema.Pointers;
import io.github.lakin.jackson.schema.Reading;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Jembatan skema–Jackson 2 (schema to Jackson 2 bridge): a deserializer and a serializer for each
 * declared {@link Kind}, and the translation of the engine's {@link JsonReadException} into
 * Jackson's own exceptions (same message, same reference path).
 */
final class SchemaJackson {
  private SchemaJackson() {}

  /**
   * Pembaca: reads one declared kind.
   *
   * @param <T> the type read
   */
  static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Kind<T> kind;

    Deserializer(Class<T> type, Kind<T> kind) {
      super(type);
      this.kind = kind;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(kind, p, ctxt);
    }
  }

  /**
   * Penulis: writes one declared kind.
   *
   * @param <T> the type written
   */
  static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Kind<T> kind;

    Serializer(Class<T> type, Kind<T> kind) {
      super(type);
      this.kind = kind;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      write(kind, value, g, provider);
    }
  }

  static <T> T read(Kind<T> kind, JsonParser p, DeserializationContext ctxt) throws IOException {
    Reading r = new Reading(JacksonIn.pathOfValue(p), ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    try {
      return kind.read(new JacksonIn(p), r);
    } catch (JsonReadException e) {
      throw translate(e, p, ctxt);
    }
  }

  static <T> void write(Kind<T> kind, T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    try {
      kind.write(value, new JacksonOut(g));
    } catch (JsonWriteException e) {
      String pointer = Pointers.show(Pointers.of(JacksonIn.path(g.getOutputContext())));
      throw JsonMappingException.from(provider, pointer + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns jackson's exception of the matching kind, with the engine's message and the path below
   * where Jackson called the module as its reference path.
   *
   * @param e the engine's error
   * @param p the parser
   * @param ctxt the context
   * @return Jackson's exception of the matching kind, with the engine's message and the path below
   *     where Jackson called the module as its reference path
   */
  static JsonMappingException translate(JsonReadException e, JsonParser p, DeserializationContext ctxt) {
    String message = e.getMessage();
    JsonMappingException x;
    switch (e.kind()) {
      case INVALID_VALUE:
        x = InvalidFormatException.from(p, message, e.value(), e.type());
        break;
      case UNKNOWN_FIELD: {
        List<Object> known = new ArrayList<>(e.knownFields());
        String name = e.unknownField();
        x = new UnrecognizedPropertyException(p, message, p.currentLocation(), e.type(), name == null ? "" : name, known);
        break;
      }
      case REJECTED_BY_MODEL:
        x = ValueInstantiationException.from(p, message, ctxt.constructType(e.type()), e.getCause());
        break;
      default:
        x = MismatchedInputException.from(p, e.type(), message);
        break;
    }
    if (x.getCause() == null && e.getCause() != null) {
      x.initCause(e.getCause());
    }
    List<Object> path = e.relativePath();
    for (int i = path.size() - 1; i >= 0; i--) {
      Object s = path.get(i);
      if (s instanceof Integer) {
        x.prependPath(e.type(), (Integer) s);
      } else {
        x.prependPath(e.type(), (String) s);
      }
    }
    return x;
  }
}
