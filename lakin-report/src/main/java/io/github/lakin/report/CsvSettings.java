/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.scoring.aggregate.AggregationShape;
import java.util.Map;
import java.util.Optional;

/**
 * What a CSV report states about itself in its header lines ({@code # year: 2023}), joined with
 * what the caller states ({@link ReadOptions}): the year (never a default), the unit, the number
 * style and the report settings. A value stated both ways must agree.
 */
final class CsvSettings {
  final int year;
  final OrgUnit unit;
  final NumberStyle style;
  private final ReportSettings named;
  private final Optional<Text> weighted;
  /** The as-of period the file states ({@code # as-of: TW II 2024}). */
  final Optional<io.github.lakin.core.Period> asOf;

  private CsvSettings(int year, OrgUnit unit, NumberStyle style, ReportSettings named, Optional<Text> weighted,
      Optional<io.github.lakin.core.Period> asOf) {
    this.asOf = asOf;
    this.year = year;
    this.unit = unit;
    this.style = style;
    this.named = named;
    this.weighted = weighted;
  }

  static CsvSettings of(String source, Map<String, Text> lines, ReadOptions options, OrgUnit fileUnit) {
    Text schema = lines.get("schema");
    if (schema != null && !schema.value().equals(JsonReportReader.SCHEMA) && !schema.value().equals(JsonReportReader.SCHEMA_2)) {
      throw new InvalidTextException(schema.value(), schema.location(), "the schema",
          "it must be " + JsonReportReader.SCHEMA_2 + " (or " + JsonReportReader.SCHEMA + ")");
    }
    Text y = lines.get("year");
    int year;
    if (y != null) {
      year = SettingTexts.year(y);
      if (options.year().isPresent() && options.year().getAsInt() != year) {
        throw new InvalidTextException(y.value(), y.location(), "the report year",
            "the file states " + year + " but " + options.year().getAsInt() + " was given (--year); leave one out");
      }
    } else if (options.year().isPresent()) {
      year = options.year().getAsInt();
    } else {
      throw new InvalidTextException("", TextLocation.of(source, 1, 1), "the report year",
          "the file does not state its year: add the line '# year: 2023' above the header, or give the year (--year 2023)");
    }
    Text st = lines.get("number-style");
    NumberStyle style = options.numberStyle().orElse(NumberStyle.MIXED);
    if (st != null) {
      NumberStyle stated = SettingTexts.numberStyle(st);
      if (options.numberStyle().isPresent() && options.numberStyle().get() != stated) {
        throw new InvalidTextException(st.value(), st.location(), "the number style",
            "the file states " + stated.name().toLowerCase(java.util.Locale.ROOT) + " but "
                + options.numberStyle().get().name().toLowerCase(java.util.Locale.ROOT) + " was given (--number-style); leave one out");
      }
      style = stated;
    }
    Text code = lines.get("unit-code");
    Text name = lines.get("unit-name");
    OrgUnit unit = fileUnit;
    Text named = code != null ? code : name;
    if (named != null) {
      String c = code != null ? code.value() : named.value();
      String n = name != null ? name.value() : named.value();
      Text at = named;
      if (c.isBlank() || n.isBlank()) {
        throw new InvalidTextException("", at.location(), "the unit", "write its code and name, e.g. '# unit-code: BIRO-REN'");
      }
      unit = OrgUnit.of(c, n, OrgLevel.ESELON_II);
    }
    ReportSettings s = ReportSettings.none();
    Text preset = lines.get("preset");
    if (preset != null) {
      s = s.withPreset(SettingTexts.preset(preset));
    }
    Text cap = lines.get("cap");
    if (cap != null) {
      s = s.withCap(SettingTexts.cap(cap));
    }
    Optional<Text> weighted = Optional.empty();
    Text aggregate = lines.get("aggregate");
    if (aggregate != null) {
      Optional<AggregationShape> shape = SettingTexts.aggregate(aggregate);
      if (shape.isPresent()) {
        s = s.withShape(shape.get());
      } else {
        weighted = Optional.of(aggregate);
      }
    }
    Text scale = lines.get("scale");
    if (scale != null) {
      s = s.withScale(SettingTexts.scale(scale));
    }
    Text rounding = lines.get("rounding");
    if (rounding != null) {
      s = s.withRoundingMode(SettingTexts.roundingMode(rounding));
    }
    Text lower = lines.get("lower-formula");
    if (lower != null) {
      s = s.withLowerIsBetterFormula(SettingTexts.lowerFormula(lower));
    }
    Text stage = lines.get("rounding-stage");
    if (stage != null) {
      s = s.withRoundingStage(SettingTexts.roundingStage(stage));
    }
    s = SettingTexts.rules(s, lines.get("zero-target"), lines.get("provisional"), lines.get("missing"));
    s = SettingTexts.negativeTarget(s, lines.get("negative-target"));
    Text asOf = lines.get("as-of");
    return new CsvSettings(year, unit, style, s, weighted,
        asOf == null ? Optional.empty() : Optional.of(SettingTexts.asOf(asOf, year)));
  }

  /** Returns the settings the file names, before the agreement resolves {@code weighted}. */
  ReportSettings named() {
    return named;
  }

  /** Returns whether the file asks for a weighted mean (which only the agreement resolves). */
  boolean weighted() {
    return weighted.isPresent();
  }

  /** The settings the file names, {@code weighted} resolved against the agreement. */
  ReportSettings settings(PerformanceAgreement pk) {
    if (weighted.isEmpty()) {
      return named;
    }
    try {
      return named.withShape(ReportSettings.weightedShape(pk, "aggregate: weighted"));
    } catch (IllegalArgumentException e) {
      Text w = weighted.get();
      throw new InvalidTextException(w.value(), w.location(), "the aggregation", "the file gives no indicator or goal weight");
    }
  }
}
