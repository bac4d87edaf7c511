/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static io.github.lakin.scoring.Gens.nonNegative;
import static io.github.lakin.scoring.Gens.positive;
import static io.github.lakin.scoring.Gens.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Reference.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every strategy on every kind of target, with zeros, equal values and (for units that allow them)
 * negative values: the outcome is exactly what a plainly written model of DOMAIN.md §3 predicts.
 * There is never an {@link ArithmeticException} or another unexpected exception, never a silent 0
 * or 100: each result is a formula value equal to the {@link Reference}, a zero-target rule value
 * flagged {@code BY_RULE}, {@code UNDEFINED} with a reason, or an {@link InvalidValueException}
 * for documented bad input.
 */
class StrategyOutcomeProperties {
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final OrdinalScale OPINION = OrdinalScale.auditOpinion();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  enum Kind { EXACT, RANGE, COMPARATOR, CATEGORICAL }

  enum Name { RATIO, INVERSE, INVERSE_RATIO, DAYS_BASED, RANGE, COMPARATOR, REDUCTION, CLOSENESS, CATEGORICAL }

  /** The shape of an indicator: its target kind, polarity, comparator, required category, unit. */
  record Shape(Kind kind, Polarity polarity, Relation relation, String category, boolean negativeUnit) {}

  /** Target (lower bound for a range), width of a range, realisasi, baseline. */
  record Values(BigDecimal t, BigDecimal width, BigDecimal r, BigDecimal b) {
    BigDecimal hi() {
      return t.add(width);
    }
  }

  sealed interface Outcome permits Throws, Undefined, ByRule, Formula, Category {}

  record Throws(String why) implements Outcome {}

  record Undefined(String why) implements Outcome {}

  record ByRule(Rational value) implements Outcome {}

  record Formula(Fraction raw) implements Outcome {}

  record Category(boolean met) implements Outcome {}

  // ---------------------------------------------------------------- generators

  private static Gen<Values> values() {
    return signed().zip(signed(), signed(), signed(), integers().between(0, 9), (t, w, r, b, coincide) -> {
      BigDecimal width = w.abs();
      // make the realisasi or the baseline hit the target or a bound now and then
      switch (coincide) {
        case 0: return new Values(t, width, t, b);
        case 1: return new Values(t, width, t.add(width), b);
        case 2: return new Values(t, width, r, t);
        case 3: return new Values(t, width, t.multiply(BigDecimal.valueOf(2)), b);
        default: return new Values(t, width, r, b);
      }
    });
  }

  private static Gen<Shape> shapes() {
    return arbitrary().enumValues(Kind.class).zip(arbitrary().enumValues(Polarity.class), arbitrary().enumValues(Relation.class),
        arbitrary().pick(OPINION.categories()), booleans().all(), Shape::new);
  }

