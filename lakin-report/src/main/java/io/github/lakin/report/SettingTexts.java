/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.text.ColumnKind;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberParser;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Teks pengaturan (setting texts): how a report setting is written — the same words in a CSV
 * header line ({@code # rounding: down}), a JSON field ({@code "rounding": "down"}) and a command
 * option ({@code --rounding down}) — read once, here. Every error names where the text stands.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class SettingTexts {
  private SettingTexts() {}

  /** The setting names of a CSV header line, in the order docs/report-format.md lists them. */
  static final java.util.List<String> CSV_KEYS = java.util.List.of("schema", "year", "unit-code", "unit-name", "number-style",
      "cap", "aggregate", "scale", "rounding", "rounding-stage", "lower-formula", "zero-target", "provisional", "missing", "as-of", "preset",
      "negative-target");

  /**
   * Records one stated setting (a CSV header line, a row of a workbook's settings sheet): the key
   * must be one of {@link #CSV_KEYS}, each at most once.
   *
   * @param settings the settings so far, by lower-case key
   * @param key the key as written, with its place
   * @param value the value, with its place
   * @param hint what to write instead of an unknown key
   * @throws InvalidTextException for an unknown key or a key stated twice
   */
  static void put(java.util.Map<String, Text> settings, Text key, Text value, String hint) {
    String k = key.value().strip().toLowerCase(Locale.ROOT);
    if (!CSV_KEYS.contains(k)) {
      throw new InvalidTextException(key.value(), key.location(), "a report setting", hint);
    }
    Text before = settings.putIfAbsent(k, value);
    if (before != null) {
      throw new InvalidTextException(value.value(), value.location(), "the setting " + k, "it is set twice (first at "
          + (before.location().line().isPresent() ? "line " + before.location().line().getAsInt() : before.location().toString()) + ")");
    }
  }

  /**
   * Returns the number style.
   *
   * @param t {@code indonesian}, {@code english} or {@code mixed}
   * @return the number style
   * @throws InvalidTextException otherwise, at the text
   */
  public static NumberStyle numberStyle(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "indonesian":
      case "indonesia":
      case "id":
        return NumberStyle.INDONESIAN;
      case "english":
      case "en":
        return NumberStyle.ENGLISH;
      case "mixed":
        return NumberStyle.MIXED;
      default:
        throw new InvalidTextException(t.value(), t.location(), "the number style",
            "write indonesian (1.250 is 1250, 69,31 is 69.31), english (1,250 is 1250, 69.31) or mixed");
    }
  }

  /**
   * Returns the rounding mode.
   *
   * @param t {@code half-up}, {@code down} (truncation, {@code potong}) or {@code half-even}
   * @return the rounding mode
   * @throws InvalidTextException otherwise, at the text
   */
  public static RoundingMode roundingMode(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "half-up":
      case "half_up":
        return RoundingMode.HALF_UP;
      case "down":
      case "truncate":
      case "potong":
        return RoundingMode.DOWN;
      case "half-even":
      case "half_even":
        return RoundingMode.HALF_EVEN;
      default:
        throw new InvalidTextException(t.value(), t.location(), "the rounding mode",
            "write half-up (the default), down (truncation: 139,7384 shows 139,73) or half-even");
    }
  }

  /**
   * Returns the rounding stage.
   *
   * @param t {@code end} or {@code each-level}
   * @return the rounding stage
   * @throws InvalidTextException otherwise, at the text
   */
  public static RoundingStage roundingStage(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "end":
        return RoundingStage.END;
      case "each-level":
        return RoundingStage.EACH_LEVEL;
      default:
        throw new InvalidTextException(t.value(), t.location(), "the rounding stage",
            "write end (average the exact values, round once) or each-level (round each figure, then average the rounded figures)");
    }
  }

  /**
   * Returns the shape, or empty for {@code weighted}, which the agreement's weights resolve.
   *
   * @param t {@code flat}, {@code goals} or {@code weighted}
   * @return the shape, or empty for {@code weighted}, which the agreement's weights resolve
   * @throws InvalidTextException otherwise, at the text
   */
  public static Optional<AggregationShape> aggregate(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "flat":
        return Optional.of(AggregationShape.FLAT);
      case "goals":
        return Optional.of(AggregationShape.GOAL_MEANS);
      case "weighted":
        return Optional.empty();
      default:
        throw new InvalidTextException(t.value(), t.location(), "the aggregation",
            "write flat (mean of all indicators), goals (mean of the goal means) or weighted");
    }
  }

  /**
   * Returns the cap in percent.
   *
   * @param t a number above 0, e.g. {@code 120}
   * @return the cap in percent
   * @throws InvalidTextException otherwise, at the text
   */
  public static BigDecimal cap(Text t) {
    BigDecimal cap = NumberParser.of(NumberStyle.MIXED, ColumnKind.MEASURE).parseNumber(t.value(), t.location());
    if (cap.signum() <= 0) {
      throw new InvalidTextException(t.value(), t.location(), "the cap", "it must be above 0, e.g. 120");
    }
    return cap;
  }

  /**
   * Returns the rounding scale.
   *
   * @param t a whole number from 0 to {@value ReportSettings#MAX_SCALE}
   * @return the rounding scale
   * @throws InvalidTextException otherwise, at the text
   */
  public static int scale(Text t) {
    String v = t.value();
    if (v.isEmpty() || v.length() > 2 || !v.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(v) > ReportSettings.MAX_SCALE) {
      throw new InvalidTextException(v, t.location(), "the rounding scale", "it must be a whole number from 0 to " + ReportSettings.MAX_SCALE);
    }
    return Integer.parseInt(v);
  }

  /**
   * The formula of one indicator (CSV column {@code formula}, JSON field {@code formula}).
   *
   * @param t {@code ratio} (r / t × 100), {@code inverse} ((2 − r / t) × 100), {@code inverse-ratio}
   *     (t / r × 100), {@code closeness} ((1 − |1 − r / t|) × 100), {@code reduction} (from the
   *     indicator's baseline), {@code categorical} or {@code ordinal} (score(r) / t × 100 on the indicator's scale)
   * @param indicator the indicator it is for: its target must be exact, or a category for
   *     {@code categorical}, and {@code reduction} needs a baseline
   * @return the strategy
   * @throws InvalidTextException for another word, or a formula the target kind cannot take
   */
  public static io.github.lakin.scoring.ScoringStrategy formula(Text t, io.github.lakin.core.Indicator indicator) {
    String w = t.value().toLowerCase(Locale.ROOT);
    boolean exact = indicator.target() instanceof io.github.lakin.core.ExactTarget;
    boolean category = indicator.target() instanceof io.github.lakin.core.CategoricalTarget;
    io.github.lakin.scoring.ScoringStrategy s;
    switch (w) {
      case "ratio":
        s = io.github.lakin.scoring.ScoringStrategy.ratio();
        break;
      case "inverse":
        s = io.github.lakin.scoring.ScoringStrategy.inverse();
        break;
      case "inverse-ratio":
        s = io.github.lakin.scoring.ScoringStrategy.inverseRatio();
        break;
      case "closeness":
        s = io.github.lakin.scoring.ScoringStrategy.closeness();
        break;
      case "reduction":
        if (indicator.baseline().isEmpty()) {
          throw new InvalidTextException(t.value(), t.location(), "the formula of indicator " + indicator.code(),
              "reduction is (baseline − r) / (baseline − t) × 100 and needs the indicator's baseline (column baseline)");
        }
        s = io.github.lakin.scoring.ScoringStrategy.reductionFromBaseline();
        break;
      case "ordinal":
        if (!category && indicator.ordinalScale().isEmpty()) {
          throw new InvalidTextException(t.value(), t.location(), "the formula of indicator " + indicator.code(),
              "ordinal needs an ordinal scale (column ordinal-scale, e.g. opini-bpk)");
        }
        return io.github.lakin.scoring.ScoringStrategy.ordinal();
      case "categorical":
        if (!category) {
          throw new InvalidTextException(t.value(), t.location(), "the formula of indicator " + indicator.code(),
              "categorical needs a category target such as WTP");
        }
        return io.github.lakin.scoring.ScoringStrategy.categorical();
      default:
        throw new InvalidTextException(t.value(), t.location(), "a formula",
            "write ratio, inverse (2 − r/t), inverse-ratio (t/r), closeness, reduction, categorical or ordinal");
    }
    if (!exact) {
      throw new InvalidTextException(t.value(), t.location(), "the formula of indicator " + indicator.code(),
          w + " needs an exact target, but the target is " + indicator.target());
    }
    return s;
  }

  /**
   * Returns the formula of lower-is-better indicators.
   *
   * @param t {@code inverse} ((2 − r / t) × 100, the standard) or {@code inverse-ratio} (t / r × 100)
   * @return the formula of lower-is-better indicators
   * @throws InvalidTextException otherwise
   */
  public static io.github.lakin.scoring.ScoringStrategy lowerFormula(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "inverse":
        return io.github.lakin.scoring.ScoringStrategy.inverse();
      case "inverse-ratio":
        return io.github.lakin.scoring.ScoringStrategy.inverseRatio();
      default:
        throw new InvalidTextException(t.value(), t.location(), "the lower-is-better formula",
            "write inverse ((2 − r/t) × 100, the standard) or inverse-ratio (t/r × 100)");
    }
  }

  /**
   * Returns the compatibility preset a text names.
   *
   * @param t a compatibility preset's name, e.g. {@code wp-eval-sakip} (docs/presets.md)
   * @return the preset
   * @throws InvalidTextException naming every preset, when there is none of that name
   */
  public static io.github.lakin.scoring.aggregate.Preset preset(Text t) {
    try {
      return io.github.lakin.scoring.aggregate.Preset.byId(t.value());
    } catch (IllegalArgumentException e) {
      throw new InvalidTextException(t.value(), t.location(), "the preset",
          "write one of " + io.github.lakin.scoring.aggregate.Preset.ids());
    }
  }

  /**
   * The zero-target rule (DOMAIN §3): what a capaian is when the target is 0.
   *
   * @param t {@code default} (realisasi 0 gives 100, any other realisasi undefined), or two words:
   *     the capaian when target and realisasi are both 0, then the capaian when only the target is
   *     0, each a number of 0 or more or {@code undefined} ({@code tidak-terdefinisi}), e.g.
   *     {@code 100 0} or {@code undefined undefined}; the second may instead be {@code r×A+B} (or
   *     {@code r*A+B}): the capaian r × A + B, e.g. {@code 100 r×100+100} (target 0, realisasi 2 → 300)
   * @return the rule
   * @throws InvalidTextException otherwise, at the text
   */
  public static io.github.lakin.scoring.ZeroTargetRule zeroTarget(Text t) {
    String v = t.value().strip();
    if (v.equalsIgnoreCase("default") || v.equalsIgnoreCase("bawaan")) {
      return io.github.lakin.scoring.ZeroTargetRule.defaults();
    }
    String[] words = v.split("\\s+", -1);
    if (words.length != 2) {
      throw new InvalidTextException(t.value(), t.location(), "the zero-target rule", ZERO_TARGET_HINT);
    }
    java.util.regex.Matcher f = ZERO_TARGET_FUNCTION.matcher(words[1]);
    if (f.matches()) {
      return io.github.lakin.scoring.ZeroTargetRule.realizationLinear(zeroTargetCase(words[0], t),
          zeroTargetNumber(f.group(1), t), zeroTargetNumber(f.group(2), t));
    }
    return io.github.lakin.scoring.ZeroTargetRule.of(zeroTargetCase(words[0], t), zeroTargetCase(words[1], t));
  }

  /** {@code r×100+100} (or {@code r*100+100}): the capaian r × slope + offset when only the target is 0. */
  private static final java.util.regex.Pattern ZERO_TARGET_FUNCTION =
      java.util.regex.Pattern.compile("(?i)r[×*xX]([0-9][0-9.,]*)\\+([0-9][0-9.,]*)");

  private static BigDecimal zeroTargetNumber(String word, Text t) {
    try {
      return NumberParser.of(NumberStyle.MIXED, ColumnKind.MEASURE).parseNumber(word, t.location());
    } catch (InvalidTextException e) {
      throw new InvalidTextException(t.value(), t.location(), "the zero-target rule", ZERO_TARGET_HINT);
    }
  }

  private static final String ZERO_TARGET_HINT = "write default, or two values: the capaian when target and realisasi are both 0,"
      + " then when only the target is 0, each a number of 0 or more or undefined (e.g. '100 0' or '100 undefined'); the second may be a function of the realisasi,"
      + " r×100+100 (target 0, realisasi 2 → 300)";

  private static Optional<BigDecimal> zeroTargetCase(String word, Text t) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("undefined") || w.equals("tidak-terdefinisi")) {
      return Optional.empty();
    }
    BigDecimal n;
    try {
      n = NumberParser.of(NumberStyle.MIXED, ColumnKind.MEASURE).parseNumber(word, t.location());
    } catch (InvalidTextException e) {
      throw new InvalidTextException(t.value(), t.location(), "the zero-target rule", ZERO_TARGET_HINT);
    }
    if (n.signum() < 0) {
      throw new InvalidTextException(t.value(), t.location(), "the zero-target rule", "a capaian must be 0 or more, but " + word + " is not");
    }
    return Optional.of(n);
  }

  /**
   * Returns the rule for provisional values.
   *
   * @param t {@code include} ({@code sertakan}: in the means, flagged; the default), {@code exclude}
   *     ({@code keluarkan}: left out of the means and listed) or {@code fail} ({@code tolak}: no
   *     mean while any value is provisional)
   * @return the rule for provisional values
   * @throws InvalidTextException otherwise, at the text
   */
  public static io.github.lakin.scoring.aggregate.ProvisionalRule provisional(Text t) {
    switch (t.value().strip().toLowerCase(Locale.ROOT)) {
      case "include":
      case "sertakan":
        return io.github.lakin.scoring.aggregate.ProvisionalRule.INCLUDE_AND_FLAG;
      case "exclude":
      case "keluarkan":
        return io.github.lakin.scoring.aggregate.ProvisionalRule.EXCLUDE;
      case "fail":
      case "tolak":
        return io.github.lakin.scoring.aggregate.ProvisionalRule.FAIL;
      default:
        throw new InvalidTextException(t.value(), t.location(), "the rule for provisional values",
            "write include (in the means, flagged; the default), exclude (left out of the means) or fail");
    }
  }

  /**
   * Returns the rule for indicators without a capaian.
   *
   * @param t {@code exclude} ({@code keluarkan}: left out of the means and listed; the default) or
   *     {@code fail} ({@code tolak}: no mean while any indicator has no capaian)
   * @return the rule for indicators without a capaian
   * @throws InvalidTextException otherwise, at the text
   */
  public static io.github.lakin.scoring.aggregate.MissingRule missing(Text t) {
    switch (t.value().strip().toLowerCase(Locale.ROOT)) {
      case "exclude":
      case "keluarkan":
        return io.github.lakin.scoring.aggregate.MissingRule.EXCLUDE_AND_FLAG;
      case "fail":
      case "tolak":
        return io.github.lakin.scoring.aggregate.MissingRule.FAIL;
      default:
        throw new InvalidTextException(t.value(), t.location(), "the rule for missing values",
            "write exclude (left out of the means, listed; the default) or fail");
    }
  }

  /**
   * Applies the zero-target, provisional and missing settings of a file or a command line, each
   * when given: the one place CSV header lines, a workbook's settings sheet, a JSON policy and the
   * command's options read them.
   *
   * @param s the settings so far
   * @param zeroTarget the {@code zero-target} text, or null
   * @param provisional the {@code provisional} text, or null
   * @param missing the {@code missing} text, or null
   * @return the settings with those rules
   * @throws InvalidTextException for a value that is not one of the choices, at its text
   */
  public static ReportSettings rules(ReportSettings s, @Nullable Text zeroTarget, @Nullable Text provisional, @Nullable Text missing) {
    ReportSettings out = s;
    if (zeroTarget != null) {
      out = out.withZeroTarget(zeroTarget(zeroTarget));
    }
    if (provisional != null) {
      out = out.withProvisional(provisional(provisional));
    }
    if (missing != null) {
      out = out.withMissing(missing(missing));
    }
    return out;
  }

  /**
   * The ordinal scale of an indicator (column {@code ordinal-scale}, JSON field {@code ordinalScale}).
   *
   * @param t a built-in name, {@code opini-bpk} (TMP &lt; TW &lt; WDP &lt; WTP) or
   *     {@code predikat-sakip} (D &lt; C &lt; CC &lt; B &lt; BB &lt; A &lt; AA), or the codes from worst to
   *     best separated by {@code <}, e.g. {@code Kurang < Cukup < Baik}
   * @return the scale; a code's score is its position from 1
   * @throws InvalidTextException for one code alone, an empty code or a code given twice
   */
  public static io.github.lakin.core.OrdinalScale ordinalScale(Text t) {
    Optional<io.github.lakin.core.OrdinalScale> builtIn = io.github.lakin.core.OrdinalScale.builtIn(t.value());
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    String[] codes = t.value().split("<", -1);
    java.util.List<String> list = new java.util.ArrayList<>();
    for (String c : codes) {
      list.add(c.strip());
    }
    if (list.size() < 2) {
      throw new InvalidTextException(t.value(), t.location(), "an ordinal scale",
          "write opini-bpk, predikat-sakip, or the codes from worst to best separated by '<', e.g. TMP < TW < WDP < WTP");
    }
    try {
      return io.github.lakin.core.OrdinalScale.of(String.join(" < ", list), list);
    } catch (io.github.lakin.core.InvalidValueException e) {
      throw new InvalidTextException(t.value(), t.location(), "an ordinal scale",
          "each code must be written once (ignoring case) and none may be empty; " + e.getMessage());
    }
  }

  /**
   * The precision of an indicator (column {@code decimals}, JSON field {@code decimals}).
   *
   * @param t a whole number from 0 to 10
   * @return the most decimals a target or realisasi may have
   * @throws InvalidTextException otherwise
   */
  public static int decimals(Text t) {
    String v = t.value().strip();
    if (!v.matches("[0-9]{1,2}") || Integer.parseInt(v) > 10) {
      throw new InvalidTextException(t.value(), t.location(), "the decimals of an indicator",
          "write a whole number from 0 to 10: the most decimals its target and realisasi may have");
    }
    return Integer.parseInt(v);
  }

  /**
   * The negative-target rule ({@link io.github.lakin.scoring.NegativeTargetRule}).
   *
   * @param t {@code reject} ({@code tolak}, the default: a negative target is an error) or
   *     {@code deviation} ({@code selisih}: both negative, 100 ± (r − t) / |t| × 100 by polarity)
   * @return the rule
   * @throws InvalidTextException otherwise, at the text
   */
  public static io.github.lakin.scoring.NegativeTargetRule negativeTarget(Text t) {
    switch (t.value().strip().toLowerCase(Locale.ROOT)) {
      case "reject":
      case "tolak":
        return io.github.lakin.scoring.NegativeTargetRule.REJECT;
      case "deviation":
      case "selisih":
        return io.github.lakin.scoring.NegativeTargetRule.RELATIVE_DEVIATION;
      default:
        throw new InvalidTextException(t.value(), t.location(), "the negative-target rule",
            "write reject (a negative target is an error; the default) or deviation (100 ± (r − t) / |t| × 100 when both are negative)");
    }
  }

  /**
   * Returns the settings with the negative-target rule a text names.
   *
   * @param s the settings so far
   * @param negativeTarget the {@code negative-target} text, or null
   * @return the settings with that rule
   * @throws InvalidTextException for a value that is not one of the choices, at its text
   */
  public static ReportSettings negativeTarget(ReportSettings s, @Nullable Text negativeTarget) {
    return negativeTarget == null ? s : s.withNegativeTarget(negativeTarget(negativeTarget));
  }

  /**
   * Returns the flag.
   *
   * @param t {@code yes}, {@code ya} or {@code true}; empty, {@code no}, {@code tidak} or {@code false}
   * @return the flag
   * @throws InvalidTextException otherwise
   */
  public static boolean yes(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "":
      case "no":
      case "tidak":
      case "false":
        return false;
      case "yes":
      case "ya":
      case "true":
        return true;
      default:
        throw new InvalidTextException(t.value(), t.location(), "a yes/no value", "write yes (ya) or leave it empty");
    }
  }

  /**
   * The as-of period of a report ({@code # as-of: TW II 2024}, JSON {@code "asOf"}, option
   * {@code --as-of}): a quarter, semester, month or the year, with or without the year.
   *
   * @param t e.g. {@code TW II 2024}, {@code TW II}, {@code Juni 2024}, {@code Semester I}
   * @param year the report year
   * @return the period
   * @throws InvalidTextException when it is no period or lies in another year than the report
   */
  public static io.github.lakin.core.Period asOf(Text t, int year) {
    return PeriodRows.period(t, year, true);
  }

  /**
   * Returns the year.
   *
   * @param t a year from 1900 to 2999
   * @return the year
   * @throws InvalidTextException otherwise, at the text
   */
  public static int year(Text t) {
    String v = t.value();
    if (v.length() != 4 || !v.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(v) < 1900 || Integer.parseInt(v) > 2999) {
      throw new InvalidTextException(v, t.location(), "the report year", "it must be a year from 1900 to 2999, e.g. 2023");
    }
    return Integer.parseInt(v);
  }
}
