/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Indikator kinerja (IKU, IKK): a performance indicator with its stable code, name, direction,
 * unit of measure and target.
 *
 * <p>The polarity defaults to the direction a comparator target implies ({@code < 20%} → lower is
 * better) and otherwise to {@link Polarity#HIGHER_IS_BETTER}; an explicit polarity that
 * contradicts a comparator is rejected. Negative targets are rejected unless the unit allows them.
 *
 * <pre>{@code
 * Indicator ind = Indicator.builder()
 *     .code("1.2").name("Indeks Perencanaan Pembangunan")
 *     .unit(MeasureUnit.index()).target(Target.exact(new BigDecimal("81")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /** Returns the stable code that keys this indicator across agreement versions, e.g. {@code "1.2"}. */
  public abstract String code();

  /** Returns the name as printed. */
  public abstract String name();

  /** Returns the unit of measure. */
  public abstract MeasureUnit unit();

  /** Returns the target. */
  public abstract Target target();

  /** Returns the direction: given, implied by a comparator target, or higher is better. */
  @Value.Default
  public Polarity polarity() {
    return target().impliedPolarity().orElse(Polarity.HIGHER_IS_BETTER);
  }

  /** Returns the weight within its goal or unit, when the report weighs indicators. */
  public abstract Optional<BigDecimal> weight();

  /** Returns this indicator's own cap or floor, overriding a report-wide one. */
  public abstract Optional<CapRule> capRule();

  /** Returns how period values make a year-to-date value, when the indicator is tracked by period. */
  public abstract Optional<ConsolidationMode> consolidation();

  /** Returns the baseline value, for scoring by reduction from a baseline. */
  public abstract Optional<BigDecimal> baseline();

  /**
   * Skala ordinal (ordinal scale) of a realisasi given as a code, e.g. an audit opinion: with a
   * numeric target {@code 4} and the scale {@link OrdinalScale#auditOpinion()}, a realisasi
   * {@code WDP} scores 3 / 4 × 100 = 75 ({@code ScoringStrategy.ordinal()}). Empty for a numeric
   * realisasi. A categorical target brings its own scale; this one must then be the same.
   *
   * @return the scale of a realisasi given as a code
   */
  public abstract Optional<OrdinalScale> ordinalScale();

  /**
   * Presisi (precision): the most decimals a target or a realisasi of this indicator may be
   * given with, e.g. 2; a value with more (69,315) is an error, not silently kept. Trailing zeros
   * do not count (69,310 is 69,31). Empty: any number of decimals.
   *
   * @return the decimals allowed, 0 to 10
   */
  public abstract Optional<Integer> decimals();

  /**
   * Checks a realisasi against {@link #decimals()}: the one check the object and the bulk paths
   * and the report readers call. A share from counts ({@code 23/24}) and a value with no finite
   * decimal form (a computed mean) are derived, not given, and are not checked.
   *
   * @param realization a realisasi of this indicator
   * @throws InvalidValueException if its number has more decimals than allowed
   */
  public void requirePrecision(Realization realization) {
    if (decimals().isEmpty() || realization.counts().isPresent() || realization.value().isEmpty()) {
      return;
    }
    Rational v = realization.value().get();
    BigDecimal exact;
    try {
      exact = v.toBigDecimalExact();
    } catch (ArithmeticException e) {
      return;
    }
    requirePrecision("indicator " + code() + ": realisasi", exact);
  }

  /**
   * Checks that a value has no more decimals than this indicator allows.
   *
   * @param field the field for the message, e.g. {@code "indicator 1.1: target"}
   * @param value a value given for this indicator
   * @throws InvalidValueException if it has more decimals than {@link #decimals()} allows
   */
  public void requirePrecision(String field, BigDecimal value) {
    if (decimals().isPresent() && Decimals.significantScale(value) > decimals().get()) {
      throw InvalidValueException.withMessage(field, value.toPlainString(), field + " " + value.toPlainString() + " has "
          + Decimals.significantScale(value) + " decimals, but indicator " + code() + " allows " + decimals().get());
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an indicator with the default polarity.
   *
   * @param code the stable code
   * @param name the name
   * @param unit the unit of measure
   * @param target the target
   * @return an indicator with the default polarity
   */
  public static Indicator of(String code, String name, MeasureUnit unit, Target target) {
    return builder().code(code).name(name).unit(unit).target(target).build();
  }

  /** Pembangun indikator: builds an {@link Indicator}; {@code build()} validates. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /** Weights and baselines in one scale (1 and 1.0 are one weight), so equal indicators are equal. */
  @Value.Check
  Indicator normalized() {
    Optional<BigDecimal> w = weight().map(Checks::stripped);
    Optional<BigDecimal> b = baseline().map(Checks::stripped);
    if (w.equals(weight()) && b.equals(baseline())) {
      return this;
    }
    return builder().from(this).weight(w).baseline(b).build();
  }

  @Value.Check
  void check() {
    String where = "indicator " + code();
    Checks.nonBlank("indicator.code", code());
    Codes.requireNormal("indicator.code", code());
    Checks.nonBlank(where + ": name", name());
    weight().ifPresent(w -> Checks.nonNegative(where + ": weight", w));
    baseline().ifPresent(b -> nonNegativeUnlessAllowed(where + ": baseline", b));
    target().impliedPolarity().ifPresent(implied -> {
      if (implied != polarity()) {
        throw InvalidValueException.withMessage(where + ": polarity", polarity().name(),
            where + ": polarity " + polarity() + " contradicts target '" + target() + "', which implies " + implied);
      }
    });
    decimals().ifPresent(d -> {
      if (d < 0 || d > 10) {
        throw InvalidValueException.of(where + ": decimals", d, "must be from 0 to 10");
      }
    });
    target().accept(new Target.Visitor<Void>() {
      @Override
      public Void exact(ExactTarget t) {
        nonNegativeUnlessAllowed(where + ": target", t.value());
        if (t.counts().isEmpty()) {
          requirePrecision(where + ": target", t.value());
        }
        return null;
      }

      @Override
      public Void range(RangeTarget t) {
        nonNegativeUnlessAllowed(where + ": target.lower", t.lower());
        requirePrecision(where + ": target.lower", t.lower());
        requirePrecision(where + ": target.upper", t.upper());
        return null;
      }

      @Override
      public Void comparator(ComparatorTarget t) {
        nonNegativeUnlessAllowed(where + ": target", t.value());
        requirePrecision(where + ": target", t.value());
        return null;
      }

      @Override
      public Void categorical(CategoricalTarget t) {
        ordinalScale().ifPresent(s -> {
          if (!s.equals(t.scale())) {
            throw InvalidValueException.of(where + ": ordinalScale", s, "must be the scale of the categorical target (" + t.scale() + ")");
          }
        });
        return null;
      }
    });
  }

  private void nonNegativeUnlessAllowed(String field, BigDecimal value) {
    if (value.signum() < 0 && !unit().negativeAllowed()) {
      throw InvalidValueException.of(field, value, "must be >= 0 for unit '" + unit().label() + "' (declare the unit allowingNegative() if it can be negative)");
    }
  }

  @Override
  public String toString() {
    return code() + " " + name() + " [" + target() + " " + unit() + ", " + polarity() + "]";
  }
}
