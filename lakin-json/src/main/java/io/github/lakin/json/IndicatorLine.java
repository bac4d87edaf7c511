/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.json;

import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Baris indikator (indicator line): one indicator of the result form {@code lakin-result/1}, as
 * plain values, for {@link ResultJsonWriter#indicator(IndicatorLine)}.
 *
 * <p>A line is mutable and reusable, so that a file of a million rows can be written without an
 * object per row: {@link #clear()} it, set the row's values, hand it to the writer, which copies
 * nothing and keeps nothing. {@link #of(IndicatorResult)} fills a new line from a scored report.
 * Not thread-safe.
 *
 * <pre>{@code
 * IndicatorLine line = new IndicatorLine();
 * for (Row row : rows) {
 *   line.clear().code(row.code()).name(row.name()).unit(row.unit())
 *       .target(row.target()).realisasi(row.realisasi())
 *       .achievement(row.rounded()).status(row.status()).met(row.met());
 *   writer.indicator(line);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IndicatorLine {
  private static final Locale ID = Locale.forLanguageTag("id");

  private String code = "";
  private String name = "";
  private String unit = "";
  private @Nullable Target target;
  private @Nullable String targetText;
  private @Nullable String realisasi;
  private @Nullable String realisasiText;
  private @Nullable BigDecimal achievement;
  private @Nullable BigDecimal raw;
  private Achievement.Status status = Achievement.Status.COMPUTED;
  private boolean met;
  private final Set<Achievement.Flag> flags = EnumSet.noneOf(Achievement.Flag.class);
  private @Nullable Rational exact;
  private @Nullable String explanationId;
  private @Nullable String explanationEn;
  private @Nullable String reason;
  private @Nullable String periodAsOf;
  private @Nullable String periodMode;
  private final java.util.List<String> periodsCounted = new java.util.ArrayList<>();
  private final java.util.List<String> periodsMissing = new java.util.ArrayList<>();
  private @Nullable String previous;
  private io.github.lakin.scoring.aggregate.Trend trend = io.github.lakin.scoring.aggregate.Trend.noComparison();

  /** Creates an empty line: every field empty, status {@code COMPUTED}, not met, no flags. */
  public IndicatorLine() {}

  /**
   * A line with every field of a scored indicator, the detailed ones ({@code exact}, {@code
   * explanation}) included: the writer leaves them out unless it is detailed.
   *
   * @param result an indicator's line of a scored report
   * @return a new line
   */
  public static IndicatorLine of(IndicatorResult result) {
    Achievement a = result.achievement();
    IndicatorLine line = new IndicatorLine()
        .code(result.indicator().code())
        .name(result.indicator().name())
        .unit(result.indicator().unit().label())
        .target(a.target())
        .achievement(a.rounded())
        .raw(a.roundedRaw())
        .status(a.status())
        .met(a.isMet());
    Realization r = a.realization();
    if (r.isAvailable()) {
      if (r.value().isPresent()) {
        line.realisasi(r.value().get());
      } else {
        line.realisasiCategory(r.category().orElse(""));
      }
    }
    for (Achievement.Flag f : a.flags()) {
      line.flag(f);
    }
    a.value().ifPresent(line::exact);
    a.reason().ifPresent(line::reason);
    return line.explanation(a.explain(ID), a.explain(Locale.ENGLISH));
  }

  /**
   * Empties the line for the next row.
   *
   * @return this line
   */
  public IndicatorLine clear() {
    code = "";
    name = "";
    unit = "";
    target = null;
    targetText = null;
    realisasi = null;
    realisasiText = null;
    achievement = null;
    raw = null;
    status = Achievement.Status.COMPUTED;
    met = false;
    flags.clear();
    exact = null;
    explanationId = null;
    explanationEn = null;
    reason = null;
    periodAsOf = null;
    periodMode = null;
    periodsCounted.clear();
    periodsMissing.clear();
    previous = null;
    trend = io.github.lakin.scoring.aggregate.Trend.noComparison();
    return this;
  }

  /**
   * The previous year's realisasi and the trend against it (the fields {@code previous} and
   * {@code trend}).
   *
   * @param value the previous year's realisasi, written as {@link #realisasi(Rational)} writes
   * @param trend the trend of this year's realisasi against it
   * @return this line
   */
  public IndicatorLine previous(Rational value, io.github.lakin.scoring.aggregate.Trend trend) {
    this.previous = value.toString();
    this.trend = java.util.Objects.requireNonNull(trend, "trend");
    return this;
  }

  /** Returns the previous year's realisasi, or null when the line has none. */
  public @Nullable String previous() {
    return previous;
  }

  /** Returns the trend against the previous year's realisasi. */
  public io.github.lakin.scoring.aggregate.Trend trend() {
    return trend;
  }

  /**
   * The periods behind a year-to-date capaian (written as the field {@code period}).
   *
   * @param asOf the last period counted, e.g. {@code "TW II 2024"}
   * @param consolidation how the periods were consolidated, e.g. {@code "SUM"}
   * @param counted the periods counted, earliest first
   * @param missing the periods counted that have no realisasi yet
   * @return this line
   */
  public IndicatorLine period(String asOf, String consolidation, java.util.List<String> counted, java.util.List<String> missing) {
    this.periodAsOf = asOf;
    this.periodMode = consolidation;
    periodsCounted.clear();
    periodsCounted.addAll(counted);
    periodsMissing.clear();
    periodsMissing.addAll(missing);
    return this;
  }

  @Nullable String periodAsOf() {
    return periodAsOf;
  }

  @Nullable String periodMode() {
    return periodMode;
  }

  java.util.List<String> periodsCounted() {
    return periodsCounted;
  }

  java.util.List<String> periodsMissing() {
    return periodsMissing;
  }

  /**
   * Returns this line.
   *
   * @param code the indicator's code, e.g. {@code "1.1"}
   * @return this line
   */
  public IndicatorLine code(String code) {
    this.code = code;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param name the indicator's name
   * @return this line
   */
  public IndicatorLine name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param unit the label of its unit of measure, e.g. {@code "%"} or {@code "indeks"}
   * @return this line
   */
  public IndicatorLine unit(String unit) {
    this.unit = unit;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param target the target: written as its exact decimal string for an exact target, else as
   *     the model's target object
   * @return this line
   */
  public IndicatorLine target(Target target) {
    this.target = target;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param target an exact target value
   * @return this line
   */
  public IndicatorLine target(BigDecimal target) {
    return target(Target.exact(target));
  }

  /**
   * Returns this line.
   *
   * @param text the target's cell as the report printed it, e.g. {@code "69"} or {@code "≤ 10 hari"}
   * @return this line
   */
  public IndicatorLine targetText(String text) {
    this.targetText = text;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param value the exact realisasi, written without trailing zeros ({@code 95.50} as {@code "95.5"}),
   *     as a scored report writes it
   * @return this line
   */
  public IndicatorLine realisasi(BigDecimal value) {
    return realisasi(Rational.of(value));
  }

  /**
   * Returns this line.
   *
   * @param value the exact realisasi, written as a decimal when it terminates, else as {@code "n/d"}
   * @return this line
   */
  public IndicatorLine realisasi(Rational value) {
    this.realisasi = value.toString();
    return this;
  }

  /**
   * Returns this line.
   *
   * @param category a categorical realisasi, e.g. {@code "WTP"}
   * @return this line
   */
  public IndicatorLine realisasiCategory(String category) {
    this.realisasi = category;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param text the realisasi's cell as the report printed it, e.g. {@code "82,96*"}
   * @return this line
   */
  public IndicatorLine realisasiText(String text) {
    this.realisasiText = text;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param rounded the capaian after cap and floor, rounded once at the policy's scale; empty when none
   * @return this line
   */
  public IndicatorLine achievement(Optional<BigDecimal> rounded) {
    this.achievement = rounded.orElse(null);
    return this;
  }

  /**
   * Returns this line.
   *
   * @param rounded the capaian before cap and floor, rounded the same way; written only when it
   *     differs from the achievement
   * @return this line
   */
  public IndicatorLine raw(Optional<BigDecimal> rounded) {
    this.raw = rounded.orElse(null);
    return this;
  }

  /**
   * Returns this line.
   *
   * @param status the status
   * @return this line
   */
  public IndicatorLine status(Achievement.Status status) {
    this.status = status;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param met whether the target was met (false when not computed)
   * @return this line
   */
  public IndicatorLine met(boolean met) {
    this.met = met;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param flag a flag to set ({@code CAPPED}, {@code FLOORED}, {@code BY_RULE}, {@code PROVISIONAL})
   * @return this line
   */
  public IndicatorLine flag(Achievement.Flag flag) {
    flags.add(flag);
    return this;
  }

  /**
   * Returns this line.
   *
   * @param value the exact capaian after cap and floor (written in the detailed mode)
   * @return this line
   */
  public IndicatorLine exact(Rational value) {
    this.exact = value;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param indonesian the derivation in Indonesian (written in the detailed mode)
   * @param english the derivation in English
   * @return this line
   */
  public IndicatorLine explanation(String indonesian, String english) {
    this.explanationId = indonesian;
    this.explanationEn = english;
    return this;
  }

  /**
   * Returns this line.
   *
   * @param why why the capaian is undefined or not available (written in the detailed mode)
   * @return this line
   */
  public IndicatorLine reason(String why) {
    this.reason = why;
    return this;
  }

  @Nullable String reason() {
    return reason;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  String unit() {
    return unit;
  }

  @Nullable Target target() {
    return target;
  }

  @Nullable String targetText() {
    return targetText;
  }

  @Nullable String realisasi() {
    return realisasi;
  }

  @Nullable String realisasiText() {
    return realisasiText;
  }

  @Nullable BigDecimal achievement() {
    return achievement;
  }

  @Nullable BigDecimal raw() {
    return raw;
  }

  Achievement.Status status() {
    return status;
  }

  boolean met() {
    return met;
  }

  Set<Achievement.Flag> flags() {
    return flags;
  }

  @Nullable Rational exact() {
    return exact;
  }

  @Nullable String explanationId() {
    return explanationId;
  }

  @Nullable String explanationEn() {
    return explanationEn;
  }
}
