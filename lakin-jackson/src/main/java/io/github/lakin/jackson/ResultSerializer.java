package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;

/**
 * Penulis hasil: a Jackson serializer of one result type made from a function that writes it.
 *
 * @param <T> the type written
 */
final class ResultSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Writes one whole value.
   *
   * @param <T> the type written
   */
  @FunctionalInterface
  interface Body<T> extends Serializable {
    void write(T value, JsonGenerator g, SerializerProvider provider) throws IOException;
  }

  private final Body<T> body;

  ResultSerializer(Class<T> type, Body<T> body) {
    super(type);
    this.body = body;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    body.write(value, g, provider);
  }
}
