/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

/**
 * Pembanding (comparator) of a comparator target such as {@code < 20%} or {@code ≥ 95}.
 *
 * <p>{@code <} and {@code ≤} mean lower is better; {@code >} and {@code ≥} mean higher is better.
 * For the capaian only the number and the direction matter (DOMAIN: comparator targets); the
 * strictness is kept so that a report can say whether the target was met.
 *
 * @since 0.1.0
 */
public enum Relation {
  /** {@code <}: lower is better, strictly below. */
  LESS_THAN("<", Polarity.LOWER_IS_BETTER),
  /** {@code ≤}: lower is better, at most. */
  AT_MOST("≤", Polarity.LOWER_IS_BETTER),
  /** {@code >}: higher is better, strictly above. */
  GREATER_THAN(">", Polarity.HIGHER_IS_BETTER),
  /** {@code ≥}: higher is better, at least. */
  AT_LEAST("≥", Polarity.HIGHER_IS_BETTER);

  private final String symbol;
  private final Polarity polarity;

  Relation(String symbol, Polarity polarity) {
    this.symbol = symbol;
    this.polarity = polarity;
  }

  /** Returns the printed symbol: {@code <}, {@code ≤}, {@code >} or {@code ≥}. */
  public String symbol() {
    return symbol;
  }

  /** Returns the direction this comparator implies. */
  public Polarity impliedPolarity() {
    return polarity;
  }

  /**
   * Returns whether the realisation satisfies {@code realization <relation> target}.
   *
   * @param realization a realised value
   * @param target the target number
   * @return whether the realisation satisfies {@code realization <relation> target}
   */
  public boolean isSatisfied(Rational realization, Rational target) {
    int c = realization.compareTo(target);
    switch (this) {
      case LESS_THAN:
        return c < 0;
      case AT_MOST:
        return c <= 0;
      case GREATER_THAN:
        return c > 0;
      default:
        return c >= 0;
    }
  }

  /**
   * Reads {@code <}, {@code <=}, {@code ≤}, {@code >}, {@code >=}, {@code ≥}.
   *
   * @param symbol the symbol
   * @return the relation
   * @throws InvalidValueException for any other text
   */
  public static Relation parse(String symbol) {
    switch (symbol.trim()) {
      case "<":
        return LESS_THAN;
      case "<=":
      case "≤":
      case "=<":
        return AT_MOST;
      case ">":
        return GREATER_THAN;
      case ">=":
      case "≥":
      case "=>":
        return AT_LEAST;
      default:
        throw InvalidValueException.of("relation", symbol, "must be one of <, ≤, <=, >, ≥, >=");
    }
  }
}
