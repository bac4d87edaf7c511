/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import org.immutables.value.Value;

/**
 * Target kategori (categorical target), e.g. opini {@code WTP} or predikat {@code BB}: achieved or
 * not, by the order of its {@link OrdinalScale}. No percentage is invented for it.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class CategoricalTarget implements Target {
  CategoricalTarget() {}

  /** Returns the category to reach. */
  @Value.Parameter
  public abstract String required();

  /** Returns the ordered scale the category belongs to. */
  @Value.Parameter
  public abstract OrdinalScale scale();

  /**
   * Returns the target.
   *
   * @param required the category to reach
   * @param scale its scale
   * @return the target
   * @throws InvalidValueException if the category is not on the scale
   */
  public static CategoricalTarget of(String required, OrdinalScale scale) {
    return ImmutableCategoricalTarget.of(required, scale);
  }

  /**
   * Returns whether it is at least as good as the required one.
   *
   * @param realized a realised category on the same scale
   * @return whether it is at least as good as the required one
   * @throws InvalidValueException if the realised category is not on the scale
   */
  public boolean isMetBy(String realized) {
    return scale().rank(realized) >= scale().rank(required());
  }

  @Value.Check
  CategoricalTarget check() {
    scale().rank(required());
    String trimmed = required().trim();
    return trimmed.equals(required()) ? this : ImmutableCategoricalTarget.of(trimmed, scale());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.categorical(this);
  }

  @Override
  public String toString() {
    return required();
  }
}
