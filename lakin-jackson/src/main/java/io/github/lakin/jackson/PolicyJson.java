package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Kebijakan dalam JSON: reads and writes {@link RoundingPolicy}, {@link ZeroTargetRule}, {@link
 * ScoringPolicy} and {@link ReportPolicy}.
 *
 * <p>Reading: an <em>absent</em> field takes the library's default; a field given as
 * <em>{@code null}</em> means "none" ({@code "cap":null}: no cap, {@code "floor":null}: no floor,
 * {@code "bothZero":null}: undefined). Writing always gives {@code floor} and both zero-target
 * fields (as {@code null} when there is none), and {@code cap} only when there is one.
 */
final class PolicyJson {
  private PolicyJson() {}

  private static final String[] SCORING_FIELDS = {"cap", "floor", "scale", "roundingMode", "zeroTarget"};
  private static final String[] REPORT_FIELDS = {
    "name", "shape", "roundingStage", "provisional", "missing", "cap", "floor", "scale", "roundingMode", "zeroTarget"
  };

  // ---------------------------------------------------------------- reading

  /** The scoring fields of a policy object, as read. */
  private static final class ScoringFields {
    private @Nullable BigDecimal cap;
    private @Nullable BigDecimal floor;
    private @Nullable Integer scale;
    private @Nullable RoundingMode mode;
    private @Nullable ZeroTargetRule zero;

    /** @return whether the field is a scoring field (then it was read) */
    boolean read(String f, JsonFields o) throws IOException {
      switch (f) {
        case "cap":
          cap = o.read(Scalars::decimal);
          return true;
        case "floor":
          floor = o.read(Scalars::decimal);
          return true;
        case "scale":
          scale = o.read(Scalars::intValue);
          return true;
        case "roundingMode":
          mode = o.read(Scalars.enumOf(RoundingMode.class));
          return true;
        case "zeroTarget":
          zero = o.read(PolicyJson::zeroTarget);
          return true;
        default:
          return false;
      }
    }

    ScoringPolicy build(JsonFields o) throws IOException {
      ScoringPolicy defaults = ScoringPolicy.defaults();
      Optional<BigDecimal> max = o.has("cap") ? Optional.ofNullable(cap) : defaults.limits().maximum();
      Optional<BigDecimal> min = o.has("floor") ? Optional.ofNullable(floor) : defaults.limits().floor();
      int s = scale == null ? defaults.rounding().scale() : scale;
      RoundingMode m = mode == null ? defaults.rounding().mode() : mode;
      ZeroTargetRule z = zero == null ? ZeroTargetRule.defaults() : zero;
      return o.build(() -> {
        CapRule limits = ModelReaders.capRule(min, max);
        RoundingPolicy rounding = RoundingPolicy.of(s, m);
        return ScoringPolicy.builder().limits(limits).rounding(rounding).zeroTarget(z).build();
      });
    }
  }

