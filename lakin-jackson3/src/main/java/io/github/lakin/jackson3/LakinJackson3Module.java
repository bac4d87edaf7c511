package io.github.lakin.jackson3;

import io.github.lakin.jackson.ResultJsonWriter;
import io.github.lakin.jackson.schema.Binding;
import io.github.lakin.jackson.schema.JsonOut;
import io.github.lakin.jackson.schema.JsonReadException;
import io.github.lakin.jackson.schema.Kind;
import io.github.lakin.jackson.schema.Pointers;
import io.github.lakin.jackson.schema.Reading;
import io.github.lakin.scoring.aggregate.ReportResult;
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
 * Binding#MODEL} with its declared kind, writes a {@link ReportResult} in the one result form
 * {@code lakin-result/1} (detailed), and refuses to read a computed result. Errors name the JSON
 * Pointer of the bad value, the same text as the Jackson 2 module's.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new LakinJackson3Module()).build();
 * }</pre>
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
    for (Class<?> computed : Binding.COMPUTED) {
      refuse(readers, computed);
    }
    // the result form, through the one ResultJsonWriter: the same bytes as the Jackson 2 module
    writers.addSerializer(ReportResult.class, new Writer<>(ReportResult.class, (r, out) -> ResultJsonWriter.write(r, out, true)));
    context.addDeserializers(readers);
    context.addSerializers(writers);
  }

  private static <T> void register(SimpleDeserializers readers, SimpleSerializers writers, Binding<T> b) {
    readers.addDeserializer(b.type(), new KindReader<>(b.type(), b.kind()));
    if (b.writes()) {
      writers.addSerializer(b.type(), new Writer<>(b.type(), b.kind()::write));
    }
  }

  private static <T> void refuse(SimpleDeserializers readers, Class<T> type) {
    readers.addDeserializer(type, new StdDeserializer<T>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        throw MismatchedInputException.from(p, type,
            Pointers.show(Pointers.of(Jackson3In.valuePath(p))) + ": " + Binding.computedMessage(type));
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
