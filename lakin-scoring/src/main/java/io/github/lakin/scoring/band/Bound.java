/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Batas (bound): one end of a {@link Band}, a value that is either included ("≥ 88,31", "≤ 100")
 * or excluded ("&gt; 90", "&lt; 60"), or no limit at all ({@link #unbounded()}).
 *
 * <p>The value keeps the scale it was written with ({@code 4.00} stays {@code 4.00} in messages),
 * but equality and comparison are numeric: {@code inclusive("4.00")} equals {@code
 * inclusive("4")}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Bound {
  private static final Bound UNBOUNDED = new Bound(null, null, false);

  private final @Nullable BigDecimal value;
  private final @Nullable Rational exact;
  private final boolean inclusive;

  private Bound(@Nullable BigDecimal value, @Nullable Rational exact, boolean inclusive) {
    this.value = value;
    this.exact = exact;
    this.inclusive = inclusive;
  }

  /**
   * A closed bound: the value itself belongs to the band ("≥ 88,31" as a lower bound, "≤ 100" as
   * an upper bound).
   *
   * @param value the bound
   * @return the inclusive bound
   */
  public static Bound inclusive(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return new Bound(value, Rational.of(value), true);
  }

  /**
   * A closed bound parsed from a plain decimal such as {@code "88.31"}.
   *
   * @param value the bound as a plain decimal with a dot
   * @return the inclusive bound
   * @throws InvalidValueException if the text is not a decimal
   */
  public static Bound inclusive(String value) {
    return inclusive(parse(value));
  }

  /**
   * An open bound: the value itself does not belong to the band ("&gt; 90" as a lower bound,
   * "&lt; 60" as an upper bound).
   *
   * @param value the bound
   * @return the exclusive bound
   */
  public static Bound exclusive(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return new Bound(value, Rational.of(value), false);
  }

  /**
   * An open bound parsed from a plain decimal such as {@code "90"}.
   *
   * @param value the bound as a plain decimal with a dot
   * @return the exclusive bound
   * @throws InvalidValueException if the text is not a decimal
   */
  public static Bound exclusive(String value) {
    return exclusive(parse(value));
  }

  /**
   * No limit: as a lower bound, the band extends down without end; as an upper bound, up without
   * end (a local capaian scale "Sangat Berhasil ≥ 100" has no upper limit, since capaian can exceed
   * 100). Only the lowest band may have an unbounded lower bound and only the top band an
   * unbounded upper bound. An unbounded bound is never {@link #inclusive()}.
   *
   * @return the unbounded bound
   */
  public static Bound unbounded() {
    return UNBOUNDED;
  }

  private static BigDecimal parse(String value) {
    Objects.requireNonNull(value, "value");
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw InvalidValueException.of("bound", value, "must be a plain decimal such as 88.31");
    }
  }

  /**
   * The bound's value, as written.
   *
   * @return the value
   * @throws IllegalStateException if the bound is {@link #unbounded()}
   */
  public BigDecimal value() {
    if (value == null) {
      throw new IllegalStateException("an unbounded bound has no value");
    }
    return value;
  }

  /** Returns true when the value itself belongs to the band; false when open or unbounded. */
  public boolean inclusive() {
    return inclusive;
  }

  /** Returns true for {@link #unbounded()}, which has no {@link #value()}. */
  public boolean isUnbounded() {
    return value == null;
  }

  /** The value as written, or null when unbounded. */
  @Nullable BigDecimal valueOrNull() {
    return value;
  }

  /** The exact value, or null when unbounded. */
  @Nullable Rational exact() {
    return exact;
  }

  /** True when {@code v} is at or above this bound used as a lower bound. */
  boolean admitsFromBelow(Rational v) {
    if (exact == null) {
      return true;
    }
    int c = v.compareTo(exact);
    return c > 0 || (c == 0 && inclusive);
  }

  /** True when {@code v} is at or below this bound used as an upper bound. */
  boolean admitsFromAbove(Rational v) {
    if (exact == null) {
      return true;
    }
    int c = v.compareTo(exact);
    return c < 0 || (c == 0 && inclusive);
  }

  /**
   * Orders two bounds used as lower bounds by where the band starts: unbounded first, then by
   * value; at equal values an inclusive bound starts before an exclusive one.
   */
  static int compareAsLower(Bound a, Bound b) {
    Rational x = a.exact;
    Rational y = b.exact;
    if (x == null || y == null) {
      return (x == null ? 0 : 1) - (y == null ? 0 : 1);
    }
    int c = x.compareTo(y);
    if (c != 0) {
      return c;
    }
    return Boolean.compare(!a.inclusive, !b.inclusive);
  }

  /** The bound with the same value and the opposite inclusivity; unbounded stays unbounded. */
  Bound complement() {
    if (value == null) {
      return this;
    }
    return new Bound(value, exact, !inclusive);
  }

  /** The value as text, e.g. {@code "90"}, or {@code "unbounded"}. */
  String valueText() {
    return value == null ? "unbounded" : value.toPlainString();
  }

  /** The value and its inclusivity, e.g. {@code "90 (exclusive)"}, or {@code "unbounded"}. */
  String describe() {
    return value == null ? "unbounded" : value.toPlainString() + (inclusive ? " (inclusive)" : " (exclusive)");
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Bound)) {
      return false;
    }
    Bound o = (Bound) obj;
    return inclusive == o.inclusive && Objects.equals(exact, o.exact);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(exact) * 31 + (inclusive ? 1 : 0);
  }

  /** @return e.g. {@code "90 (exclusive)"}, {@code "88.31 (inclusive)"} or {@code "unbounded"} */
  @Override
  public String toString() {
    return describe();
  }
}
