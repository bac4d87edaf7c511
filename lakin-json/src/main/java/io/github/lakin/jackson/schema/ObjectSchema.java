/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import io.github.lakin.core.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Skema objek JSON (object schema): the JSON fields of one type, each declared once with its
 * name, value kind, getter (for writing), setter on a builder (for reading) and presence, from
 * which both the reader and the writer of the type are driven.
 *
 * <p>Reading accepts the fields in any order, refuses a field given twice, treats a JSON {@code
 * null} as an absent field (unless the field's kind {@link Kind#readsNull() reads null}), refuses a
 * missing required field, and refuses a field the type does not declare (listing the declared
 * ones) unless the reading is lenient, when it is skipped. Writing gives the fields in declaration
 * order.
 *
 * @param <T> the type
 * @param <B> its builder: any mutable object the setters fill and {@link Finish} turns into a {@code T}
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ObjectSchema<T, B> implements Kind<T> {
  /**
   * Turns a filled builder into the value.
   *
   * @param <B> the builder
   * @param <T> the value
   */
  @FunctionalInterface
  public interface Finish<B, T> {
    /**
     * Returns the value.
     *
     * @param builder the builder with every field read set
     * @return the value
     * @throws InvalidValueException when the model refuses the values (reported at the object's pointer)
     * @throws ShapeException when the fields do not go together (reported at the object's pointer)
     */
    T finish(B builder);
  }

  /** Fields that do not go together, found while finishing a value. */
  public static final class ShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param problem the whole problem, e.g. {@code "a realisasi must have exactly one of ..."} */
    public ShapeException(String problem) {
      super(problem);
    }
  }

  /**
   * One declared field.
   *
   * @param <T> the owner type
   * @param <B> its builder
   * @param <V> the field's value type
   */
  public static final class Field<T, B, V> {
    private final String name;
    private final Kind<V> kind;
    private final Function<T, Optional<V>> written;
    private final BiConsumer<B, V> set;
    private final boolean required;

    Field(String name, Kind<V> kind, Function<T, Optional<V>> written, BiConsumer<B, V> set, boolean required) {
      this.name = name;
      this.kind = kind;
      this.written = written;
      this.set = set;
      this.required = required;
    }

    /** Returns the JSON name. */
    public String name() {
      return name;
    }

    /** Returns its kind. */
    public Kind<V> kind() {
      return kind;
    }

    /** Returns whether reading requires it. */
    public boolean required() {
      return required;
    }

    void write(T value, JsonOut out) throws IOException {
      Optional<V> v = written.apply(value);
      if (v.isPresent()) {
        out.name(name);
        kind.write(v.get(), out);
      }
    }

    @SuppressWarnings("unchecked")
    void set(B builder, Object value) {
      set.accept(builder, (V) value);
    }
  }

  /** The fields of one object as read, before they are set on a builder. */
  static final class Values {
    final Map<String, Object> values = new LinkedHashMap<>();
    final Set<String> seen = new LinkedHashSet<>();
    final Set<String> nulls = new LinkedHashSet<>();
  }

  private final Class<T> type;
  private final String title;
  private final Supplier<B> start;
  private final Finish<B, T> finish;
  private final List<Field<T, B, ?>> fields;
  private final Map<String, Field<T, B, ?>> byName;
  private final List<String> names;
  private final Function<T, Optional<String>> unwritable;

  private ObjectSchema(Class<T> type, String title, Supplier<B> start, Finish<B, T> finish, List<Field<T, B, ?>> fields,
      Function<T, Optional<String>> unwritable) {
    this.type = type;
    this.unwritable = unwritable;
    this.title = title;
    this.start = start;
    this.finish = finish;
    this.fields = List.copyOf(fields);
    Map<String, Field<T, B, ?>> m = new HashMap<>();
    List<String> n = new ArrayList<>();
    for (Field<T, B, ?> f : fields) {
      if (m.put(f.name(), f) != null) {
        throw new IllegalArgumentException("field " + f.name() + " of " + title + " is declared twice");
      }
      n.add(f.name());
    }
    this.byName = m;
    this.names = Collections.unmodifiableList(n);
  }

  /**
   * Starts declaring a type.
   *
   * @param type the type
   * @param start makes an empty builder
   * @param finish turns a filled builder into the value
   * @param <T> the type
   * @param <B> the builder
   * @return the declaration to add fields to
   */
  public static <T, B> Builder<T, B> of(Class<T> type, Supplier<B> start, Finish<B, T> finish) {
    return new Builder<>(type, type.getSimpleName(), start, finish);
  }

  /**
   * The fields of a type being declared.
   *
   * @param <T> the type
   * @param <B> its builder
   */
  public static final class Builder<T, B> {
    private final Class<T> type;
    private String title;
    private final Supplier<B> start;
    private final Finish<B, T> finish;
    private final List<Field<T, B, ?>> fields = new ArrayList<>();
    private Function<T, Optional<String>> unwritable = t -> Optional.empty();

    Builder(Class<T> type, String title, Supplier<B> start, Finish<B, T> finish) {
      this.type = type;
      this.title = title;
      this.start = start;
      this.finish = finish;
    }

    /**
     * Returns this.
     *
     * @param title what the object is in messages, e.g. {@code "a target of kind exact"}; default the type's simple name
     * @return this
     */
    public Builder<T, B> title(String title) {
      this.title = title;
      return this;
    }

    /**
     * A field that is always written and must be given when reading.
     *
     * @param name the JSON name
     * @param kind its kind
     * @param get the getter
     * @param set sets it on the builder
     * @param <V> its type
     * @return this
     */
    public <V> Builder<T, B> required(String name, Kind<V> kind, Function<T, V> get, BiConsumer<B, V> set) {
      fields.add(new Field<>(name, kind, t -> Optional.of(get.apply(t)), set, true));
      return this;
    }

    /**
     * A field that is always written and may be left out when reading: the builder's default applies.
     *
     * @param name the JSON name
     * @param kind its kind
     * @param get the getter
     * @param set sets it on the builder
     * @param <V> its type
     * @return this
     */
    public <V> Builder<T, B> defaulted(String name, Kind<V> kind, Function<T, V> get, BiConsumer<B, V> set) {
      fields.add(new Field<>(name, kind, t -> Optional.of(get.apply(t)), set, false));
      return this;
    }

    /**
     * A field written only when the getter gives a value, and optional when reading.
     *
     * @param name the JSON name
     * @param kind its kind
     * @param get the getter
     * @param set sets it on the builder when given
     * @param <V> its type
     * @return this
     */
    public <V> Builder<T, B> optional(String name, Kind<V> kind, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      fields.add(new Field<>(name, kind, get, set, false));
      return this;
    }

    /**
     * A list written only when not empty, and optional when reading (absent: empty).
     *
     * @param name the JSON name
     * @param element the kind of its elements
     * @param get the getter
     * @param set sets it on the builder when given
     * @param <V> the element type
     * @return this
     */
    public <V> Builder<T, B> nonEmpty(String name, Kind<V> element, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      Kind<List<V>> list = Kinds.listOf(element);
      fields.add(new Field<>(name, list, t -> get.apply(t).isEmpty() ? Optional.empty() : Optional.of(get.apply(t)), set, false));
      return this;
    }

    /**
     * Returns this.
     *
     * @param why why a value cannot be written, when it cannot (a {@link JsonWriteException} then says so)
     * @return this
     */
    public Builder<T, B> unwritableWhen(Function<T, Optional<String>> why) {
      this.unwritable = why;
      return this;
    }

    /** Returns the schema. */
    public ObjectSchema<T, B> build() {
      return new ObjectSchema<>(type, title, start, finish, fields, unwritable);
    }
  }

  @Override
  public Class<?> javaType() {
    return type;
  }

  /** Returns the type. */
  public Class<T> type() {
    return type;
  }

  /** Returns what the object is in messages. */
  public String title() {
    return title;
  }

  /** Returns the declared fields, in declaration (and writing) order. */
  public List<Field<T, B, ?>> fields() {
    return fields;
  }

  /** Returns the declared field names, in declaration order. */
  public List<String> fieldNames() {
    return names;
  }


  @Override
  public T read(JsonIn in, Reading r) throws IOException {
    Values v = readValues(in, r, type, title, byName::get, names);
    return assemble(v, r);
  }

  /** Looks up the field that reads a name. */
  @FunctionalInterface
  interface Lookup {
    @Nullable Field<?, ?, ?> find(String name);
  }

  static Values readValues(JsonIn in, Reading r, Class<?> type, String title, Lookup lookup, List<String> known) throws IOException {
    if (in.token() != JsonIn.Token.BEGIN_OBJECT) {
      throw r.wrongType(in, type, "a JSON object");
    }
    Values v = new Values();
    for (JsonIn.Token t = in.next(); t != JsonIn.Token.END_OBJECT; t = in.next()) {
      if (t != JsonIn.Token.NAME) {
        throw r.shape(type, "the object is not closed before the end of the input");
      }
      String name = in.text();
      in.next();
      if (!v.seen.add(name)) {
        throw r.shapeAt(type, name, "the field is given twice");
      }
      Field<?, ?, ?> f = lookup.find(name);
      if (f == null) {
        if (r.failOnUnknownFields()) {
          throw r.unknownField(type, name, title, known);
        }
        in.skipValue();
        continue;
      }
      if (in.token() == JsonIn.Token.NULL && !f.kind().readsNull()) {
        v.nulls.add(name);
        continue;
      }
      r.push(name);
      try {
        v.values.put(name, f.kind().read(in, r));
      } finally {
        r.pop();
      }
    }
    return v;
  }

  T assemble(Values v, Reading r) throws IOException {
    for (Field<T, B, ?> f : fields) {
      if (f.required() && !v.values.containsKey(f.name())) {
        throw r.shapeAt(type, f.name(), v.nulls.contains(f.name()) ? "a required field is null" : "a required field is missing");
      }
    }
    try {
      B b = start.get();
      for (Field<T, B, ?> f : fields) {
        Object value = v.values.get(f.name());
        if (value != null) {
          f.set(b, value);
        }
      }
      return finish.finish(b);
    } catch (InvalidValueException e) {
      throw r.rejectedByModel(type, e);
    } catch (ShapeException e) {
      throw r.shape(type, String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void write(T value, JsonOut out) throws IOException {
    out.beginObject();
    writeFields(value, out);
    out.endObject();
  }

  void writeFields(T value, JsonOut out) throws IOException {
    Optional<String> why = unwritable.apply(value);
    if (why.isPresent()) {
      throw new JsonWriteException(why.get());
    }
    for (Field<T, B, ?> f : fields) {
      f.write(value, out);
    }
  }
}
