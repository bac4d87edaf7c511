/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Skala jawaban LKE (answer scale): the answers a criterion of the SAKIP Lembar Kerja Evaluasi may
 * take, each with its value as a fraction of the criterion's full mark, given as data.
 *
 * <p>Three scales are printed in worksheets: {@link #yesNo()} (Y/T), {@link #aToE()} (A–E) and
 * {@link #aToD()} (A–D, with the printed 0.66 and 0.33, kept exactly as printed, not as 2/3 and
 * 1/3). Others can be given with {@link #of(String, Map)}. Answers are matched ignoring case and
 * surrounding spaces. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class AnswerScale {
  private static final AnswerScale YES_NO = new AnswerScale("Y/T", ordered("Y", "1", "T", "0"));
  private static final AnswerScale A_TO_E =
      new AnswerScale("A-E", ordered("A", "1", "B", "0.75", "C", "0.5", "D", "0.25", "E", "0"));
  private static final AnswerScale A_TO_D = new AnswerScale("A-D", ordered("A", "1", "B", "0.66", "C", "0.33", "D", "0"));

  private final String name;
  /** Codes as given, in order, with their values. */
  private final Map<String, BigDecimal> values;
  /** Upper-case code → value, for lookup. */
  private final Map<String, BigDecimal> lookup;

  private AnswerScale(String name, Map<String, BigDecimal> values) {
    this.name = name;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    Map<String, BigDecimal> l = new LinkedHashMap<>();
    values.forEach((k, v) -> l.put(key(k), v));
    this.lookup = Collections.unmodifiableMap(l);
  }

  private static Map<String, BigDecimal> ordered(String... codeValue) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < codeValue.length; i += 2) {
      m.put(codeValue[i], new BigDecimal(codeValue[i + 1]));
    }
    return m;
  }

  private static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** Returns Y/T (ya/tidak): Y = 1, T = 0. */
  public static AnswerScale yesNo() {
    return YES_NO;
  }

  /** Returns A–E: A = 1, B = 0.75, C = 0.5, D = 0.25, E = 0. */
  public static AnswerScale aToE() {
    return A_TO_E;
  }

  /** Returns A–D as printed: A = 1, B = 0.66, C = 0.33, D = 0 (exact decimals, not thirds). */
  public static AnswerScale aToD() {
    return A_TO_D;
  }

  /**
   * A custom scale.
   *
   * @param name a name for messages, e.g. {@code "A-C"}
   * @param values each answer code with its value, from 0 to 1, in display order (use a
   *     {@link LinkedHashMap} to keep the order); codes non-blank and unique ignoring case
   * @return the scale
   * @throws InvalidValueException if there is no answer, a code is blank or repeated, or a value is
   *     outside 0–1
   */
  public static AnswerScale of(String name, Map<String, BigDecimal> values) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw InvalidValueException.of("answer scale " + name + ": answers", 0, "must be at least 1");
    }
    Map<String, BigDecimal> seen = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      String code = Objects.requireNonNull(e.getKey(), "code");
      BigDecimal v = Objects.requireNonNull(e.getValue(), "value");
      if (code.isBlank()) {
        throw InvalidValueException.of("answer scale " + name + ": code", code, "must not be blank");
      }
      if (seen.containsKey(key(code))) {
        throw InvalidValueException.of("answer scale " + name + ": code", code, "must be unique ignoring case");
      }
      if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
        throw InvalidValueException.of("answer scale " + name + ", answer " + code.strip() + ": value", v,
            "must be between 0 and 1");
      }
      seen.put(key(code), v);
    }
    Map<String, BigDecimal> kept = new LinkedHashMap<>();
    values.forEach((k, v) -> kept.put(k.strip(), v));
    return new AnswerScale(name, kept);
  }

  /** Returns the name, e.g. {@code "Y/T"}. */
  public String name() {
    return name;
  }

  /** Returns the answer codes, in order. */
  public List<String> codes() {
    return List.copyOf(values.keySet());
  }

  /** Returns every code with its value, in order. */
  public Map<String, BigDecimal> values() {
    return values;
  }

  /**
   * Returns whether it belongs to this scale.
   *
   * @param answer an answer, e.g. {@code "b"} or {@code "B"}
   * @return whether it belongs to this scale
   */
  public boolean accepts(String answer) {
    return lookup.containsKey(key(answer));
  }

  /**
   * The value of an answer.
   *
   * @param answer an answer code, matched ignoring case and surrounding spaces
   * @return its value, from 0 to 1
   * @throws InvalidValueException if the answer is not on this scale
   */
  public BigDecimal value(String answer) {
    Objects.requireNonNull(answer, "answer");
    BigDecimal v = lookup.get(key(answer));
    if (v == null) {
      throw InvalidValueException.of("answer", answer, "must be one of " + String.join(", ", new ArrayList<>(values.keySet())));
    }
    return v;
  }

  /** Like {@link #value(String)} with a field name for the message. */
  BigDecimal value(String field, String answer) {
    BigDecimal v = lookup.get(key(answer));
    if (v == null) {
      throw InvalidValueException.of(field, answer, "must be one of " + String.join(", ", values.keySet()) + " (scale " + name + ")");
    }
    return v;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AnswerScale)) {
      return false;
    }
    AnswerScale s = (AnswerScale) o;
    if (!name.equals(s.name) || !new ArrayList<>(lookup.keySet()).equals(new ArrayList<>(s.lookup.keySet()))) {
      return false;
    }
    for (Map.Entry<String, BigDecimal> e : lookup.entrySet()) {
      if (e.getValue().compareTo(s.lookup.get(e.getKey())) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + lookup.keySet().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append('{');
    values.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ", ").append(k).append('=').append(v.toPlainString()));
    return sb.append('}').toString();
  }
}
