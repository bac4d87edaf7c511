/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Sasaran (strategis, program or kegiatan): a goal measured by one or more indicators.
 *
 * <p>Indicator codes are unique within a goal; the goal's capaian is the mean of its indicators'.
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Goal {
  Goal() {}

  /** Returns the goal's code, e.g. {@code "SK1"}. */
  public abstract String code();

  /** Returns the goal's statement. */
  public abstract String name();

  /** Returns its indicators, in report order. */
  public abstract List<Indicator> indicators();

  /** Returns the weight within the unit, when the report weighs goals. */
  public abstract Optional<BigDecimal> weight();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the goal.
   *
   * @param code the goal's code
   * @param name its statement
   * @param indicators its indicators, at least one
   * @return the goal
   */
  public static Goal of(String code, String name, List<Indicator> indicators) {
    return builder().code(code).name(name).addAllIndicators(indicators).build();
  }

  /**
   * Returns the indicator with that code in this goal.
   *
   * @param indicatorCode an indicator code
   * @return the indicator with that code in this goal
   */
  public Optional<Indicator> indicator(String indicatorCode) {
    return indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
  }

  /** Pembangun sasaran: builds a {@link Goal}; {@code build()} validates. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }

  /** The weight in one scale (1 and 1.0 are one weight), so equal goals are equal. */
  @Value.Check
  Goal normalized() {
    Optional<BigDecimal> w = weight().map(Checks::stripped);
    if (w.equals(weight())) {
      return this;
    }
    return builder().from(this).weight(w).build();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("goal.code", code());
    Codes.requireNormal("goal.code", code());
    Checks.nonBlank("goal " + code() + ": name", name());
    if (indicators().isEmpty()) {
      throw InvalidValueException.of("goal " + code() + ": indicators", "[]", "must not be empty");
    }
    Checks.unique("goal " + code() + ": indicator code", indicators(), Indicator::code);
    weight().ifPresent(w -> Checks.nonNegative("goal " + code() + ": weight", w));
  }

  @Override
  public String toString() {
    return code() + " " + name() + " (" + indicators().size() + " indicators)";
  }
}
