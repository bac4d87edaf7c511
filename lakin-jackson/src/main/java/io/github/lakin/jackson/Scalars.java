package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Nilai skalar JSON: readers of single JSON values (decimals, fractions, integers, strings, enums,
 * periods, dates), the JSON path of the parser's position, and the exceptions that name it.
 *
 * <p>Every message has the form {@code "<path>: <problem>, but was <value>"}, e.g. {@code
 * "goals[1].indicators[0].target.value: must be a decimal number such as \"69.31\", but was
 * \"abc\""}; the path is {@code $} at the document root.
 */
final class Scalars {
  /** Longest decimal text read, as Jackson's default {@code StreamReadConstraints} for numbers. */
  static final int MAX_NUMBER_LENGTH = 1000;
  /** Largest decimal exponent (either sign) read: {@code 1e1000} is accepted, {@code 1e1001} not. */
  static final int MAX_EXPONENT = 1000;

  private Scalars() {}

  // ---------------------------------------------------------------- paths

  /**
   * @param ctx a parsing context
   * @return its dotted path, e.g. {@code goals[1].indicators[0].target}; empty at the root
   */
  static String render(@Nullable JsonStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "";
    }
    String parent = render(ctx.getParent());
    if (ctx.inArray()) {
      return parent + "[" + ctx.getCurrentIndex() + "]";
    }
    String name = ctx.getCurrentName();
    if (name == null) {
      return parent;
    }
    return join(parent, name);
  }

  /**
   * @param parent a path, possibly empty
   * @param name a field name
   * @return {@code parent.name}, or {@code name} at the root
   */
  static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /**
   * @param p a parser on the first token of a value
   * @return the path of that value
   */
  static String pathOfValue(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx != null) {
      ctx = ctx.getParent();
    }
    return render(ctx);
  }

  /**
   * @param path a path
   * @return the path as shown in messages: {@code $} for the root
   */
  static String show(String path) {
    return path.isEmpty() ? "$" : path;
  }

  // ---------------------------------------------------------------- errors

  /**
   * @param value a rejected value
   * @return the value as shown in messages: text in quotes, anything else as it is
   */
  static String quote(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence) {
      String s = value.toString();
      if (s.length() > 200) {
        s = s.substring(0, 200) + "…";
      }
      return "\"" + s + "\"";
    }
    return String.valueOf(value);
  }

  /**
   * @param p a parser on a token
   * @return the token as shown in messages: a string in quotes, a number or literal as written,
   *     {@code an object}, {@code an array}
   */
  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_STRING:
        return quote(p.getText());
      case START_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + p.getText();
      default:
        return p.getText();
    }
  }

  /**
   * A value of the right JSON type but a bad content.
   *
   * @param p the parser
   * @param path where
   * @param problem what the value must satisfy, e.g. {@code "must be a decimal number"}
   * @param value the rejected value, shown in the message (in quotes unless the parser is on a
   *     JSON number) and kept by the exception
   * @param type the type being read
   * @return the exception to throw
   */
  static InvalidFormatException invalid(JsonParser p, String path, String problem, @Nullable Object value, Class<?> type) {
    JsonToken t = p.currentToken();
    boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
    String shown = number ? String.valueOf(value) : quote(value);
    return InvalidFormatException.from(p, show(path) + ": " + problem + ", but was " + shown, value, type);
  }

  /**
   * A value of the wrong JSON type (an array for a string, a number for an object).
   *
   * @param p the parser, on the value
   * @param type the type being read
   * @param expected what was expected, e.g. {@code "a JSON object"}
   * @return the exception to throw
   */
  static MismatchedInputException wrongType(JsonParser p, Class<?> type, String expected) throws IOException {
    return MismatchedInputException.from(p, type, show(pathOfValue(p)) + ": must be " + expected + ", but was " + describe(p));
  }

  /**
   * @param p the parser
   * @param type the type being read
   * @param path where
   * @param problem what is wrong, a whole phrase
   * @return the exception to throw
   */
  static MismatchedInputException mismatch(JsonParser p, Class<?> type, String path, String problem) {
    return MismatchedInputException.from(p, type, show(path) + ": " + problem);
  }

  /**
   * Turns a rejection by a model parser ({@link Period#parse}, {@link Relation#parse}, ...) into an
   * {@link InvalidFormatException} at the value's path, keeping it as the cause.
   *
   * @param p the parser, on the value
   * @param e the model's rejection
   * @param value the rejected text
   * @param type the type being read
   * @return the exception to throw
   */
  static InvalidFormatException rejected(JsonParser p, InvalidValueException e, @Nullable Object value, Class<?> type) {
    InvalidFormatException x = InvalidFormatException.from(p, show(pathOfValue(p)) + ": " + e.getMessage(), value, type);
    x.initCause(e);
    return x;
  }

  // ---------------------------------------------------------------- readers

  /**
   * A decimal: a JSON string holding a plain or exponent decimal ({@code "69.31"}, {@code "1e3"}),
   * or a JSON number read exactly from its text (never through {@code double}).
   *
   * @return the decimal, with the scale as written
   */
  static BigDecimal decimal(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return parseDecimal(p, p.getText(), BigDecimal.class);
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      if (p.isNaN()) {
        throw invalid(p, pathOfValue(p), "must be a finite decimal number", p.getText(), BigDecimal.class);
      }
      BigDecimal d;
      try {
        d = p.getDecimalValue();
      } catch (JsonProcessingException | NumberFormatException e) {
        throw invalid(p, pathOfValue(p), "must be a decimal number", p.getText(), BigDecimal.class);
      }
      return bounded(p, d, p.getText(), BigDecimal.class);
    }
    throw wrongType(p, BigDecimal.class, "a decimal number written as a string such as \"69.31\"");
  }

  private static BigDecimal parseDecimal(JsonParser p, String text, Class<?> type) throws IOException {
    String s = text.trim();
    if (s.length() > MAX_NUMBER_LENGTH) {
      throw invalid(p, pathOfValue(p), "must be a decimal number of at most " + MAX_NUMBER_LENGTH + " characters", text, type);
    }
    BigDecimal d;
    try {
      d = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw invalid(p, pathOfValue(p), "must be a decimal number such as \"69.31\"", text, type);
    }
    return bounded(p, d, text, type);
  }

  private static BigDecimal bounded(JsonParser p, BigDecimal d, String text, Class<?> type) throws IOException {
    if (d.scale() > MAX_EXPONENT || d.scale() < -MAX_EXPONENT) {
      throw invalid(p, pathOfValue(p), "must have an exponent between -" + MAX_EXPONENT + " and " + MAX_EXPONENT, text, type);
    }
    return d;
  }

  /**
   * An exact number: {@code "numerator/denominator"} or a decimal (string or JSON number).
   *
   * @return the number
   */
  static Rational rational(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      int slash = text.indexOf('/');
      if (slash < 0) {
        return Rational.of(parseDecimal(p, text, Rational.class));
      }
      if (text.length() > 2 * MAX_NUMBER_LENGTH + 1) {
        throw invalid(p, pathOfValue(p), "must be a fraction of at most " + (2 * MAX_NUMBER_LENGTH + 1) + " characters", text, Rational.class);
      }
      BigInteger num;
      BigInteger den;
      try {
        num = new BigInteger(text.substring(0, slash).trim());
        den = new BigInteger(text.substring(slash + 1).trim());
      } catch (NumberFormatException e) {
        throw invalid(p, pathOfValue(p), "must be a decimal or a fraction of integers such as \"575/6\"", text, Rational.class);
      }
      try {
        return Rational.of(num, den);
      } catch (InvalidValueException e) {
        throw rejected(p, e, text, Rational.class);
      }
    }
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      return Rational.of(decimal(p, ctxt));
    }
    throw wrongType(p, Rational.class, "an exact number written as a string such as \"69.31\" or \"575/6\"");
  }

  /**
   * A whole number: a JSON integer or a string of digits.
   *
   * @return the number
   */
  static Long integer(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    BigDecimal d;
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw invalid(p, pathOfValue(p), "must be a whole number that fits in 64 bits", p.getText(), Long.class);
      }
      return p.getLongValue();
    } else if (t == JsonToken.VALUE_STRING) {
      d = parseDecimal(p, p.getText(), Long.class);
    } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      d = decimal(p, ctxt);
    } else {
      throw wrongType(p, Long.class, "a whole number");
    }
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      boolean whole = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
      throw invalid(p, pathOfValue(p), whole ? "must be a whole number that fits in 64 bits" : "must be a whole number", p.getText(), Long.class);
    }
  }

  /**
   * A whole number in the range of {@code int}.
   *
   * @return the number
   */
  static Integer intValue(JsonParser p, DeserializationContext ctxt) throws IOException {
    long v = integer(p, ctxt);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw invalid(p, pathOfValue(p), "must be a whole number that fits in 32 bits", p.getText(), Integer.class);
    }
    return (int) v;
  }

  /**
   * A JSON string.
   *
   * @return its text
   */
  static String string(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, String.class, "a string");
    }
    return p.getText();
  }

  /**
   * A JSON {@code true} or {@code false}.
   *
   * @return the value
   */
  static Boolean bool(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    throw wrongType(p, Boolean.class, "true or false");
  }

  /**
   * @param type an enum
   * @param <E> the enum
   * @return a reader of the enum's constant names, exactly as declared (e.g. {@code "HALF_UP"})
   */
  static <E extends Enum<E>> Reader.Body<E> enumOf(Class<E> type) {
    return (p, ctxt) -> {
      String text = string(p, ctxt);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(text)) {
          return e;
        }
      }
      throw invalid(p, pathOfValue(p), "must be one of " + names(type.getEnumConstants()), text, type);
    };
  }

  /**
   * @param choices the allowed strings
   * @return a reader of one of them
   */
  static Reader.Body<String> oneOf(String... choices) {
    List<String> allowed = List.of(choices);
    return (p, ctxt) -> {
      String text = string(p, ctxt);
      if (!allowed.contains(text)) {
        throw invalid(p, pathOfValue(p), "must be one of " + String.join(", ", allowed), text, String.class);
      }
      return text;
    };
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * A period label such as {@code "TW II 2023"}, {@code "2023"} or {@code "Maret 2023"} (see
   * {@link Period#parse}); a JSON integer is read as a year.
   *
   * @return the period
   */
  static Period period(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, Period.class, "a period label such as \"TW II 2023\"");
    }
    String text = p.getText();
    if (text.length() > 100) {
      throw invalid(p, pathOfValue(p), "must be a period label such as \"TW II 2023\"", text, Period.class);
    }
    try {
      return Period.parse(text);
    } catch (InvalidValueException e) {
      throw rejected(p, e, text, Period.class);
    }
  }

  /**
   * A comparator: {@code <}, {@code <=}, {@code >}, {@code >=}, or {@code ≤}, {@code ≥}.
   *
   * @return the relation
   */
  static Relation relation(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = string(p, ctxt);
    try {
      return Relation.parse(text);
    } catch (InvalidValueException e) {
      throw rejected(p, e, text, Relation.class);
    }
  }

  /**
   * An ISO date, {@code "2023-11-01"}.
   *
   * @return the date
   */
  static LocalDate date(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = string(p, ctxt);
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      InvalidFormatException x = invalid(p, pathOfValue(p), "must be an ISO date such as \"2023-11-01\"", text, LocalDate.class);
      x.initCause(e);
      throw x;
    }
  }

  /**
   * @param element reads one element
   * @param <T> the element type
   * @return a reader of a JSON array of such elements; a {@code null} element is refused
   */
  static <T> Reader.Body<List<T>> listOf(Reader.Body<T> element) {
    return (p, ctxt) -> {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw wrongType(p, List.class, "an array");
      }
      List<T> out = new ArrayList<>();
      int i = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
        if (t == null) {
          throw mismatch(p, List.class, pathOfValue(p), "the array is not closed before the end of the input");
        }
        if (t == JsonToken.VALUE_NULL) {
          throw JsonMappingException.wrapWithPath(mismatch(p, List.class, pathOfValue(p), "must not be null"), List.class, i);
        }
        try {
          out.add(element.read(p, ctxt));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, List.class, i);
        }
      }
      return out;
    };
  }
}
