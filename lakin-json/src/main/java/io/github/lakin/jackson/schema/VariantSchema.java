/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Skema varian (variant schema): a type with several forms told apart by a discriminator field,
 * e.g. a target {@code {"kind":"exact","value":"69"}} or {@code {"kind":"range","lower":"80","upper":"90"}}.
 * Each form is an {@link ObjectSchema}; a field name shared by several forms must have the same kind
 * in each. The fields may come in any order: the discriminator need not be first.
 *
 * @param <T> the common type
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class VariantSchema<T> implements Kind<T> {
  private final Class<T> type;
  private final String discriminator;
  private final Map<String, ObjectSchema<? extends T, ?>> forms;
  private final Function<T, String> formOf;
  private final Kind<String> discriminatorKind;
  private final Map<String, ObjectSchema.Field<?, ?, ?>> union = new HashMap<>();
  private final List<String> known = new ArrayList<>();

  /**
   * @param type the common type
   * @param discriminator the field naming the form, e.g. {@code "kind"}
   * @param forms the forms by name, in documentation order
   * @param formOf the name of a value's form
   */
  public VariantSchema(Class<T> type, String discriminator, Map<String, ObjectSchema<? extends T, ?>> forms, Function<T, String> formOf) {
    this.type = type;
    this.discriminator = discriminator;
    this.forms = new LinkedHashMap<>(forms);
    this.formOf = formOf;
    this.discriminatorKind = Kinds.oneOf(List.copyOf(forms.keySet()));
    known.add(discriminator);
    union.put(discriminator, new ObjectSchema.Field<T, Object, String>(discriminator, discriminatorKind, t -> java.util.Optional.empty(),
        (b, v) -> { }, true));
    for (ObjectSchema<? extends T, ?> form : forms.values()) {
      for (ObjectSchema.Field<?, ?, ?> f : form.fields()) {
        ObjectSchema.Field<?, ?, ?> before = union.putIfAbsent(f.name(), f);
        if (before == null) {
          known.add(f.name());
        } else if (!before.kind().equals(f.kind())) {
          throw new IllegalArgumentException("field " + f.name() + " of " + type.getSimpleName() + " has two kinds");
        }
      }
    }
  }

  @Override
  public Class<?> javaType() {
    return type;
  }

  /** Returns the discriminator field's name. */
  public String discriminator() {
    return discriminator;
  }

  /** Returns the forms by name. */
  public Map<String, ObjectSchema<? extends T, ?>> forms() {
    return forms;
  }

  /** Returns every field name of every form, the discriminator first. */
  public List<String> fieldNames() {
    return List.copyOf(known);
  }

  @Override
  public T read(JsonIn in, Reading r) throws IOException {
    ObjectSchema.Values v = ObjectSchema.readValues(in, r, type, type.getSimpleName(), union::get, known);
    Object kind = v.values.get(discriminator);
    if (kind == null) {
      throw r.shapeAt(type, discriminator, v.nulls.contains(discriminator) ? "a required field is null" : "a required field is missing");
    }
    ObjectSchema<? extends T, ?> form = forms.get((String) kind);
    if (form == null) {
      throw new IllegalStateException("no form " + kind);
    }
    if (r.failOnUnknownFields()) {
      List<String> allowed = new ArrayList<>();
      allowed.add(discriminator);
      allowed.addAll(form.fieldNames());
      for (String name : v.values.keySet()) {
        if (!allowed.contains(name)) {
          throw r.unknownField(form.type(), name, form.title(), allowed);
        }
      }
    }
    return form.assemble(v, r);
  }

  @Override
  public void write(T value, JsonOut out) throws IOException {
    String name = formOf.apply(value);
    ObjectSchema<? extends T, ?> form = forms.get(name);
    if (form == null) {
      throw new IllegalStateException("no form " + name);
    }
    out.beginObject();
    out.name(discriminator);
    out.string(name);
    writeForm(form, value, out);
    out.endObject();
  }

  private static <T, S extends T> void writeForm(ObjectSchema<S, ?> form, T value, JsonOut out) throws IOException {
    form.writeFields(form.type().cast(value), out);
  }

  /**
   * Returns its schema, or {@code null}.
   *
   * @param form a form's name
   * @return its schema, or {@code null}
   */
  public @Nullable ObjectSchema<? extends T, ?> form(String form) {
    return forms.get(form);
  }

  /**
   * Returns a kind that reads any form and refuses all but this one.
   *
   * @param formType the Java type of one form
   * @param formName its name
   * @param <S> the form's type
   * @return a kind that reads any form and refuses all but this one
   */
  public <S extends T> Kind<S> only(Class<S> formType, String formName) {
    VariantSchema<T> all = this;
    return new Kind<>() {
      @Override
      public S read(JsonIn in, Reading r) throws IOException {
        T t = all.read(in, r);
        if (!formType.isInstance(t)) {
          throw r.shape(formType, "must be of " + discriminator + " " + formName + ", but was of " + discriminator + " " + formOf.apply(t));
        }
        return formType.cast(t);
      }

      @Override
      public void write(S value, JsonOut out) throws IOException {
        all.write(value, out);
      }

      @Override
      public Class<?> javaType() {
        return formType;
      }
    };
  }
}
