/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.web;

import io.github.lakin.jackson.schema.Pointers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Penjaga badan permintaan (body guard): the bounds a body must keep before it is read as a report:
 * at most {@code maxBytes} bytes of UTF-8, one JSON object, nesting at most {@code maxDepth} deep,
 * and every JSON number at most {@code maxNumberLength} characters (digits, sign, point and exponent
 * together, and the same for a number written as a string) with an exponent of at most {@value
 * #MAX_EXPONENT}, so that no request can make the server
 * build a huge decimal. A body that breaks a bound
 * is a {@link BadBodyException} naming the JSON Pointer of the value. Thread-safe.
 *
 * @since 0.1.0
 */
public final class BodyGuard {
  /** The largest exponent of a JSON number, e.g. {@code 1e100}; a report needs none. */
  public static final int MAX_EXPONENT = 100;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final int maxBytes;
  private final int maxDepth;
  private final int maxNumberLength;

  /**
   * @param maxBytes the largest body
   * @param maxDepth the deepest nesting
   * @param maxNumberLength the longest JSON number
   */
  public BodyGuard(int maxBytes, int maxDepth, int maxNumberLength) {
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxNumberLength = maxNumberLength;
  }

  /**
   * Reads a body, at most {@code maxBytes} of it, and checks it.
   *
   * @param in the request body
   * @param declaredLength the Content-Length, or -1
   * @return the body as text
   * @throws BadBodyException with 413 when too large, 400 when a bound is broken or the body is not
   *     one JSON object in UTF-8
   * @throws IOException if the body cannot be read (e.g. the client is too slow)
   */
  public String read(InputStream in, long declaredLength) throws IOException {
    if (declaredLength > maxBytes) {
      throw tooLarge();
    }
    byte[] body = in.readNBytes(maxBytes + 1);
    if (body.length > maxBytes) {
      throw tooLarge();
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new BadBodyException(400, "", "the body is not UTF-8 text");
    }
    check(text);
    return text;
  }

  private BadBodyException tooLarge() {
    return new BadBodyException(413, "", "the body is larger than " + maxBytes + " bytes");
  }

  /**
   * Checks a body against the bounds before it is parsed.
   *
   * @param json a body
   * @throws BadBodyException naming the pointer of the first value that breaks a bound
   */
  public void check(String json) {
    List<Object> path = new ArrayList<>();
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new BadBodyException(400, "", "the body must be one JSON object (a lakin-report document), not "
            + (first == null ? "nothing" : first == JsonToken.VALUE_NULL ? "null" : first.asString() == null ? "a value" : first.asString()));
      }
      int depth = 0;
      for (JsonToken t = first; t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          path.set(path.size() - 1, p.currentName());
          continue;
        }
        if (t.isStructEnd()) {
          depth--;
          path.remove(path.size() - 1);
          continue;
        }
        // a container's start has its own context already; the value's place is in the parent's
        TokenStreamContext parent = t.isStructStart() ? p.streamReadContext().getParent() : p.streamReadContext();
        if (parent != null && parent.inArray()) {
          path.set(path.size() - 1, parent.getCurrentIndex());
        }
        if (t.isStructStart()) {
          if (++depth > maxDepth) {
            throw new BadBodyException(400, Pointers.of(path), "nesting deeper than " + maxDepth + " levels");
          }
          path.add("");
        } else if (t.isNumeric() && p.getString().length() > maxNumberLength) {
          throw new BadBodyException(400, Pointers.of(path), "a JSON number longer than " + maxNumberLength
              + " characters (digits, sign, point and exponent together); write it as a decimal string of at most that length");
        } else if (t.isNumeric() && exponent(p.getString()) > MAX_EXPONENT) {
          throw new BadBodyException(400, Pointers.of(path), "a JSON number with an exponent beyond ±" + MAX_EXPONENT);
        } else if (t == JsonToken.VALUE_STRING && numberLike(p.getString())) {
          throw new BadBodyException(400, Pointers.of(path), "a number written as text longer than " + maxNumberLength + " characters");
        }
      }
    } catch (JacksonException e) {
      throw new BadBodyException(400, Pointers.of(path), "not JSON: " + e.getOriginalMessage());
    }
  }

  /** @return whether a string is a number longer than the bound: only digits, separators, signs and exponents */
  private boolean numberLike(String s) {
    if (s.length() <= maxNumberLength) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if ("0123456789.,+- eE%".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** @return the absolute exponent of a JSON number's text (0 without one) */
  private static long exponent(String number) {
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    if (e < 0) {
      return 0;
    }
    String digits = number.substring(e + 1).replace("+", "").replace("-", "");
    return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
  }
}