  /** Reads {@code {"scale":2,"roundingMode":"HALF_UP"}}; each absent field takes the default. */
  static RoundingPolicy rounding(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, RoundingPolicy.class);
    Integer scale = null;
    RoundingMode mode = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "scale":
          scale = o.read(Scalars::intValue);
          break;
        case "roundingMode":
          mode = o.read(Scalars.enumOf(RoundingMode.class));
          break;
        default:
          o.unknown("scale", "roundingMode");
      }
    }
    int s = scale == null ? RoundingPolicy.defaults().scale() : scale;
    RoundingMode m = mode == null ? RoundingPolicy.defaults().mode() : mode;
    return o.build(() -> RoundingPolicy.of(s, m));
  }

  /**
   * Reads {@code {"bothZero":"100","targetZeroOnly":null}}: an absent field takes the default
   * (both zero: 100; target zero only: undefined), {@code null} means undefined.
   */
  static ZeroTargetRule zeroTarget(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, ZeroTargetRule.class);
    BigDecimal both = null;
    BigDecimal only = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "bothZero":
          both = o.read(Scalars::decimal);
          break;
        case "targetZeroOnly":
          only = o.read(Scalars::decimal);
          break;
        default:
          o.unknown("bothZero", "targetZeroOnly");
      }
    }
    ZeroTargetRule d = ZeroTargetRule.defaults();
    Optional<BigDecimal> b = o.has("bothZero") ? Optional.ofNullable(both) : d.whenBothZero().map(PolicyJson::exact);
    Optional<BigDecimal> t = o.has("targetZeroOnly") ? Optional.ofNullable(only) : d.whenRealizationNonZero().map(PolicyJson::exact);
    ZeroTargetRule rule = o.build(() -> ZeroTargetRule.of(b, t));
    // ZeroTargetRule has no value equality: give back the shared default when it is the default.
    return sameRule(rule, d) ? d : rule;
  }

  /**
   * @param a a rule
   * @param b another
   * @return whether both give the same capaian in both cases
   */
  static boolean sameRule(ZeroTargetRule a, ZeroTargetRule b) {
    return a.whenBothZero().equals(b.whenBothZero()) && a.whenRealizationNonZero().equals(b.whenRealizationNonZero());
  }

  private static BigDecimal exact(Rational r) {
    return r.toBigDecimalExact();
  }

  /** Reads a scoring policy: {@code cap}, {@code floor}, {@code scale}, {@code roundingMode}, {@code zeroTarget}. */
  static ScoringPolicy scoring(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, ScoringPolicy.class);
    ScoringFields s = new ScoringFields();
    for (String f = o.next(); f != null; f = o.next()) {
      if (!s.read(f, o)) {
        o.unknown(SCORING_FIELDS);
      }
    }
    return s.build(o);
  }

  /** Reads a report policy: the scoring fields plus {@code name}, {@code shape}, {@code roundingStage}, {@code provisional}, {@code missing}. */
  static ReportPolicy report(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonFields o = JsonFields.begin(p, ctxt, ReportPolicy.class);
    ScoringFields s = new ScoringFields();
    String name = null;
    AggregationShape shape = null;
    RoundingStage stage = null;
    ProvisionalRule provisional = null;
    MissingRule missing = null;
    for (String f = o.next(); f != null; f = o.next()) {
      switch (f) {
        case "name":
          name = o.read(Scalars::string);
          break;
        case "shape":
          shape = o.read(Scalars.enumOf(AggregationShape.class));
          break;
        case "roundingStage":
          stage = o.read(Scalars.enumOf(RoundingStage.class));
          break;
        case "provisional":
          provisional = o.read(Scalars.enumOf(ProvisionalRule.class));
          break;
        case "missing":
          missing = o.read(Scalars.enumOf(MissingRule.class));
          break;
        default:
          if (!s.read(f, o)) {
            o.unknown(REPORT_FIELDS);
          }
      }
    }
    ScoringPolicy scoring = s.build(o);
    String n = name;
    AggregationShape sh = shape;
    RoundingStage st = stage;
    ProvisionalRule pr = provisional;
    MissingRule mi = missing;
    return o.build(() -> {
      ReportPolicy.Builder b = ReportPolicy.builder();
      b.scoring(scoring);
      if (n != null) {
        b.name(n);
      }
      if (sh != null) {
        b.shape(sh);
      }
      if (st != null) {
        b.roundingStage(st);
      }
      if (pr != null) {
        b.provisional(pr);
      }
      if (mi != null) {
        b.missing(mi);
      }
      return b.build();
    });
  }

  // ---------------------------------------------------------------- writing

  /** Writes {@code {"scale":2,"roundingMode":"HALF_UP"}}. */
  static void rounding(RoundingPolicy value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeNumberField("scale", value.scale());
    g.writeStringField("roundingMode", value.mode().name());
    g.writeEndObject();
  }

  /** Writes {@code {"bothZero":"100","targetZeroOnly":null}}; {@code null} is undefined. */
  static void zeroTarget(ZeroTargetRule value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    optionalRational(g, "bothZero", value.whenBothZero());
    optionalRational(g, "targetZeroOnly", value.whenRealizationNonZero());
    g.writeEndObject();
  }

  private static void optionalRational(JsonGenerator g, String name, Optional<Rational> value) throws IOException {
    if (value.isPresent()) {
      ModelWriters.rational(g, name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  /** Writes a scoring policy. */
  static void scoring(ScoringPolicy value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    scoringFields(value, g, provider);
    g.writeEndObject();
  }

  /** Writes a report policy: its own fields, then its scoring policy's fields in the same object. */
  static void report(ReportPolicy value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", value.name());
    g.writeStringField("shape", value.shape().name());
    g.writeStringField("roundingStage", value.roundingStage().name());
    g.writeStringField("provisional", value.provisional().name());
    g.writeStringField("missing", value.missing().name());
    scoringFields(value.scoring(), g, provider);
    g.writeEndObject();
  }

  private static void scoringFields(ScoringPolicy value, JsonGenerator g, SerializerProvider provider) throws IOException {
    if (!value.strategies().isEmpty()) {
      throw JsonMappingException.from(provider, "a scoring policy with strategies per indicator ("
          + String.join(", ", value.strategies().keySet()) + ") cannot be written: strategies are not part of the JSON format yet");
    }
    CapRule limits = value.limits();
    ModelWriters.decimal(g, "cap", limits.maximum());
    if (limits.floor().isPresent()) {
      ModelWriters.decimal(g, "floor", limits.floor().get());
    } else {
      g.writeNullField("floor");
    }
    g.writeNumberField("scale", value.rounding().scale());
    g.writeStringField("roundingMode", value.rounding().mode().name());
    g.writeFieldName("zeroTarget");
    zeroTarget(value.zeroTarget(), g, provider);
  }
}
