/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.json;

import io.github.lakin.core.Realization;
import io.github.lakin.jackson.schema.JsonOut;
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
 * Penulis hasil: writes the results of scoring that have a shape of their own (capaian, aggregate,
 * absorption, efficiency gap) as JSON over a {@link JsonOut} (format in {@code docs/json.md} and on
 * the Jackson modules). Results are written only, never read: they are computed from the model and
 * a policy.
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

  private static void explanation(JsonOut g, String name, Function<Locale, String> explain) throws IOException {
    g.name(name);
    g.beginObject();
    string(g, "id", explain.apply(ID));
    string(g, "en", explain.apply(EN));
    g.endObject();
  }

  private static void string(JsonOut g, String name, String value) throws IOException {
    g.name(name);
    g.string(value);
  }

  private static void bool(JsonOut g, String name, boolean value) throws IOException {
    g.name(name);
    g.bool(value);
  }

  private static void array(JsonOut g, String name) throws IOException {
    g.name(name);
    g.beginArray();
  }

  private static void rounded(JsonOut g, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      decimal(g, name, value.get());
    }
  }

  private static void decimal(JsonOut g, String name, BigDecimal value) throws IOException {
    string(g, name, value.toPlainString());
  }

  private static void rational(JsonOut g, String name, io.github.lakin.core.Rational value) throws IOException {
    string(g, name, value.toString());
  }

  // ---------------------------------------------------------------- achievement

  /** Writes one capaian. */
  static void achievement(Achievement value, JsonOut g) throws IOException {
    g.beginObject();
    achievementFields(value, g);
    g.endObject();
  }

  private static void achievementFields(Achievement a, JsonOut g) throws IOException {
    string(g, "code", a.indicatorCode());
    string(g, "strategy", a.strategy());
    string(g, "status", a.status().name());
    rounded(g, "achievement", a.rounded());
    rounded(g, "raw", a.roundedRaw());
    if (a.value().isPresent()) {
      rational(g, "exact", a.value().get());
    }
    if (a.raw().isPresent() && !a.raw().equals(a.value())) {
      rational(g, "rawExact", a.raw().get());
    }
    if (a.isComputed()) {
      bool(g, "met", a.isMet());
    }
    array(g, "flags");
    for (Achievement.Flag f : Achievement.Flag.values()) {
      if (a.has(f)) {
        g.string(f.name());
      }
    }
    g.endArray();
    if (a.reason().isPresent()) {
      string(g, "reason", a.reason().get());
    }
    string(g, "target", a.target().toString());
    Optional<String> shown = shown(a.realization());
    if (shown.isPresent()) {
      string(g, "realisasi", shown.get());
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
  static void aggregate(Aggregate value, JsonOut g) throws IOException {
    g.beginObject();
    string(g, "label", value.label());
    aggregateFields(value, g);
    g.endObject();
  }

  private static void aggregateFields(Aggregate a, JsonOut g) throws IOException {
    rounded(g, "achievement", a.rounded());
    if (a.value().isPresent()) {
      rational(g, "exact", a.value().get());
    }
    array(g, "members");
    for (Aggregate.Member m : a.members()) {
      g.string(m.code());
    }
    g.endArray();
    if (a.has(Aggregate.Flag.WEIGHTED)) {
      g.name("weights");
      g.beginObject();
      for (Aggregate.Member m : a.members()) {
        rational(g, m.code(), m.weight().orElseThrow());
      }
      g.endObject();
    }
    array(g, "excluded");
    for (Aggregate.Exclusion e : a.excluded()) {
      g.beginObject();
      string(g, "code", e.code());
      string(g, "reason", e.reason());
      g.endObject();
    }
    g.endArray();
    array(g, "flags");
    for (Aggregate.Flag f : Aggregate.Flag.values()) {
      if (a.has(f)) {
        g.string(f.name());
      }
    }
    g.endArray();
    explanation(g, "explanation", a::explain);
  }

  // ---------------------------------------------------------------- budget

  /** Writes a budget absorption. */
  static void absorption(Absorption value, JsonOut g) throws IOException {
    g.beginObject();
    string(g, "label", value.label());
    array(g, "lines");
    for (String code : value.lineCodes()) {
      g.string(code);
    }
    g.endArray();
    decimal(g, "pagu", value.pagu());
    decimal(g, "realization", value.realization());
    rounded(g, "absorption", value.rounded());
    if (value.percent().isPresent()) {
      rational(g, "exact", value.percent().get());
    }
    string(g, "basis", value.basis().name());
    explanation(g, "explanation", value::explain);
    g.endObject();
  }

  /**
   * Writes an efficiency gap. The rounded capaian and absorption it compares are shown in its
   * explanation only: {@link EfficiencyGap} does not expose its rounding policy.
   */
  static void efficiencyGap(EfficiencyGap value, JsonOut g) throws IOException {
    g.beginObject();
    string(g, "label", value.label());
    decimal(g, "gap", value.rounded());
    rational(g, "exact", value.gap());
    bool(g, "efficient", value.efficient());
    explanation(g, "explanation", value::explain);
    g.endObject();
  }
}
