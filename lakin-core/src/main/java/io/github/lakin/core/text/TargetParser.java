/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pembaca target (target parser): reads a printed target into a {@link Target} and its unit.
 *
 * <p>The forms (DOMAIN §3, §10):
 *
 * <ul>
 *   <li>exact: {@code 69}, {@code 69,31}, {@code 100%}, {@code 3 dokumen}, {@code Rp
 *       1.334.419.000};
 *   <li>comparator: {@code <}, {@code <=}, {@code ≤}, {@code =<}, {@code >}, {@code >=}, {@code
 *       ≥}, {@code =>} before one number, e.g. {@code < 20%}, {@code <20 %}, {@code ≤ 10 hari
 *       kerja}, {@code <= 10 HK}, {@code ≥ 95}, {@code > 3 dokumen};
 *   <li>range: two numbers joined by an en dash {@code –}, an em dash {@code —}, a hyphen {@code
 *       -}, {@code s.d.}, {@code s.d}, {@code s/d}, {@code sampai}, {@code sampai dengan} or {@code
 *       hingga} (any case), e.g. {@code 80–90%}, {@code 80 - 90 %}, {@code 80 s.d. 90}, {@code 7–8
 *       bulan}, {@code 80%–90%}. A sign right at the start belongs to the first number, and a
 *       hyphen is a range dash only after a digit, a {@code %}, a letter or a {@code ,-} suffix, so
 *       {@code -5 - 5} is −5 to 5 and {@code -5 – -3} is −5 to −3. The lower bound may not exceed
 *       the upper bound. A {@code −} (U+2212) is always a minus sign, never a range dash;
 *   <li>categorical, only with {@link #parse(CharSequence, TextLocation, OrdinalScale)}: one of the
 *       scale's codes, in any case ({@code wtp} gives {@code WTP}, the scale's spelling).
 * </ul>
 *
 * <p>Each number is read by the {@link NumberParser} given to {@link #of(NumberParser)}, with the
 * unit choosing the column where it is explicit: a percent or index unit reads as {@link
 * ColumnKind#MEASURE}, a count noun ({@code dokumen}, {@code orang}, ...) as {@link
 * ColumnKind#COUNT}, {@code Rp}/{@code rupiah} as {@link ColumnKind#MONEY}; days, months and other
 * labels use the parser's own column. So {@code ≥ 1.000 dokumen} is 1000 even with the default
 * {@link NumberParser#indonesian()} parser, while {@code 3.450} alone is 3.45 there.
 *
 * <p>The unit label after a number is optional: {@code %}, or a word of letters, spaces, dots and
 * slashes read by {@link MeasureUnit#parse(String)} (unknown words become a free {@link
 * MeasureUnit.Kind#OTHER} unit); a label containing a range word ({@code s.d}, {@code sampai},
 * ...) is refused, so {@code 80 s.d. 90 s.d} and {@code < 5 hingga} are errors. In a range the label may follow either bound or both; labels that
 * name different units are an error.
 *
 * <p>Immutable and thread-safe. The only exception a parse method throws for any text is {@link
 * InvalidTextException} (and {@link NullPointerException} for a null argument).
 *
 * @since 0.1.0
 */
public final class TargetParser {
  /** Range words, longest first, lower case. */
  private static final String[] RANGE_WORDS = {"sampai dengan", "sampai", "hingga", "s.d.", "s/d", "s.d"};

  private final NumberParser numbers;

  private TargetParser(NumberParser numbers) {
    this.numbers = numbers;
  }

  /**
   * A target parser reading numbers with the given parser.
   *
   * @param numbers the number parser: style and default column
   * @return the target parser
   */
  public static TargetParser of(NumberParser numbers) {
    return new TargetParser(Objects.requireNonNull(numbers, "numbers"));
  }

  /**
   * The number parser.
   *
   * @return the parser the numbers are read with
   */
  public NumberParser numbers() {
    return numbers;
  }

  /**
   * Reads an exact, comparator or range target.
   *
   * @param text the printed target, e.g. {@code ≤ 10 hari kerja}
   * @param where where the text came from, for the error message
   * @return the target and its unit
   * @throws InvalidTextException if the text is not a target of those forms
   */
  public ParsedTarget parse(CharSequence text, TextLocation where) {
    Failure f = new Failure(Objects.requireNonNull(text, "text"), Objects.requireNonNull(where, "where"), "a target");
    return parse(Texts.checkLength(text, f), null, f);
  }

  /**
   * Reads a categorical target on the given scale, or else an exact, comparator or range target.
   *
   * @param text the printed target, e.g. {@code WTP} or {@code BB}
   * @param where where the text came from, for the error message
   * @param scale the ordered scale the category must belong to
   * @return the target (categorical when the text is one of the scale's codes, ignoring case) and
   *     its unit
   * @throws InvalidTextException if the text is neither a category of the scale nor a numeric
   *     target
   */
  public ParsedTarget parse(CharSequence text, TextLocation where, OrdinalScale scale) {
    Failure f = new Failure(Objects.requireNonNull(text, "text"), Objects.requireNonNull(where, "where"), "a target");
    return parse(Texts.checkLength(text, f), Objects.requireNonNull(scale, "scale"), f);
  }

  private ParsedTarget parse(String s, @Nullable OrdinalScale scale, Failure f) {
    int from = Texts.skipSpaces(s, 0, s.length());
    int to = Texts.trimEnd(s, from, s.length());
    if (from == to) {
      throw f.at("it is empty");
    }
    try {
      if (scale != null) {
        String category = category(s.substring(from, to), scale, f);
        if (category != null) {
          return ParsedTarget.of(Target.category(category, scale));
        }
      }
      int rel = relationLength(s, from, to);
      if (rel > 0) {
        Relation relation = Relation.parse(s.substring(from, from + rel));
        Side side = side(s, from + rel, to, f);
        return result(Target.comparator(relation, number(s, side, side.unit, f)), side.unit);
      }
      int[] split = findRange(s, from, to);
      if (split != null) {
        Side lower = side(s, from, split[0], f);
        Side upper = side(s, split[1], to, f);
        MeasureUnit unit = lower.unit;
        if (unit == null) {
          unit = upper.unit;
        } else if (upper.unit != null && !unit.equals(upper.unit)) {
          throw f.at("the bounds have different units, " + unit + " and " + upper.unit);
        }
        BigDecimal lo = number(s, lower, unit, f);
        BigDecimal hi = number(s, upper, unit, f);
        if (lo.compareTo(hi) > 0) {
          throw f.at("the lower bound " + lo.toPlainString() + " exceeds the upper bound " + hi.toPlainString());
        }
        return result(Target.range(lo, hi), unit);
      }
      if (scale != null && Character.isLetter(s.charAt(from))) {
        throw f.at("it is neither a number nor a category of the scale " + scale.categories());
      }
      Side side = side(s, from, to, f);
      return result(Target.exact(number(s, side, side.unit, f)), side.unit);
    } catch (InvalidTextException e) {
      throw e;
    } catch (InvalidValueException e) {
      throw f.at(String.valueOf(e.getMessage()));
    }
  }

  private static ParsedTarget result(Target target, @Nullable MeasureUnit unit) {
    return unit == null ? ParsedTarget.of(target) : ParsedTarget.of(target, unit);
  }

  private static @Nullable String category(String text, OrdinalScale scale, Failure f) {
    try {
      return scale.find(text).orElse(null);
    } catch (io.github.lakin.core.InvalidValueException e) {
      throw f.at(String.valueOf(e.getMessage()));
    }
  }

  /** Length of a comparator symbol at {@code from}, or 0. */
  private static int relationLength(String s, int from, int to) {
    char c = s.charAt(from);
    char next = from + 1 < to ? s.charAt(from + 1) : ' ';
    if ((c == '<' || c == '>') && next == '=') {
      return 2;
    }
    if (c == '=' && (next == '<' || next == '>')) {
      return 2;
    }
    return c == '<' || c == '>' || c == '≤' || c == '≥' ? 1 : 0;
  }

  /** {@code {end of the lower bound, start of the upper bound}}, or null when the text is no range. */
  private static int @Nullable [] findRange(String s, int from, int to) {
    for (int p = from + 1; p < to; p++) {
      int after = rangeWordEnd(s, p, to);
      if (after > 0) {
        return new int[] {p, after};
      }
    }
    for (int p = from + 1; p < to; p++) {
      char c = s.charAt(p);
      if (c == '–' || c == '—') {
        return new int[] {p, p + 1};
      }
      if (c == '-') {
        int q = Texts.trimEnd(s, from, p);
        char prev = s.charAt(q - 1);
        boolean suffix = prev == '-' && q - 2 > from && (s.charAt(q - 2) == ',' || s.charAt(q - 2) == '.');
        if (Texts.isDigit(prev) || prev == '%' || Character.isLetter(prev) || suffix) {
          return new int[] {p, p + 1};
        }
      }
    }
    return null;
  }

  /**
   * The end of the range word that starts at {@code p} (not after a letter, not followed by one)
   * in {@code s[.., to)}, or 0.
   */
  private static int rangeWordEnd(String s, int p, int to) {
    for (String w : RANGE_WORDS) {
      int after = p + w.length();
      if (Texts.startsWith(s, p, to, w) && (p == 0 || !Character.isLetter(s.charAt(p - 1)))
          && (after == to || !Character.isLetter(s.charAt(after)))) {
        return after;
      }
    }
    return 0;
  }

  /** One bound as text: where its number ends and the unit its marker or label names. */
  private static final class Side {
    final int start;
    final int numberEnd;
    final @Nullable MeasureUnit unit;

    Side(int start, int numberEnd, @Nullable MeasureUnit unit) {
      this.start = start;
      this.numberEnd = numberEnd;
      this.unit = unit;
    }
  }

  private static Side side(String s, int from, int to, Failure f) {
    int i = Texts.skipSpaces(s, from, to);
    int end = Texts.trimEnd(s, i, to);
    if (i == end) {
      throw f.at("a number is missing");
    }
    int p = i;
    if (Texts.isSign(s.charAt(p))) {
      p++;
    }
    int currency = Texts.currencyLength(s, p, end);
    if (currency > 0) {
      p = Texts.skipSpaces(s, p + currency, end);
      if (p < end && Texts.isSign(s.charAt(p))) {
        p++;
      }
    }
    while (p < end && (Texts.isDigit(s.charAt(p)) || s.charAt(p) == '.' || s.charAt(p) == ',')) {
      p++;
    }
    boolean wholeSuffix = false;
    if (p < end && s.charAt(p) == '-' && p > i && (s.charAt(p - 1) == ',' || s.charAt(p - 1) == '.')) {
      p++;
      wholeSuffix = true;
    }
    int numberEnd = p;
    MeasureUnit marked = currency > 0 || wholeSuffix ? MeasureUnit.rupiah() : null;
    int l = Texts.skipSpaces(s, p, end);
    if (l == end) {
      return new Side(i, numberEnd, marked);
    }
    MeasureUnit labelled;
    if (s.charAt(l) == '%') {
      if (Texts.skipSpaces(s, l + 1, end) != end) {
        throw f.at("there is text after '%'");
      }
      labelled = MeasureUnit.percent();
    } else {
      labelled = MeasureUnit.parse(label(s, l, end, numberEnd == i, f));
    }
    if (marked != null && !marked.equals(labelled)) {
      throw f.at("an amount in Rupiah cannot be in " + labelled);
    }
    return new Side(i, numberEnd, labelled);
  }

  /** The unit label in {@code s[l, end)}: letters, spaces, dots and slashes, spaces collapsed. */
  private static String label(String s, int l, int end, boolean noNumber, Failure f) {
    char first = s.charAt(l);
    if (noNumber) {
      throw f.at(Character.isLetter(first)
          ? "it does not start with a number (a category such as WTP needs the scale it belongs to)"
          : "it does not start with a number");
    }
    if (!Character.isLetter(first)) {
      throw f.at("after the number comes " + Texts.describe(first) + ", not a unit");
    }
    StringBuilder b = new StringBuilder(end - l);
    boolean space = false;
    for (int p = l; p < end; p++) {
      char c = s.charAt(p);
      if (Texts.isSpace(c)) {
        space = true;
        continue;
      }
      if (!Character.isLetter(c) && c != '.' && c != '/') {
        throw f.at("the unit " + InvalidTextException.show(s.substring(l, end)) + " contains " + Texts.describe(c));
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    String unit = b.toString();
    for (int p = 0; p < unit.length(); p++) {
      if (rangeWordEnd(unit, p, unit.length()) > 0) {
        throw f.at("the unit " + InvalidTextException.show(unit) + " contains a range word; a range joins two numbers"
            + " with one dash or word");
      }
    }
    return unit;
  }

  /** Reads a bound's number in the column its unit implies. */
  private BigDecimal number(String s, Side side, @Nullable MeasureUnit unit, Failure f) {
    if (side.numberEnd == side.start) {
      throw f.at("it does not start with a number");
    }
    return numbers.read(s, side.start, side.numberEnd, columnFor(unit), f).value;
  }

  private ColumnKind columnFor(@Nullable MeasureUnit unit) {
    return unit == null ? numbers.column() : ColumnKind.of(unit).orElse(numbers.column());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TargetParser && numbers.equals(((TargetParser) o).numbers);
  }

  @Override
  public int hashCode() {
    return numbers.hashCode();
  }

  /**
   * A description for logs.
   *
   * @return e.g. {@code TargetParser[INDONESIAN, MEASURE]}
   */
  @Override
  public String toString() {
    return "TargetParser[" + numbers.style() + ", " + numbers.column() + "]";
  }
}
