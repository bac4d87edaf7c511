/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Target rentang (range target), e.g. {@code 80–90%}: scored per PermenPANRB 8/2021 against the
 * upper bound when the realisasi is above the range, the lower bound when below, 100 inside.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class RangeTarget implements Target {
  RangeTarget() {}

  /** Returns the lower bound. */
  @Value.Parameter
  public abstract BigDecimal lower();

  /** Returns the upper bound, not below the lower. */
  @Value.Parameter
  public abstract BigDecimal upper();

  /**
   * Returns the range.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @return the range
   * @throws InvalidValueException if {@code lower > upper}
   */
  public static RangeTarget of(BigDecimal lower, BigDecimal upper) {
    return ImmutableRangeTarget.of(lower, upper);
  }

  @SuppressWarnings("BigDecimalEquals") // equals, not compareTo: the question is whether the scale is already the normal one
  @Value.Check
  RangeTarget check() {
    if (lower().compareTo(upper()) > 0) {
      throw InvalidValueException.withMessage(
          "target.lower",
          lower().toPlainString(),
          "target range lower bound must not exceed the upper bound, but was "
              + lower().toPlainString() + " > " + upper().toPlainString());
    }
    BigDecimal lo = Checks.normalize(lower());
    BigDecimal hi = Checks.normalize(upper());
    return lo.equals(lower()) && hi.equals(upper()) ? this : ImmutableRangeTarget.of(lo, hi);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.range(this);
  }

  @Override
  public String toString() {
    return lower().toPlainString() + "–" + upper().toPlainString();
  }
}
