package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.lakin.jackson.schema.Binding;
import io.github.lakin.jackson.schema.Pointers;

/**
 * Hasil tidak dibaca (results are not read): the deserializer of every result type, which refuses
 * with a {@link JsonMappingException} that says why: results are computed from the report, so a
 * client reads the report (agreement, realisations, policy) and scores it.
 *
 * @param <T> the result type
 */
final class ComputedResultDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  ComputedResultDeserializer(Class<T> type) {
    super(type);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws JsonMappingException {
    String pointer = Pointers.show(Pointers.of(JacksonIn.pathOfValue(p)));
    throw JsonMappingException.from(p, pointer + ": " + Binding.computedMessage(handledType()));
  }
}
