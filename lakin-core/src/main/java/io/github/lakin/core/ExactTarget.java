/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Target tunggal (exact target): a single number such as {@code 69} or {@code 3 dokumen}, or
 * counts n of T ({@code 36.743/39.834}) whose target is n / T × 100, kept as an exact fraction.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class ExactTarget implements Target {
  /** Decimals of {@link #value()} for a target given as counts; {@link #exact()} is exact. */
  public static final int COUNTS_SCALE = 10;

  ExactTarget() {}

  /**
   * Returns the target number, without trailing zeros; for counts n / T × 100 rounded half-up at
   * {@value #COUNTS_SCALE} decimals, a view to show: compute with {@link #exact()}.
   *
   * @return the target number, without trailing zeros; for counts n / T × 100 rounded half-up at
   *     {@value #COUNTS_SCALE} decimals, a view to show: compute with {@link #exact()}
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /** Returns the counts n of T this target was written as; empty for a plain number. */
  public abstract Optional<Realization.Counts> counts();

  /** Returns the exact target: n / T × 100 for counts, else {@link #value()}. */
  public Rational exact() {
    Optional<Realization.Counts> c = counts();
    return c.isPresent() ? c.get().percent() : Rational.of(value());
  }

  /**
   * Returns the target.
   *
   * @param value the number
   * @return the target
   */
  public static ExactTarget of(BigDecimal value) {
    return ImmutableExactTarget.of(value);
  }

  /**
   * A target written as counts, e.g. {@code 36.743/39.834}: n / T × 100 percent, exact.
   *
   * @param n how many, 0 to {@code total}
   * @param total of how many, more than 0
   * @return the target
   * @throws InvalidValueException if the counts are out of range
   */
  public static ExactTarget ofCounts(long n, long total) {
    Realization.Counts c = Realization.Counts.of(n, total);
    return ImmutableExactTarget.builder().value(view(c)).counts(c).build();
  }

  private static BigDecimal view(Realization.Counts c) {
    return Checks.normalize(c.percent().round(COUNTS_SCALE, RoundingMode.HALF_UP));
  }

  @SuppressWarnings("BigDecimalEquals") // equals, not compareTo: the question is whether the scale is already the normal one
  @Value.Check
  ExactTarget normalize() {
    Optional<Realization.Counts> c = counts();
    if (c.isPresent() && view(c.get()).compareTo(value()) != 0) {
      throw InvalidValueException.of("target", value(), "must equal its counts " + c.get() + " (" + view(c.get()).toPlainString() + ")");
    }
    BigDecimal n = Checks.normalize(value());
    return n.equals(value()) ? this : ImmutableExactTarget.builder().from(this).value(n).build();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.exact(this);
  }

  @Override
  public String toString() {
    Optional<Realization.Counts> c = counts();
    return c.isPresent() ? c.get().toString() : value().toPlainString();
  }
}
