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

  /** @return the parser for a cell of an indicator with this unit (null: no unit stated) */
  NumberParser forUnit(@Nullable MeasureUnit unit) {
    if (unit == null) {
      return undecided;
    }
    ColumnKind k = ColumnKind.of(unit).orElse(ColumnKind.UNDECIDED);
    return k == ColumnKind.MEASURE ? measure : k == ColumnKind.MONEY ? money : k == ColumnKind.UNDECIDED ? undecided
        : NumberParser.of(style, k);
  }

  /** @return the target parser for an indicator with this unit column (null: empty) */
  TargetParser targets(@Nullable MeasureUnit unit) {
    return TargetParser.of(forUnit(unit));
  }

  /** @return the parser of printed capaian figures (percentages) */
  NumberParser capaian() {
    return measure;
  }

  /** @return the parser of weights, which no unit settles */
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

  /** @return the parser of Rupiah amounts */
  NumberParser money() {
    return money;
  }
}
