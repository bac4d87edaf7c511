/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import io.github.lakin.core.Realization;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Pembaca angka (number parser): reads numbers and table cells printed in Indonesian performance
 * reports, in an explicit {@link NumberStyle} and {@link ColumnKind}; nothing is taken from the
 * default locale.
 *
 * <h2>What a number may look like</h2>
 *
 * <p>Spaces (including non-breaking spaces) around the number; one sign, {@code -}, {@code −}
 * (U+2212) or {@code +}, directly before the digits or before the currency; a currency prefix
 * {@code Rp}, {@code Rp.} or {@code IDR} (any case), optionally followed by spaces; ASCII digits
 * with {@code .} and {@code ,} between them; an optional suffix {@code ,-} or {@code .-} ("no
 * cents", whole amounts only); an optional trailing {@code %}, which leaves the value unchanged
 * ({@code 99.88%} is 99.88). So {@code Rp9.960.052.227}, {@code Rp 9.960.052.227}, {@code Rp.
 * 1.334.419.000}, {@code Rp9.960.052.227,-}, {@code IDR 1.000}, {@code -Rp5.000}, {@code −12,5}
 * and {@code 69,31 %} are numbers. A number must start and end with a digit (so {@code ,5} and
 * {@code 5,} are refused), two separators may not touch, a currency and {@code %} may not be
 * combined, there is no exponent notation, and a text longer than {@value #MAX_LENGTH} characters
 * is refused before it is read.
 *
 * <h2>Which separator is the decimal separator</h2>
 *
 * <p>First the <em>effective column</em> of the token: a {@code Rp}/{@code IDR} prefix or a
 * {@code ,-}/{@code .-} suffix makes it {@link ColumnKind#MONEY}, a {@code %} suffix makes it
 * {@link ColumnKind#MEASURE}; otherwise it is the parser's column. Then the separators decide,
 * where "lone" means the separator occurs exactly once in the token and the other kind not at
 * all. {@link ColumnKind#COUNT} and {@link ColumnKind#MONEY} behave alike; the {@link
 * NumberStyle#ENGLISH} style ignores the column.
 *
 * <table class="striped">
 *   <caption>Reading of the separators, by style and effective column</caption>
 *   <thead>
 *     <tr>
 *       <th scope="col">pattern</th>
 *       <th scope="col">INDONESIAN, MEASURE</th>
 *       <th scope="col">INDONESIAN, COUNT/MONEY</th>
 *       <th scope="col">ENGLISH, any column</th>
 *       <th scope="col">MIXED, MEASURE</th>
 *       <th scope="col">MIXED, COUNT/MONEY</th>
 *     </tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">no separator: {@code 1234}</th>
 *       <td>1234</td><td>1234</td><td>1234</td><td>1234</td><td>1234</td></tr>
 *     <tr><th scope="row">lone {@code .}, 3 digits after: {@code 3.450}</th>
 *       <td>decimal: 3.45</td><td>grouping: 3450</td><td>decimal: 3.45</td>
 *       <td>decimal: 3.45</td><td>grouping: 3450</td></tr>
 *     <tr><th scope="row">lone {@code .}, other than 3 digits after: {@code 99.88}</th>
 *       <td>decimal: 99.88</td><td>error</td><td>decimal: 99.88</td>
 *       <td>decimal: 99.88</td><td>decimal: 99.88</td></tr>
 *     <tr><th scope="row">lone {@code ,}, 3 digits after: {@code 3,450}</th>
 *       <td>decimal: 3.45</td><td>decimal: 3.45</td><td>grouping: 3450</td>
 *       <td>decimal: 3.45</td><td>grouping: 3450</td></tr>
 *     <tr><th scope="row">lone {@code ,}, other than 3 digits after: {@code 69,31}</th>
 *       <td>decimal: 69.31</td><td>decimal: 69.31</td><td>error</td>
 *       <td>decimal: 69.31</td><td>decimal: 69.31</td></tr>
 *     <tr><th scope="row">several {@code .} only: {@code 1.234.567}</th>
 *       <td>grouping</td><td>grouping</td><td>error</td><td>grouping</td><td>grouping</td></tr>
 *     <tr><th scope="row">several {@code ,} only: {@code 1,234,567}</th>
 *       <td>error</td><td>error</td><td>grouping</td><td>grouping</td><td>grouping</td></tr>
 *     <tr><th scope="row">both, {@code ,} last: {@code 1.234.567,89}</th>
 *       <td>{@code ,} decimal</td><td>{@code ,} decimal</td><td>error</td>
 *       <td>{@code ,} decimal</td><td>{@code ,} decimal</td></tr>
 *     <tr><th scope="row">both, {@code .} last: {@code 1,234,567.89}</th>
 *       <td>error</td><td>error</td><td>{@code .} decimal</td>
 *       <td>{@code .} decimal</td><td>{@code .} decimal</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A {@link ColumnKind#UNDECIDED} column reads as {@code MEASURE} in the {@code MIXED} style,
 * except where the reading depends on the style: a lone separator followed by exactly three
 * digits that can group thousands ({@code 1.250}, {@code 12,500}) is an error that names both
 * readings (1250 and 1.25), never a guess; {@code 0.125} and {@code 1234.567} cannot group
 * thousands and read as decimals. In the {@code INDONESIAN} style it reads as {@code COUNT}.
 *
 * <p>In every cell a decimal separator may occur only once and must be the last separator, and
 * grouping is validated: the first group has 1 to 3 digits and does not start with {@code 0}, and
 * every later group has exactly 3 digits ({@code 1.23.456}, {@code 1234.567} as grouping, and
 * {@code 0.125} as grouping are errors). A lone {@code .} in an Indonesian {@code MEASURE} column
 * is a decimal point whatever the number of digits after it ({@code 3.5324} is 3.5324). The
 * {@code ,-} suffix is refused after a number with decimals.
 *
 * <p>A number has at most {@link io.github.lakin.core.Rational#MAX_INTEGER_DIGITS} digits before
 * and {@link io.github.lakin.core.Rational#MAX_FRACTION_DIGITS} after the decimal point (leading and
 * trailing zeros not counted); a longer one is an error, so a hostile file cannot make exact
 * arithmetic slow.
 *
 * <h2>Result</h2>
 *
 * <p>The value is exact and normalised: trailing zeros stripped, scale at least 0, zero as
 * {@code 0} ({@code "3.450"} gives {@code 3.45}, {@code "13.393.506.000,00"} gives {@code
 * 13393506000}), so equal numbers are equal objects.
 *
 * <p>Instances are immutable and thread-safe. The only exception a parse method throws for any
 * text is {@link InvalidTextException} (and {@link NullPointerException} for a null argument).
 *
 * @since 0.1.0
 */
public final class NumberParser {
  /** Longest text read, in UTF-16 characters; longer texts are refused. */
  public static final int MAX_LENGTH = Texts.MAX_LENGTH;

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final NumberStyle style;
  private final ColumnKind column;

  private NumberParser(NumberStyle style, ColumnKind column) {
    this.style = style;
    this.column = column;
  }

  /**
   * A parser for one style and one column kind.
   *
   * @param style how the document writes numbers
   * @param column what the column holds
   * @return the parser
   */
  public static NumberParser of(NumberStyle style, ColumnKind column) {
    return new NumberParser(Objects.requireNonNull(style, "style"), Objects.requireNonNull(column, "column"));
  }

  /**
   * The parser for scores, indices and percentages in an Indonesian report: {@code
   * of(INDONESIAN, MEASURE)}.
   *
   * @return the parser
   */
  public static NumberParser indonesian() {
    return of(NumberStyle.INDONESIAN, ColumnKind.MEASURE);
  }

  /**
   * The style.
   *
   * @return how the document writes numbers
   */
  public NumberStyle style() {
    return style;
  }

  /**
   * The column kind.
   *
   * @return what the column holds
   */
  public ColumnKind column() {
    return column;
  }

  /**
   * The same style for another column.
   *
   * @param column the column kind
   * @return a parser with this style and that column kind
   */
  public NumberParser withColumn(ColumnKind column) {
    return of(style, column);
  }

  /**
   * Reads one number, e.g. {@code 69,31}, {@code 13.393.506.000,00}, {@code Rp9.960.052.227,-} or
   * {@code 99.88%}, by the rules and the decision table of this class.
   *
   * @param text the text
   * @param where where the text came from, for the error message
   * @return the exact value, trailing zeros stripped, scale at least 0; a {@code %} is dropped
   * @throws InvalidTextException if the text is not a number (including {@code N/A} and blank
   *     text: read those with {@link #parseCell(CharSequence, TextLocation)})
   */
  public BigDecimal parseNumber(CharSequence text, TextLocation where) {
    Failure f = new Failure(Objects.requireNonNull(text, "text"), Objects.requireNonNull(where, "where"), "a number");
    String s = Texts.checkLength(text, f);
    int from = Texts.skipSpaces(s, 0, s.length());
    int to = Texts.trimEnd(s, from, s.length());
    if (from < to && Texts.isNotAvailable(s.substring(from, to))) {
      throw f.at("it marks a missing value; read such cells with parseCell");
    }
    return read(s, from, to, column, f).value;
  }

  /**
   * Reads one table cell of realisasi or capaian: a number, a missing value, a provisional value,
   * a second figure in parentheses, or counts.
   *
   * <ul>
   *   <li>Blank text and {@code N/A}, {@code NA}, {@code n.a}, {@code n.a.}, {@code n/a}, {@code
   *       #N/A}, {@code -}, {@code –}, {@code —}, {@code tidak tersedia}, {@code belum tersedia}
   *       (any case) are {@linkplain Cell#notAvailable() not available}.
   *   <li>A number as read by {@link #parseNumber(CharSequence, TextLocation)}; {@link
   *       Cell#percent()} says whether it had a {@code %}.
   *   <li>A {@code *} after the value, or at the very end, marks it {@linkplain Cell#provisional()
   *       provisional}: {@code 82,96*}.
   *   <li>A number in parentheses at the end is the {@linkplain Cell#secondary() secondary}
   *       figure: {@code 82,96* (99,95%)} is 82.96, provisional, with secondary 99.95.
   *   <li>Counts {@code n/T} or {@code n dari T}: {@code 23/24}, {@code 23 dari 24}; both whole
   *       numbers without sign, read in a {@link ColumnKind#COUNT} column of this style, {@code T
   *       > 0}. Such a cell has {@linkplain Cell#counts() counts} and no decimal {@linkplain
   *       Cell#value() value}; its exact value n/T × 100 is {@link Cell#exactValue()}.
   * </ul>
   *
   * @param text the text of the cell
   * @param where where the cell came from, for the error message
   * @return the cell
   * @throws InvalidTextException if the text is none of these forms
   */
  public Cell parseCell(CharSequence text, TextLocation where) {
    Failure f = new Failure(Objects.requireNonNull(text, "text"), Objects.requireNonNull(where, "where"), "a cell value");
    String s = Texts.checkLength(text, f);
    int from = Texts.skipSpaces(s, 0, s.length());
    int to = Texts.trimEnd(s, from, s.length());
    if (from == to || Texts.isNotAvailable(s.substring(from, to))) {
      return Cell.notAvailable(s, where);
    }
    boolean provisional = false;
    int end = to;
    if (s.charAt(end - 1) == '*') {
      int before = Texts.trimEnd(s, from, end - 1);
      if (before > from && s.charAt(before - 1) == ')') {
        provisional = true;
        end = before;
      }
    }
    BigDecimal secondary = null;
    if (s.charAt(end - 1) == ')') {
      int open = s.lastIndexOf('(', end - 1);
      if (open < from) {
        throw f.at("')' has no matching '('");
      }
      String inner = s.substring(open + 1, end - 1);
      if (inner.indexOf('(') >= 0 || inner.indexOf(')') >= 0) {
        throw f.at("parentheses may not be nested");
      }
      secondary = read(s, open + 1, end - 1, column, f.within("in the figure in parentheses", inner)).value;
      end = Texts.trimEnd(s, from, open);
      if (end == from) {
        throw f.at("there is no value before '('");
      }
    }
    if (s.charAt(end - 1) == '*') {
      if (provisional) {
        throw f.at("it has more than one '*'");
      }
      provisional = true;
      end = Texts.trimEnd(s, from, end - 1);
      if (end == from) {
        throw f.at("there is no value before '*'");
      }
    }
    for (int p = from; p < end; p++) {
      char c = s.charAt(p);
      if (c == '(' || c == ')' || c == '*') {
        throw f.at("'" + c + "' may only follow the value");
      }
    }
    int slash = s.indexOf('/', from);
    int sep = slash >= 0 && slash < end ? slash : indexOfWord(s, from, end, "dari");
    if (sep >= 0) {
      int rightStart = sep + (s.charAt(sep) == '/' ? 1 : 4);
      long n = readCount(s, from, sep, f);
      long total = readCount(s, rightStart, end, f);
      if (total == 0) {
        throw f.at("the total T of the counts n/T must be more than 0");
      }
      if (n > total) {
        throw f.at("the count n of n/T must not exceed the total T (" + n + " > " + total + ")");
      }
      return Cell.ofCounts(s, where, Realization.Counts.of(n, total), provisional, secondary);
    }
    Reading r = read(s, from, end, column, f);
    return Cell.of(s, where, r.value, r.percent, provisional, secondary);
  }

  /** Index of {@code word} (lower-case ASCII) between spaces in {@code s[from, to)}, or -1. */
  private static int indexOfWord(String s, int from, int to, String word) {
    for (int p = from + 1; p + word.length() < to; p++) {
      if (Texts.isSpace(s.charAt(p - 1)) && Texts.startsWith(s, p, to, word)
          && Texts.isSpace(s.charAt(p + word.length()))) {
        return p;
      }
    }
    return -1;
  }

  private long readCount(String s, int from, int to, Failure f) {
    String part = s.substring(from, to);
    Failure g = f.within("in the count", part.trim());
    int i = Texts.skipSpaces(s, from, to);
    if (i < to && Texts.isSign(s.charAt(i))) {
      throw g.at("a count has no sign");
    }
    Reading r = read(s, from, to, ColumnKind.COUNT, g);
    if (r.percent || r.money) {
      throw g.at("a count is a plain whole number, without '%' or currency");
    }
    if (r.value.scale() > 0) {
      throw g.at("a count must be a whole number");
    }
    if (r.value.compareTo(LONG_MAX) > 0) {
      throw g.at("a count must be at most " + Long.MAX_VALUE);
    }
    return r.value.longValueExact();
  }

  /** One number read from a token: its value and the markers it carried. */
  static final class Reading {
    final BigDecimal value;
    final boolean percent;
    final boolean money;

    Reading(BigDecimal value, boolean percent, boolean money) {
      this.value = value;
      this.percent = percent;
      this.money = money;
    }
  }

  /**
   * Reads the number in {@code s[from, to)} in this parser's style and the given column.
   *
   * @throws InvalidTextException built by {@code f} for anything that is not a number
   */
  Reading read(String s, int from, int to, ColumnKind col, Failure f) {
    int i = Texts.skipSpaces(s, from, to);
    int end = Texts.trimEnd(s, i, to);
    if (i == end) {
      throw f.at("it is empty");
    }
    boolean percent = false;
    if (s.charAt(end - 1) == '%') {
      percent = true;
      end = Texts.trimEnd(s, i, end - 1);
      if (i == end) {
        throw f.at("there are no digits before '%'");
      }
    }
    int sign = 0;
    if (Texts.isSign(s.charAt(i))) {
      sign = s.charAt(i) == '+' ? 1 : -1;
      i++;
    }
    boolean money = false;
    int currency = Texts.currencyLength(s, i, end);
    if (currency > 0) {
      money = true;
      i = Texts.skipSpaces(s, i + currency, end);
      if (i < end && Texts.isSign(s.charAt(i))) {
        if (sign != 0) {
          throw f.at("it has more than one sign");
        }
        sign = s.charAt(i) == '+' ? 1 : -1;
        i++;
      }
    }
    boolean whole = false;
    if (end - i >= 2 && s.charAt(end - 1) == '-' && (s.charAt(end - 2) == ',' || s.charAt(end - 2) == '.')) {
      whole = true;
      money = true;
      end -= 2;
    }
    if (percent && money) {
      throw f.at("an amount of money cannot carry '%'");
    }
    if (i == end) {
      throw f.at(currency > 0 ? "there are no digits after the currency" : "there are no digits");
    }
    int[] seps = new int[end - i];
    int k = 0;
    int dots = 0;
    int commas = 0;
    for (int p = i; p < end; p++) {
      char c = s.charAt(p);
      if (Texts.isDigit(c)) {
        continue;
      }
      if (c == '.' || c == ',') {
        if (p == i) {
          throw f.at("it starts with the separator '" + c + "'; write a digit before it");
        }
        if (!Texts.isDigit(s.charAt(p - 1))) {
          throw f.at("it has two separators in a row");
        }
        if (p == end - 1) {
          throw f.at("it ends with the separator '" + c + "'");
        }
        seps[k++] = p;
        if (c == '.') {
          dots++;
        } else {
          commas++;
        }
        continue;
      }
      if (Texts.isSign(c)) {
        throw f.at(p == i && sign != 0 ? "it has more than one sign" : "a sign may only come before the number");
      }
      throw f.at("it contains " + Texts.describe(c));
    }
    ColumnKind effective = money ? ColumnKind.MONEY : percent ? ColumnKind.MEASURE : col;
    int decimalAt = -1;
    if (k > 0) {
      int last = seps[k - 1];
      char lastChar = s.charAt(last);
      switch (style) {
        case INDONESIAN:
          if (commas > 1) {
            throw f.at("',' is the decimal separator in Indonesian style, but it appears " + commas + " times");
          }
          if (commas == 1) {
            if (lastChar != ',') {
              throw f.at("'.' groups thousands in Indonesian style and cannot follow the decimal separator ','");
            }
            decimalAt = last;
          } else if (dots == 1 && effective == ColumnKind.MEASURE) {
            decimalAt = last;
          }
          break;
        case ENGLISH:
          if (dots > 1) {
            throw f.at("'.' is the decimal separator in English style, but it appears " + dots + " times");
          }
          if (dots == 1) {
            if (lastChar != '.') {
              throw f.at("',' groups thousands in English style and cannot follow the decimal separator '.'");
            }
            decimalAt = last;
          }
          break;
        default:
          if (dots > 0 && commas > 0) {
            int count = lastChar == '.' ? dots : commas;
            if (count > 1) {
              throw f.at("the last separator '" + lastChar + "' is the decimal separator, but it appears "
                  + count + " times");
            }
            decimalAt = last;
          } else if (k == 1 && (end - last - 1 != 3 || effective == ColumnKind.MEASURE)) {
            decimalAt = last;
          } else if (k == 1 && effective == ColumnKind.UNDECIDED && validGroupingStart(s, i, last)) {
            throw f.at(ambiguous(s, i, end, last, sign));
          } else if (k == 1 && effective == ColumnKind.UNDECIDED) {
            decimalAt = last; // "0.125" or "1234.567" cannot group thousands: only the decimal reading is left
          }
          break;
      }
    }
    int grouping = decimalAt < 0 ? k : k - 1;
    if (grouping > 0) {
      checkGroups(s, i, end, seps, k, grouping, effective, f);
    }
    if (whole && decimalAt >= 0) {
      throw f.at("the suffix ',-' or '.-' marks a whole amount, but the number has decimals");
    }
    StringBuilder b = new StringBuilder(end - i + 2);
    if (sign < 0) {
      b.append('-');
    }
    for (int p = i; p < end; p++) {
      char c = s.charAt(p);
      if (Texts.isDigit(c)) {
        b.append(c);
      } else if (p == decimalAt) {
        b.append('.');
      }
    }
    BigDecimal value = normalize(new BigDecimal(b.toString()));
    if (value.signum() != 0 && (value.precision() - value.scale() > io.github.lakin.core.Rational.MAX_INTEGER_DIGITS
        || value.scale() > io.github.lakin.core.Rational.MAX_FRACTION_DIGITS)) {
      throw f.at("it has more than " + io.github.lakin.core.Rational.MAX_INTEGER_DIGITS + " digits before or "
          + io.github.lakin.core.Rational.MAX_FRACTION_DIGITS + " after the decimal point");
    }
    return new Reading(value, percent, money);
  }

  /** Whether {@code s[i, sep)} can be the first group of a grouped number: 1 to 3 digits, not starting with 0. */
  private static boolean validGroupingStart(String s, int i, int sep) {
    return sep - i >= 1 && sep - i <= 3 && s.charAt(i) != '0';
  }

  /** The message for a lone separator with three digits after it in an undecided column: both readings. */
  private static String ambiguous(String s, int i, int end, int sep, int sign) {
    String minus = sign < 0 ? "-" : "";
    String whole = s.substring(i, sep);
    String after = s.substring(sep + 1, end);
    BigDecimal grouped = new BigDecimal(minus + whole + after);
    BigDecimal decimal = normalize(new BigDecimal(minus + whole + "." + after));
    return "it reads as " + grouped.toPlainString() + " if '" + s.charAt(sep) + "' groups thousands, or as "
        + decimal.toPlainString() + " if it is the decimal separator, and nothing says which: state the number style"
        + " of the file (indonesian or english), or give the indicator a unit that settles it (a count such as orang,"
        + " KK or desa reads " + grouped.toPlainString() + "; %, indeks or nilai read " + decimal.toPlainString() + ")";
  }

  private void checkGroups(String s, int i, int end, int[] seps, int k, int grouping, ColumnKind effective, Failure f) {
    char g = s.charAt(seps[0]);
    int firstLength = seps[0] - i;
    if (firstLength > 3) {
      throw f.at("it groups thousands with '" + g + "', so the first group must have 1 to 3 digits, but \""
          + s.substring(i, seps[0]) + "\" has " + firstLength + hint(k, g, effective));
    }
    if (s.charAt(i) == '0') {
      throw f.at("it groups thousands with '" + g + "', so it cannot start with 0" + hint(k, g, effective));
    }
    for (int n = 1; n <= grouping; n++) {
      int start = seps[n - 1] + 1;
      int stop = n < k ? seps[n] : end;
      if (stop - start != 3) {
        throw f.at("thousands groups after the first must have exactly 3 digits, but \""
            + s.substring(start, stop) + "\" has " + (stop - start) + hint(k, g, effective));
      }
    }
  }

  /** Explains why a lone separator was taken as grouping. */
  private String hint(int k, char g, ColumnKind effective) {
    if (k != 1) {
      return "";
    }
    switch (style) {
      case INDONESIAN:
        return "; in Indonesian style '.' groups thousands outside a MEASURE column (here " + effective
            + "), so write decimals with ','";
      case ENGLISH:
        return "; in English style ',' groups thousands, so write decimals with '.'";
      default:
        return "; a lone '" + g + "' followed by 3 digits groups thousands in a " + effective + " column";
    }
  }

  /** Strips trailing zeros; scale at least 0; zero as plain 0. */
  static BigDecimal normalize(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberParser && ((NumberParser) o).style == style && ((NumberParser) o).column == column;
  }

  @Override
  public int hashCode() {
    return style.hashCode() * 31 + column.hashCode();
  }

  /**
   * A description for logs.
   *
   * @return e.g. {@code NumberParser[INDONESIAN, MEASURE]}
   */
  @Override
  public String toString() {
    return "NumberParser[" + style + ", " + column + "]";
  }
}
