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
 * an explicit number, or (target 0 only) to a named function of the realisasi:
 * {@link #realizationLinear(Optional, BigDecimal, BigDecimal)}, e.g. {@code r × 100 + 100}, which one
 * e-SAKIP system uses (target 0, realisasi 2 → 300).
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ZeroTargetRule {
  private static final ZeroTargetRule DEFAULT = new ZeroTargetRule(Optional.of(Rational.HUNDRED), Optional.empty(), Optional.empty());

  private final Optional<Rational> whenBothZero;
  private final Optional<Rational> whenRealizationNonZero;
  private final Optional<Rational[]> linear;

  private ZeroTargetRule(Optional<Rational> whenBothZero, Optional<Rational> whenRealizationNonZero, Optional<Rational[]> linear) {
    this.whenBothZero = whenBothZero;
    this.whenRealizationNonZero = whenRealizationNonZero;
    this.linear = linear;
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
    return new ZeroTargetRule(whenBothZero.map(Rational::of), whenRealizationNonZero.map(Rational::of), Optional.empty());
  }

  /**
   * Target 0 as a function of the realisasi: when only the target is 0 the capaian is
   * {@code r × slope + offset}. With slope 100 and offset 100 this is the rule of an e-SAKIP system
   * that scores target 0, realisasi 2 as 2 × 100 + 100 = 300 (and realisasi 0,5 as 150). The result
   * may be negative (a negative realisasi); the policy's floor then applies as to any capaian.
   *
   * @param whenBothZero the capaian when target and realisasi are both 0, or empty for undefined
   * @param slope the factor of the realisasi, e.g. 100
   * @param offset the value added, e.g. 100
   * @return the rule
   * @throws InvalidValueException if {@code whenBothZero} is negative
   */
  public static ZeroTargetRule realizationLinear(Optional<BigDecimal> whenBothZero, BigDecimal slope, BigDecimal offset) {
    Objects.requireNonNull(whenBothZero, "whenBothZero");
    Objects.requireNonNull(slope, "slope");
    Objects.requireNonNull(offset, "offset");
    whenBothZero.ifPresent(v -> nonNegative("zeroTarget.whenBothZero", v));
    return new ZeroTargetRule(whenBothZero.map(Rational::of), Optional.empty(),
        Optional.of(new Rational[] {Rational.of(slope), Rational.of(offset)}));
  }

  /**
   * The capaian this rule gives when the target is 0.
   *
   * @param realization the realisasi
   * @return the capaian, or empty for undefined
   */
  public Optional<Rational> valueFor(Rational realization) {
    Objects.requireNonNull(realization, "realization");
    if (realization.signum() == 0) {
      return whenBothZero;
    }
    if (linear.isPresent()) {
      Rational[] f = linear.get();
      return Optional.of(realization.multiply(f[0]).add(f[1]));
    }
    return whenRealizationNonZero;
  }

  /** Returns whether only the target is 0 gives {@code r × slope + offset} ({@link #realizationLinear}). */
  public boolean isFunctionOfRealization() {
    return linear.isPresent();
  }

  /** Returns the slope and offset of {@link #realizationLinear}, when this rule is one; else empty. */
  public Optional<java.util.List<Rational>> realizationFunction() {
    return linear.map(f -> java.util.List.of(f[0], f[1]));
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

  /**
   * Returns the capaian when only the target is 0; empty means undefined, or a function of the
   *     realisasi ({@link #isFunctionOfRealization()}, use {@link #valueFor(Rational)}).
   */
  public Optional<Rational> whenRealizationNonZero() {
    return whenRealizationNonZero;
  }

  /** Two rules are equal when they map both cases to the same values (or both to undefined). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ZeroTargetRule
        && whenBothZero.equals(((ZeroTargetRule) o).whenBothZero)
        && whenRealizationNonZero.equals(((ZeroTargetRule) o).whenRealizationNonZero)
        && realizationFunction().equals(((ZeroTargetRule) o).realizationFunction());
  }

  @Override
  public int hashCode() {
    return Objects.hash(whenBothZero, whenRealizationNonZero, realizationFunction());
  }

  @Override
  public String toString() {
    return "ZeroTargetRule{bothZero=" + whenBothZero.map(Rational::toString).orElse("undefined")
        + ", targetZeroOnly=" + linear.map(f -> "r × " + f[0] + " + " + f[1])
            .orElseGet(() -> whenRealizationNonZero.map(Rational::toString).orElse("undefined")) + "}";
  }
}
