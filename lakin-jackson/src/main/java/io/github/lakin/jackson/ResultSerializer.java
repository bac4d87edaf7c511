/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.lakin.json.ResultForm;
import java.io.IOException;

/**
 * Penulis hasil: the Jackson 2 serializer of one result type, writing through its {@link
 * ResultForm}.
 *
 * @param <T> the type written
 */
final class ResultSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ResultForm<T> form;

  ResultSerializer(ResultForm<T> form) {
    super(form.type());
    this.form = form;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    form.write(value, new JacksonOut(g));
  }
}
