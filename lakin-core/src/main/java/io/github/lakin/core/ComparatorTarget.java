/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Target dengan pembanding (comparator target), e.g. {@code < 20%} or {@code ≥ 95}: the number with
 * a direction; {@code <}/{@code ≤} mean lower is better, {@code >}/{@code ≥} higher is better.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class ComparatorTarget implements Target {
  ComparatorTarget() {}

  /** Returns the comparator. */
  @Value.Parameter
  public abstract Relation relation();

  /** Returns the number. */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Returns the target.
   *
   * @param relation the comparator
   * @param value the number
   * @return the target
   */
  public static ComparatorTarget of(Relation relation, BigDecimal value) {
    return ImmutableComparatorTarget.of(relation, value);
  }

  @SuppressWarnings("BigDecimalEquals") // equals, not compareTo: the question is whether the scale is already the normal one
  @Value.Check
  ComparatorTarget normalize() {
    BigDecimal n = Checks.normalize(value());
    return n.equals(value()) ? this : ImmutableComparatorTarget.of(relation(), n);
  }

  @Override
  public Optional<Polarity> impliedPolarity() {
    return Optional.of(relation().impliedPolarity());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.comparator(this);
  }

  @Override
  public String toString() {
    return relation().symbol() + " " + value().toPlainString();
  }
}
