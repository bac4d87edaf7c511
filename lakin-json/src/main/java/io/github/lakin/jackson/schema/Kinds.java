/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Relation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Jenis nilai dasar (basic value kinds): strings, exact decimals and fractions, whole numbers,
 * booleans, enums, periods, comparators, dates, and lists and maps of other kinds.
 *
 * <p>A decimal is written as a JSON string holding its exact plain value with its own scale
 * ({@code "69.31"}); when reading, it may be a string or a JSON number, read exactly from its
 * text, never through {@code double}. A decimal text longer than {@value #MAX_NUMBER_LENGTH}
 * characters or with an exponent beyond ±{@value #MAX_EXPONENT} is refused.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class Kinds {
  /** Longest decimal text read. */
  public static final int MAX_NUMBER_LENGTH = 1000;
  /** Largest decimal exponent (either sign) read. */
  public static final int MAX_EXPONENT = 1000;

  private Kinds() {}

  /** A small base for scalar kinds. */
  private abstract static class Scalar<V> implements Kind<V> {
    private final Class<?> type;

    Scalar(Class<?> type) {
      this.type = type;
    }

    @Override
    public Class<?> javaType() {
      return type;
    }
  }

  /** A JSON string. */
  public static final Kind<String> STRING = new Scalar<>(String.class) {
    @Override
    public String read(JsonIn in, Reading r) throws IOException {
      if (in.token() != JsonIn.Token.STRING) {
        throw r.wrongType(in, String.class, "a string");
      }
      return in.text();
    }

    @Override
    public void write(String value, JsonOut out) throws IOException {
      out.string(value);
    }
  };

  /** {@code true} or {@code false}. */
  public static final Kind<Boolean> BOOLEAN = new Scalar<>(Boolean.class) {
    @Override
    public Boolean read(JsonIn in, Reading r) throws IOException {
      if (in.token() == JsonIn.Token.TRUE || in.token() == JsonIn.Token.FALSE) {
        return in.token() == JsonIn.Token.TRUE;
      }
      throw r.wrongType(in, Boolean.class, "true or false");
    }

    @Override
    public void write(Boolean value, JsonOut out) throws IOException {
      out.bool(value);
    }
  };

  /** An exact decimal: written {@code "69.31"}; read from a string or a JSON number. */
  public static final Kind<BigDecimal> DECIMAL = new Scalar<>(BigDecimal.class) {
    @Override
    public BigDecimal read(JsonIn in, Reading r) throws IOException {
      if (in.token() == JsonIn.Token.STRING || in.token() == JsonIn.Token.NUMBER) {
        return parseDecimal(in, r, in.text(), BigDecimal.class, in.token() == JsonIn.Token.NUMBER);
      }
      throw r.wrongType(in, BigDecimal.class, "a decimal number written as a string such as \"69.31\"");
    }

    @Override
    public void write(BigDecimal value, JsonOut out) throws IOException {
      out.string(value.toPlainString());
    }
  };

  private static BigDecimal parseDecimal(JsonIn in, Reading r, String text, Class<?> type, boolean number) throws IOException {
    String s = text.trim();
    if (s.length() > MAX_NUMBER_LENGTH) {
      throw r.invalid(in, type, "must be a decimal number of at most " + MAX_NUMBER_LENGTH + " characters", text, null);
    }
    BigDecimal d;
    try {
      d = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw r.invalid(in, type, number ? "must be a finite decimal number" : "must be a decimal number such as \"69.31\"", text, null);
    }
    if (d.scale() > MAX_EXPONENT || d.scale() < -MAX_EXPONENT) {
      throw r.invalid(in, type, "must have an exponent between -" + MAX_EXPONENT + " and " + MAX_EXPONENT, text, null);
    }
    return d;
  }

  /** An exact number: a decimal, or {@code "numerator/denominator"} when it does not terminate. */
  public static final Kind<Rational> RATIONAL = new Scalar<>(Rational.class) {
    @Override
    public Rational read(JsonIn in, Reading r) throws IOException {
      if (in.token() == JsonIn.Token.NUMBER) {
        return Rational.of(parseDecimal(in, r, in.text(), Rational.class, true));
      }
      if (in.token() != JsonIn.Token.STRING) {
        throw r.wrongType(in, Rational.class, "an exact number written as a string such as \"69.31\" or \"575/6\"");
      }
      String text = in.text();
      int slash = text.indexOf('/');
      if (slash < 0) {
        return Rational.of(parseDecimal(in, r, text, Rational.class, false));
      }
      if (text.length() > 2 * MAX_NUMBER_LENGTH + 1) {
        throw r.invalid(in, Rational.class, "must be a fraction of at most " + (2 * MAX_NUMBER_LENGTH + 1) + " characters", text, null);
      }
      BigInteger num;
      BigInteger den;
      try {
        num = new BigInteger(text.substring(0, slash).trim());
        den = new BigInteger(text.substring(slash + 1).trim());
      } catch (NumberFormatException e) {
        throw r.invalid(in, Rational.class, "must be a decimal or a fraction of integers such as \"575/6\"", text, null);
      }
      try {
        return Rational.of(num, den);
      } catch (InvalidValueException e) {
        throw r.rejectedScalar(Rational.class, e, text);
      }
    }

    @Override
    public void write(Rational value, JsonOut out) throws IOException {
      out.string(value.toString());
    }
  };

  /** A whole number in 64 bits: written as a JSON integer; read from an integer or a string of digits. */
  public static final Kind<Long> LONG = new Scalar<>(Long.class) {
    @Override
    public Long read(JsonIn in, Reading r) throws IOException {
      if (in.token() != JsonIn.Token.NUMBER && in.token() != JsonIn.Token.STRING) {
        throw r.wrongType(in, Long.class, "a whole number");
      }
      String text = in.text();
      BigDecimal d = parseDecimal(in, r, text, Long.class, in.token() == JsonIn.Token.NUMBER);
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        boolean whole = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        throw r.invalid(in, Long.class, whole ? "must be a whole number that fits in 64 bits" : "must be a whole number", text, null);
      }
    }

    @Override
    public void write(Long value, JsonOut out) throws IOException {
      out.integer(value);
    }
  };

  /** A whole number in 32 bits. */
  public static final Kind<Integer> INT = new Scalar<>(Integer.class) {
    @Override
    public Integer read(JsonIn in, Reading r) throws IOException {
      long v = LONG.read(in, r);
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw r.invalid(in, Integer.class, "must be a whole number that fits in 32 bits", in.text(), null);
      }
      return (int) v;
    }

    @Override
    public void write(Integer value, JsonOut out) throws IOException {
      out.integer(value);
    }
  };

  /** An ISO date, {@code "2023-11-01"}. */
  public static final Kind<LocalDate> DATE = new Scalar<>(LocalDate.class) {
    @Override
    public LocalDate read(JsonIn in, Reading r) throws IOException {
      String text = STRING.read(in, r);
      try {
        return LocalDate.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw r.invalid(in, LocalDate.class, "must be an ISO date such as \"2023-11-01\"", text, e);
      }
    }

    @Override
    public void write(LocalDate value, JsonOut out) throws IOException {
      out.string(value.toString());
    }
  };

  /** A period label such as {@code "TW II 2023"} (see {@link Period#parse}); a JSON integer is read as a year. */
  public static final Kind<Period> PERIOD = new Scalar<>(Period.class) {
    @Override
    public Period read(JsonIn in, Reading r) throws IOException {
      if (in.token() != JsonIn.Token.STRING && in.token() != JsonIn.Token.NUMBER) {
        throw r.wrongType(in, Period.class, "a period label such as \"TW II 2023\"");
      }
      String text = in.text();
      if (text.length() > 100) {
        throw r.invalid(in, Period.class, "must be a period label such as \"TW II 2023\"", text, null);
      }
      try {
        return Period.parse(text);
      } catch (InvalidValueException e) {
        throw r.rejectedScalar(Period.class, e, text);
      }
    }

    @Override
    public void write(Period value, JsonOut out) throws IOException {
      out.string(value.toString());
    }
  };

  /** A comparator: written {@code <}, {@code <=}, {@code >}, {@code >=}; {@code ≤} and {@code ≥} are read too. */
  public static final Kind<Relation> RELATION = new Scalar<>(Relation.class) {
    @Override
    public Relation read(JsonIn in, Reading r) throws IOException {
      String text = STRING.read(in, r);
      try {
        return Relation.parse(text);
      } catch (InvalidValueException e) {
        throw r.rejectedScalar(Relation.class, e, text);
      }
    }

    @Override
    public void write(Relation value, JsonOut out) throws IOException {
      out.string(symbol(value));
    }
  };

  /**
   * Returns its ASCII symbol.
   *
   * @param relation a comparator
   * @return its ASCII symbol
   */
  public static String symbol(Relation relation) {
    switch (relation) {
      case LESS_THAN:
        return "<";
      case AT_MOST:
        return "<=";
      case GREATER_THAN:
        return ">";
      default:
        return ">=";
    }
  }

  /**
   * Returns its constants by name, exactly as declared (e.g. {@code "HALF_UP"}).
   *
   * @param type an enum
   * @param <E> the enum
   * @return its constants by name, exactly as declared (e.g. {@code "HALF_UP"})
   */
  public static <E extends Enum<E>> Kind<E> enumOf(Class<E> type) {
    return new Scalar<>(type) {
      @Override
      public E read(JsonIn in, Reading r) throws IOException {
        String text = STRING.read(in, r);
        for (E e : type.getEnumConstants()) {
          if (e.name().equals(text)) {
            return e;
          }
        }
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw r.invalid(in, type, "must be one of " + names, text, null);
      }

      @Override
      public void write(E value, JsonOut out) throws IOException {
        out.string(value.name());
      }
    };
  }

  /**
   * Returns a kind that reads one of them.
   *
   * @param choices the allowed strings
   * @return a kind that reads one of them
   */
  public static Kind<String> oneOf(List<String> choices) {
    List<String> allowed = List.copyOf(choices);
    return new Scalar<>(String.class) {
      @Override
      public String read(JsonIn in, Reading r) throws IOException {
        String text = STRING.read(in, r);
        if (!allowed.contains(text)) {
          throw r.invalid(in, String.class, "must be one of " + String.join(", ", allowed), text, null);
        }
        return text;
      }

      @Override
      public void write(String value, JsonOut out) throws IOException {
        out.string(value);
      }
    };
  }

  /**
   * Returns a JSON array of such elements; a {@code null} element is refused.
   *
   * @param element the kind of each element
   * @param <V> the element type
   * @return a JSON array of such elements; a {@code null} element is refused
   */
  public static <V> Kind<List<V>> listOf(Kind<V> element) {
    return new Scalar<>(List.class) {
      @Override
      public List<V> read(JsonIn in, Reading r) throws IOException {
        if (in.token() != JsonIn.Token.BEGIN_ARRAY) {
          throw r.wrongType(in, List.class, "an array");
        }
        List<V> out = new ArrayList<>();
        int i = 0;
        for (JsonIn.Token t = in.next(); t != JsonIn.Token.END_ARRAY; t = in.next(), i++) {
          r.push(i);
          try {
            if (t == JsonIn.Token.END) {
              throw r.shape(List.class, "the array is not closed before the end of the input");
            }
            if (t == JsonIn.Token.NULL && !element.readsNull()) {
              throw r.shape(List.class, "must not be null");
            }
            out.add(element.read(in, r));
          } finally {
            r.pop();
          }
        }
        return out;
      }

      @Override
      public void write(List<V> value, JsonOut out) throws IOException {
        out.beginArray();
        for (V v : value) {
          element.write(v, out);
        }
        out.endArray();
      }
    };
  }

  /**
   * Returns a JSON object from any key to such values, in the order given; a {@code null} value is
   * refused, and so is a key given twice.
   *
   * @param element the kind of each value
   * @param <V> the value type
   * @return a JSON object from any key to such values, in the order given; a {@code null} value
   *     is refused, and so is a key given twice
   */
  public static <V> Kind<Map<String, V>> mapOf(Kind<V> element) {
    return new Scalar<>(Map.class) {
      @Override
      public Map<String, V> read(JsonIn in, Reading r) throws IOException {
        if (in.token() != JsonIn.Token.BEGIN_OBJECT) {
          throw r.wrongType(in, Map.class, "a JSON object");
        }
        Map<String, V> out = new LinkedHashMap<>();
        for (JsonIn.Token t = in.next(); t != JsonIn.Token.END_OBJECT; t = in.next()) {
          if (t != JsonIn.Token.NAME) {
            throw r.shape(Map.class, "the object is not closed before the end of the input");
          }
          String key = in.text();
          in.next();
          r.push(key);
          try {
            if (out.containsKey(key)) {
              throw r.shape(Map.class, "the field is given twice");
            }
            if (in.token() == JsonIn.Token.NULL && !element.readsNull()) {
              throw r.shape(Map.class, "a required field is null");
            }
            out.put(key, element.read(in, r));
          } finally {
            r.pop();
          }
        }
        return out;
      }

      @Override
      public void write(Map<String, V> value, JsonOut out) throws IOException {
        out.beginObject();
        for (Map.Entry<String, V> e : value.entrySet()) {
          out.name(e.getKey());
          element.write(e.getValue(), out);
        }
        out.endObject();
      }
    };
  }

  /**
   * Returns the same kind where {@code null} is a value: {@link Optional#empty()}, written as
   * {@code null}.
   *
   * @param value a kind
   * @param <V> its type
   * @return the same kind where {@code null} is a value: {@link Optional#empty()}, written as {@code null}
   */
  public static <V> Kind<Optional<V>> nullable(Kind<V> value) {
    return new Scalar<>(value.javaType()) {
      @Override
      public Optional<V> read(JsonIn in, Reading r) throws IOException {
        return in.token() == JsonIn.Token.NULL ? Optional.empty() : Optional.of(value.read(in, r));
      }

      @Override
      public void write(Optional<V> v, JsonOut out) throws IOException {
        if (v.isPresent()) {
          value.write(v.get(), out);
        } else {
          out.nullValue();
        }
      }

      @Override
      public boolean readsNull() {
        return true;
      }
    };
  }

  /**
   * A kind stored as another: e.g. {@code Realizations} as a map from code to realisasi.
   *
   * @param type the Java type
   * @param stored the kind it is stored as
   * @param fromStored makes the value; an {@code InvalidValueException} it throws is a model rejection
   * @param toStored gives the stored form
   * @param <V> the type
   * @param <S> the stored type
   * @return the kind
   */
  public static <V, S> Kind<V> storedAs(Class<V> type, Kind<S> stored, Function<S, V> fromStored, Function<V, S> toStored) {
    return new Scalar<>(type) {
      @Override
      public V read(JsonIn in, Reading r) throws IOException {
        S s = stored.read(in, r);
        try {
          return fromStored.apply(s);
        } catch (InvalidValueException e) {
          throw r.rejectedByModel(type, e);
        }
      }

      @Override
      public void write(V value, JsonOut out) throws IOException {
        stored.write(toStored.apply(value), out);
      }
    };
  }
}
