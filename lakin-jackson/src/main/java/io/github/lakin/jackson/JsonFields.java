package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.lakin.core.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Objek JSON yang sedang dibaca: reads one JSON object field by field, in any order, knowing the
 * object's path for error messages.
 *
 * <p>Use: {@link #begin}, then {@code for (String f = o.next(); f != null; f = o.next())} with one
 * {@link #read} (or {@link #unknown()}) per field, then {@link #required}, {@link #allowOnly} and
 * {@link #build}. Errors inside a field's value get the field added to the exception's
 * {@link JsonMappingException#getPath() reference path}; their messages already name the full
 * dotted path, taken from the parser.
 */
final class JsonFields {
  private final JsonParser p;
  private final DeserializationContext ctxt;
  private final Class<?> type;
  private final String path;
  private final Set<String> seen = new LinkedHashSet<>();
  private final Set<String> nulls = new LinkedHashSet<>();
  private boolean started;
  private @Nullable String field;

  private JsonFields(JsonParser p, DeserializationContext ctxt, Class<?> type, String path) {
    this.p = p;
    this.ctxt = ctxt;
    this.type = type;
    this.path = path;
  }

  /**
   * Starts reading an object: the parser is on its {@code START_OBJECT} (or, when Jackson resumes
   * a buffered object, on its first {@code FIELD_NAME}).
   *
   * @param p the parser
   * @param ctxt the context
   * @param type the model type being read, named by exceptions
   * @return the reader
   * @throws MismatchedInputException if the value is not an object
   */
  static JsonFields begin(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      String path = Scalars.render(p.getParsingContext().getParent());
      p.nextToken();
      return new JsonFields(p, ctxt, type, path);
    }
    if (t == JsonToken.FIELD_NAME) {
      return new JsonFields(p, ctxt, type, Scalars.render(p.getParsingContext().getParent()));
    }
    if (t == JsonToken.END_OBJECT) {
      return new JsonFields(p, ctxt, type, Scalars.render(p.getParsingContext()));
    }
    throw Scalars.wrongType(p, type, "a JSON object");
  }

  /** @return the dotted path of this object; empty at the root */
  String path() {
    return path;
  }

  /**
   * Moves to the next field.
   *
   * @return its name, with the parser on its value; {@code null} at the end of the object
   * @throws MismatchedInputException if a field is given twice
   */
  @Nullable String next() throws IOException {
    JsonToken t = started ? p.nextToken() : p.currentToken();
    started = true;
    field = null;
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    if (t != JsonToken.FIELD_NAME) {
      throw Scalars.mismatch(p, type, path, "the object is not closed before the end of the input");
    }
    String name = p.currentName();
    p.nextToken();
    if (!seen.add(name)) {
      throw JsonMappingException.wrapWithPath(
          Scalars.mismatch(p, type, Scalars.join(path, name), "the field is given twice"), type, name);
    }
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      nulls.add(name);
    }
    field = name;
    return name;
  }

  /**
   * Reads the current field's value.
   *
   * @param body reads the value
   * @param <T> its type
   * @return the value; {@code null} for a JSON {@code null}
   */
  <T> @Nullable T read(Reader.Body<T> body) throws IOException {
    String name = current();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    try {
      return body.read(p, ctxt);
    } catch (JsonMappingException e) {
      throw JsonMappingException.wrapWithPath(e, type, name);
    }
  }

  /**
   * The current field is not one this type knows: fails with an {@link
   * UnrecognizedPropertyException} when {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
   * is on (Jackson's default), else skips its value.
   *
   * @param known the fields this type knows, listed in the message
   */
  void unknown(String... known) throws IOException {
    String name = current();
    if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      throw unrecognized(name, "is not a field of " + describeType() + known(known), known);
    }
    p.skipChildren();
  }

  /**
   * After the last field: fails, as {@link #unknown(String...)} does, if a field other than
   * {@code allowed} was given with a value other than {@code null}.
   *
   * @param what what the object is, e.g. {@code "a target of kind exact"}
   * @param allowed the fields it may have
   */
  void allowOnly(String what, String... allowed) throws IOException {
    if (!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      return;
    }
    List<String> ok = Arrays.asList(allowed);
    for (String name : seen) {
      if (!ok.contains(name) && !nulls.contains(name)) {
        throw unrecognized(name, "is not a field of " + what + known(allowed), allowed);
      }
    }
  }

  private UnrecognizedPropertyException unrecognized(String name, String problem, String... known) {
    UnrecognizedPropertyException e = new UnrecognizedPropertyException(p,
        Scalars.show(Scalars.join(path, name)) + ": " + problem, p.currentLocation(), type, name, new ArrayList<>(Arrays.asList(known)));
    e.prependPath(type, name);
    return e;
  }

  private static String known(String... names) {
    return names.length == 0 ? "" : " (known fields: " + String.join(", ", names) + ")";
  }

  private String describeType() {
    return type.getSimpleName();
  }

  /**
   * @param name a field
   * @return whether it was given, even as {@code null}
   */
  boolean has(String name) {
    return seen.contains(name);
  }

  /**
   * @param name a field
   * @return whether it was given as {@code null}
   */
  boolean isNull(String name) {
    return nulls.contains(name);
  }

  /**
   * @param name a required field
   * @param value its value as read
   * @param <T> its type
   * @return the value
   * @throws MismatchedInputException naming the field's path if it is missing or {@code null}
   */
  <T> T required(String name, @Nullable T value) throws IOException {
    if (value == null) {
      MismatchedInputException e = Scalars.mismatch(p, type, Scalars.join(path, name),
          isNull(name) ? "a required field is null" : "a required field is missing");
      e.prependPath(type, name);
      throw e;
    }
    return value;
  }

  /**
   * A field's value is wrong in combination with others (e.g. {@code value} together with
   * {@code category}).
   *
   * @param problem the whole problem, e.g. {@code "must have either value or category"}
   * @return the exception to throw, at this object's path
   */
  MismatchedInputException shapeError(String problem) {
    return Scalars.mismatch(p, type, path, problem);
  }

  /**
   * Builds the model value: a rejection by the model ({@link InvalidValueException}) becomes a
   * {@link ValueInstantiationException} at this object's path, with the model's message and the
   * rejection as its cause.
   *
   * @param build builds the value
   * @param <T> its type
   * @return the value
   */
  <T> T build(Supplier<T> build) throws IOException {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw ValueInstantiationException.from(p, Scalars.show(path) + ": " + e.getMessage(), ctxt.constructType(type), e);
    }
  }

  private String current() {
    if (field == null) {
      throw new IllegalStateException("no current field");
    }
    return field;
  }
}
