/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import io.github.lakin.core.AgreementRevisions;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.RangeTarget;
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
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Skema model Lakin (model schema): every JSON field of every Lakin model type and policy,
 * declared once. Both the reader and the writer of each type are driven from these declarations,
 * and so is the list of known fields in the error for an unknown field; docs/json.md is checked
 * against them by a test.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class ModelSchema {
  private ModelSchema() {}

  // ---------------------------------------------------------------- builders of types made by factories

  private static final class ScaleB {
    @Nullable String name;
    List<String> categories = List.of();
  }

  static final class Slot<V> {
    @Nullable V value;
  }

  static final class Pair<A, C> {
    @Nullable A a;
    @Nullable C b;
  }

  private static <V> V need(@Nullable V v) {
    if (v == null) {
      throw new IllegalStateException("a required field was not set");
    }
    return v;
  }

  // ---------------------------------------------------------------- ordinal scales and targets

  /** An ordered scale: {@code {"name":"opini BPK","categories":["TMP","TW","WDP","WTP"]}}. */
  public static final ObjectSchema<OrdinalScale, ?> SCALE = ObjectSchema.<OrdinalScale, ScaleB>of(OrdinalScale.class, ScaleB::new,
          b -> OrdinalScale.of(need(b.name), b.categories))
      .required("name", Kinds.STRING, OrdinalScale::name, (b, v) -> b.name = v)
      .required("categories", Kinds.listOf(Kinds.STRING), OrdinalScale::categories, (b, v) -> b.categories = v)
      .build();

  /** An exact target: {@code {"kind":"exact","value":"69"}}. */
  static final ObjectSchema<ExactTarget, Slot<BigDecimal>> EXACT = ObjectSchema.<ExactTarget, Slot<BigDecimal>>of(ExactTarget.class,
          Slot::new, b -> Target.exact(need(b.value)))
      .title("a target of kind exact")
      .required("value", Kinds.DECIMAL, ExactTarget::value, (b, v) -> b.value = v)
      .build();

  /** A range target: {@code {"kind":"range","lower":"80","upper":"90"}}. */
  static final ObjectSchema<RangeTarget, Pair<BigDecimal, BigDecimal>> RANGE = ObjectSchema
      .<RangeTarget, Pair<BigDecimal, BigDecimal>>of(RangeTarget.class, Pair::new, b -> Target.range(need(b.a), need(b.b)))
      .title("a target of kind range")
      .required("lower", Kinds.DECIMAL, RangeTarget::lower, (b, v) -> b.a = v)
      .required("upper", Kinds.DECIMAL, RangeTarget::upper, (b, v) -> b.b = v)
      .build();

  /** A comparator target: {@code {"kind":"comparator","relation":"<=","value":"10"}}. */
  static final ObjectSchema<ComparatorTarget, Pair<Relation, BigDecimal>> COMPARATOR = ObjectSchema
      .<ComparatorTarget, Pair<Relation, BigDecimal>>of(ComparatorTarget.class, Pair::new,
          b -> Target.comparator(need(b.a), need(b.b)))
      .title("a target of kind comparator")
      .required("relation", Kinds.RELATION, ComparatorTarget::relation, (b, v) -> b.a = v)
      .required("value", Kinds.DECIMAL, ComparatorTarget::value, (b, v) -> b.b = v)
      .build();

  /** A categorical target: {@code {"kind":"category","required":"WTP","scale":{...}}}. */
  static final ObjectSchema<CategoricalTarget, Pair<String, OrdinalScale>> CATEGORY = ObjectSchema
      .<CategoricalTarget, Pair<String, OrdinalScale>>of(CategoricalTarget.class, Pair::new,
          b -> Target.category(need(b.a), need(b.b)))
      .title("a target of kind category")
      .required("required", Kinds.STRING, CategoricalTarget::required, (b, v) -> b.a = v)
      .required("scale", SCALE, CategoricalTarget::scale, (b, v) -> b.b = v)
      .build();

  /**
   * Returns the name of its kind: {@code exact}, {@code range}, {@code comparator} or {@code
   * category}.
   *
   * @param target a target
   * @return the name of its kind: {@code exact}, {@code range}, {@code comparator} or {@code category}
   */
  public static String kindOf(Target target) {
    return target.accept(new Target.Visitor<String>() {
      @Override
      public String exact(ExactTarget t) {
        return "exact";
      }

      @Override
      public String range(RangeTarget t) {
        return "range";
      }

      @Override
      public String comparator(ComparatorTarget t) {
        return "comparator";
      }

      @Override
      public String categorical(CategoricalTarget t) {
        return "category";
      }
    });
  }

  private static Map<String, ObjectSchema<? extends Target, ?>> targetForms() {
    Map<String, ObjectSchema<? extends Target, ?>> m = new LinkedHashMap<>();
    m.put("exact", EXACT);
    m.put("range", RANGE);
    m.put("comparator", COMPARATOR);
    m.put("category", CATEGORY);
    return m;
  }

  /** A target of any kind, told apart by {@code "kind"}. */
  public static final VariantSchema<Target> TARGET = new VariantSchema<>(Target.class, "kind", targetForms(), ModelSchema::kindOf);

  // ---------------------------------------------------------------- units of measure

  private static final class UnitB {
    MeasureUnit.@Nullable Kind kind;
    @Nullable String label;
    boolean negative;

    MeasureUnit build() {
      MeasureUnit.Kind k = need(kind);
      MeasureUnit unit;
      switch (k) {
        case PERCENT:
          unit = MeasureUnit.percent();
          break;
        case INDEX:
          unit = MeasureUnit.index();
          break;
        case DAYS:
          unit = MeasureUnit.days();
          break;
        case WORKING_DAYS:
          unit = MeasureUnit.workingDays();
          break;
        case MONTHS:
          unit = MeasureUnit.months();
          break;
        case RUPIAH:
          unit = MeasureUnit.rupiah();
          break;
        case COUNT:
          unit = MeasureUnit.count(requiredLabel());
          break;
        default:
          unit = MeasureUnit.other(requiredLabel());
          break;
      }
      if (label != null && !label.equals(unit.label())) {
        // the model has no factory for a custom label on a fixed kind: refuse rather than drop it
        throw new ObjectSchema.ShapeException("label \"" + label + "\" is not the label of kind " + k + ", which is always \""
            + unit.label() + "\" (use kind OTHER for a free label)");
      }
      return negative ? unit.allowingNegative() : unit;
    }

    private String requiredLabel() {
      if (label == null) {
        throw new ObjectSchema.ShapeException("a unit of kind " + kind + " needs a \"label\"");
      }
      return label;
    }
  }

  /** A unit of measure as an object: {@code {"kind":"PERCENT","label":"%"}}, {@code "negativeAllowed":true} only when true. */
  public static final ObjectSchema<MeasureUnit, ?> UNIT_OBJECT = ObjectSchema.<MeasureUnit, UnitB>of(MeasureUnit.class, UnitB::new,
          UnitB::build)
      .required("kind", Kinds.enumOf(MeasureUnit.Kind.class), MeasureUnit::kind, (b, v) -> b.kind = v)
      .defaulted("label", Kinds.STRING, MeasureUnit::label, (b, v) -> b.label = v)
      .optional("negativeAllowed", Kinds.BOOLEAN, u -> u.negativeAllowed() ? Optional.of(true) : Optional.empty(),
          (b, v) -> b.negative = v)
      .build();

  /** A unit of measure: written as {@link #UNIT_OBJECT}; a printed label ({@code "%"}, {@code "hari kerja"}) is read too. */
  public static final Kind<MeasureUnit> UNIT = new Kind<>() {
    @Override
    public MeasureUnit read(JsonIn in, Reading r) throws IOException {
      if (in.token() == JsonIn.Token.STRING) {
        String text = in.text();
        try {
          return MeasureUnit.parse(text);
        } catch (InvalidValueException e) {
          throw r.rejectedScalar(MeasureUnit.class, e, text);
        }
      }
      if (in.token() != JsonIn.Token.BEGIN_OBJECT) {
        throw r.wrongType(in, MeasureUnit.class, "a unit object such as {\"kind\":\"PERCENT\",\"label\":\"%\"} or a label such as \"%\"");
      }
      return UNIT_OBJECT.read(in, r);
    }

    @Override
    public void write(MeasureUnit value, JsonOut out) throws IOException {
      UNIT_OBJECT.write(value, out);
    }

    @Override
    public Class<?> javaType() {
      return MeasureUnit.class;
    }
  };

  // ---------------------------------------------------------------- realisations

  private static final class ProvisionalB {
    @Nullable Period from;
    String note = "";
  }

  /** A provisional marker: {@code {"from":"2022","note":"nilai 2022"}}; an empty note is left out. */
  public static final ObjectSchema<Realization.Provisional, ?> PROVISIONAL = ObjectSchema
      .<Realization.Provisional, ProvisionalB>of(Realization.Provisional.class, ProvisionalB::new,
          b -> Realization.Provisional.of(need(b.from), b.note))
      .required("from", Kinds.PERIOD, Realization.Provisional::carriedFrom, (b, v) -> b.from = v)
      .optional("note", Kinds.STRING, p -> p.note().isEmpty() ? Optional.empty() : Optional.of(p.note()), (b, v) -> b.note = v)
      .build();

  /** Counts: {@code {"n":23,"total":24}}. */
  public static final ObjectSchema<Realization.Counts, ?> COUNTS = ObjectSchema
      .<Realization.Counts, Pair<Long, Long>>of(Realization.Counts.class, Pair::new, b -> Realization.Counts.of(need(b.a), need(b.b)))
      .required("n", Kinds.LONG, Realization.Counts::n, (b, v) -> b.a = v)
      .required("total", Kinds.LONG, Realization.Counts::total, (b, v) -> b.b = v)
      .build();

  private static final class RealizationB {
    @Nullable Rational value;
    @Nullable Long n;
    @Nullable Long total;
    @Nullable String category;
    boolean notAvailable;
    @Nullable String note;
    Realization.@Nullable Provisional provisional;

    Realization build() {
      if (notAvailable) {
        if (value != null || n != null || total != null || category != null || provisional != null) {
          throw new ObjectSchema.ShapeException(
              "a realisasi with \"notAvailable\":true must have no value, n, total, category or provisional");
        }
        return note == null ? Realization.notAvailable() : Realization.notAvailable(note);
      }
      if (note != null) {
        throw new ObjectSchema.ShapeException("\"note\" belongs to a realisasi with \"notAvailable\":true (an available value has no note)");
      }
      int forms = (value != null ? 1 : 0) + (n != null || total != null ? 1 : 0) + (category != null ? 1 : 0);
      if (forms != 1) {
        throw new ObjectSchema.ShapeException("a realisasi must have exactly one of \"value\", \"n\" with \"total\", \"category\", or "
            + "\"notAvailable\":true" + (forms == 0 ? ", but had none" : ", but had several"));
      }
      Realization r;
      if (value != null) {
        r = Realization.of(value);
      } else if (category != null) {
        r = Realization.ofCategory(category);
      } else {
        if (n == null || total == null) {
          throw new ObjectSchema.ShapeException("a realisasi given as counts needs both \"n\" and \"total\"");
        }
        r = Realization.ofCounts(n, total);
      }
      return provisional == null ? r : r.provisional(provisional.carriedFrom(), provisional.note());
    }
  }

  private static Optional<Rational> plainValue(Realization r) {
    return r.isAvailable() && r.counts().isEmpty() ? r.value() : Optional.empty();
  }

  /**
   * A realisasi, in the one form that fits it: {@code {"value":"82.96"}}, {@code {"n":23,"total":24}},
   * {@code {"category":"WTP"}} (each with an optional {@code "provisional"}), or {@code
   * {"notAvailable":true,"note":"..."}} (note optional).
   */
  public static final ObjectSchema<Realization, ?> REALIZATION = ObjectSchema
      .<Realization, RealizationB>of(Realization.class, RealizationB::new, RealizationB::build)
      .optional("value", Kinds.RATIONAL, ModelSchema::plainValue, (b, v) -> b.value = v)
      .optional("n", Kinds.LONG, r -> r.counts().map(Realization.Counts::n), (b, v) -> b.n = v)
      .optional("total", Kinds.LONG, r -> r.counts().map(Realization.Counts::total), (b, v) -> b.total = v)
      .optional("category", Kinds.STRING, r -> r.isAvailable() ? r.category() : Optional.empty(), (b, v) -> b.category = v)
      .optional("notAvailable", Kinds.BOOLEAN, r -> r.isAvailable() ? Optional.empty() : Optional.of(true), (b, v) -> b.notAvailable = v)
      .optional("note", Kinds.STRING, r -> r.isAvailable() ? Optional.empty() : r.note(), (b, v) -> b.note = v)
      .optional("provisional", PROVISIONAL, Realization::provisional, (b, v) -> b.provisional = v)
      .build();

  // ---------------------------------------------------------------- indicators, goals, units, agreements

  /**
   * Returns the rule with those limits.
   *
   * @param floor the floor, if any
   * @param maximum the cap, if any
   * @return the rule with those limits
   */
  public static CapRule capRule(Optional<BigDecimal> floor, Optional<BigDecimal> maximum) {
    if (floor.isPresent() && maximum.isPresent()) {
      return CapRule.between(floor.get(), maximum.get());
    }
    if (floor.isPresent()) {
      return CapRule.floor(floor.get());
    }
    return maximum.map(CapRule::maximum).orElseGet(CapRule::none);
  }

  /** A cap rule: {@code {"maximum":"120","floor":"0"}}, each optional; {@code {}} is no limit. */
  public static final ObjectSchema<CapRule, ?> CAP_RULE = ObjectSchema
      .<CapRule, Pair<BigDecimal, BigDecimal>>of(CapRule.class, Pair::new,
          b -> capRule(Optional.ofNullable(b.b), Optional.ofNullable(b.a)))
      .optional("maximum", Kinds.DECIMAL, CapRule::maximum, (b, v) -> b.a = v)
      .optional("floor", Kinds.DECIMAL, CapRule::floor, (b, v) -> b.b = v)
      .build();

  /** An indicator; {@code polarity} is always written and may be left out when reading (the model infers it). */
  public static final ObjectSchema<Indicator, ?> INDICATOR = ObjectSchema
      .<Indicator, Indicator.Builder>of(Indicator.class, Indicator::builder, Indicator.Builder::build)
      .required("code", Kinds.STRING, Indicator::code, Indicator.Builder::code)
      .required("name", Kinds.STRING, Indicator::name, Indicator.Builder::name)
      .required("unit", UNIT, Indicator::unit, Indicator.Builder::unit)
      .required("target", TARGET, Indicator::target, Indicator.Builder::target)
      .defaulted("polarity", Kinds.enumOf(Polarity.class), Indicator::polarity, Indicator.Builder::polarity)
      .optional("weight", Kinds.DECIMAL, Indicator::weight, Indicator.Builder::weight)
      .optional("cap", CAP_RULE, Indicator::capRule, Indicator.Builder::capRule)
      .optional("consolidation", Kinds.enumOf(ConsolidationMode.class), Indicator::consolidation, Indicator.Builder::consolidation)
      .optional("baseline", Kinds.DECIMAL, Indicator::baseline, Indicator.Builder::baseline)
      .optional("ordinalScale", SCALE, Indicator::ordinalScale, Indicator.Builder::ordinalScale)
      .optional("decimals", Kinds.INT, Indicator::decimals, Indicator.Builder::decimals)
      .build();

  /** A goal (sasaran) with its indicators. */
  public static final ObjectSchema<Goal, ?> GOAL = ObjectSchema.<Goal, Goal.Builder>of(Goal.class, Goal::builder,
          Goal.Builder::build)
      .required("code", Kinds.STRING, Goal::code, Goal.Builder::code)
      .required("name", Kinds.STRING, Goal::name, Goal.Builder::name)
      .required("indicators", Kinds.listOf(INDICATOR), Goal::indicators, Goal.Builder::addAllIndicators)
      .optional("weight", Kinds.DECIMAL, Goal::weight, Goal.Builder::weight)
      .build();

  private static final class OrgUnitB {
    @Nullable String code;
    @Nullable String name;
    @Nullable OrgLevel level;
    List<OrgUnit> children = List.of();
  }

  /** An organisational unit and the units below it; {@code children} is left out for a leaf. */
  public static final ObjectSchema<OrgUnit, ?> ORG_UNIT = orgUnit();

  private static ObjectSchema<OrgUnit, OrgUnitB> orgUnit() {
    Kind<OrgUnit> self = new Kind<>() {
      @Override
      public OrgUnit read(JsonIn in, Reading r) throws IOException {
        return ORG_UNIT.read(in, r);
      }

      @Override
      public void write(OrgUnit value, JsonOut out) throws IOException {
        ORG_UNIT.write(value, out);
      }

      @Override
      public Class<?> javaType() {
        return OrgUnit.class;
      }
    };
    return ObjectSchema.<OrgUnit, OrgUnitB>of(OrgUnit.class, OrgUnitB::new, b -> OrgUnit.of(need(b.code), need(b.name), need(b.level),
            b.children))
        .required("code", Kinds.STRING, OrgUnit::code, (b, v) -> b.code = v)
        .required("name", Kinds.STRING, OrgUnit::name, (b, v) -> b.name = v)
        .required("level", Kinds.enumOf(OrgLevel.class), OrgUnit::level, (b, v) -> b.level = v)
        .nonEmpty("children", self, OrgUnit::children, (b, v) -> b.children = v)
        .build();
  }

  /** A budget line: {@code code}, {@code name}, optional {@code goal} and {@code initialPagu}, {@code finalPagu}, {@code realization}. */
  public static final ObjectSchema<BudgetLine, ?> BUDGET_LINE = ObjectSchema
      .<BudgetLine, BudgetLine.Builder>of(BudgetLine.class, BudgetLine::builder, BudgetLine.Builder::build)
      .required("code", Kinds.STRING, BudgetLine::code, BudgetLine.Builder::code)
      .required("name", Kinds.STRING, BudgetLine::name, BudgetLine.Builder::name)
      .optional("goal", Kinds.STRING, BudgetLine::goalCode, BudgetLine.Builder::goalCode)
      .optional("initialPagu", Kinds.DECIMAL, BudgetLine::initialPagu, BudgetLine.Builder::initialPagu)
      .required("finalPagu", Kinds.DECIMAL, BudgetLine::finalPagu, BudgetLine.Builder::finalPagu)
      .required("realization", Kinds.DECIMAL, BudgetLine::realization, BudgetLine.Builder::realization)
      .build();

  /** A performance agreement (PK); when reading, {@code version} defaults to {@code "awal"} and {@code budget} to none. */
  public static final ObjectSchema<PerformanceAgreement, ?> AGREEMENT = ObjectSchema
      .<PerformanceAgreement, PerformanceAgreement.Builder>of(PerformanceAgreement.class, PerformanceAgreement::builder,
          PerformanceAgreement.Builder::build)
      .required("unit", ORG_UNIT, PerformanceAgreement::unit, PerformanceAgreement.Builder::unit)
      .required("year", Kinds.INT, PerformanceAgreement::year, PerformanceAgreement.Builder::year)
      .defaulted("version", Kinds.STRING, PerformanceAgreement::version, PerformanceAgreement.Builder::version)
      .required("effectiveDate", Kinds.DATE, PerformanceAgreement::effectiveDate, PerformanceAgreement.Builder::effectiveDate)
      .required("goals", Kinds.listOf(GOAL), PerformanceAgreement::goals, PerformanceAgreement.Builder::addAllGoals)
      .defaulted("budget", Kinds.listOf(BUDGET_LINE), PerformanceAgreement::budget, PerformanceAgreement.Builder::addAllBudget)
      .build();

  /** The versions of one agreement: {@code {"versions":[...]}}, earliest first. */
  public static final ObjectSchema<AgreementRevisions, ?> REVISIONS = ObjectSchema
      .<AgreementRevisions, Slot<List<PerformanceAgreement>>>of(AgreementRevisions.class, Slot::new, b -> AgreementRevisions.of(need(b.value)))
      .required("versions", Kinds.listOf(AGREEMENT), AgreementRevisions::versions, (b, v) -> b.value = v)
      .build();

  private static Realizations realizationsOf(Map<String, Realization> map) {
    Realizations.Builder b = Realizations.builder();
    map.forEach(b::put);
    return b.build();
  }

  /** Realisations by indicator code: {@code {"1.1":{"value":"69.31"}, ...}}, in the order given. */
  public static final Kind<Realizations> REALIZATIONS = Kinds.storedAs(Realizations.class, Kinds.mapOf(REALIZATION),
      ModelSchema::realizationsOf, Realizations::asMap);

  // ---------------------------------------------------------------- policies

  private static final class RoundingB {
    int scale = RoundingPolicy.defaults().scale();
    RoundingMode mode = RoundingPolicy.defaults().mode();
  }

  /** A rounding policy: {@code {"scale":2,"roundingMode":"HALF_UP"}}; each absent field takes the default. */
  public static final ObjectSchema<RoundingPolicy, ?> ROUNDING = ObjectSchema
      .<RoundingPolicy, RoundingB>of(RoundingPolicy.class, RoundingB::new, b -> RoundingPolicy.of(b.scale, b.mode))
      .defaulted("scale", Kinds.INT, RoundingPolicy::scale, (b, v) -> b.scale = v)
      .defaulted("roundingMode", Kinds.enumOf(RoundingMode.class), RoundingPolicy::mode, (b, v) -> b.mode = v)
      .build();

  private static final class ZeroB {
    Optional<BigDecimal> both = ZeroTargetRule.defaults().whenBothZero().map(Rational::toBigDecimalExact);
    Optional<BigDecimal> only = ZeroTargetRule.defaults().whenRealizationNonZero().map(Rational::toBigDecimalExact);

    ZeroTargetRule build() {
      ZeroTargetRule rule = ZeroTargetRule.of(both, only);
      ZeroTargetRule d = ZeroTargetRule.defaults();
      // give back the shared default when it is the default
      return rule.whenBothZero().equals(d.whenBothZero()) && rule.whenRealizationNonZero().equals(d.whenRealizationNonZero()) ? d : rule;
    }
  }

  /**
   * The zero-target rule: {@code {"bothZero":"100","targetZeroOnly":null}}; an absent field takes
   * the default, {@code null} means undefined; both are always written.
   */
  public static final ObjectSchema<ZeroTargetRule, ?> ZERO_TARGET = ObjectSchema
      .<ZeroTargetRule, ZeroB>of(ZeroTargetRule.class, ZeroB::new, ZeroB::build)
      .unwritableWhen(z -> z.isFunctionOfRealization() ? Optional.of("a zero-target rule that is a function of the realisation ("
          + z + ") cannot be written: it is not part of the JSON format yet") : Optional.empty())
      .defaulted("bothZero", Kinds.nullable(Kinds.DECIMAL), z -> z.whenBothZero().map(Rational::toBigDecimalExact), (b, v) -> b.both = v)
      .defaulted("targetZeroOnly", Kinds.nullable(Kinds.DECIMAL), z -> z.whenRealizationNonZero().map(Rational::toBigDecimalExact),
          (b, v) -> b.only = v)
      .build();

  private static final class ScoringB {
    Optional<BigDecimal> cap = ScoringPolicy.defaults().limits().maximum();
    Optional<BigDecimal> floor = ScoringPolicy.defaults().limits().floor();
    int scale = ScoringPolicy.defaults().rounding().scale();
    RoundingMode mode = ScoringPolicy.defaults().rounding().mode();
    ZeroTargetRule zero = ZeroTargetRule.defaults();

    ScoringPolicy build() {
      return ScoringPolicy.builder().limits(capRule(floor, cap)).rounding(RoundingPolicy.of(scale, mode)).zeroTarget(zero).build();
    }
  }

  private static Optional<String> unwritable(ScoringPolicy p) {
    if (p.negativeTarget() != io.github.lakin.scoring.NegativeTargetRule.REJECT) {
      return Optional.of("a scoring policy with the negative-target rule " + p.negativeTarget()
          + " cannot be written: it is not part of the JSON format yet");
    }
    if (p.strategies().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("a scoring policy with strategies per indicator (" + String.join(", ", p.strategies().keySet())
        + ") cannot be written: strategies are not part of the JSON format yet");
  }

  /**
   * The scoring fields, declared once for both a scoring policy and a report policy (which holds
   * them in the same object): {@code cap} (written only when there is one; {@code null} when
   * reading means none), {@code floor} (always written, {@code null} for none), {@code scale},
   * {@code roundingMode}, {@code zeroTarget}.
   */
  private static <T, B> ObjectSchema.Builder<T, B> scoringFields(ObjectSchema.Builder<T, B> s, Function<T, ScoringPolicy> get,
      Function<B, ScoringB> holder) {
    return s.unwritableWhen(t -> unwritable(get.apply(t)))
        .optional("cap", Kinds.DECIMAL, t -> get.apply(t).limits().maximum(), (b, v) -> holder.apply(b).cap = Optional.of(v))
        .defaulted("floor", Kinds.nullable(Kinds.DECIMAL), t -> get.apply(t).limits().floor(), (b, v) -> holder.apply(b).floor = v)
        .defaulted("scale", Kinds.INT, t -> get.apply(t).rounding().scale(), (b, v) -> holder.apply(b).scale = v)
        .defaulted("roundingMode", Kinds.enumOf(RoundingMode.class), t -> get.apply(t).rounding().mode(), (b, v) -> holder.apply(b).mode = v)
        .defaulted("zeroTarget", ZERO_TARGET, t -> get.apply(t).zeroTarget(), (b, v) -> holder.apply(b).zero = v);
  }

  /** A scoring policy: the scoring fields. */
  public static final ObjectSchema<ScoringPolicy, ?> SCORING = scoringFields(
      ObjectSchema.<ScoringPolicy, ScoringB>of(ScoringPolicy.class, ScoringB::new, ScoringB::build), p -> p, b -> b).build();

  private static final class ReportPolicyB {
    final ReportPolicy.Builder report = ReportPolicy.builder();
    final ScoringB scoring = new ScoringB();

    ReportPolicy build() {
      return report.scoring(scoring.build()).build();
    }
  }

  /** A report policy: {@code name}, {@code shape}, {@code roundingStage}, {@code provisional}, {@code missing}, then the scoring fields. */
  public static final ObjectSchema<ReportPolicy, ?> REPORT_POLICY = scoringFields(ObjectSchema
      .<ReportPolicy, ReportPolicyB>of(ReportPolicy.class, ReportPolicyB::new, ReportPolicyB::build)
      .defaulted("name", Kinds.STRING, ReportPolicy::name, (b, v) -> b.report.name(v))
      .defaulted("shape", Kinds.enumOf(AggregationShape.class), ReportPolicy::shape, (b, v) -> b.report.shape(v))
      .defaulted("roundingStage", Kinds.enumOf(RoundingStage.class), ReportPolicy::roundingStage, (b, v) -> b.report.roundingStage(v))
      .defaulted("provisional", Kinds.enumOf(ProvisionalRule.class), ReportPolicy::provisional, (b, v) -> b.report.provisional(v))
      .defaulted("missing", Kinds.enumOf(MissingRule.class), ReportPolicy::missing, (b, v) -> b.report.missing(v)),
      ReportPolicy::scoring, b -> b.scoring).build();

  /** Returns every object schema declared here, for documentation checks. */
  public static List<ObjectSchema<?, ?>> objects() {
    return List.of(SCALE, EXACT, RANGE, COMPARATOR, CATEGORY, UNIT_OBJECT, PROVISIONAL, COUNTS, REALIZATION, CAP_RULE, INDICATOR, GOAL,
        ORG_UNIT, BUDGET_LINE, AGREEMENT, REVISIONS, ROUNDING, ZERO_TARGET, SCORING, REPORT_POLICY);
  }
}
