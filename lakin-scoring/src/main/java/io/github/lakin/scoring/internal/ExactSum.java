/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal;

import io.github.lakin.core.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An exact sum of many fractions, for the rare means the fixed-point bound cannot decide.
 *
 * <p>Adding fractions one by one in lowest terms costs a gcd of ever larger numbers. Here the
 * numerators of equal denominators are added first (real data has few distinct targets), and the
 * groups are then combined pairwise in a balanced tree without reducing, so the work grows like
 * a multiplication of the final numbers; one reduction happens at the end.
 *
 * @since 0.1.0
 */
public final class ExactSum {
  private final Map<BigInteger, BigInteger> byDenominator = new HashMap<>();

  /** Starts an empty sum. */
  public ExactSum() {}

  /**
   * Adds a term.
   *
   * @param value a term of the sum
   */
  public void add(Rational value) {
    byDenominator.merge(value.denominator(), value.numerator(), BigInteger::add);
  }

  /**
   * Returns the exact sum divided by {@code count}.
   *
   * @param count a positive number of members
   * @return the exact sum divided by {@code count}
   */
  public Rational mean(long count) {
    List<BigInteger[]> terms = new ArrayList<>(byDenominator.size() + 1);
    byDenominator.forEach((den, num) -> terms.add(new BigInteger[] {num, den}));
    if (terms.isEmpty()) {
      terms.add(new BigInteger[] {BigInteger.ZERO, BigInteger.ONE});
    }
    List<BigInteger[]> level = terms;
    while (level.size() > 1) {
      List<BigInteger[]> next = new ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i + 1 < level.size(); i += 2) {
        BigInteger[] x = level.get(i);
        BigInteger[] y = level.get(i + 1);
        next.add(new BigInteger[] {x[0].multiply(y[1]).add(y[0].multiply(x[1])), x[1].multiply(y[1])});
      }
      if (level.size() % 2 == 1) {
        next.add(level.get(level.size() - 1));
      }
      level = next;
    }
    BigInteger[] total = level.get(0);
    return Rational.of(total[0], total[1].multiply(BigInteger.valueOf(count)));
  }
}
