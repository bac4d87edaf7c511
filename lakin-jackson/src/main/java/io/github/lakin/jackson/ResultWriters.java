package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.lakin.core.Realization;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.Aggregate;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Penulis hasil: writes the results of scoring as JSON (format on {@link LakinModule}). Results are
 * written only, never read: they are computed from the model and a policy.
 *
 * <p>Rounded figures ({@code achievement}, {@code raw}, {@code absorption}, {@code gap}) are
 * strings at exactly the result's rounding scale ({@code "100.00"}); {@code exact} is the exact
 * value ({@code "69.31"}, or a fraction such as {@code "329/3"} when it does not terminate).
 * Absent values are left out, never written as {@code null}.
 */
final class ResultWriters {
  private ResultWriters() {}

  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Locale EN = Locale.ENGLISH;

  private static void explanation(JsonGenerator g, String name, Function<Locale, String> explain) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("id", explain.apply(ID));
    g.writeStringField("en", explain.apply(EN));
    g.writeEndObject();
  }

  private static void rounded(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      decimal(g, name, value.get());
    }
  }

  private static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
    g.writeStringField(name, value.toPlainString());
  }

  private static void rational(JsonGenerator g, String name, io.github.lakin.core.Rational value) throws IOException {
    g.writeStringField(name, value.toString());
  }

  // ---------------------------------------------------------------- achievement

  /** Writes one capaian. */
  static void achievement(Achievement value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    achievementFields(value, g);
    g.writeEndObject();
  }

  private static void achievementFields(Achievement a, JsonGenerator g) throws IOException {
    g.writeStringField("code", a.indicatorCode());
    g.writeStringField("strategy", a.strategy());
    g.writeStringField("status", a.status().name());
    rounded(g, "achievement", a.rounded());
    rounded(g, "raw", a.roundedRaw());
    if (a.value().isPresent()) {
      rational(g, "exact", a.value().get());
    }
    if (a.raw().isPresent() && !a.raw().equals(a.value())) {
      rational(g, "rawExact", a.raw().get());
    }
    if (a.isComputed()) {
      g.writeBooleanField("met", a.isMet());
    }
    g.writeArrayFieldStart("flags");
    for (Achievement.Flag f : Achievement.Flag.values()) {
      if (a.has(f)) {
        g.writeString(f.name());
      }
    }
    g.writeEndArray();
    if (a.reason().isPresent()) {
      g.writeStringField("reason", a.reason().get());
    }
    g.writeStringField("target", a.target().toString());
    Optional<String> shown = shown(a.realization());
    if (shown.isPresent()) {
      g.writeStringField("realisasi", shown.get());
    }
    explanation(g, "explanation", a::explain);
  }

  /** @return the realisasi as shown: its exact number or its category; empty when not available */
  private static Optional<String> shown(Realization r) {
    if (!r.isAvailable()) {
      return Optional.empty();
    }
    return Optional.of(r.value().map(Object::toString).orElseGet(() -> r.category().orElseThrow()));
  }

  // ---------------------------------------------------------------- aggregates

  /** Writes an aggregate on its own, with its label. */
  static void aggregate(Aggregate value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", value.label());
    aggregateFields(value, g);
    g.writeEndObject();
  }

  private static void aggregateFields(Aggregate a, JsonGenerator g) throws IOException {
    rounded(g, "achievement", a.rounded());
    if (a.value().isPresent()) {
      rational(g, "exact", a.value().get());
    }
    g.writeArrayFieldStart("members");
    for (Aggregate.Member m : a.members()) {
      g.writeString(m.code());
    }
    g.writeEndArray();
    if (a.has(Aggregate.Flag.WEIGHTED)) {
      g.writeObjectFieldStart("weights");
      for (Aggregate.Member m : a.members()) {
        rational(g, m.code(), m.weight().orElseThrow());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("excluded");
    for (Aggregate.Exclusion e : a.excluded()) {
      g.writeStartObject();
      g.writeStringField("code", e.code());
      g.writeStringField("reason", e.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("flags");
    for (Aggregate.Flag f : Aggregate.Flag.values()) {
      if (a.has(f)) {
        g.writeString(f.name());
      }
    }
    g.writeEndArray();
    explanation(g, "explanation", a::explain);
  }

  // ---------------------------------------------------------------- budget

  /** Writes a budget absorption. */
  static void absorption(Absorption value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", value.label());
    g.writeArrayFieldStart("lines");
    for (String code : value.lineCodes()) {
      g.writeString(code);
    }
    g.writeEndArray();
    decimal(g, "pagu", value.pagu());
    decimal(g, "realization", value.realization());
    rounded(g, "absorption", value.rounded());
    if (value.percent().isPresent()) {
      rational(g, "exact", value.percent().get());
    }
    g.writeStringField("basis", value.basis().name());
    explanation(g, "explanation", value::explain);
    g.writeEndObject();
  }

  /**
   * Writes an efficiency gap. The rounded capaian and absorption it compares are shown in its
   * explanation only: {@link EfficiencyGap} does not expose its rounding policy.
   */
  static void efficiencyGap(EfficiencyGap value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", value.label());
    decimal(g, "gap", value.rounded());
    rational(g, "exact", value.gap());
    g.writeBooleanField("efficient", value.efficient());
    explanation(g, "explanation", value::explain);
    g.writeEndObject();
  }
}
