package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.lakin.core.AgreementRevisions;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.Realizations;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Penulis model: writes the core model types as JSON (format on {@link LakinModule}). */
final class ModelWriters {
  private ModelWriters() {}

  /** An action on a generator, so that a visitor (which cannot throw) can return what to write. */
  @FunctionalInterface
  interface Action {
    void run(JsonGenerator g) throws IOException;
  }

  // ---------------------------------------------------------------- numbers

  /**
   * @param g the generator
   * @param name the field
   * @param value a decimal, written as its plain string with its own scale
   */
  static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
    g.writeStringField(name, value.toPlainString());
  }

  /**
   * @param g the generator
   * @param name the field
   * @param value a decimal, written when present
   */
  static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      decimal(g, name, value.get());
    }
  }

  /**
   * @param g the generator
   * @param name the field
   * @param value an exact number: its exact decimal when it terminates, else {@code "n/d"}
   */
  static void rational(JsonGenerator g, String name, Rational value) throws IOException {
    g.writeStringField(name, value.toString());
  }

  /** Writes an exact number as a string. */
  static void rational(Rational value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(value.toString());
  }

  /** Writes a period as its label, e.g. {@code "TW II 2023"}. */
  static void period(Period value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(value.toString());
  }

  /**
   * @param relation a comparator
   * @return its ASCII symbol: {@code <}, {@code <=}, {@code >} or {@code >=}
   */
  static String symbol(Relation relation) {
    switch (relation) {
      case LESS_THAN:
        return "<";
      case AT_MOST:
        return "<=";
      case GREATER_THAN:
        return ">";
      default:
        return ">=";
    }
  }

  /** Writes a comparator as its ASCII symbol. */
  static void relation(Relation value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(symbol(value));
  }

  // ---------------------------------------------------------------- targets, units, realisations

  /** Writes a target of any kind. */
  static void target(Target value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    value.accept(new Target.Visitor<Action>() {
      @Override
      public Action exact(ExactTarget t) {
        return out -> {
          out.writeStringField("kind", "exact");
          decimal(out, "value", t.value());
        };
      }

      @Override
      public Action range(RangeTarget t) {
        return out -> {
          out.writeStringField("kind", "range");
          decimal(out, "lower", t.lower());
          decimal(out, "upper", t.upper());
        };
      }

      @Override
      public Action comparator(ComparatorTarget t) {
        return out -> {
          out.writeStringField("kind", "comparator");
          out.writeStringField("relation", symbol(t.relation()));
          decimal(out, "value", t.value());
        };
      }

      @Override
      public Action categorical(CategoricalTarget t) {
        return out -> {
          out.writeStringField("kind", "category");
          out.writeStringField("required", t.required());
          out.writeFieldName("scale");
          scale(t.scale(), out, provider);
        };
      }
    }).run(g);
    g.writeEndObject();
  }

  /** Writes an ordered scale. */
  static void scale(OrdinalScale value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", value.name());
    g.writeArrayFieldStart("categories");
    for (String c : value.categories()) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes a unit of measure as {@code {"kind":...,"label":...}}. */
  static void unit(MeasureUnit value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", value.kind().name());
    g.writeStringField("label", value.label());
    if (value.negativeAllowed()) {
      g.writeBooleanField("negativeAllowed", true);
    }
    g.writeEndObject();
  }

  /** Writes a realisasi in the one form that fits it. */
  static void realization(Realization value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    if (!value.isAvailable()) {
      g.writeBooleanField("notAvailable", true);
      if (value.note().isPresent()) {
        g.writeStringField("note", value.note().get());
      }
    } else if (value.counts().isPresent()) {
      g.writeNumberField("n", value.counts().get().n());
      g.writeNumberField("total", value.counts().get().total());
    } else if (value.value().isPresent()) {
      rational(g, "value", value.value().get());
    } else {
      g.writeStringField("category", value.category().orElseThrow());
    }
    if (value.provisional().isPresent()) {
      g.writeFieldName("provisional");
      provisional(value.provisional().get(), g, provider);
    }
    g.writeEndObject();
  }

  /** Writes a provisional marker; an empty note is left out. */
  static void provisional(Realization.Provisional value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("from", value.carriedFrom().toString());
    if (!value.note().isEmpty()) {
      g.writeStringField("note", value.note());
    }
    g.writeEndObject();
  }

  /** Writes counts n of total. */
  static void counts(Realization.Counts value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeNumberField("n", value.n());
    g.writeNumberField("total", value.total());
    g.writeEndObject();
  }

  /** Writes a cap rule; absent limits are left out. */
  static void capRule(CapRule value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    decimal(g, "maximum", value.maximum());
    decimal(g, "floor", value.floor());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- indicators and agreements

  /** Writes an indicator; absent optional fields are left out, the polarity always written. */
  static void indicator(Indicator value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", value.code());
    g.writeStringField("name", value.name());
    g.writeFieldName("unit");
    unit(value.unit(), g, provider);
    g.writeFieldName("target");
    target(value.target(), g, provider);
    g.writeStringField("polarity", value.polarity().name());
    decimal(g, "weight", value.weight());
    if (value.capRule().isPresent()) {
      g.writeFieldName("cap");
      capRule(value.capRule().get(), g, provider);
    }
    if (value.consolidation().isPresent()) {
      g.writeStringField("consolidation", value.consolidation().get().name());
    }
    decimal(g, "baseline", value.baseline());
    g.writeEndObject();
  }

  /** Writes a goal with its indicators. */
  static void goal(Goal value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", value.code());
    g.writeStringField("name", value.name());
    g.writeArrayFieldStart("indicators");
    for (Indicator i : value.indicators()) {
      indicator(i, g, provider);
    }
    g.writeEndArray();
    decimal(g, "weight", value.weight());
    g.writeEndObject();
  }

  /** Writes a unit and the units below it; {@code children} is left out for a leaf. */
  static void orgUnit(OrgUnit value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", value.code());
    g.writeStringField("name", value.name());
    g.writeStringField("level", value.level().name());
    if (!value.children().isEmpty()) {
      g.writeArrayFieldStart("children");
      for (OrgUnit c : value.children()) {
        orgUnit(c, g, provider);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes a budget line. */
  static void budgetLine(BudgetLine value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", value.code());
    g.writeStringField("name", value.name());
    if (value.goalCode().isPresent()) {
      g.writeStringField("goal", value.goalCode().get());
    }
    decimal(g, "initialPagu", value.initialPagu());
    decimal(g, "finalPagu", value.finalPagu());
    decimal(g, "realization", value.realization());
    g.writeEndObject();
  }

  /** Writes a performance agreement. */
  static void agreement(PerformanceAgreement value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeFieldName("unit");
    orgUnit(value.unit(), g, provider);
    g.writeNumberField("year", value.year());
    g.writeStringField("version", value.version());
    g.writeStringField("effectiveDate", value.effectiveDate().toString());
    g.writeArrayFieldStart("goals");
    for (Goal goal : value.goals()) {
      goal(goal, g, provider);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("budget");
    for (BudgetLine line : value.budget()) {
      budgetLine(line, g, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the versions of an agreement, earliest first. */
  static void revisions(AgreementRevisions value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("versions");
    for (PerformanceAgreement a : value.versions()) {
      agreement(a, g, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes realisations by indicator code, in the order given. */
  static void realizations(Realizations value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Realization> e : value.asMap().entrySet()) {
      g.writeFieldName(e.getKey());
      realization(e.getValue(), g, provider);
    }
    g.writeEndObject();
  }
}
