/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal.engine;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.Evaluation;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.internal.DecimalText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Aturan target nol (zero-target rule, DOMAIN §3), for both paths: target 0 with realisasi 0 gives the rule's
 * "both zero" value, target 0 with any other realisasi its "target zero" value; an absent value
 * means undefined. A value the rule gives is flagged {@code BY_RULE}.
 *
 * @since 0.1.0
 */
public final class ZeroTarget {
  private ZeroTarget() {}

  /**
   * The rule itself, as the kernel and the strategies use it.
   *
   * @param rule the policy's rule
   * @param r the realisasi
   * @return the capaian the rule gives, or null for undefined
   */
  public static @Nullable Rational value(ZeroTargetRule rule, Rational r) {
    return rule.valueFor(r).orElse(null);
  }

  /**
   * The rule as an {@link Evaluation} with its derivation, as the strategies use it.
   *
   * @param t the target (or the range bound used)
   * @param r the realisasi
   * @param rule the policy's rule
   * @return the rule's outcome when {@code t} is 0; empty otherwise
   */
  public static Optional<Evaluation> evaluate(Rational t, Rational r, ZeroTargetRule rule) {
    if (t.signum() != 0) {
      return Optional.empty();
    }
    boolean bothZero = r.signum() == 0;
    Rational v = value(rule, r);
    if (bothZero) {
      return Optional.of(v != null
          ? Evaluation.byRule(v, (l, n) -> DecimalText.isIndonesian(l) ? "target 0 dan realisasi 0 (aturan target nol)" : "target 0 and realisation 0 (zero-target rule)")
          : Evaluation.undefined("target and realisation are both 0",
              (l, n) -> DecimalText.isIndonesian(l) ? "target 0 dan realisasi 0: capaian tidak terdefinisi" : "target 0 and realisation 0: achievement undefined"));
    }
    if (v != null && rule.isFunctionOfRealization()) {
      java.util.List<Rational> f = rule.realizationFunction().orElseThrow();
      return Optional.of(Evaluation.byRule(v, (l, n) -> "target 0: " + n.apply(r) + " × "
          + n.apply(f.get(0)) + " + " + n.apply(f.get(1)) + (DecimalText.isIndonesian(l) ? " (aturan target nol)" : " (zero-target rule)")));
    }
    return Optional.of(v != null
        ? Evaluation.byRule(v, (l, n) -> (DecimalText.isIndonesian(l) ? "target 0 dan realisasi " : "target 0 and realisation ") + n.apply(r)
            + (DecimalText.isIndonesian(l) ? " (aturan target nol)" : " (zero-target rule)"))
        : Evaluation.undefined("target is 0 and realisation is " + r,
            (l, n) -> (DecimalText.isIndonesian(l) ? "target 0 dan realisasi " : "target 0 and realisation ") + n.apply(r)
                + (DecimalText.isIndonesian(l) ? ": capaian tidak terdefinisi" : ": achievement undefined")));
  }

}
