/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.Evaluation;
import io.github.lakin.scoring.NegativeTargetRule;
import io.github.lakin.scoring.internal.DecimalText;
import java.util.Optional;

/**
 * Target negatif (negative target): the one place of {@link NegativeTargetRule}, used by every
 * strategy that takes a negative target. The bulk path leaves negative targets to the object path
 * ({@link Eligibility}).
 *
 * @since 0.1.0
 */
public final class NegativeTarget {
  private NegativeTarget() {}

  /**
   * Evaluates an indicator whose target is negative.
   *
   * @param code the indicator's code, for the error
   * @param strategy the strategy's name, for the error
   * @param t the target
   * @param r the realisasi
   * @param lowerIsBetter the direction
   * @param rule the policy's rule
   * @return the outcome when {@code t < 0}; empty when {@code t >= 0}
   * @throws InvalidValueException when {@code t < 0} under {@link NegativeTargetRule#REJECT}
   */
  public static Optional<Evaluation> evaluate(String code, String strategy, Rational t, Rational r, boolean lowerIsBetter,
      NegativeTargetRule rule) {
    if (t.signum() >= 0) {
      return Optional.empty();
    }
    if (rule == NegativeTargetRule.REJECT) {
      throw InvalidValueException.of("indicator " + code + ": target", t, "must be >= 0 for strategy " + strategy
          + " (a negative target needs a named rule: NegativeTargetRule.RELATIVE_DEVIATION, report setting negative-target: deviation)");
    }
    if (r.signum() >= 0) {
      return Optional.of(Evaluation.undefined("target " + t + " is negative but realisation " + r + " is not: the signs differ",
          (l, n) -> DecimalText.isIndonesian(l)
              ? "target " + n.apply(t) + " negatif, realisasi " + n.apply(r) + " tidak: tanda berbeda, capaian tidak terdefinisi"
              : "target " + n.apply(t) + " negative, realisation " + n.apply(r) + " not: signs differ, achievement undefined"));
    }
    Rational deviation = r.subtract(t).divide(t.abs()).multiply(Rational.HUNDRED);
    Rational v = lowerIsBetter ? Rational.HUNDRED.subtract(deviation) : Rational.HUNDRED.add(deviation);
    String sign = lowerIsBetter ? " − " : " + ";
    return Optional.of(Evaluation.value(v, (l, n) -> "100" + sign + "(" + n.apply(r) + " − " + n.apply(t) + ") / |" + n.apply(t) + "| × 100%"));
  }
}
