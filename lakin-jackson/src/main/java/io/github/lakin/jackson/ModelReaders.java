package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
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
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.Realizations;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Pembaca model: reads the core model types from JSON (format on {@link LakinModule}). */
final class ModelReaders {
  private ModelReaders() {}

  private static final Reader.Body<String> TARGET_KIND = Scalars.oneOf("exact", "range", "comparator", "category");

  /** Reads a target of any kind: {@code {"kind":"exact","value":"69"}} etc. */
  static Target target(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, Target.class);
    String kind = null;
    BigDecimal value = null;
    BigDecimal lower = null;
    BigDecimal upper = null;
    Relation relation = null;
    String required = null;
    OrdinalScale scale = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "kind":
          kind = o.read(TARGET_KIND);
          break;
        case "value":
          value = o.read(Scalars::decimal);
          break;
        case "lower":
          lower = o.read(Scalars::decimal);
          break;
        case "upper":
          upper = o.read(Scalars::decimal);
          break;
        case "relation":
          relation = o.read(Scalars::relation);
          break;
        case "required":
          required = o.read(Scalars::string);
          break;
        case "scale":
          scale = o.read(ModelReaders::scale);
          break;
        default:
          o.unknown("kind", "value", "lower", "upper", "relation", "required", "scale");
      }
    }
    switch (o.required("kind", kind)) {
      case "exact": {
        o.allowOnly("a target of kind exact", "kind", "value");
        BigDecimal v = o.required("value", value);
        return o.build(() -> Target.exact(v));
      }
      case "range": {
        o.allowOnly("a target of kind range", "kind", "lower", "upper");
        BigDecimal lo = o.required("lower", lower);
        BigDecimal hi = o.required("upper", upper);
        return o.build(() -> Target.range(lo, hi));
      }
      case "comparator": {
        o.allowOnly("a target of kind comparator", "kind", "relation", "value");
        Relation r = o.required("relation", relation);
        BigDecimal v = o.required("value", value);
        return o.build(() -> Target.comparator(r, v));
      }
      default: {
        o.allowOnly("a target of kind category", "kind", "required", "scale");
        String c = o.required("required", required);
        OrdinalScale s = o.required("scale", scale);
        return o.build(() -> Target.category(c, s));
      }
    }
  }

  /**
   * @param type a kind of target
   * @param <T> the kind
   * @return a reader of a target that must be of that kind
   */
  static <T extends Target> Reader.Body<T> targetOf(Class<T> type) {
    String wanted = type == ExactTarget.class ? "exact" : type == RangeTarget.class ? "range"
        : type == ComparatorTarget.class ? "comparator" : "category";
    return (p, ctxt) -> {
      String path = Scalars.pathOfValue(p);
      Target t = target(p, ctxt);
      if (!type.isInstance(t)) {
        throw Scalars.mismatch(p, type, path, "must be a target of kind " + wanted + ", but was of kind " + kindOf(t));
      }
      return type.cast(t);
    };
  }

  private static String kindOf(Target target) {
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

  /** Reads an ordered scale: {@code {"name":"opini BPK","categories":["TMP","TW","WDP","WTP"]}}. */
  static OrdinalScale scale(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, OrdinalScale.class);
    String name = null;
    List<String> categories = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "name":
          name = o.read(Scalars::string);
          break;
        case "categories":
          categories = o.read(Scalars.listOf(Scalars::string));
          break;
        default:
          o.unknown("name", "categories");
      }
    }
    String n = o.required("name", name);
    List<String> c = o.required("categories", categories);
    return o.build(() -> OrdinalScale.of(n, c));
  }

  /**
   * Reads a unit of measure: {@code {"kind":"PERCENT","label":"%"}}, with {@code
   * "negativeAllowed":true} when negative values are allowed, or a printed label such as {@code
   * "%"} or {@code "hari kerja"} (read by {@link MeasureUnit#parse}).
   */
  static MeasureUnit unit(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      try {
        return MeasureUnit.parse(text);
      } catch (InvalidValueException e) {
        throw Scalars.rejected(p, e, text, MeasureUnit.class);
      }
    }
    if (p.currentToken() != JsonToken.START_OBJECT && p.currentToken() != JsonToken.FIELD_NAME) {
      throw Scalars.wrongType(p, MeasureUnit.class, "a unit object such as {\"kind\":\"PERCENT\",\"label\":\"%\"} or a label such as \"%\"");
    }
    JsonFields o = JsonFields.begin(p, ctxt, MeasureUnit.class);
    MeasureUnit.Kind kind = null;
    String label = null;
    Boolean negative = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "kind":
          kind = o.read(Scalars.enumOf(MeasureUnit.Kind.class));
          break;
        case "label":
          label = o.read(Scalars::string);
          break;
        case "negativeAllowed":
          negative = o.read(Scalars::bool);
          break;
        default:
          o.unknown("kind", "label", "negativeAllowed");
      }
    }
    MeasureUnit.Kind k = o.required("kind", kind);
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
      case COUNT: {
        String l = o.required("label", label);
        unit = o.build(() -> MeasureUnit.count(l));
        break;
      }
      default: {
        String l = o.required("label", label);
        unit = o.build(() -> MeasureUnit.other(l));
        break;
      }
    }
    if (label != null && !label.equals(unit.label())) {
      // The model has no factory for a custom label on a fixed kind: refuse rather than drop it.
      throw o.shapeError("label \"" + label + "\" is not the label of kind " + k + ", which is always \"" + unit.label()
          + "\" (use kind OTHER for a free label)");
    }
    return Boolean.TRUE.equals(negative) ? unit.allowingNegative() : unit;
  }

  /**
   * Reads a realisasi: {@code {"value":"82.96"}} (a decimal or {@code "n/d"}), {@code
   * {"n":23,"total":24}}, {@code {"category":"WTP"}}, each with an optional {@code "provisional"},
   * or {@code {"notAvailable":true,"note":"..."}} (note optional).
   */
  static Realization realization(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, Realization.class);
    Rational value = null;
    Long n = null;
    Long total = null;
    String category = null;
    Boolean notAvailable = null;
    String note = null;
    Realization.Provisional provisional = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "value":
          value = o.read(Scalars::rational);
          break;
        case "n":
          n = o.read(Scalars::integer);
          break;
        case "total":
          total = o.read(Scalars::integer);
          break;
        case "category":
          category = o.read(Scalars::string);
          break;
        case "notAvailable":
          notAvailable = o.read(Scalars::bool);
          break;
        case "note":
          note = o.read(Scalars::string);
          break;
        case "provisional":
          provisional = o.read(ModelReaders::provisional);
          break;
        default:
          o.unknown("value", "n", "total", "category", "notAvailable", "note", "provisional");
      }
    }
    if (Boolean.TRUE.equals(notAvailable)) {
      if (value != null || n != null || total != null || category != null || provisional != null) {
        throw o.shapeError("a realisasi with \"notAvailable\":true must have no value, n, total, category or provisional");
      }
      String why = note;
      return o.build(() -> why == null ? Realization.notAvailable() : Realization.notAvailable(why));
    }
    if (note != null) {
      throw o.shapeError("\"note\" belongs to a realisasi with \"notAvailable\":true (an available value has no note)");
    }
    int forms = (value != null ? 1 : 0) + (n != null || total != null ? 1 : 0) + (category != null ? 1 : 0);
    if (forms != 1) {
      throw o.shapeError("a realisasi must have exactly one of \"value\", \"n\" with \"total\", \"category\", or \"notAvailable\":true"
          + (forms == 0 ? ", but had none" : ", but had several"));
    }
    Realization r;
    if (value != null) {
      Rational v = value;
      r = o.build(() -> Realization.of(v));
    } else if (category != null) {
      String c = category;
      r = o.build(() -> Realization.ofCategory(c));
    } else {
      long nn = o.required("n", n);
      long tt = o.required("total", total);
      r = o.build(() -> Realization.ofCounts(nn, tt));
    }
    if (provisional != null) {
      Realization.Provisional pr = provisional;
      Realization base = r;
      r = o.build(() -> base.provisional(pr.carriedFrom(), pr.note()));
    }
    return r;
  }

  /** Reads a provisional marker: {@code {"from":"2022","note":"nilai 2022"}} (note optional, default empty). */
  static Realization.Provisional provisional(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, Realization.Provisional.class);
    Period from = null;
    String note = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "from":
          from = o.read(Scalars::period);
          break;
        case "note":
          note = o.read(Scalars::string);
          break;
        default:
          o.unknown("from", "note");
      }
    }
    Period pf = o.required("from", from);
    String text = note == null ? "" : note;
    return o.build(() -> Realization.Provisional.of(pf, text));
  }

  /** Reads counts: {@code {"n":23,"total":24}}. */
  static Realization.Counts counts(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, Realization.Counts.class);
    Long n = null;
    Long total = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "n":
          n = o.read(Scalars::integer);
          break;
        case "total":
          total = o.read(Scalars::integer);
          break;
        default:
          o.unknown("n", "total");
      }
    }
    long nn = o.required("n", n);
    long tt = o.required("total", total);
    return o.build(() -> Realization.Counts.of(nn, tt));
  }

  /** Reads a cap rule: {@code {"maximum":"120","floor":"0"}}, each optional; {@code {}} is no limit. */
  static CapRule capRule(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, CapRule.class);
    BigDecimal maximum = null;
    BigDecimal floor = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "maximum":
          maximum = o.read(Scalars::decimal);
          break;
        case "floor":
          floor = o.read(Scalars::decimal);
          break;
        default:
          o.unknown("maximum", "floor");
      }
    }
    Optional<BigDecimal> max = Optional.ofNullable(maximum);
    Optional<BigDecimal> min = Optional.ofNullable(floor);
    return o.build(() -> capRule(min, max));
  }

  /**
   * @param floor the floor, if any
   * @param maximum the cap, if any
   * @return the rule with those limits
   */
  static CapRule capRule(Optional<BigDecimal> floor, Optional<BigDecimal> maximum) {
    if (floor.isPresent() && maximum.isPresent()) {
      return CapRule.between(floor.get(), maximum.get());
    }
    if (floor.isPresent()) {
      return CapRule.floor(floor.get());
    }
    return maximum.map(CapRule::maximum).orElseGet(CapRule::none);
  }

  /**
   * Reads an indicator: {@code code}, {@code name}, {@code unit}, {@code target}, and the optional
   * {@code polarity} (inferred by the model when absent), {@code weight}, {@code cap}, {@code
   * consolidation}, {@code baseline}.
   */
  static Indicator indicator(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, Indicator.class);
    String code = null;
    String name = null;
    MeasureUnit unit = null;
    Target target = null;
    Polarity polarity = null;
    BigDecimal weight = null;
    CapRule cap = null;
    ConsolidationMode consolidation = null;
    BigDecimal baseline = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "code":
          code = o.read(Scalars::string);
          break;
        case "name":
          name = o.read(Scalars::string);
          break;
        case "unit":
          unit = o.read(ModelReaders::unit);
          break;
        case "target":
          target = o.read(ModelReaders::target);
          break;
        case "polarity":
          polarity = o.read(Scalars.enumOf(Polarity.class));
          break;
        case "weight":
          weight = o.read(Scalars::decimal);
          break;
        case "cap":
          cap = o.read(ModelReaders::capRule);
          break;
        case "consolidation":
          consolidation = o.read(Scalars.enumOf(ConsolidationMode.class));
          break;
        case "baseline":
          baseline = o.read(Scalars::decimal);
          break;
        default:
          o.unknown("code", "name", "unit", "target", "polarity", "weight", "cap", "consolidation", "baseline");
      }
    }
    String c = o.required("code", code);
    String n = o.required("name", name);
    MeasureUnit u = o.required("unit", unit);
    Target t = o.required("target", target);
    Polarity pol = polarity;
    Optional<BigDecimal> w = Optional.ofNullable(weight);
    Optional<CapRule> cr = Optional.ofNullable(cap);
    Optional<ConsolidationMode> cm = Optional.ofNullable(consolidation);
    Optional<BigDecimal> b = Optional.ofNullable(baseline);
    return o.build(() -> {
      Indicator.Builder builder = Indicator.builder();
      builder.code(c).name(n).unit(u).target(t).weight(w).capRule(cr).consolidation(cm).baseline(b);
      if (pol != null) {
        builder.polarity(pol);
      }
      return builder.build();
    });
  }

  /** Reads a goal: {@code code}, {@code name}, {@code indicators}, optional {@code weight}. */
  static Goal goal(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, Goal.class);
    String code = null;
    String name = null;
    List<Indicator> indicators = null;
    BigDecimal weight = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "code":
          code = o.read(Scalars::string);
          break;
        case "name":
          name = o.read(Scalars::string);
          break;
        case "indicators":
          indicators = o.read(Scalars.listOf(ModelReaders::indicator));
          break;
        case "weight":
          weight = o.read(Scalars::decimal);
          break;
        default:
          o.unknown("code", "name", "indicators", "weight");
      }
    }
    String c = o.required("code", code);
    String n = o.required("name", name);
    List<Indicator> inds = o.required("indicators", indicators);
    Optional<BigDecimal> w = Optional.ofNullable(weight);
    return o.build(() -> Goal.builder().code(c).name(n).addAllIndicators(inds).weight(w).build());
  }

  /** Reads a unit: {@code code}, {@code name}, {@code level}, optional {@code children}. */
  static OrgUnit orgUnit(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, OrgUnit.class);
    String code = null;
    String name = null;
    OrgLevel level = null;
    List<OrgUnit> children = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "code":
          code = o.read(Scalars::string);
          break;
        case "name":
          name = o.read(Scalars::string);
          break;
        case "level":
          level = o.read(Scalars.enumOf(OrgLevel.class));
          break;
        case "children":
          children = o.read(Scalars.listOf(ModelReaders::orgUnit));
          break;
        default:
          o.unknown("code", "name", "level", "children");
      }
    }
    String c = o.required("code", code);
    String n = o.required("name", name);
    OrgLevel l = o.required("level", level);
    List<OrgUnit> ch = children == null ? List.of() : children;
    return o.build(() -> OrgUnit.of(c, n, l, ch));
  }

  /**
   * Reads a budget line: {@code code}, {@code name}, optional {@code goal} and {@code initialPagu},
   * {@code finalPagu}, {@code realization}.
   */
  static BudgetLine budgetLine(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, BudgetLine.class);
    String code = null;
    String name = null;
    String goal = null;
    BigDecimal initial = null;
    BigDecimal fin = null;
    BigDecimal real = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "code":
          code = o.read(Scalars::string);
          break;
        case "name":
          name = o.read(Scalars::string);
          break;
        case "goal":
          goal = o.read(Scalars::string);
          break;
        case "initialPagu":
          initial = o.read(Scalars::decimal);
          break;
        case "finalPagu":
          fin = o.read(Scalars::decimal);
          break;
        case "realization":
          real = o.read(Scalars::decimal);
          break;
        default:
          o.unknown("code", "name", "goal", "initialPagu", "finalPagu", "realization");
      }
    }
    String c = o.required("code", code);
    String n = o.required("name", name);
    BigDecimal fp = o.required("finalPagu", fin);
    BigDecimal r = o.required("realization", real);
    Optional<String> g = Optional.ofNullable(goal);
    Optional<BigDecimal> ip = Optional.ofNullable(initial);
    return o.build(() -> BudgetLine.builder().code(c).name(n).goalCode(g).initialPagu(ip).finalPagu(fp).realization(r).build());
  }

  /**
   * Reads a performance agreement: {@code unit}, {@code year}, optional {@code version} (default
   * {@code "awal"}), {@code effectiveDate}, {@code goals}, optional {@code budget}.
   */
  static PerformanceAgreement agreement(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, PerformanceAgreement.class);
    OrgUnit unit = null;
    Integer year = null;
    String version = null;
    LocalDate effective = null;
    List<Goal> goals = null;
    List<BudgetLine> budget = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "unit":
          unit = o.read(ModelReaders::orgUnit);
          break;
        case "year":
          year = o.read(Scalars::intValue);
          break;
        case "version":
          version = o.read(Scalars::string);
          break;
        case "effectiveDate":
          effective = o.read(Scalars::date);
          break;
        case "goals":
          goals = o.read(Scalars.listOf(ModelReaders::goal));
          break;
        case "budget":
          budget = o.read(Scalars.listOf(ModelReaders::budgetLine));
          break;
        default:
          o.unknown("unit", "year", "version", "effectiveDate", "goals", "budget");
      }
    }
    OrgUnit u = o.required("unit", unit);
    int y = o.required("year", year);
    LocalDate d = o.required("effectiveDate", effective);
    List<Goal> g = o.required("goals", goals);
    List<BudgetLine> b = budget == null ? List.of() : budget;
    String v = version;
    return o.build(() -> {
      PerformanceAgreement.Builder builder = PerformanceAgreement.builder();
      builder.unit(u).year(y).effectiveDate(d).addAllGoals(g).addAllBudget(b);
      if (v != null) {
        builder.version(v);
      }
      return builder.build();
    });
  }

  /** Reads the versions of one agreement: {@code {"versions":[...]}}. */
  static AgreementRevisions revisions(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, AgreementRevisions.class);
    List<PerformanceAgreement> versions = null;
    for (String f = o.next(); f != null; f = o.next()) {
      if (f.equals("versions")) {
        versions = o.read(Scalars.listOf(ModelReaders::agreement));
      } else {
        o.unknown("versions");
      }
    }
    List<PerformanceAgreement> v = o.required("versions", versions);
    return o.build(() -> AgreementRevisions.of(v));
  }

  /** Reads realisations by indicator code: {@code {"1.1":{"value":"69.31"}, ...}}. */
  static Realizations realizations(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, Realizations.class);
    Realizations.Builder b = Realizations.builder();
    for (String f = o.next(); f != null; f = o.next()) {
      Realization r = o.required(f, o.read(ModelReaders::realization));
      String code = f;
      o.build(() -> b.put(code, r));
    }
    return b.build();
  }

  /** Reads a period label, e.g. {@code "TW II 2023"}. */
  static Period period(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Scalars.period(p, ctxt);
  }

  /** Reads an exact number, e.g. {@code "69.31"} or {@code "575/6"}. */
  static Rational rational(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Scalars.rational(p, ctxt);
  }

  /** Reads a comparator symbol, e.g. {@code "<="} or {@code "≤"}. */
  static Relation relation(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Scalars.relation(p, ctxt);
  }
}
