/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson3;

import io.github.lakin.jackson.schema.Binding;
import io.github.lakin.jackson.schema.JsonOut;
import io.github.lakin.jackson.schema.JsonReadException;
import io.github.lakin.jackson.schema.Kind;
import io.github.lakin.jackson.schema.Pointers;
import io.github.lakin.jackson.schema.Reading;
import io.github.lakin.json.ResultForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Modul Jackson 3 Lakin (Lakin's Jackson 3 module): reads and writes every model type of {@link
 * Binding#MODEL} with its declared kind, writes every result type of {@link ResultForm#ALL} with
 * its one writer (a {@code ReportResult} in the result form {@code lakin-result/1}, detailed), and
 * refuses to read a result. The bytes written and the errors (naming the JSON Pointer of the bad
 * value) are those of the Jackson 2 module, {@code io.github.lakin.jackson.LakinModule}: both adapt
 * the same declarations in module lakin-json, and this module does not depend on Jackson 2.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new LakinJackson3Module()).build();
 * }</pre>
 *
 * <p>Holds no state; a mapper it is registered with stays thread-safe.
 *
 * @since 0.1.0
 */
public final class LakinJackson3Module extends JacksonModule {
  /** Creates the module. */
  public LakinJackson3Module() {}

  @Override
  public String getModuleName() {
    return "lakin";
  }

  @Override
  public Version version() {
    // the module's version lives in its jar's manifest; Jackson only uses it for display
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleDeserializers readers = new SimpleDeserializers();
    SimpleSerializers writers = new SimpleSerializers();
    for (Binding<?> b : Binding.MODEL) {
      register(readers, writers, b);
    }
    for (ResultForm<?> form : ResultForm.ALL) {
      result(readers, writers, form);
    }
    context.addDeserializers(readers);
    context.addSerializers(writers);
  }

  private static <T> void register(SimpleDeserializers readers, SimpleSerializers writers, Binding<T> b) {
    readers.addDeserializer(b.type(), new KindReader<>(b.type(), b.kind()));
    if (b.writes()) {
      writers.addSerializer(b.type(), new Writer<>(b.type(), b.kind()::write));
    }
  }

  private static <T> void result(SimpleDeserializers readers, SimpleSerializers writers, ResultForm<T> form) {
    Class<T> type = form.type();
    writers.addSerializer(type, new Writer<>(type, form::write));
    readers.addDeserializer(type, new StdDeserializer<T>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        throw MismatchedInputException.from(p, type, Pointers.show(Pointers.of(Jackson3In.valuePath(p))) + ": " + form.unreadable());
      }
    });
  }

  /** Pembaca jenis: reads one declared kind through {@link Jackson3In}. */
  private static final class KindReader<T> extends StdDeserializer<T> {
    private final Kind<T> kind;

    KindReader(Class<T> type, Kind<T> kind) {
      super(type);
      this.kind = kind;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Reading reading = new Reading(Jackson3In.valuePath(p), ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
      try {
        return kind.read(new Jackson3In(p), reading);
      } catch (JsonReadException e) {
        // the engine's message already starts with the JSON Pointer of the bad value
        MismatchedInputException x = MismatchedInputException.from(p, e.type(), e.getMessage());
        x.initCause(e.getCause() != null ? e.getCause() : e);
        throw x;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Badan penulis: writes one value through a {@link JsonOut}. */
  @FunctionalInterface
  private interface Body<T> {
    void write(T value, JsonOut out) throws IOException;
  }

  /** Penulis: writes one type through {@link Jackson3Out}: a declared kind, or the result form. */
  private static final class Writer<T> extends StdSerializer<T> {
    private final Body<T> body;

    Writer(Class<T> type, Body<T> body) {
      super(type);
      this.body = body;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      try {
        body.write(value, new Jackson3Out(g));
      } catch (IOException e) {
        throw DatabindException.from(ctxt, Pointers.show(Pointers.of(Jackson3In.segments(g.streamWriteContext()))) + ": " + e.getMessage(), e);
      }
    }
  }
}
