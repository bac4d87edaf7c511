/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.internal.DecimalText;
import io.github.lakin.scoring.internal.engine.NegativeTarget;
import io.github.lakin.scoring.internal.engine.ZeroTarget;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The built-in strategies. */
final class Strategies {
  private Strategies() {}

  private static final BigInteger HUNDRED_INT = BigInteger.valueOf(100);

  static final ScoringStrategy RATIO = new Simple("ratio") {
    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      Rational t = numericTarget(indicator, name());
      Rational r = numericRealization(indicator, realization);
      return negativeTarget(indicator, name(), t, r, false, policy).or(() -> zeroTarget(t, r, policy)).orElseGet(() -> ratio(r, t));
    }
  };

  static final ScoringStrategy INVERSE = new Simple("inverse") {
    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      Rational t = numericTarget(indicator, name());
      Rational r = numericRealization(indicator, realization);
      return negativeTarget(indicator, name(), t, r, true, policy).or(() -> zeroTarget(t, r, policy)).orElseGet(() -> inverse(r, t));
    }
  };

  static final ScoringStrategy INVERSE_RATIO = new Simple("inverseRatio") {
    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      Rational t = numericTarget(indicator, name());
      Rational r = numericRealization(indicator, realization);
      requireNonNegativeTarget(indicator, t, name());
      if (r.signum() < 0) {
        throw InvalidValueException.of("indicator " + indicator.code() + ": realisasi", r, "must be >= 0 for strategy inverseRatio");
      }
      Optional<Evaluation> zero = zeroTarget(t, r, policy);
      if (zero.isPresent()) {
        return zero.get();
      }
      if (r.signum() == 0) {
        return Evaluation.undefined("realisation is 0, so target / realisation is undefined",
            (l, n) -> id(l) ? "realisasi 0: target / realisasi tidak terdefinisi" : "realisation 0: target / realisation is undefined");
      }
      return Evaluation.value(t.divide(r).multiply(Rational.HUNDRED), (l, n) -> n.apply(t) + " / " + n.apply(r) + " × 100%");
    }
  };

  static final ScoringStrategy RANGE = new Simple("range") {
    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      if (!(indicator.target() instanceof RangeTarget)) {
        throw unsupported(indicator, name());
      }
      RangeTarget range = (RangeTarget) indicator.target();
      Rational r = numericRealization(indicator, realization);
      Rational lo = Rational.of(range.lower());
      Rational hi = Rational.of(range.upper());
      boolean lower = indicator.polarity() == Polarity.LOWER_IS_BETTER;
      if (indicator.polarity() == Polarity.CLOSER_IS_BETTER) {
        throw InvalidValueException.of("indicator " + indicator.code() + ": polarity", indicator.polarity(),
            "must be HIGHER_IS_BETTER or LOWER_IS_BETTER for strategy range");
      }
      requireNonNegativeTarget(indicator, lo, name());
      if (hi.signum() == 0) {
        // a 0–0 range is a target of 0: the zero-target rule decides, as for an exact 0 (DOMAIN §3)
        return zeroTarget(hi, r, policy).orElseThrow();
      }
      if (r.compareTo(lo) >= 0 && r.compareTo(hi) <= 0) {
        return Evaluation.value(Rational.HUNDRED,
            (l, n) -> n.apply(r) + (id(l) ? " dalam rentang " : " within the range ") + rangeText(l, range));
      }
      boolean above = r.compareTo(hi) > 0;
      Rational bound = above ? hi : lo;
      Optional<Evaluation> zero = zeroTarget(bound, r, policy);
      if (zero.isPresent()) {
        return zero.get();
      }
      Evaluation inner = lower ? inverse(r, bound) : ratio(r, bound);
      Rational value = inner.raw().orElseThrow();
      return Evaluation.value(value, (l, n) -> (id(l)
              ? (above ? "di atas rentang " : "di bawah rentang ")
              : (above ? "above the range " : "below the range "))
          + rangeText(l, range) + ": " + inner.derivation().render(l, n));
    }
  };

  static final ScoringStrategy COMPARATOR = new Simple("comparator") {
    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      Rational t = numericTarget(indicator, name());
      Rational r = numericRealization(indicator, realization);
      Polarity direction = indicator.target().impliedPolarity().orElse(indicator.polarity());
      if (direction == Polarity.CLOSER_IS_BETTER) {
        throw InvalidValueException.of("indicator " + indicator.code() + ": polarity", direction,
            "must be HIGHER_IS_BETTER or LOWER_IS_BETTER for strategy comparator");
      }
      return negativeTarget(indicator, name(), t, r, direction == Polarity.LOWER_IS_BETTER, policy).or(() -> zeroTarget(t, r, policy)).orElseGet(() -> direction == Polarity.LOWER_IS_BETTER ? inverse(r, t) : ratio(r, t));
    }
  };

  static final ScoringStrategy CLOSENESS = new Simple("closeness") {
    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      Rational t = numericTarget(indicator, name());
      Rational r = numericRealization(indicator, realization);
      requireNonNegativeTarget(indicator, t, name());
      return zeroTarget(t, r, policy).orElseGet(() -> {
        Rational v = Rational.ONE.subtract(Rational.ONE.subtract(r.divide(t)).abs()).multiply(Rational.HUNDRED);
        return Evaluation.value(v, (l, n) -> "(1 − |1 − " + n.apply(r) + " / " + n.apply(t) + "|) × 100%");
      });
    }
  };

  static final ScoringStrategy CATEGORICAL = new Simple("categorical") {
    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      if (!(indicator.target() instanceof CategoricalTarget)) {
        throw unsupported(indicator, name());
      }
      CategoricalTarget target = (CategoricalTarget) indicator.target();
      String got = realization.category().orElseThrow(() -> InvalidValueException.of(
          "indicator " + indicator.code() + ": realisasi", realization.toString(),
          "must be a category on scale '" + target.scale().name() + "'"));
      boolean met;
      try {
        met = target.isMetBy(got);
      } catch (InvalidValueException e) {
        throw InvalidValueException.of("indicator " + indicator.code() + ": realisasi", got,
            "must be one of " + target.scale().categories() + " on scale '" + target.scale().name() + "'");
      }
      return Evaluation.category(met, (l, n) -> got + (met ? " ≥ " : " < ") + target.required() + ": "
          + (id(l) ? (met ? "tercapai" : "tidak tercapai") : (met ? "achieved" : "not achieved")));
    }
  };

  static final ScoringStrategy ORDINAL = new Simple("ordinal") {
    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      Target target = indicator.target();
      OrdinalScale scale = indicator.ordinalScale().orElseGet(() -> {
        if (target instanceof CategoricalTarget) {
          return ((CategoricalTarget) target).scale();
        }
        throw InvalidValueException.of("indicator " + indicator.code() + ": ordinalScale", null,
            "must be given for strategy ordinal with the numeric target '" + target + "'");
      });
      String got = realization.category().orElseThrow(() -> InvalidValueException.of(
          "indicator " + indicator.code() + ": realisasi", realization.toString(),
          "must be a code on scale '" + scale.name() + "' for strategy ordinal"));
      int score;
      try {
        score = scale.score(got);
      } catch (InvalidValueException e) {
        throw InvalidValueException.of("indicator " + indicator.code() + ": realisasi", got,
            "must be one of " + scale.categories() + " on scale '" + scale.name() + "' (any case)");
      }
      String code = scale.code(got);
      Rational r = Rational.of(score);
      Rational t;
      String targetText;
      if (target instanceof CategoricalTarget) {
        String required = ((CategoricalTarget) target).required();
        t = Rational.of(scale.score(required));
        targetText = required + " (" + t + ")";
      } else {
        t = numericTarget(indicator, name());
        requireNonNegativeTarget(indicator, t, name());
        targetText = null;
      }
      Optional<Evaluation> zero = zeroTarget(t, r, policy);
      if (zero.isPresent()) {
        return zero.get();
      }
      Rational v = ratio(r, t).raw().orElseThrow();
      return Evaluation.value(v, (l, n) -> code + " (" + n.apply(r) + ") / " + (targetText != null ? targetText : n.apply(t)) + " × 100%");
    }
  };

  /** Reduction from a baseline; {@code baseline == null} reads the indicator's own baseline. */
  static final class Reduction implements ScoringStrategy {
    private final @Nullable BigDecimal baseline;

    Reduction(@Nullable BigDecimal baseline) {
      // one scale per number, so that 10 and 10.0 are the same parameter (equals, hashCode)
      this.baseline = baseline == null ? null : baseline.stripTrailingZeros();
    }

    @Override
    public String name() {
      return "reductionFromBaseline";
    }

    @Override
    public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
      BigDecimal base = baseline != null ? baseline : indicator.baseline().orElseThrow(() -> InvalidValueException.of(
          "indicator " + indicator.code() + ": baseline", null, "must be given for strategy reductionFromBaseline"));
      Rational b = Rational.of(base);
      Rational t = numericTarget(indicator, name());
      Rational r = numericRealization(indicator, realization);
      Rational planned = b.subtract(t);
      if (planned.signum() == 0) {
        return Evaluation.undefined("baseline equals target (" + t + "), so no reduction was planned",
            (l, n) -> id(l) ? "baseline sama dengan target " + n.apply(t) + ": capaian tidak terdefinisi"
                : "baseline equals target " + n.apply(t) + ": achievement undefined");
      }
      Rational v = b.subtract(r).divide(planned).multiply(Rational.HUNDRED);
      return Evaluation.value(v, (l, n) -> "(" + n.apply(b) + " − " + n.apply(r) + ") / (" + n.apply(b) + " − " + n.apply(t) + ") × 100%");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Reduction && Objects.equals(((Reduction) o).baseline, baseline);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(baseline);
    }

    @Override
    public String toString() {
      return name() + (baseline == null ? "" : "(" + baseline.toPlainString() + ")");
    }
  }

  /** A parameterless strategy, identified by its name. */
  abstract static class Simple implements ScoringStrategy {
    private final String name;

    Simple(String name) {
      this.name = name;
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public final String toString() {
      return name;
    }
  }

  static boolean id(Locale l) {
    return DecimalText.isIndonesian(l);
  }

  /** {@code r / t × 100}, for {@code t != 0}, reduced once (one gcd instead of one per operation). */
  static Evaluation ratio(Rational r, Rational t) {
    Rational v = Rational.of(r.numerator().multiply(t.denominator()).multiply(HUNDRED_INT), r.denominator().multiply(t.numerator()));
    return Evaluation.value(v, (l, n) -> n.apply(r) + " / " + n.apply(t) + " × 100%");
  }

  /** {@code (2 − r / t) × 100}, for {@code t != 0}, reduced once. */
  static Evaluation inverse(Rational r, Rational t) {
    BigInteger den = r.denominator().multiply(t.numerator());
    BigInteger num = den.shiftLeft(1).subtract(r.numerator().multiply(t.denominator())).multiply(HUNDRED_INT);
    return Evaluation.value(Rational.of(num, den), (l, n) -> "(2 − " + n.apply(r) + " / " + n.apply(t) + ") × 100%");
  }

  private static String rangeText(Locale l, RangeTarget range) {
    return DecimalText.format(range.lower(), l) + "–" + DecimalText.format(range.upper(), l);
  }

  /** The zero-target rule (DOMAIN §3), when the target (or the bound used) is 0: the engine's one rule. */
  static Optional<Evaluation> zeroTarget(Rational t, Rational r, ScoringPolicy policy) {
    return ZeroTarget.evaluate(t, r, policy.zeroTarget());
  }

  /** A negative target under the policy's {@link NegativeTargetRule}: the engine's one rule. */
  static Optional<Evaluation> negativeTarget(Indicator indicator, String strategy, Rational t, Rational r, boolean lower,
      ScoringPolicy policy) {
    return NegativeTarget.evaluate(indicator.code(), strategy, t, r, lower, policy.negativeTarget());
  }

  static Rational numericTarget(Indicator indicator, String strategy) {
    Target target = indicator.target();
    if (target instanceof ExactTarget) {
      return ((ExactTarget) target).exact();
    }
    if (target instanceof ComparatorTarget) {
      return Rational.of(((ComparatorTarget) target).value());
    }
    throw unsupported(indicator, strategy);
  }

  static InvalidValueException unsupported(Indicator indicator, String strategy) {
    Target target = indicator.target();
    String kind = target instanceof RangeTarget ? "range" : target instanceof CategoricalTarget ? "categorical"
        : target instanceof ComparatorTarget ? "comparator" : "exact";
    return InvalidValueException.withMessage("indicator " + indicator.code() + ": target", target.toString(),
        "indicator " + indicator.code() + ": strategy " + strategy + " cannot score a " + kind + " target, but the target was '" + target + "'");
  }

  static Rational numericRealization(Indicator indicator, Realization realization) {
    return realization.value().orElseThrow(() -> InvalidValueException.of(
        "indicator " + indicator.code() + ": realisasi", realization.toString(),
        "must be a number for the numeric target '" + indicator.target() + "'"));
  }

  static void requireNonNegativeTarget(Indicator indicator, Rational t, String strategy) {
    if (t.signum() < 0) {
      throw InvalidValueException.of("indicator " + indicator.code() + ": target", t, "must be >= 0 for strategy " + strategy);
    }
  }
}
