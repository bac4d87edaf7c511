/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Batas capaian (cap and floor), for both paths: which limits apply to an indicator, the exact
 * rule with its {@code CAPPED} and {@code FLOORED} flags, and, right below it, the kernel's
 * fixed-point form of the same rule ({@link Fixed}).
 *
 * <p>The exact rule is {@link CapRule#apply(Rational)} (core's one implementation: the cap, then
 * the floor); the flags say which limit changed the value: {@code CAPPED} when the result is below
 * the raw capaian, {@code FLOORED} when it is above. As a floor never exceeds the cap, at most one
 * flag is set.
 *
 * @since 0.1.0
 */
public final class Limits {
  private final CapRule rule;

  private Limits(CapRule rule) {
    this.rule = rule;
  }

  /**
   * The limits of one indicator: its own cap rule's fields override the report's, field by field.
   *
   * @param indicatorCode the indicator, for the message
   * @param own the indicator's own cap rule
   * @param report the report-wide limits
   * @return the limits that apply
   * @throws InvalidValueException if the resulting floor exceeds the resulting cap
   */
  public static Limits resolve(String indicatorCode, Optional<CapRule> own, CapRule report) {
    if (own.isEmpty()) {
      return new Limits(report);
    }
    CapRule o = own.get();
    Optional<BigDecimal> max = o.maximum().or(report::maximum);
    Optional<BigDecimal> floor = o.floor().or(report::floor);
    if (max.isPresent() && floor.isPresent() && floor.get().compareTo(max.get()) > 0) {
      throw InvalidValueException.withMessage("indicator " + indicatorCode + ": floor", floor.get().toPlainString(),
          "indicator " + indicatorCode + ": floor " + floor.get().toPlainString() + " must not exceed the cap "
              + max.get().toPlainString() + " (indicator cap rule " + o + ", report limits " + report + ")");
    }
    CapRule merged = max.isPresent() && floor.isPresent() ? CapRule.between(floor.get(), max.get())
        : max.isPresent() ? CapRule.maximum(max.get()) : floor.isPresent() ? CapRule.floor(floor.get()) : CapRule.none();
    return new Limits(merged);
  }

  /**
   * Returns those limits.
   *
   * @param rule report-wide limits (the bulk path has no per-indicator rules)
   * @return those limits
   */
  public static Limits of(CapRule rule) {
    return new Limits(rule);
  }

  /** Returns the rule applied. */
  public CapRule rule() {
    return rule;
  }

  /**
   * The exact rule.
   *
   * @param raw the raw capaian
   * @return the value after the cap and the floor, with its flags
   */
  public Limited apply(Rational raw) {
    Rational value = rule.apply(raw);
    int c = value.compareTo(raw);
    return new Limited(value, c < 0, c > 0);
  }

  /** The value after the cap and floor, and which of them changed it. */
  public static final class Limited {
    private final Rational value;
    private final boolean capped;
    private final boolean floored;

    Limited(Rational value, boolean capped, boolean floored) {
      this.value = value;
      this.capped = capped;
      this.floored = floored;
    }

    /** Returns the value after the cap and floor. */
    public Rational value() {
      return value;
    }

    /** Returns whether the cap lowered the value. */
    public boolean capped() {
      return capped;
    }

    /** Returns whether the floor raised the value. */
    public boolean floored() {
      return floored;
    }
  }

  /**
   * The same rule in the kernel's fixed point. A raw capaian {@code v} is carried as
   * {@code q = floor(v × 10^k)} and the sticky bit {@code s} ({@code v × 10^k} is not an integer).
   * When the cap and floor are whole numbers of {@code 10^-k}, say {@code C} and {@code F}, then
   * {@code v > cap} iff {@code q + s > C} and {@code v < floor} iff {@code q < F}, because
   * {@code v × 10^k = q + f} with {@code 0 ≤ f < 1} and {@code f > 0} iff {@code s}. A capped or
   * floored value is exact ({@code s} becomes 0). The cap is tested first, as in
   * {@link CapRule#apply(Rational)}; a floor never exceeds the cap, so the order cannot matter.
   */
  public static final class Fixed {
    /** The fixed-point cap, or {@code Long.MAX_VALUE} when none can bind. */
    final long capQ;
    /** The fixed-point floor, or {@code Long.MIN_VALUE} when none can bind. */
    final long floorQ;
    /** Whether a limit is not a whole number of {@code 10^-k}: every row must take the exact path. */
    final boolean exactOnly;

    /**
     * @param rule the limits
     * @param k the fixed-point digits
     * @param qLimit the largest |q| a fast row carries: limits beyond it cannot bind such a row
     */
    Fixed(CapRule rule, int k, long qLimit) {
      @Nullable BigInteger capFixed = rule.maximum().isPresent() ? fixed(rule.maximum().get(), k) : null;
      @Nullable BigInteger floorFixed = rule.floor().isPresent() ? fixed(rule.floor().get(), k) : null;
      BigInteger limit = BigInteger.valueOf(qLimit);
      this.exactOnly = (rule.maximum().isPresent() && capFixed == null) || (rule.floor().isPresent() && floorFixed == null)
          || (floorFixed != null && floorFixed.compareTo(limit) > 0);
      this.capQ = capFixed == null || capFixed.compareTo(limit) > 0 ? Long.MAX_VALUE : capFixed.longValue();
      this.floorQ = floorFixed == null || floorFixed.compareTo(limit.negate()) < 0 ? Long.MIN_VALUE : floorFixed.longValue();
    }

    /** {@code v × 10^k} when it is an integer, else null. */
    private static @Nullable BigInteger fixed(BigDecimal v, int k) {
      BigDecimal scaled = v.movePointRight(k);
      if (scaled.signum() != 0 && scaled.stripTrailingZeros().scale() > 0) {
        return null;
      }
      return scaled.toBigInteger();
    }

    /**
     * Returns whether the value is above the cap.
     *
     * @param q the fixed-point value
     * @param sticky the sticky bit, 0 or 1
     * @param capQ the fixed-point cap
     * @return whether the value is above the cap
     */
    static boolean aboveCap(long q, long sticky, long capQ) {
      return q + sticky > capQ;
    }

    /**
     * Returns whether the value is below the floor.
     *
     * @param q the fixed-point value
     * @param floorQ the fixed-point floor
     * @return whether the value is below the floor
     */
    static boolean belowFloor(long q, long floorQ) {
      return q < floorQ;
    }
  }
}
