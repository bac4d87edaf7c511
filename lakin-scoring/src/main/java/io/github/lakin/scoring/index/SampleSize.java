/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ukuran sampel (jumlah responden minimal): the Krejcie–Morgan sample size of a survey (such as
 * the SKM of PermenPANRB 14/2017) for a population of {@code N}.
 *
 * <p>The formula of Krejcie and Morgan (1970), computed exactly:
 *
 * <pre>
 *   s = χ² · N · P(1 − P) / (d² · (N − 1) + χ² · P(1 − P))
 * </pre>
 *
 * with χ² = 3.841 (one degree of freedom, 95%), P = 0.5 and d = 0.05 by default. The result keeps
 * the exact {@code s} and gives two whole numbers:
 *
 * <ul>
 *   <li>{@link #respondents()}: {@code s} rounded <em>up</em>, the smallest whole number of
 *       respondents that is at least {@code s}. This is the conservative answer and the one to plan
 *       a survey with.
 *   <li>{@link #tableValue()}: {@code s} rounded to the nearest whole number (half-up), which is how
 *       the published Krejcie–Morgan table was rounded. It differs from {@link #respondents()} by
 *       one whenever the fraction of {@code s} is below one half: N = 500 gives s = 217.47…, the
 *       table prints 217 and {@link #respondents()} is 218; N = 15 gives 14.47…, table 14, rounded up
 *       15. As commonly reproduced, the table also prints 384 for N = 100 000, where the formula
 *       gives 382.63… (383); {@link #tableValue()} follows the formula, not that entry.
 * </ul>
 *
 * <p>Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class SampleSize {
  /** χ² for one degree of freedom at 95% confidence, as in the Krejcie–Morgan table: 3.841. */
  public static final BigDecimal CHI_SQUARE_95 = new BigDecimal("3.841");
  /** The population proportion that maximises the sample size: 0.5. */
  public static final BigDecimal PROPORTION_HALF = new BigDecimal("0.5");
  /** The degree of accuracy (margin of error) of the table: 0.05. */
  public static final BigDecimal MARGIN_5_PERCENT = new BigDecimal("0.05");

  private final long population;
  private final BigDecimal chiSquare;
  private final BigDecimal proportion;
  private final BigDecimal margin;
  private final Rational exact;

  private SampleSize(long population, BigDecimal chiSquare, BigDecimal proportion, BigDecimal margin, Rational exact) {
    this.population = population;
    this.chiSquare = chiSquare;
    this.proportion = proportion;
    this.margin = margin;
    this.exact = exact;
  }

  /**
   * The Krejcie–Morgan sample size with the table's parameters (χ² = 3.841, P = 0.5, d = 0.05).
   *
   * <p>Examples: N = 100 → s = 79.51, 80 respondents; N = 1 000 → 277.71, 278; N = 10 000 →
   * 369.93, 370; N = 1 000 000 → 383.95, 384.
   *
   * @param population the size N of the population, at least 1
   * @return the sample size
   * @throws InvalidValueException if the population is 0 or negative
   */
  public static SampleSize krejcieMorgan(long population) {
    return krejcieMorgan(population, CHI_SQUARE_95, PROPORTION_HALF, MARGIN_5_PERCENT);
  }

  /**
   * The Krejcie–Morgan sample size with other parameters.
   *
   * @param population the size N of the population, at least 1
   * @param chiSquare χ² for one degree of freedom at the wanted confidence level, &gt; 0 (3.841 for
   *     95%, 6.635 for 99%)
   * @param proportion the population proportion P, strictly between 0 and 1 (0.5 gives the largest
   *     sample)
   * @param margin the degree of accuracy d, strictly between 0 and 1
   * @return the sample size
   * @throws InvalidValueException if a parameter is out of range
   */
  public static SampleSize krejcieMorgan(long population, BigDecimal chiSquare, BigDecimal proportion, BigDecimal margin) {
    Objects.requireNonNull(chiSquare, "chiSquare");
    Objects.requireNonNull(proportion, "proportion");
    Objects.requireNonNull(margin, "margin");
    if (population <= 0) {
      throw InvalidValueException.of("population", population, "must be at least 1");
    }
    if (chiSquare.signum() <= 0) {
      throw InvalidValueException.of("chiSquare", chiSquare, "must be > 0");
    }
    if (proportion.signum() <= 0 || proportion.compareTo(BigDecimal.ONE) >= 0) {
      throw InvalidValueException.of("proportion", proportion, "must be strictly between 0 and 1");
    }
    if (margin.signum() <= 0 || margin.compareTo(BigDecimal.ONE) >= 0) {
      throw InvalidValueException.of("margin", margin, "must be strictly between 0 and 1");
    }
    Rational chi = Rational.of(chiSquare);
    Rational p = Rational.of(proportion);
    Rational d = Rational.of(margin);
    Rational n = Rational.of(population);
    Rational spread = chi.multiply(p).multiply(Rational.ONE.subtract(p));
    Rational numerator = spread.multiply(n);
    Rational denominator = d.multiply(d).multiply(n.subtract(Rational.ONE)).add(spread);
    return new SampleSize(population, chiSquare, proportion, margin, numerator.divide(denominator));
  }

  /** Returns the population size N. */
  public long population() {
    return population;
  }

  /** Returns χ² used. */
  public BigDecimal chiSquare() {
    return chiSquare;
  }

  /** Returns the proportion P used. */
  public BigDecimal proportion() {
    return proportion;
  }

  /** Returns the degree of accuracy d used. */
  public BigDecimal margin() {
    return margin;
  }

  /** Returns the exact sample size {@code s}, before any rounding; never more than N. */
  public Rational exact() {
    return exact;
  }

  /**
   * Jumlah responden minimal: the exact size rounded up to a whole respondent.
   *
   * @return the smallest whole number of respondents that is at least {@link #exact()}
   */
  public long respondents() {
    return exact.round(0, RoundingMode.CEILING).longValueExact();
  }

  /**
   * The size as the published Krejcie–Morgan table rounds it: to the nearest whole number, half-up.
   *
   * @return {@link #exact()} rounded half-up to a whole number
   */
  public long tableValue() {
    return exact.round(0, RoundingMode.HALF_UP).longValueExact();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SampleSize)) {
      return false;
    }
    SampleSize s = (SampleSize) o;
    return population == s.population
        && chiSquare.compareTo(s.chiSquare) == 0
        && proportion.compareTo(s.proportion) == 0
        && margin.compareTo(s.margin) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(population, exact);
  }

  @Override
  public String toString() {
    return "SampleSize{N=" + population + ", s=" + exact.round(2, RoundingMode.HALF_UP).toPlainString()
        + ", respondents=" + respondents() + "}";
  }
}
