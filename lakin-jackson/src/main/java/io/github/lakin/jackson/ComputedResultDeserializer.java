/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.lakin.jackson.schema.Pointers;
import io.github.lakin.json.ResultForm;

/**
 * Hasil tidak dibaca (results are not read): the deserializer of every result type, which refuses
 * with a {@link JsonMappingException} that says why: results are computed from the report, so a
 * client reads the report (agreement, realisations, policy) and scores it.
 *
 * @param <T> the result type
 */
final class ComputedResultDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ResultForm<T> form;

  ComputedResultDeserializer(ResultForm<T> form) {
    super(form.type());
    this.form = form;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws JsonMappingException {
    String pointer = Pointers.show(Pointers.of(JacksonIn.pathOfValue(p)));
    throw JsonMappingException.from(p, pointer + ": " + form.unreadable());
  }
}
