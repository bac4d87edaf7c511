/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Batas capaian (cap rule): an upper limit (e.g. "capaian IKU tertinggi ditetapkan 120%") and/or
 * a lower limit (the floor for a negative lower-is-better capaian) on an indicator's capaian.
 *
 * <p>The limits apply to each indicator before goals and units are averaged; the raw capaian is
 * always kept beside the limited one.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CapRule {
  CapRule() {}

  /** Returns the highest capaian counted, in percent; empty for no cap. */
  public abstract Optional<BigDecimal> maximum();

  /** Returns the lowest capaian counted, in percent; empty for no floor. */
  public abstract Optional<BigDecimal> floor();

  /** Returns no limits. */
  public static CapRule none() {
    return ImmutableCapRule.builder().build();
  }

  /**
   * Returns a cap without a floor.
   *
   * @param maximum the cap in percent, e.g. 120; must be &gt; 0
   * @return a cap without a floor
   */
  public static CapRule maximum(BigDecimal maximum) {
    return ImmutableCapRule.builder().maximum(maximum).build();
  }

  /**
   * Returns a floor without a cap.
   *
   * @param floor the floor in percent, e.g. 0
   * @return a floor without a cap
   */
  public static CapRule floor(BigDecimal floor) {
    return ImmutableCapRule.builder().floor(floor).build();
  }

  /**
   * Returns both limits.
   *
   * @param floor the floor in percent
   * @param maximum the cap in percent, not below the floor
   * @return both limits
   */
  public static CapRule between(BigDecimal floor, BigDecimal maximum) {
    return ImmutableCapRule.builder().floor(floor).maximum(maximum).build();
  }

  /** Returns whether this rule limits nothing. */
  public boolean isNone() {
    return maximum().isEmpty() && floor().isEmpty();
  }

  /**
   * Returns the capaian after the floor and the cap.
   *
   * @param raw a raw capaian
   * @return the capaian after the floor and the cap
   */
  public Rational apply(Rational raw) {
    Rational v = raw;
    if (maximum().isPresent()) {
      v = v.min(Rational.of(maximum().get()));
    }
    if (floor().isPresent()) {
      v = v.max(Rational.of(floor().get()));
    }
    return v;
  }

  @Value.Check
  CapRule check() {
    maximum().ifPresent(m -> Checks.positive("cap.maximum", m));
    if (maximum().isPresent() && floor().isPresent() && floor().get().compareTo(maximum().get()) > 0) {
      throw InvalidValueException.withMessage("cap.floor", floor().get().toPlainString(),
          "cap.floor must not exceed cap.maximum, but was " + floor().get().toPlainString() + " > " + maximum().get().toPlainString());
    }
    Optional<BigDecimal> m = maximum().map(Checks::normalize);
    Optional<BigDecimal> f = floor().map(Checks::normalize);
    if (m.equals(maximum()) && f.equals(floor())) {
      return this;
    }
    return ImmutableCapRule.builder().maximum(m).floor(f).build();
  }

  @Override
  public String toString() {
    if (isNone()) {
      return "no cap";
    }
    return floor().map(f -> "floor " + f.toPlainString()).orElse("")
        + (floor().isPresent() && maximum().isPresent() ? ", " : "")
        + maximum().map(x -> "cap " + x.toPlainString()).orElse("");
  }
}
