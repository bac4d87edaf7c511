/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Dimensi indeks komposit (composite-index component): a value out of a maximum, with a weight.
 * Its share of the index is {@code value / max × weight / Σ weights}. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class WeightedComponent {
  private final String name;
  private final BigDecimal value;
  private final BigDecimal max;
  private final BigDecimal weight;

  private WeightedComponent(String name, BigDecimal value, BigDecimal max, BigDecimal weight) {
    this.name = name;
    this.value = value;
    this.max = max;
    this.weight = weight;
  }

  /**
   * A component.
   *
   * @param name a non-blank name used in messages, e.g. {@code "kompetensi"}
   * @param value the value, from 0 to {@code max}
   * @param max the maximum the value is measured against, &gt; 0
   * @param weight the weight, ≥ 0 (weights are normalised by their sum)
   * @return the component
   * @throws InvalidValueException if the name is blank, {@code max} ≤ 0, the value is outside
   *     0–max or the weight is negative; the message names the component and the value
   */
  public static WeightedComponent of(String name, BigDecimal value, BigDecimal max, BigDecimal weight) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(weight, "weight");
    if (name.isBlank()) {
      throw InvalidValueException.of("component name", name, "must not be blank");
    }
    String n = name.strip();
    if (max.signum() <= 0) {
      throw InvalidValueException.of("component " + n + ": max", max, "must be > 0");
    }
    if (value.signum() < 0 || value.compareTo(max) > 0) {
      throw InvalidValueException.of("component " + n + ": value", value, "must be between 0 and " + max.toPlainString());
    }
    if (weight.signum() < 0) {
      throw InvalidValueException.of("component " + n + ": weight", weight, "must be >= 0");
    }
    return new WeightedComponent(n, value, max, weight);
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the value. */
  public BigDecimal value() {
    return value;
  }

  /** Returns the maximum. */
  public BigDecimal max() {
    return max;
  }

  /** Returns the weight, before normalisation. */
  public BigDecimal weight() {
    return weight;
  }

  /** Returns the exact ratio value / max, from 0 to 1. */
  public Rational ratio() {
    return Rational.ratio(value, max);
  }

  /**
   * Returns this component with that weight.
   *
   * @param newWeight another weight, ≥ 0
   * @return this component with that weight
   * @throws InvalidValueException if the weight is negative
   */
  public WeightedComponent withWeight(BigDecimal newWeight) {
    return of(name, value, max, newWeight);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof WeightedComponent)) {
      return false;
    }
    WeightedComponent c = (WeightedComponent) o;
    return c.name.equals(name) && c.value.compareTo(value) == 0 && c.max.compareTo(max) == 0 && c.weight.compareTo(weight) == 0;
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name + " " + value.toPlainString() + "/" + max.toPlainString() + " ×" + weight.toPlainString();
  }
}
