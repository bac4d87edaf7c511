/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Aturan target nol (zero-target rule): what a capaian is when the target is 0 (DOMAIN §3).
 *
 * <p>By default target 0 with realisasi 0 is met (100), and target 0 with any other realisasi is
 * {@link Achievement.Status#UNDEFINED}: never a silent 0 or 100. Either outcome can be mapped to
 * an explicit number.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ZeroTargetRule {
  private static final ZeroTargetRule DEFAULT = new ZeroTargetRule(Optional.of(Rational.HUNDRED), Optional.empty());

  private final Optional<Rational> whenBothZero;
  private final Optional<Rational> whenRealizationNonZero;

  private ZeroTargetRule(Optional<Rational> whenBothZero, Optional<Rational> whenRealizationNonZero) {
    this.whenBothZero = whenBothZero;
    this.whenRealizationNonZero = whenRealizationNonZero;
  }

  /** Returns target 0 and realisasi 0 → 100; target 0 and realisasi ≠ 0 → undefined. */
  public static ZeroTargetRule defaults() {
    return DEFAULT;
  }

  /**
   * Returns the rule.
   *
   * @param whenBothZero the capaian when target and realisasi are both 0, or empty for undefined
   * @param whenRealizationNonZero the capaian when only the target is 0, or empty for undefined
   * @return the rule
   * @throws InvalidValueException if a mapped value is negative
   */
  public static ZeroTargetRule of(Optional<BigDecimal> whenBothZero, Optional<BigDecimal> whenRealizationNonZero) {
    Objects.requireNonNull(whenBothZero, "whenBothZero");
    Objects.requireNonNull(whenRealizationNonZero, "whenRealizationNonZero");
    whenBothZero.ifPresent(v -> nonNegative("zeroTarget.whenBothZero", v));
    whenRealizationNonZero.ifPresent(v -> nonNegative("zeroTarget.whenRealizationNonZero", v));
    return new ZeroTargetRule(whenBothZero.map(Rational::of), whenRealizationNonZero.map(Rational::of));
  }

  private static void nonNegative(String field, BigDecimal v) {
    if (v.signum() < 0) {
      throw InvalidValueException.of(field, v, "must be >= 0");
    }
  }

  /** Returns the capaian when both are 0; empty means undefined. */
  public Optional<Rational> whenBothZero() {
    return whenBothZero;
  }

  /** Returns the capaian when only the target is 0; empty means undefined. */
  public Optional<Rational> whenRealizationNonZero() {
    return whenRealizationNonZero;
  }

  /** Two rules are equal when they map both cases to the same values (or both to undefined). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ZeroTargetRule
        && whenBothZero.equals(((ZeroTargetRule) o).whenBothZero)
        && whenRealizationNonZero.equals(((ZeroTargetRule) o).whenRealizationNonZero);
  }

  @Override
  public int hashCode() {
    return Objects.hash(whenBothZero, whenRealizationNonZero);
  }

  @Override
  public String toString() {
    return "ZeroTargetRule{bothZero=" + whenBothZero.map(Rational::toString).orElse("undefined")
        + ", targetZeroOnly=" + whenRealizationNonZero.map(Rational::toString).orElse("undefined") + "}";
  }
}