  private static Gen<ZeroTargetRule> zeroRules() {
    return arbitrary().pick(List.of(
        ZeroTargetRule.defaults(),
        ZeroTargetRule.of(Optional.empty(), Optional.empty()),
        ZeroTargetRule.of(Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ZERO)),
        ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal("100"))),
        ZeroTargetRule.of(Optional.of(new BigDecimal("50.5")), Optional.empty())));
  }

  // ---------------------------------------------------------------- building the input

  private static Indicator indicator(Shape s, Values v) {
    MeasureUnit unit = s.negativeUnit() ? MeasureUnit.percent().allowingNegative() : MeasureUnit.percent();
    Target target;
    switch (s.kind()) {
      case EXACT: target = Target.exact(v.t()); break;
      case RANGE: target = Target.range(v.t(), v.hi()); break;
      case COMPARATOR: target = Target.comparator(s.relation(), v.t()); break;
      default: target = Target.category(s.category(), OPINION); break;
    }
    Indicator.Builder b = Indicator.builder().code("M").name("model").unit(unit).target(target);
    if (s.kind() != Kind.COMPARATOR) {
      b.polarity(s.polarity());
    }
    return b.build();
  }

  private static Realization realization(Shape s, Values v) {
    // the realised category: rotate by the realisasi so that both outcomes occur
    if (s.kind() == Kind.CATEGORICAL) {
      List<String> cats = OPINION.categories();
      return Realization.ofCategory(cats.get(v.r().abs().toBigInteger().mod(java.math.BigInteger.valueOf(cats.size())).intValue()));
    }
    return Realization.of(v.r());
  }

  private static ScoringStrategy strategy(Name n, Values v) {
    switch (n) {
      case RATIO: return ScoringStrategy.ratio();
      case INVERSE: return ScoringStrategy.inverse();
      case INVERSE_RATIO: return ScoringStrategy.inverseRatio();
      case DAYS_BASED: return ScoringStrategy.daysBased(WorkingDayCalendar.of(List.of()));
      case RANGE: return ScoringStrategy.range();
      case COMPARATOR: return ScoringStrategy.comparator();
      case REDUCTION: return ScoringStrategy.reductionFromBaseline(v.b());
      case CLOSENESS: return ScoringStrategy.closeness();
      default: return ScoringStrategy.categorical();
    }
  }

  // ---------------------------------------------------------------- the model

  /** The zero-target rule (DOMAIN §3), or empty when the target is not 0. */
  private static Optional<Outcome> zero(BigDecimal t, BigDecimal r, ZeroTargetRule rule) {
    if (t.signum() != 0) {
      return Optional.empty();
    }
    Optional<Rational> mapped = r.signum() == 0 ? rule.whenBothZero() : rule.whenRealizationNonZero();
    return Optional.of(mapped.<Outcome>map(ByRule::new).orElse(new Undefined("target 0")));
  }

  private static Outcome expected(Name n, Shape s, Values v, ZeroTargetRule rule) {
    BigDecimal t = v.t();
    BigDecimal r = v.r();
    if (n == Name.CATEGORICAL || s.kind() == Kind.CATEGORICAL) {
      if (n != Name.CATEGORICAL || s.kind() != Kind.CATEGORICAL) {
        return new Throws("category and number mixed");
      }
      String got = realization(s, v).category().orElseThrow();
      return new Category(OPINION.categories().indexOf(got) >= OPINION.categories().indexOf(s.category()));
    }
    if (n == Name.RANGE) {
      if (s.kind() != Kind.RANGE) {
        return new Throws("range strategy needs a range target");
      }
      if (s.polarity() == Polarity.CLOSER_IS_BETTER) {
        return new Throws("range needs a direction");
      }
      if (t.signum() < 0) {
        return new Throws("negative lower bound");
      }
      BigDecimal hi = v.hi();
      if (hi.signum() == 0) {
        return zero(hi, r, rule).orElseThrow(); // a 0–0 range is a target of 0
      }
      Fraction f = Reference.range(r, t, hi, s.polarity() == Polarity.LOWER_IS_BETTER);
      return f == null ? zero(BigDecimal.ZERO, r, rule).orElseThrow() : new Formula(f);
    }
    if (s.kind() == Kind.RANGE) {
      return new Throws(n + " cannot score a range");
    }
    if (n == Name.REDUCTION) {
      return v.b().compareTo(t) == 0 ? new Undefined("baseline = target") : new Formula(Reference.reduction(r, t, v.b()));
    }
    if (t.signum() < 0) {
      return new Throws("negative target");
    }
    if ((n == Name.INVERSE_RATIO || n == Name.DAYS_BASED) && r.signum() < 0) {
      return new Throws("negative realisasi");
    }
    Polarity direction = s.kind() == Kind.COMPARATOR ? s.relation().impliedPolarity() : s.polarity();
    if (n == Name.COMPARATOR && direction == Polarity.CLOSER_IS_BETTER) {
      return new Throws("comparator needs a direction");
    }
    Optional<Outcome> z = zero(t, r, rule);
    if (z.isPresent()) {
      return z.get();
    }
    switch (n) {
      case RATIO: return new Formula(Reference.ratio(r, t));
      case INVERSE:
      case DAYS_BASED: return new Formula(Reference.inverse(r, t));
      case INVERSE_RATIO: return r.signum() == 0 ? new Undefined("realisasi 0") : new Formula(Reference.inverseRatio(r, t));
      case COMPARATOR: return new Formula(direction == Polarity.LOWER_IS_BETTER ? Reference.inverse(r, t) : Reference.ratio(r, t));
      case CLOSENESS: return new Formula(Reference.closeness(r, t));
      default: throw new AssertionError(n);
    }
  }

  private static void check(Name n, Shape shape, Values raw, ZeroTargetRule rule) {
    Values v = shape.negativeUnit() ? raw : new Values(raw.t().abs(), raw.width(), raw.r().abs(), raw.b().abs());
    Outcome expected = expected(n, shape, v, rule);
    Indicator ind = indicator(shape, v);
    Scorer scorer = Scorer.of(ScoringPolicy.builder().zeroTarget(rule).build());
    Achievement a;
    try {
      a = scorer.score(ind, realization(shape, v), strategy(n, v));
    } catch (InvalidValueException e) {
      assertThat(expected).as("%s on %s, %s threw %s", n, ind, v, e.getMessage()).isInstanceOf(Throws.class);
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.field()).isNotBlank();
      return;
    }
    String where = n + " on " + ind + ", " + v + ", " + rule + " → " + a;
    // the explanation never fails, in either language
    assertThat(a.explain(ID)).as(where).isNotBlank();
    assertThat(a.explain(Locale.ENGLISH)).as(where).isNotBlank();
    if (expected instanceof Throws) {
      fail("expected InvalidValueException (%s) but got %s", ((Throws) expected).why(), where);
    } else if (expected instanceof Undefined) {
      assertThat(a.status()).as(where).isEqualTo(Achievement.Status.UNDEFINED);
      assertThat(a.reason()).as(where).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
      assertThat(a.raw()).as(where).isEmpty();
      assertThat(a.value()).as(where).isEmpty();
      assertThat(a.rounded()).as(where).isEmpty();
      assertThat(a.isMet()).as(where).isFalse();
      assertThat(a.has(Achievement.Flag.BY_RULE)).as(where).isFalse();
    } else if (expected instanceof ByRule) {
      Rational value = ((ByRule) expected).value();
      assertThat(a.status()).as(where).isEqualTo(Achievement.Status.COMPUTED);
      assertThat(a.has(Achievement.Flag.BY_RULE)).as(where).isTrue();
      assertThat(a.raw()).as(where).contains(value);
      assertThat(a.value()).as(where).contains(value);
    } else if (expected instanceof Formula) {
      Fraction f = ((Formula) expected).raw();
      assertThat(a.status()).as(where).isEqualTo(Achievement.Status.COMPUTED);
      assertThat(a.has(Achievement.Flag.BY_RULE)).as(where).isFalse();
      Reference.assertEquals(a.raw().orElseThrow(), f);
      // default limits: floor 0, no cap
      boolean negative = f.signum() < 0;
      assertThat(a.has(Achievement.Flag.FLOORED)).as(where).isEqualTo(negative);
      assertThat(a.has(Achievement.Flag.CAPPED)).as(where).isFalse();
      assertThat(a.value()).as(where).contains(negative ? Rational.ZERO : a.raw().orElseThrow());
      assertThat(a.isMet()).as(where).isEqualTo(f.compareTo(HUNDRED) >= 0);
    } else {
      assertThat(a.status()).as(where).isEqualTo(Achievement.Status.COMPUTED);
      assertThat(a.categoryMet()).as(where).contains(((Category) expected).met());
      assertThat(a.raw()).as(where).isEmpty();
      assertThat(a.value()).as(where).isEmpty();
    }
  }

  // ---------------------------------------------------------------- 6 + 7. model and totality

  @Test
  void everyStrategyOnEveryTargetMatchesTheModel() {
    qt().withExamples(5000)
        .forAll(arbitrary().enumValues(Name.class), shapes(), values(), zeroRules())
        .checkAssert(StrategyOutcomeProperties::check);
  }

  @Test
  void defaultStrategiesMatchTheModel() {
    qt().withExamples(2000).forAll(shapes(), values()).checkAssert((shape, v) -> {
      Name n;
      switch (shape.kind()) {
        case RANGE: n = Name.RANGE; break;
        case COMPARATOR: n = Name.COMPARATOR; break;
        case CATEGORICAL: n = Name.CATEGORICAL; break;
        default:
          n = shape.polarity() == Polarity.LOWER_IS_BETTER ? Name.INVERSE
              : shape.polarity() == Polarity.CLOSER_IS_BETTER ? Name.CLOSENESS : Name.RATIO;
      }
      Values abs = new Values(v.t().abs(), v.width(), v.r().abs(), v.b().abs());
      Shape nonNegative = new Shape(shape.kind(), shape.polarity(), shape.relation(), shape.category(), false);
      Indicator ind = indicator(nonNegative, abs);
      assertThat(Scorer.defaults().strategyFor(ind)).isEqualTo(strategy(n, abs));
      check(n, nonNegative, abs, ZeroTargetRule.defaults());
    });
  }

  // ---------------------------------------------------------------- 7. zero targets by default

  private static final List<Name> ZERO_RULE_STRATEGIES =
      List.of(Name.RATIO, Name.INVERSE, Name.INVERSE_RATIO, Name.DAYS_BASED, Name.COMPARATOR, Name.CLOSENESS);

  @Test
  void zeroTargetAndZeroRealisasiIsOneHundredByRule() {
    qt().withExamples(300).forAll(arbitrary().pick(ZERO_RULE_STRATEGIES), arbitrary().enumValues(Relation.class), booleans().all())
        .checkAssert((n, rel, comparator) -> {
          Indicator ind = comparator
              ? Indicator.of("Z", "nol", MeasureUnit.percent(), Target.comparator(rel, BigDecimal.ZERO))
              : Gens.exact(BigDecimal.ZERO, rel.impliedPolarity());
          Achievement a = Scorer.defaults().score(ind, Realization.of(new BigDecimal("0.000")), strategy(n, null));
          assertThat(a.status()).isEqualTo(Achievement.Status.COMPUTED);
          assertThat(a.value()).contains(Rational.HUNDRED);
          assertThat(a.raw()).contains(Rational.HUNDRED);
          assertThat(a.has(Achievement.Flag.BY_RULE)).as("%s: BY_RULE", n).isTrue();
          assertThat(a.isMet()).isTrue();
        });
  }

  @Test
  void zeroTargetAndNonZeroRealisasiIsUndefinedByDefault() {
    qt().withExamples(1000).forAll(arbitrary().pick(ZERO_RULE_STRATEGIES), positive(), arbitrary().enumValues(Relation.class), booleans().all())
        .checkAssert((n, r, rel, comparator) -> {
          Indicator ind = comparator
              ? Indicator.of("Z", "nol", MeasureUnit.percent(), Target.comparator(rel, BigDecimal.ZERO))
              : Gens.exact(BigDecimal.ZERO, rel.impliedPolarity());
          Achievement a = Scorer.defaults().score(ind, Realization.of(r), strategy(n, null));
          assertThat(a.status()).as("%s, realisasi %s", n, r).isEqualTo(Achievement.Status.UNDEFINED);
          assertThat(a.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("0"));
          assertThat(a.value()).isEmpty();
          assertThat(a.explain(ID)).contains("tidak terdefinisi");
          assertThat(a.explain(Locale.ENGLISH)).contains("undefined");
        });
  }

  @Test
  void aRangeOfZeroToZeroFollowsTheZeroTargetRule() {
    qt().withExamples(300).forAll(nonNegative(), arbitrary().pick(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER), zeroRules())
        .checkAssert((r, p, rule) -> check(Name.RANGE, new Shape(Kind.RANGE, p, Relation.AT_LEAST, "WTP", false),
            new Values(BigDecimal.ZERO, BigDecimal.ZERO, r, BigDecimal.ONE), rule));
  }

  @Test
  void notAvailableIsNeverANumber() {
    qt().withExamples(500).forAll(arbitrary().enumValues(Name.class), shapes(), values()).checkAssert((n, shape, v) -> {
      Values abs = new Values(v.t().abs(), v.width(), v.r().abs(), v.b().abs());
      Achievement a = Scorer.defaults().score(indicator(shape, abs), Realization.notAvailable(), strategy(n, abs));
      assertThat(a.status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
      assertThat(a.raw()).isEmpty();
      assertThat(a.value()).isEmpty();
      assertThat(a.categoryMet()).isEmpty();
      assertThat(a.isMet()).isFalse();
    });
  }
}
