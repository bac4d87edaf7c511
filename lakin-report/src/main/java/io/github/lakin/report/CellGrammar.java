/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.text.ColumnKind;
import io.github.lakin.core.text.NumberParser;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.core.text.TargetParser;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Tata bahasa sel (cell grammar) of one report file: which parser reads each numeric cell, from the
 * file's number style and the indicator's unit. In the default {@link NumberStyle#MIXED} style a
 * count unit reads {@code 1.250} as 1250, a percent or index unit as 1,25, and a cell that nothing
 * settles is an error naming both readings.
 */
final class CellGrammar {
  static final CellGrammar MIXED = new CellGrammar(NumberStyle.MIXED);

  private final NumberStyle style;
  private final NumberParser undecided;
  private final NumberParser measure;
  private final NumberParser money;

  CellGrammar(NumberStyle style) {
    this.style = style;
    this.undecided = NumberParser.of(style, ColumnKind.UNDECIDED);
    this.measure = NumberParser.of(style, ColumnKind.MEASURE);
    this.money = NumberParser.of(style, ColumnKind.MONEY);
  }

  NumberStyle style() {
    return style;
  }

  /** Returns the parser for a cell of an indicator with this unit (null: no unit stated). */
  NumberParser forUnit(@Nullable MeasureUnit unit) {
    if (unit == null) {
      return undecided;
    }
    ColumnKind k = ColumnKind.of(unit).orElse(ColumnKind.UNDECIDED);
    return k == ColumnKind.MEASURE ? measure : k == ColumnKind.MONEY ? money : k == ColumnKind.UNDECIDED ? undecided
        : NumberParser.of(style, k);
  }

  /** Returns the target parser for an indicator with this unit column (null: empty). */
  TargetParser targets(@Nullable MeasureUnit unit) {
    return TargetParser.of(forUnit(unit));
  }

  /** Returns the parser of printed capaian figures (percentages). */
  NumberParser capaian() {
    return measure;
  }

  /** Returns the parser of weights, which no unit settles. */
  NumberParser weights() {
    return undecided;
  }

  /**
   * A number a file stores as a number (a JSON number, a numeric workbook cell) written as a cell
   * text that this grammar reads as exactly that number: no thousands separator, the style's
   * decimal separator, and never three digits after a lone separator (a stored number is never
   * ambiguous: {@code 123.456} must not become 123456). The one rule for every reader that gets
   * numbers rather than text.
   *
   * @param value the stored number, exact
   * @return its cell text, e.g. {@code 69,31} ({@code 69.31} in the English style)
   */
  String numberText(BigDecimal value) {
    String plain = value.toPlainString();
    int dot = plain.indexOf('.');
    if (dot < 0) {
      return plain;
    }
    if (plain.length() - dot - 1 == 3) {
      plain = plain + "0";
    }
    return style == NumberStyle.ENGLISH ? plain : plain.replace('.', ',');
  }

  private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile(
      "(?:^|[\\s/])(?:per\\s*|/\\s*)(\\d[\\d.,]*\\d|\\d)", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The base of a rate unit: 100000 for {@code per 100.000 KH} or {@code /100.000 penduduk}.
   *
   * @param unit the indicator's unit, or null
   * @return the base; empty when the unit is no rate
   */
  static java.util.Optional<Long> rateBase(@Nullable MeasureUnit unit) {
    if (unit == null) {
      return java.util.Optional.empty();
    }
    java.util.regex.Matcher m = RATE.matcher(unit.label());
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    try {
      BigDecimal base = NumberParser.of(NumberStyle.MIXED, ColumnKind.COUNT).parseNumber(m.group(1),
          io.github.lakin.core.text.TextLocation.of("unit"));
      return base.signum() > 0 ? java.util.Optional.of(base.longValueExact()) : java.util.Optional.empty();
    } catch (io.github.lakin.core.text.InvalidTextException | ArithmeticException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The one rule for a cell written {@code n/T} or {@code n dari T} in any numeric column (target,
   * realisasi, a figure printed elsewhere): the indicator's unit decides between counts (n / T ×
   * 100 percent, an exact fraction) and a rate written with its base ({@code 186/100.000} in a unit
   * {@code per 100.000 KH} is 186). A rate unit whose base is not T, or a total that is a power of
   * ten from 1000 under a unit that is neither percent nor a rate, settles nothing: an error at the
   * cell with both readings.
   *
   * @param counts the cell's n and T
   * @param unit the indicator's unit, or null when none is stated
   * @param cell the cell, for the error
   * @param what what the cell is, for the error, e.g. "the target of indicator 1.1"
   * @return the rate n when the unit is a rate per T; empty when the cell states counts
   * @throws io.github.lakin.core.text.InvalidTextException when the unit does not settle it
   */
  java.util.Optional<BigDecimal> rateOrCounts(io.github.lakin.core.Realization.Counts counts, @Nullable MeasureUnit unit,
      ReportRow.Text cell, String what) {
    java.util.Optional<Long> base = rateBase(unit);
    String both = "it reads as the counts " + counts.n() + " of " + counts.total() + " (" + counts.percent().round(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString() + "%) or as the rate " + counts.n() + " per " + counts.total();
    if (base.isPresent()) {
      if (base.get() == counts.total()) {
        return java.util.Optional.of(BigDecimal.valueOf(counts.n()));
      }
      throw new io.github.lakin.core.text.InvalidTextException(cell.value(), cell.location(), what, both + ", but the unit "
          + (unit == null ? "" : unit.label()) + " is a rate per " + base.get() + ": write the rate per " + base.get() + ", or give the unit % for counts");
    }
    boolean percent = unit != null && unit.kind() == MeasureUnit.Kind.PERCENT;
    if (!percent && powerOfTen(counts.total())) {
      throw new io.github.lakin.core.text.InvalidTextException(cell.value(), cell.location(), what, both + ", and "
          + (unit == null ? "no unit" : "the unit " + unit.label()) + " says which: give the unit % for counts, or a rate unit such as"
          + " 'per " + counts.total() + " penduduk' for a rate");
    }
    return java.util.Optional.empty();
  }

  private static boolean powerOfTen(long total) {
    if (total < 1000) {
      return false;
    }
    long t = total;
    while (t % 10 == 0) {
      t /= 10;
    }
    return t == 1;
  }

  /** Returns the parser of Rupiah amounts. */
  NumberParser money() {
    return money;
  }
}
