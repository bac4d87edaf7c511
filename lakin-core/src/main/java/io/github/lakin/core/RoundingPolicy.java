/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Kebijakan pembulatan (rounding policy): the scale and rounding mode at which a report shows its
 * figures. The default is 2 decimals, half-up ({@code 101,485 → 101,49}).
 *
 * <p>Lakin computes exactly and rounds once, with this policy, when a value is shown.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class RoundingPolicy {
  private static final RoundingPolicy DEFAULT = new RoundingPolicy(2, RoundingMode.HALF_UP);

  private final int scale;
  private final RoundingMode mode;

  private RoundingPolicy(int scale, RoundingMode mode) {
    this.scale = scale;
    this.mode = mode;
  }

  /** Returns 2 decimals, {@link RoundingMode#HALF_UP}: what most reports print. */
  public static RoundingPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Returns the policy.
   *
   * @param scale digits after the decimal point, 0 to 20
   * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} is refused
   * @return the policy
   * @throws InvalidValueException if the scale is out of range or the mode is UNNECESSARY
   */
  public static RoundingPolicy of(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (scale < 0 || scale > 20) {
      throw InvalidValueException.of("scale", scale, "must be between 0 and 20");
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw InvalidValueException.of("mode", mode, "must round (UNNECESSARY fails on real data)");
    }
    return new RoundingPolicy(scale, mode);
  }

  /**
   * Returns half-up rounding at that scale.
   *
   * @param scale digits after the decimal point, 0 to 20
   * @return half-up rounding at that scale
   */
  public static RoundingPolicy halfUp(int scale) {
    return of(scale, RoundingMode.HALF_UP);
  }

  /** Returns digits after the decimal point. */
  public int scale() {
    return scale;
  }

  /** Returns the rounding mode. */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * Returns the value rounded once with this policy.
   *
   * @param value an exact value
   * @return the value rounded once with this policy
   */
  public BigDecimal round(Rational value) {
    return value.round(scale, mode);
  }

  /**
   * Returns the value rounded once with this policy.
   *
   * @param value a decimal
   * @return the value rounded once with this policy
   */
  public BigDecimal round(BigDecimal value) {
    return value.setScale(scale, mode);
  }

  /**
   * Returns a policy with the same mode at another scale.
   *
   * @param newScale digits after the decimal point
   * @return a policy with the same mode at another scale
   */
  public RoundingPolicy withScale(int newScale) {
    return of(newScale, mode);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoundingPolicy && ((RoundingPolicy) o).scale == scale && ((RoundingPolicy) o).mode == mode;
  }

  @Override
  public int hashCode() {
    return scale * 31 + mode.hashCode();
  }

  @Override
  public String toString() {
    return "RoundingPolicy{scale=" + scale + ", mode=" + mode + "}";
  }
}
