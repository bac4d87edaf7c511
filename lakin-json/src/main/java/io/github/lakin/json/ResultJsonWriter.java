/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.json;

import io.github.lakin.scoring.aggregate.MetCounts;

import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.jackson.schema.JsonOut;
import io.github.lakin.jackson.schema.ModelSchema;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.ReportResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Penulis JSON hasil (result JSON writer): writes a scored report in the one JSON form of results,
 * {@value #SCHEMA} (docs/json.md), from plain values, streaming: goals are written with their
 * indicators as they come, a goal's figure after its indicators, the unit's figure and the counts
 * at the end, so no indicator needs to be held in memory. The serializers of {@link ReportResult}
 * in the Jackson 2 and Jackson 3 modules write through {@link #write(ReportResult, JsonOut,
 * boolean)}, so a report scored as objects and the same report scored row by row give the same
 * bytes, whichever Jackson wrote them. The writer imports no JSON library: it writes to a {@link
 * JsonOut}, which {@code LakinJson.out(generator)} (Jackson 2) or {@code LakinJson3.out(generator)}
 * (Jackson 3) makes from a generator.
 *
 * <p>Every decimal is a JSON string holding the exact value ({@code "106.51"}); rounded figures have
 * exactly the policy's scale. In the <em>detailed</em> mode, indicators, goals and the unit also get
 * {@code exact} (the exact value, a fraction {@code "n/d"} when it does not terminate) and {@code
 * explanation} ({@code {"id":...,"en":...}}), the counts their {@code statement}, and the budget its
 * exact values and explanations; the summary mode leaves them out.
 *
 * <pre>{@code
 * try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
 *   ResultJsonWriter w = ResultJsonWriter.of(LakinJson.out(g), false);
 *   w.begin("Biro Perencanaan", 2023, "biro-perencanaan-2023");
 *   w.beginGoal("SK1");
 *   w.indicator(line.clear().code("1.1").name("Nilai akuntabilitas").unit("indeks").target(new BigDecimal("69"))
 *       .realisasi(new BigDecimal("69.31")).achievement(Optional.of(new BigDecimal("100.45"))).met(true));
 *   w.endGoal(Optional.of(new BigDecimal("109.95")));
 *   w.end(Optional.of(new BigDecimal("106.51")), MetCounts.of(7, 3, 1, 0, 0, 0, 0), Optional.empty());
 * }
 * }</pre>
 *
 * <p>The calls must come in the order {@code begin}, then for each goal {@code beginGoal}, {@code
 * indicator}..., {@code endGoal}, then {@code end}; another order throws {@link
 * IllegalStateException}. The writer neither flushes nor closes the output. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class ResultJsonWriter {
  /** The name of the form, written as the {@code schema} field. */
  public static final String SCHEMA = "lakin-result/1";

  private static final Locale ID = Locale.forLanguageTag("id");

  private enum State { NEW, REPORT, GOAL, DONE }

  private final JsonOut out;
  private final boolean detailed;
  private State state = State.NEW;

  private ResultJsonWriter(JsonOut out, boolean detailed) {
    this.out = out;
    this.detailed = detailed;
  }

  /**
   * Writes over any JSON library: the Jackson 2 and the Jackson 3 module each give a {@link
   * JsonOut} over their generator, so both write the same form, byte for byte.
   *
   * @param out where to write; the report is written as one JSON value at its position
   * @param detailed whether to write the detailed fields (exact values, explanations, statement)
   * @return the writer
   */
  public static ResultJsonWriter of(JsonOut out, boolean detailed) {
    return new ResultJsonWriter(Objects.requireNonNull(out, "out"), detailed);
  }

  /**
   * Writes a whole scored report: unit (its name), year, policy (its name), goals with their
   * indicators, overall, counts, and budget when the agreement has one.
   *
   * @param report the report
   * @param out where to write
   * @param detailed whether to write the detailed fields
   * @throws IOException if the output fails
   */
  public static void write(ReportResult report, JsonOut out, boolean detailed) throws IOException {
    ResultJsonWriter w = of(out, detailed);
    w.begin(report.agreement().unit().name(), report.agreement().year(), report.policy().name());
    for (GoalResult goal : report.goals()) {
      w.beginGoal(goal.goal().code(), goal.goal().name());
      for (IndicatorResult i : goal.indicators()) {
        w.indicator(IndicatorLine.of(i));
      }
      w.endGoal(ResultFigure.from(goal.aggregate()), goal.counts(), report.policy().scoring().rounding());
    }
    Optional<ResultBudget> budget = ResultBudget.from(report);
    w.end(ResultFigure.from(report.overall()), report.counts(), report.policy().scoring().rounding(), budget);
  }

  /** Writes an indicator's line on its own, in the detailed mode (for the {@link IndicatorResult} serializer). */
  static void writeIndicator(IndicatorResult result, JsonOut generator) throws IOException {
    ResultJsonWriter w = of(generator, true);
    w.state = State.GOAL;
    w.indicator(IndicatorLine.of(result));
  }

  /** Writes a goal on its own, in the detailed mode (for the {@link GoalResult} serializer). */
  static void writeGoal(GoalResult goal, JsonOut generator) throws IOException {
    ResultJsonWriter w = of(generator, true);
    w.state = State.REPORT;
    w.beginGoal(goal.goal().code(), goal.goal().name());
    for (IndicatorResult i : goal.indicators()) {
      w.indicator(IndicatorLine.of(i));
    }
    w.endGoal(ResultFigure.from(goal.aggregate()), goal.counts(), goal.aggregate().rounding());
  }

  /** Writes counts on their own, in the detailed mode (for the {@code MetCounts} serializer). */
  static void writeCounts(MetCounts counts, JsonOut generator) throws IOException {
    of(generator, true).countsObject(counts);
  }

  private void expect(State wanted, String call) {
    if (state != wanted) {
      throw new IllegalStateException(call + " cannot be called " + describe(state));
    }
  }

  private static String describe(State s) {
    switch (s) {
      case NEW:
        return "before begin(...)";
      case REPORT:
        return "outside a goal (after begin or endGoal)";
      case GOAL:
        return "inside a goal (before endGoal)";
      default:
        return "after end(...)";
    }
  }

  /**
   * Starts the report.
   *
   * @param unit the unit's name, e.g. {@code "Biro Perencanaan"}
   * @param year the performance year
   * @param policy the policy's name or description
   * @return this writer
   * @throws IOException if the generator fails
   */
  public ResultJsonWriter begin(String unit, int year, String policy) throws IOException {
    return begin(unit, year, policy, null);
  }

  /**
   * Starts the report scored as of a period (year to date).
   *
   * @param unit the unit's name, e.g. {@code "Biro Perencanaan"}
   * @param year the performance year
   * @param policy the policy's name or description
   * @param asOf the as-of period, e.g. {@code "TW II 2024"} (written as {@code asOf}); {@code null}
   *     for the year's figures (then left out)
   * @return this writer
   * @throws IOException if the generator fails
   */
  public ResultJsonWriter begin(String unit, int year, String policy, @Nullable String asOf) throws IOException {
    expect(State.NEW, "begin");
    out.beginObject();
    field("schema", SCHEMA);
    field("unit", unit);
    out.name("year");
    out.integer(year);
    field("policy", policy);
    if (asOf != null) {
      field("asOf", asOf);
    }
    out.name("goals");
    out.beginArray();
    state = State.REPORT;
    return this;
  }

  /**
   * Starts a goal whose name is not known (e.g. a file that gives only goal codes).
   *
   * @param code the goal's code, e.g. {@code "SK1"}
   * @return this writer
   * @throws IOException if the generator fails
   */
  public ResultJsonWriter beginGoal(String code) throws IOException {
    return beginGoal(code, null);
  }

  /**
   * Starts a goal.
   *
   * @param code the goal's code, e.g. {@code "SK1"}
   * @param name its name; {@code null} when not known (then left out)
   * @return this writer
   * @throws IOException if the generator fails
   */
  public ResultJsonWriter beginGoal(String code, @Nullable String name) throws IOException {
    expect(State.REPORT, "beginGoal");
    out.beginObject();
    field("code", code);
    if (name != null) {
      field("name", name);
    }
    out.name("indicators");
    out.beginArray();
    state = State.GOAL;
    return this;
  }

  /**
   * Writes one indicator of the current goal; the line is not kept and may be reused at once.
   *
   * @param line the indicator's values
   * @return this writer
   * @throws IOException if the generator fails
   */
  @SuppressWarnings("BigDecimalEquals") // scale counts: a raw figure printed differently is written
  public ResultJsonWriter indicator(IndicatorLine line) throws IOException {
    expect(State.GOAL, "indicator");
    out.beginObject();
    field("code", line.code());
    field("name", line.name());
    field("unit", line.unit());
    out.name("target");
    Target target = line.target();
    if (target == null) {
      out.nullValue();
    } else if (target instanceof ExactTarget) {
      out.string(((ExactTarget) target).value().toPlainString());
    } else {
      ModelSchema.TARGET.write(target, out);
    }
    if (line.targetText() != null) {
      field("targetText", line.targetText());
    }
    nullable("realisasi", line.realisasi());
    if (line.realisasiText() != null) {
      field("realisasiText", line.realisasiText());
    }
    BigDecimal achievement = line.achievement();
    nullable("achievement", achievement == null ? null : achievement.toPlainString());
    BigDecimal raw = line.raw();
    if (raw != null && achievement != null && !raw.equals(achievement)) {
      field("raw", raw.toPlainString());
    }
    field("status", line.status().name());
    out.name("met");
    out.bool(line.met());
    out.name("flags");
    out.beginArray();
    for (Achievement.Flag f : Achievement.Flag.values()) {
      if (line.flags().contains(f)) {
        out.string(f.name());
      }
    }
    out.endArray();
    String previous = line.previous();
    if (previous != null) {
      field("previous", previous);
      out.name("trend");
      out.beginObject();
      field("direction", line.trend().direction().name());
      if (line.trend().difference().isPresent()) {
        field("points", line.trend().difference().get().points().toString());
      }
      out.endObject();
    }
    String periodAsOf = line.periodAsOf();
    if (periodAsOf != null) {
      out.name("period");
      out.beginObject();
      field("asOf", periodAsOf);
      field("consolidation", String.valueOf(line.periodMode()));
      strings("counted", line.periodsCounted());
      strings("missing", line.periodsMissing());
      out.endObject();
    }
    if (detailed) {
      Rational exact = line.exact();
      if (exact != null) {
        field("exact", exact.toString());
      }
      if (line.reason() != null) {
        field("reason", line.reason());
      }
      explanation("explanation", Optional.ofNullable(line.explanationId()), Optional.ofNullable(line.explanationEn()));
    }
    out.endObject();
    return this;
  }

  /**
   * Ends the current goal with its capaian.
   *
   * @param achievement the goal's capaian rounded at the policy's scale; empty when it has none
   * @return this writer
   * @throws IOException if the generator fails
   */
  public ResultJsonWriter endGoal(Optional<BigDecimal> achievement) throws IOException {
    return endGoal(ResultFigure.of(achievement));
  }

  /**
   * Ends the current goal with its capaian.
   *
   * @param achievement the goal's figure
   * @return this writer
   * @throws IOException if the generator fails
   */
  public ResultJsonWriter endGoal(ResultFigure achievement) throws IOException {
    return endGoal(achievement, null, null);
  }

  /**
   * Ends the current goal with its capaian, its counts and its achievement rate (tingkat
   * ketercapaian).
   *
   * @param achievement the goal's capaian rounded at the policy's scale; empty when it has none
   * @param counts the counts of the goal's indicators
   * @param rounding the policy's rounding, for the achievement rate
   * @return this writer
   * @throws IOException if the generator fails
   */
  public ResultJsonWriter endGoal(Optional<BigDecimal> achievement, MetCounts counts, RoundingPolicy rounding) throws IOException {
    return endGoal(ResultFigure.of(achievement), counts, rounding);
  }

  private ResultJsonWriter endGoal(ResultFigure achievement, @Nullable MetCounts counts, @Nullable RoundingPolicy rounding)
      throws IOException {
    expect(State.GOAL, "endGoal");
    out.endArray();
    figureFields(achievement);
    if (counts != null && rounding != null) {
      out.name("counts");
      countsObject(counts, rounding);
    }
    out.endObject();
    state = State.REPORT;
    return this;
  }

  /**
   * Ends the report.
   *
   * @param overall the unit's capaian rounded at the policy's scale; empty when it has none
   * @param counts the counts of met indicators
   * @param budget the budget figures, when the report has a budget
   * @throws IOException if the generator fails
   */
  public void end(Optional<BigDecimal> overall, MetCounts counts, Optional<ResultBudget> budget) throws IOException {
    end(ResultFigure.of(overall), counts, budget);
  }

  /**
   * Ends the report.
   *
   * @param overall the unit's figure
   * @param counts the counts of met indicators
   * @param budget the budget figures, when the report has a budget
   * @throws IOException if the generator fails
   */
  public void end(ResultFigure overall, MetCounts counts, Optional<ResultBudget> budget) throws IOException {
    end(overall, counts, null, budget);
  }

  /**
   * Ends the report, with the achievement rate (tingkat ketercapaian) among the counts.
   *
   * @param overall the unit's capaian rounded at the policy's scale; empty when it has none
   * @param counts the counts of met indicators
   * @param rounding the policy's rounding, for the achievement rate
   * @param budget the budget figures, when the report has a budget
   * @throws IOException if the generator fails
   */
  public void end(Optional<BigDecimal> overall, MetCounts counts, RoundingPolicy rounding, Optional<ResultBudget> budget)
      throws IOException {
    end(ResultFigure.of(overall), counts, rounding, budget);
  }

  private void end(ResultFigure overall, MetCounts counts, @Nullable RoundingPolicy rounding, Optional<ResultBudget> budget)
      throws IOException {
    expect(State.REPORT, "end");
    out.endArray();
    out.name("overall");
    out.beginObject();
    figureFields(overall);
    out.endObject();
    out.name("counts");
    countsObject(counts, rounding);
    if (budget.isPresent()) {
      budget(budget.get());
    }
    out.endObject();
    state = State.DONE;
  }

  private void countsObject(MetCounts counts) throws IOException {
    countsObject(counts, null);
  }

  /** The counts, and the achievement rate rounded under {@code rounding} when given. */
  private void countsObject(MetCounts counts, @Nullable RoundingPolicy rounding) throws IOException {
    out.beginObject();
    count("total", counts.total());
    count("met", counts.met());
    count("notMet", counts.notMet());
    count("above", counts.above());
    count("equal", counts.equal());
    count("below", counts.below());
    count("notAvailable", counts.notAvailable());
    count("undefined", counts.undefined());
    if (rounding != null) {
      nullable("achievementRate", counts.rate(rounding).map(BigDecimal::toPlainString).orElse(null));
    }
    if (detailed) {
      explanation("statement", Optional.of(counts.statement(ID)), Optional.of(counts.statement(Locale.ENGLISH)));
    }
    out.endObject();
  }

  private void budget(ResultBudget b) throws IOException {
    out.name("budget");
    out.beginObject();
    if (b.pagu().isPresent()) {
      field("pagu", b.pagu().get().toPlainString());
    }
    if (b.realisasi().isPresent()) {
      field("realisasi", b.realisasi().get().toPlainString());
    }
    nullable("absorption", b.absorption().map(BigDecimal::toPlainString).orElse(null));
    nullable("efficiencyGap", b.efficiencyGap().map(BigDecimal::toPlainString).orElse(null));
    out.name("efficient");
    if (b.efficient().isPresent()) {
      out.bool(b.efficient().get());
    } else {
      out.nullValue();
    }
    if (b.efficiencyIndex().isPresent()) {
      field("efficiencyIndex", b.efficiencyIndex().get().toPlainString());
    }
    if (!b.lines().isEmpty()) {
      out.name("lines");
      out.beginArray();
      for (ResultBudget.Line l : b.lines()) {
        out.beginObject();
        field("code", l.code());
        field("name", l.name());
        if (l.goal().isPresent()) {
          field("goal", l.goal().get());
        }
        if (l.initialPagu().isPresent()) {
          field("paguAwal", l.initialPagu().get().toPlainString());
        }
        field("pagu", l.pagu().toPlainString());
        field("realisasi", l.realisasi().toPlainString());
        nullable("absorption", l.absorption().map(BigDecimal::toPlainString).orElse(null));
        out.endObject();
      }
      out.endArray();
    }
    if (!b.goals().isEmpty()) {
      out.name("goals");
      out.beginArray();
      for (ResultBudget.GoalFigures g : b.goals()) {
        out.beginObject();
        field("code", g.code());
        nullable("absorption", g.absorption().map(BigDecimal::toPlainString).orElse(null));
        nullable("efficiencyGap", g.efficiencyGap().map(BigDecimal::toPlainString).orElse(null));
        nullable("efficiencyIndex", g.efficiencyIndex().map(BigDecimal::toPlainString).orElse(null));
        out.endObject();
      }
      out.endArray();
    }
    if (detailed) {
      if (b.absorptionExact().isPresent()) {
        field("absorptionExact", b.absorptionExact().get().toString());
      }
      if (b.efficiencyGapExact().isPresent()) {
        field("efficiencyGapExact", b.efficiencyGapExact().get().toString());
      }
      if (b.absorptionExplanation().isPresent()) {
        String[] e = b.absorptionExplanation().get();
        explanation("absorptionExplanation", Optional.of(e[0]), Optional.of(e[1]));
      }
      if (b.efficiencyGapExplanation().isPresent()) {
        String[] e = b.efficiencyGapExplanation().get();
        explanation("efficiencyGapExplanation", Optional.of(e[0]), Optional.of(e[1]));
      }
      if (b.efficiencyIndexExact().isPresent()) {
        field("efficiencyIndexExact", b.efficiencyIndexExact().get().toString());
      }
      if (b.efficiencyIndexExplanation().isPresent()) {
        String[] e = b.efficiencyIndexExplanation().get();
        explanation("efficiencyIndexExplanation", Optional.of(e[0]), Optional.of(e[1]));
      }
    }
    out.endObject();
  }

  private void figureFields(ResultFigure f) throws IOException {
    nullable("achievement", f.rounded().map(BigDecimal::toPlainString).orElse(null));
    if (detailed) {
      if (f.exact().isPresent()) {
        field("exact", f.exact().get().toString());
      }
      explanation("explanation", f.explanationId(), f.explanationEn());
    }
  }

  private void field(String name, String value) throws IOException {
    out.name(name);
    out.string(value);
  }

  private void strings(String name, java.util.List<String> values) throws IOException {
    out.name(name);
    out.beginArray();
    for (String v : values) {
      out.string(v);
    }
    out.endArray();
  }

  private void nullable(String name, @Nullable String value) throws IOException {
    out.name(name);
    if (value == null) {
      out.nullValue();
    } else {
      out.string(value);
    }
  }

  private void count(String name, int value) throws IOException {
    out.name(name);
    out.integer(value);
  }

  private void explanation(String name, Optional<String> id, Optional<String> en) throws IOException {
    if (id.isPresent() && en.isPresent()) {
      out.name(name);
      out.beginObject();
      field("id", id.get());
      field("en", en.get());
      out.endObject();
    }
  }
}
