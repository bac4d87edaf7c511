package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.Serializable;

/**
 * Pembaca JSON: a Jackson deserializer made from a function that reads one value at the parser's
 * current token.
 *
 * @param <T> the type read
 */
final class Reader<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Reads one value whose first token is the parser's current token, leaving the parser on the
   * value's last token.
   *
   * @param <T> the type read
   */
  @FunctionalInterface
  interface Body<T> extends Serializable {
    T read(JsonParser p, DeserializationContext ctxt) throws IOException;
  }

  private final Body<T> body;

  Reader(Class<T> type, Body<T> body) {
    super(type);
    this.body = body;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return body.read(p, ctxt);
  }
}
