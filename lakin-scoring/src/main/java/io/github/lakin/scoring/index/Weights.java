/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;

/** Validasi bobot: weight checks shared by the composite indices. Not public API. */
final class Weights {
  private Weights() {}

  /**
   * Checks that every weight is ≥ 0 and that not all are zero ({@link BigDecimal} is always finite).
   *
   * @param weights the weights
   * @param field names the i-th (0-based) weight in a message, e.g. {@code "component kinerja: weight"}
   * @param group names the whole list in a message, e.g. {@code "weights"}
   * @return the exact sum of the weights, &gt; 0
   */
  static Rational validate(List<BigDecimal> weights, IntFunction<String> field, String group) {
    Rational sum = Rational.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = weights.get(i);
      if (w.signum() < 0) {
        throw InvalidValueException.of(field.apply(i), w, "must be >= 0");
      }
      sum = sum.add(Rational.of(w));
    }
    if (sum.signum() == 0) {
      throw InvalidValueException.of(group, sum.toBigDecimalExact(), "must not all be zero (their sum must be > 0)");
    }
    return sum;
  }

  /**
   * Checks the weights as {@link #validate} does and that they add up to exactly {@code total}.
   *
   * @param weights the weights
   * @param field names the i-th weight
   * @param group names the whole list
   * @param total the required sum, e.g. 100
   */
  static void validateSum(List<BigDecimal> weights, IntFunction<String> field, String group, BigDecimal total) {
    Rational sum = validate(weights, field, group);
    if (sum.compareTo(Rational.of(total)) != 0) {
      throw InvalidValueException.of(group + " sum", sum.toBigDecimalExact(), "must be exactly " + total.toPlainString());
    }
  }
}
