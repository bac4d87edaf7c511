/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Generators of random, valid model values for the round-trip properties. */
final class ModelGens {
  private ModelGens() {}

  /** Text with control characters, quotes, backslashes, Latin-1 and a few Indonesian report symbols. */
  static final Gen<String> TEXT = strings().betweenCodePoints(0x01, 0x17F).ofLengthBetween(0, 12)
      .mix(arbitrary().pick("Nilai \"SAKIP\" ≥ 95 – 100%", "Rp9.960.052.227,-", "opini\\BPK", "\u00e9t\u00e9 ≤ x", "hari\tkerja"));

  /** Non-blank text, for names and labels. */
  static final Gen<String> NAME = TEXT.assuming(s -> !s.isBlank());

  /** Codes such as category codes: letters and digits, never blank, never padded. */
  static final Gen<String> CODE = strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 4)
      .zip(integers().between(0, 99), (s, i) -> s + i);

  private static final Gen<Integer> SCALE = integers().between(0, 6);
  private static final Gen<Long> UNSCALED = longs().between(0, 9_999_999_999L);

  /** Non-negative decimals with 0 to 6 fraction digits, trailing zeros kept. */
  static final Gen<BigDecimal> NON_NEGATIVE = UNSCALED.zip(SCALE, BigDecimal::valueOf)
      .mix(arbitrary().pick(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("100.00"), new BigDecimal("9960052227")));

  /** Decimals of either sign. */
  static final Gen<BigDecimal> SIGNED = NON_NEGATIVE.zip(booleans().all(), (d, neg) -> neg ? d.negate() : d);

  /** Exact numbers, terminating or not, of either sign. */
  static final Gen<Rational> RATIONAL = SIGNED.map((BigDecimal d) -> Rational.of(d))
      .mix(longs().between(-1_000_000, 1_000_000).zip(longs().between(1, 1_000), (n, d) -> Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d))));

  /** Periods of every type, years 1900 to 2999. */
  static final Gen<Period> PERIOD = in -> {
    int year = integers().between(1900, 2999).generate(in);
    switch (integers().between(0, 3).generate(in)) {
      case 0:
        return Period.year(year);
      case 1:
        return Period.semester(year, integers().between(1, 2).generate(in));
      case 2:
        return Period.quarter(year, integers().between(1, 4).generate(in));
      default:
        return Period.month(year, integers().between(1, 12).generate(in));
    }
  };

  static final Gen<OrdinalScale> SCALE_OF_CATEGORIES = in -> {
    List<String> categories = new ArrayList<>();
    int n = integers().between(1, 5).generate(in);
    for (int i = 0; i < n; i++) {
      categories.add(CODE.generate(in) + "-" + i);
    }
    return OrdinalScale.of(NAME.generate(in), categories);
  };

  /** Units of every kind, some allowing negative values. */
  static final Gen<MeasureUnit> UNIT = in -> {
    MeasureUnit u;
    switch (integers().between(0, 7).generate(in)) {
      case 0:
        u = MeasureUnit.percent();
        break;
      case 1:
        u = MeasureUnit.index();
        break;
      case 2:
        u = MeasureUnit.count(NAME.generate(in));
        break;
      case 3:
        u = MeasureUnit.days();
        break;
      case 4:
        u = MeasureUnit.workingDays();
        break;
      case 5:
        u = MeasureUnit.months();
        break;
      case 6:
        u = MeasureUnit.rupiah();
        break;
      default:
        u = MeasureUnit.other(NAME.generate(in));
    }
    return integers().between(0, 4).generate(in) == 0 ? u.allowingNegative() : u;
  };

  /**
   * Returns targets of every kind.
   *
   * @param negative whether negative numbers are allowed
   * @return targets of every kind
   */
  static Gen<Target> target(boolean negative) {
    Gen<BigDecimal> number = negative ? SIGNED : NON_NEGATIVE;
    return in -> {
      switch (integers().between(0, 3).generate(in)) {
        case 0:
          return Target.exact(number.generate(in));
        case 1: {
          BigDecimal a = number.generate(in);
          BigDecimal b = number.generate(in);
          return Target.range(a.min(b), a.max(b));
        }
        case 2:
          return Target.comparator(arbitrary().enumValues(Relation.class).generate(in), number.generate(in));
        default: {
          OrdinalScale s = SCALE_OF_CATEGORIES.generate(in);
          return Target.category(arbitrary().pick(s.categories()).generate(in), s);
        }
      }
    };
  }

  /** Targets of every kind, negative numbers included. */
  static final Gen<Target> TARGET = booleans().all().flatMap(ModelGens::target);

  /** Realisations of every kind: numbers (exact or fractions), counts, categories, not available; some provisional. */
  static final Gen<Realization> REALIZATION = in -> {
    Realization r;
    switch (integers().between(0, 4).generate(in)) {
      case 0:
        r = Realization.of(RATIONAL.generate(in));
        break;
      case 1:
        long total = longs().between(1, 10_000).generate(in);
        r = Realization.ofCounts(longs().between(0, total).generate(in), total);
        break;
      case 2:
        r = Realization.ofCategory(NAME.generate(in));
        break;
      case 3:
        return Realization.notAvailable();
      default:
        return Realization.notAvailable(TEXT.generate(in));
    }
    return booleans().all().generate(in) ? r.provisional(PERIOD.generate(in), TEXT.generate(in)) : r;
  };

  private static <T> Optional<T> maybe(RandomnessSource in, Gen<T> gen) {
    return booleans().all().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  static final Gen<CapRule> CAP_RULE = in -> {
    Optional<BigDecimal> max = maybe(in, NON_NEGATIVE.map(d -> d.add(BigDecimal.ONE)));
    Optional<BigDecimal> floor = maybe(in, SIGNED).map(f -> max.isPresent() ? f.min(max.get()) : f);
    return io.github.lakin.jackson.schema.ModelSchema.capRule(floor, max);
  };

  /**
   * Returns indicators with that code, of every target kind, with and without the optional fields.
   *
   * @param code the indicator's code
   * @return indicators with that code, of every target kind, with and without the optional fields
   */
  static Gen<Indicator> indicator(String code) {
    return in -> {
      MeasureUnit unit = UNIT.generate(in);
      Target target = target(unit.negativeAllowed()).generate(in);
      Indicator.Builder b = Indicator.builder();
      b.code(code).name(NAME.generate(in)).unit(unit).target(target);
      if (target.impliedPolarity().isPresent()) {
        if (booleans().all().generate(in)) {
          b.polarity(target.impliedPolarity().get());
        }
      } else if (booleans().all().generate(in)) {
        b.polarity(arbitrary().enumValues(Polarity.class).generate(in));
      }
      b.weight(maybe(in, NON_NEGATIVE));
      b.capRule(maybe(in, CAP_RULE));
      b.consolidation(maybe(in, arbitrary().enumValues(ConsolidationMode.class)));
      b.baseline(maybe(in, unit.negativeAllowed() ? SIGNED : NON_NEGATIVE));
      return b.build();
    };
  }

  static final Gen<Indicator> INDICATOR = CODE.flatMap(ModelGens::indicator);

  /** Unit trees two levels deep, codes unique in the tree. */
  static final Gen<OrgUnit> ORG_UNIT = in -> {
    List<OrgUnit> children = new ArrayList<>();
    int n = integers().between(0, 3).generate(in);
    for (int i = 0; i < n; i++) {
      List<OrgUnit> grandchildren = new ArrayList<>();
      int m = integers().between(0, 2).generate(in);
      for (int j = 0; j < m; j++) {
        grandchildren.add(OrgUnit.of("U" + i + "." + j, NAME.generate(in), arbitrary().enumValues(OrgLevel.class).generate(in)));
      }
      children.add(OrgUnit.of("U" + i, NAME.generate(in), arbitrary().enumValues(OrgLevel.class).generate(in), grandchildren));
    }
    // the root code is prefixed so that it never equals a child code such as "U0"
    return OrgUnit.of("R" + CODE.generate(in), NAME.generate(in), arbitrary().enumValues(OrgLevel.class).generate(in), children);
  };

  /** Agreements with 1–4 goals of 1–4 indicators each, and 0–3 budget lines. */
  static final Gen<PerformanceAgreement> AGREEMENT = in -> {
    PerformanceAgreement.Builder b = PerformanceAgreement.builder();
    int year = integers().between(1900, 2999).generate(in);
    b.unit(ORG_UNIT.generate(in)).year(year)
        .effectiveDate(LocalDate.of(year, 1, 1).plusDays(integers().between(0, 364).generate(in)));
    if (booleans().all().generate(in)) {
      b.version(NAME.generate(in));
    }
    List<String> goalCodes = new ArrayList<>();
    int goals = integers().between(1, 4).generate(in);
    for (int g = 0; g < goals; g++) {
      String goalCode = "SK" + g + CODE.generate(in);
      goalCodes.add(goalCode);
      Goal.Builder goal = Goal.builder();
      goal.code(goalCode).name(NAME.generate(in)).weight(maybe(in, NON_NEGATIVE));
      int indicators = integers().between(1, 4).generate(in);
      for (int i = 0; i < indicators; i++) {
        goal.addIndicators(indicator((g + 1) + "." + (i + 1)).generate(in));
      }
      b.addGoals(goal.build());
    }
    int lines = integers().between(0, 3).generate(in);
    for (int l = 0; l < lines; l++) {
      BigDecimal fin = NON_NEGATIVE.generate(in);
      BigDecimal real = fin.signum() == 0 ? BigDecimal.ZERO : NON_NEGATIVE.generate(in);
      b.addBudget(BudgetLine.builder().code("B" + l).name(NAME.generate(in))
          .goalCode(maybe(in, arbitrary().pick(goalCodes)))
          .initialPagu(maybe(in, NON_NEGATIVE))
          .finalPagu(fin).realization(real).build());
    }
    return b.build();
  };

  /** Report policies with every shape, stage and rule, caps, floors, zero-target rules and roundings. */
  static final Gen<ReportPolicy> REPORT_POLICY = in -> {
    Optional<BigDecimal> cap = maybe(in, NON_NEGATIVE.map(d -> d.add(BigDecimal.ONE)));
    Optional<BigDecimal> floor = maybe(in, SIGNED).map(f -> cap.isPresent() ? f.min(cap.get()) : f);
    RoundingMode mode = arbitrary().enumValues(RoundingMode.class).assuming(m -> m != RoundingMode.UNNECESSARY).generate(in);
    ScoringPolicy scoring = ScoringPolicy.builder()
        .limits(io.github.lakin.jackson.schema.ModelSchema.capRule(floor, cap))
        .rounding(RoundingPolicy.of(integers().between(0, 20).generate(in), mode))
        .zeroTarget(ZeroTargetRule.of(maybe(in, NON_NEGATIVE), maybe(in, NON_NEGATIVE)))
        .build();
    return ReportPolicy.builder()
        .name(NAME.generate(in))
        .scoring(scoring)
        .shape(arbitrary().enumValues(AggregationShape.class).generate(in))
        .roundingStage(arbitrary().enumValues(RoundingStage.class).generate(in))
        .provisional(arbitrary().enumValues(ProvisionalRule.class).generate(in))
        .missing(arbitrary().enumValues(MissingRule.class).generate(in))
        .build();
  };
}
