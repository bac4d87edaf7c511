/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.Codes;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bentuk baris (row shapes): the checks of {@link ReportAssembler#check} remembered by the shape of
 * a row, so that a large file's millions of rows of a few shapes are checked once per shape.
 *
 * <p>A row's shape is its unit and polarity cells as written and the target, realisasi, printed and
 * weight cells with every digit abstracted: a digit run keeps its length and whether it starts
 * with 0, and a cell whose digits are all 0 is marked. Every other character stays; a number cell
 * with any character besides digits, {@code .}, {@code ,}, space, {@code %} and {@code -} has no
 * shape (its row is always checked in full). What the checks
 * decide apart from the digits' values — whether the row is valid, which separator is the decimal
 * mark, the unit, the polarity, the scale — depends on the shape alone: the only checks on a
 * value are its sign (a {@code -} in the shape) and zero (marked), and the digit count decides
 * whether a value fits. The first row of a shape goes through the full checks; when its values
 * are exactly "the cell's digits, at the scale the checks gave, with the sign they gave", the shape
 * learns that recipe and later rows of that shape take it (codes and names are still checked per
 * row). A row of an unknown or unlearnable shape, with a cell the shape leaves out (formula,
 * baseline, negative, period) or whose recipe overflows returns {@code null}: the caller runs the
 * full checks, which also give the exact error of a bad row.
 *
 * <p>Not thread-safe: one instance per scan, used from the scanning thread.
 */
final class RowShapes {
  /** Shapes kept at most; a file of more distinct shapes checks the rest in full. */
  private static final int MAX_SHAPES = 4096;
  /** The most digits a recipe reads into a long. */
  private static final int MAX_DIGITS = 18;

  /** What a learned shape gives: the values' scales and signs, and what the renderers need. */
  private static final class Recipe {
    final int targetScale;
    final boolean targetNegative;
    final boolean available;
    final int realisasiScale;
    final boolean realisasiNegative;
    final Polarity polarity;
    final String unitLabel;

    Recipe(int targetScale, boolean targetNegative, boolean available, int realisasiScale, boolean realisasiNegative, Polarity polarity,
        String unitLabel) {
      this.targetScale = targetScale;
      this.targetNegative = targetNegative;
      this.available = available;
      this.realisasiScale = realisasiScale;
      this.realisasiNegative = realisasiNegative;
      this.polarity = polarity;
      this.unitLabel = unitLabel;
    }
  }

  /** A shape seen whose values the recipe does not give: always checked in full. */
  private static final Recipe NONE = new Recipe(0, false, false, 0, false, Polarity.HIGHER_IS_BETTER, "");

  /** A row's values as the full checks give them. */
  static final class Values {
    final BigDecimal target;
    final @Nullable BigDecimal realisasi;
    final Polarity polarity;
    final String unitLabel;

    Values(BigDecimal target, @Nullable BigDecimal realisasi, Polarity polarity, String unitLabel) {
      this.target = target;
      this.realisasi = realisasi;
      this.polarity = polarity;
      this.unitLabel = unitLabel;
    }
  }

  private final Map<String, Recipe> recipes = new HashMap<>();
  private final StringBuilder key = new StringBuilder(64);

  /**
   * Reads an indicator row's values.
   *
   * @param row an indicator row
   * @return its values when its shape is learned and its codes and name pass, else {@code null}
   */
  @Nullable Values read(ReportRow row) {
    String k = shape(row);
    if (k == null) {
      return null;
    }
    Recipe r = recipes.get(k);
    if (r == null || r == NONE || !plainCodes(row)) {
      return null;
    }
    BigDecimal t = value(row.target.value(), r.targetScale, r.targetNegative);
    BigDecimal x = r.available ? value(row.realisasi.value(), r.realisasiScale, r.realisasiNegative) : null;
    if (t == null || (r.available && x == null)) {
      return null;
    }
    return new Values(t, x, r.polarity, r.unitLabel);
  }

  /**
   * Learns a row's shape from its full checks, when the recipe gives exactly their values.
   *
   * @param row an indicator row that passed the full checks
   * @param checked what the checks gave
   */
  void learn(ReportRow row, ReportAssembler.CheckedRow checked) {
    String k = shape(row);
    if (k == null || recipes.containsKey(k) || recipes.size() >= MAX_SHAPES) {
      return;
    }
    recipes.put(k, recipe(row, checked));
  }

  @SuppressWarnings("BigDecimalEquals") // scale counts: the recipe must give the target back exactly as read
  private static Recipe recipe(ReportRow row, ReportAssembler.CheckedRow checked) {
    if (!(checked.indicator().target() instanceof ExactTarget) || checked.formula().isPresent() || !checked.otherTargets().isEmpty()
        || !checked.otherRealisasi().isEmpty()) {
      return NONE;
    }
    ExactTarget target = (ExactTarget) checked.indicator().target();
    if (target.counts().isPresent() || !ExactTarget.of(target.value()).equals(target)) {
      return NONE;
    }
    BigDecimal t = target.value();
    Realization real = checked.realization();
    boolean available = real.isAvailable();
    Optional<Rational> v = real.value();
    if (available != v.isPresent() || real.isProvisional() || real.counts().isPresent()) {
      return NONE;
    }
    BigDecimal x = null;
    if (available) {
      x = v.get().toBigDecimalExact();
      if (!Realization.of(x).equals(real)) {
        return NONE;
      }
    } else if (!Realization.notAvailable().equals(real)) {
      return NONE;
    }
    long[] td = digits(row.target.value());
    if (td == null) {
      return NONE;
    }
    int ts = scaleOf(td[0], t);
    int xs = 0;
    if (x != null) {
      long[] xd = digits(row.realisasi.value());
      if (xd == null) {
        return NONE;
      }
      xs = scaleOf(xd[0], x);
    }
    if (ts < 0 || xs < 0) {
      return NONE;
    }
    Recipe r = new Recipe(ts, t.signum() < 0, available, xs, x != null && x.signum() < 0, checked.indicator().polarity(),
        checked.indicator().unit().label());
    BigDecimal t2 = value(row.target.value(), r.targetScale, r.targetNegative);
    if (t2 == null || !t2.equals(t)) {
      return NONE;
    }
    if (x != null) {
      BigDecimal x2 = value(row.realisasi.value(), r.realisasiScale, r.realisasiNegative);
      if (x2 == null || !Realization.of(x2).equals(real)) {
        return NONE;
      }
    }
    return r;
  }

  /** The scale at which a cell's digits are the value (0 for zero), or -1 when there is none. */
  private static int scaleOf(long unscaled, BigDecimal value) {
    BigDecimal abs = value.abs();
    for (int s = 0; s <= MAX_DIGITS; s++) {
      if (BigDecimal.valueOf(unscaled, s).compareTo(abs) == 0) {
        return s;
      }
    }
    return -1;
  }

  /** The digits of a cell as one long in a one-element array, or {@code null} when there are too many. */
  private static long @Nullable [] digits(String text) {
    long unscaled = 0;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > MAX_DIGITS) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
      }
    }
    return new long[] {unscaled};
  }

  /**
   * The digits of a cell as one number at a scale, normalised as targets and realisasi are
   * (trailing zeros stripped, zero as 0), or {@code null} when there are too many digits.
   */
  private static @Nullable BigDecimal value(String text, int scale, boolean negative) {
    long[] d = digits(text);
    if (d == null) {
      return null;
    }
    long unscaled = d[0];
    if (unscaled == 0) {
      return BigDecimal.ZERO;
    }
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /** Codes and name: what {@link ReportAssembler#check} asks of them, for plain printable text. */
  private static boolean plainCodes(ReportRow row) {
    String code = row.indicator.value();
    if (code.isEmpty() || !printable(code, false) || !Codes.normalize(code).equals(code)) {
      return false;
    }
    String name = row.name.value();
    return name.isEmpty() || printable(name, true);
  }

  private static boolean printable(String s, boolean spaces) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7E || c < (spaces ? ' ' : '!')) {
        return false;
      }
    }
    return true;
  }

  /** The row's shape, or {@code null} when a cell outside the shape is filled. */
  private @Nullable String shape(ReportRow row) {
    if (!row.formula.isEmpty() || !row.baseline.isEmpty() || !row.negative.isEmpty() || !row.period.isEmpty()
        || !row.consolidation.isEmpty() || !row.otherTargets.isEmpty() || !row.otherRealisasi.isEmpty()) {
      return null;
    }
    StringBuilder b = key;
    b.setLength(0);
    b.append(row.unit.value()).append('\u0000').append(row.polarity.value()).append('\u0000');
    boolean plain = cell(b, row.target.value());
    plain = cell(b, row.realisasi.value()) && plain;
    plain = cell(b, row.printed.value()) && plain;
    plain = cell(b, row.weight.value()) && plain;
    return plain ? b.toString() : null;
  }

  /**
   * Appends a number cell's shape.
   *
   * @return false when the cell has a character besides digits, separators, spaces, {@code %} and
   *     {@code -}: a letter or a bracket may start a comment whose digits are no part of the number
   */
  private static boolean cell(StringBuilder b, String s) {
    boolean plain = true;
    boolean run = false;
    boolean digits = false;
    boolean zero = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(run ? 'd' : c == '0' ? '0' : '1');
        run = true;
        digits = true;
        zero = zero && c == '0';
      } else {
        b.append(c);
        run = false;
        plain = plain && (c == '.' || c == ',' || c == ' ' || c == '%' || c == '-');
      }
    }
    b.append(digits && zero ? "\u0000Z\u0000" : "\u0000");
    return plain;
  }
}
