/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Predikat (band): one row of a band table, such as SAKIP "AA, Sangat Memuaskan, &gt; 90 – 100":
 * a short code, an Indonesian label, an optional description and an interval of values between a
 * lower and an upper {@link Bound}.
 *
 * <p>{@link #contains(Rational)} tests the interval exactly as written. Inside a {@link BandTable}
 * with {@link GapPolicy#LOWER_BOUND_INCLUSIVE} a band covers more than it says (up to the next
 * band's lower bound); use {@link BandTable#effective(Band)} or {@link
 * BandTable#classify(Rational)} for that reading.
 *
 * <p>Immutable; equal when code, label, description and bounds are equal (bounds compare
 * numerically).
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Band {
  private final String code;
  private final String label;
  private final String description;
  private final Bound lower;
  private final Bound upper;

  private Band(String code, String label, String description, Bound lower, Bound upper) {
    this.code = code;
    this.label = label;
    this.description = description;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * A band without description.
   *
   * @param code the short code, e.g. {@code "AA"}; not blank
   * @param label the Indonesian label, e.g. {@code "Sangat Memuaskan"}; not blank
   * @param lower the lower bound
   * @param upper the upper bound
   * @return the band
   * @throws InvalidValueException if code or label is blank, the lower bound is above the upper
   *     bound, or the interval is empty (equal bounds that are not both inclusive)
   */
  public static Band of(String code, String label, Bound lower, Bound upper) {
    return of(code, label, "", lower, upper);
  }

  /**
   * A band with a description.
   *
   * @param code the short code, e.g. {@code "A"}; not blank
   * @param label the Indonesian label, e.g. {@code "Sangat Baik"}; not blank
   * @param description free text, e.g. {@code "mutu pelayanan A"}; may be empty
   * @param lower the lower bound
   * @param upper the upper bound
   * @return the band
   * @throws InvalidValueException if code or label is blank, the lower bound is above the upper
   *     bound, or the interval is empty (equal bounds that are not both inclusive)
   */
  public static Band of(String code, String label, String description, Bound lower, Bound upper) {
    return create("", code, label, description, lower, upper);
  }

  /** Validates and creates a band; {@code context} prefixes every message, e.g. "band table 'x': ". */
  static Band create(String context, String code, String label, String description, Bound lower, Bound upper) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (code.isBlank()) {
      throw InvalidValueException.of(context + "band code", code, "must not be blank");
    }
    if (label.isBlank()) {
      throw InvalidValueException.of(context + "band " + code + ": label", label, "must not be blank");
    }
    Rational lo = lower.exact();
    Rational hi = upper.exact();
    if (lo != null && hi != null) {
      int c = lo.compareTo(hi);
      if (c > 0) {
        throw InvalidValueException.withMessage(
            context + "band " + code + ": lower bound",
            lower.value(),
            context + "band " + code + " lower bound " + lower.valueText()
                + " is above its upper bound " + upper.valueText());
      }
      if (c == 0 && !(lower.inclusive() && upper.inclusive())) {
        throw InvalidValueException.withMessage(
            context + "band " + code + ": lower bound",
            lower.value(),
            context + "band " + code + " is empty: lower bound " + lower.describe()
                + " and upper bound " + upper.describe()
                + " (a one-value band needs both bounds inclusive)");
      }
    }
    return new Band(code, label, description, lower, upper);
  }

  /** The same band with another upper bound, unchecked (used for the effective reading). */
  Band withUpper(Bound newUpper) {
    return new Band(code, label, description, lower, newUpper);
  }

  /** Returns the short code, e.g. {@code "AA"}, {@code "A-"}, {@code "SANGAT_TINGGI"}. */
  public String code() {
    return code;
  }

  /** Returns the Indonesian label, e.g. {@code "Sangat Memuaskan"}. */
  public String label() {
    return label;
  }

  /** Returns free text about the band, e.g. {@code "mutu pelayanan A"}; empty when none. */
  public String description() {
    return description;
  }

  /** Returns the lower bound as written. */
  public Bound lower() {
    return lower;
  }

  /** Returns the upper bound as written. */
  public Bound upper() {
    return upper;
  }

  /**
   * Whether the value lies in this band's interval as written, honouring open and closed bounds.
   *
   * @param value the value
   * @return true when {@code lower ≤ value ≤ upper} (with {@code <} for open bounds)
   */
  public boolean contains(Rational value) {
    Objects.requireNonNull(value, "value");
    return lower.admitsFromBelow(value) && upper.admitsFromAbove(value);
  }

  /**
   * Whether the value lies in this band's interval as written, honouring open and closed bounds.
   *
   * @param value the value
   * @return true when {@code lower ≤ value ≤ upper} (with {@code <} for open bounds)
   */
  public boolean contains(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return contains(Rational.of(value));
  }

  /** The interval in mathematical notation, e.g. {@code "(90, 100]"} or {@code "[100, ∞)"}. */
  String interval() {
    String lo = lower.isUnbounded() ? "(-∞" : (lower.inclusive() ? "[" : "(") + lower.valueText();
    String hi = upper.isUnbounded() ? "∞)" : upper.valueText() + (upper.inclusive() ? "]" : ")");
    return lo + ", " + hi;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Band)) {
      return false;
    }
    Band o = (Band) obj;
    return code.equals(o.code)
        && label.equals(o.label)
        && description.equals(o.description)
        && lower.equals(o.lower)
        && upper.equals(o.upper);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, label, description, lower, upper);
  }

  /** @return e.g. {@code "AA Sangat Memuaskan (90, 100]"} */
  @Override
  public String toString() {
    return code + " " + label + " " + interval();
  }
}
