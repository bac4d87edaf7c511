/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReadOptions;
import io.github.lakin.report.ReportRow;
import io.github.lakin.report.ReportSettings;
import io.github.lakin.report.SettingTexts;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Kebijakan dari opsi (policy from options): the report settings the command line names, which win
 * over the file's ({@link ReportSettings#overriddenBy}).
 */
final class Policies {
  private Policies() {}

  /**
   * Returns the settings the options name.
   *
   * @param cap {@code --cap}, or null
   * @param aggregate {@code --aggregate}: flat, goals or weighted, or null
   * @param scale {@code --scale}, or null
   * @param stage {@code --rounding-stage}: end or each-level, or null
   * @param rounding {@code --rounding}: half-up, down or half-even, or null
   * @param lowerFormula {@code --lower-formula}: inverse or inverse-ratio, or null
   * @param agreement the agreement, to resolve {@code weighted}; null when not read yet (then
   *     {@code weighted} is refused)
   * @return the settings the options name
   * @throws IllegalArgumentException for a value out of range or not one of the choices
   */
  static ReportSettings options(@Nullable BigDecimal cap, @Nullable String aggregate, @Nullable Integer scale,
      @Nullable String stage, @Nullable String rounding, @Nullable String lowerFormula, @Nullable PerformanceAgreement agreement) {
    Options.checkChoice("--aggregate", aggregate, "flat", "goals", "weighted");
    Options.checkChoice("--rounding-stage", stage, "end", "each-level");
    ReportSettings s = ReportSettings.none();
    if (cap != null) {
      if (cap.signum() <= 0) {
        throw new IllegalArgumentException("--cap must be above 0, but was " + cap.toPlainString());
      }
      s = s.withCap(cap);
    }
    if (aggregate != null) {
      switch (aggregate) {
        case "goals":
          s = s.withShape(AggregationShape.GOAL_MEANS);
          break;
        case "weighted":
          if (agreement == null) {
            throw new IllegalArgumentException("--aggregate weighted needs the agreement");
          }
          s = s.withShape(ReportSettings.weightedShape(agreement, "--aggregate weighted"));
          break;
        default:
          s = s.withShape(AggregationShape.FLAT);
      }
    }
    if (scale != null) {
      if (scale < 0 || scale > ReportSettings.MAX_SCALE) {
        throw new IllegalArgumentException("--scale must be from 0 to " + ReportSettings.MAX_SCALE + ", but was " + scale);
      }
      s = s.withScale(scale);
    }
    if (stage != null) {
      s = s.withRoundingStage(stage.equals("each-level") ? RoundingStage.EACH_LEVEL : RoundingStage.END);
    }
    if (lowerFormula != null) {
      s = s.withLowerIsBetterFormula(SettingTexts.lowerFormula(new ReportRow.Text(lowerFormula, TextLocation.of("option --lower-formula"))));
    }
    if (rounding != null) {
      s = s.withRoundingMode(SettingTexts.roundingMode(new ReportRow.Text(rounding, TextLocation.of("option --rounding"))));
    }
    return s;
  }

  /**
   * Returns the read options they state.
   *
   * @param year {@code --year}, or null
   * @param numberStyle {@code --number-style}, or null
   * @param encoding {@code --encoding}, or null
   * @return the read options they state
   */
  static ReadOptions read(@Nullable Integer year, @Nullable String numberStyle, @Nullable String encoding) {
    ReadOptions o = ReadOptions.none();
    if (encoding != null) {
      try {
        o = o.withEncoding(java.nio.charset.Charset.forName(encoding));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--encoding: unknown encoding " + encoding + "; write e.g. utf-8 or windows-1252");
      }
    }
    if (year != null) {
      if (year < 1900 || year > 2999) {
        throw new IllegalArgumentException("--year must be from 1900 to 2999, but was " + year);
      }
      o = o.withYear(year);
    }
    if (numberStyle != null) {
      o = o.withNumberStyle(SettingTexts.numberStyle(new ReportRow.Text(numberStyle, TextLocation.of("option --number-style"))));
    }
    return o;
  }

  /**
   * Returns the policy, named by its description in English.
   *
   * @param settings the settings
   * @param agreement the agreement scored (its lower-is-better indicators take the lower-is-better formula)
   * @return the policy, named by its description in English
   */
  static ReportPolicy policy(ReportSettings settings, PerformanceAgreement agreement) {
    ReportPolicy p = settings.policy(agreement);
    return ReportPolicy.builder().from(p).name(io.github.lakin.report.render.PolicyText.describe(p, Locale.ENGLISH)).build();
  }
}
