/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Statistik responden (response statistics) of a satisfaction survey: how many respondents, how
 * many answers were filled, and the response rate. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class IkmResponseStats {
  private final int respondents;
  private final int respondentsWithAnswers;
  private final int completeRespondents;
  private final int elements;
  private final long answeredCells;

  IkmResponseStats(int respondents, int respondentsWithAnswers, int completeRespondents, int elements, long answeredCells) {
    this.respondents = respondents;
    this.respondentsWithAnswers = respondentsWithAnswers;
    this.completeRespondents = completeRespondents;
    this.elements = elements;
    this.answeredCells = answeredCells;
  }

  /** Returns the number of response rows, including rows left entirely blank. */
  public int respondents() {
    return respondents;
  }

  /** Returns respondents who filled at least one item. */
  public int respondentsWithAnswers() {
    return respondentsWithAnswers;
  }

  /** Returns respondents who filled every item. */
  public int completeRespondents() {
    return completeRespondents;
  }

  /** Returns the number of cells, respondents × unsur. */
  public long cells() {
    return (long) respondents * elements;
  }

  /** Returns the number of filled answers. */
  public long answeredCells() {
    return answeredCells;
  }

  /** Returns the number of blank answers. */
  public long blankCells() {
    return cells() - answeredCells;
  }

  /** Returns the exact share of filled cells, answered cells / (respondents × unsur), from 0 to 1. */
  public Rational responseRate() {
    return Rational.of(answeredCells).divide(cells());
  }

  /**
   * Returns the response rate in percent, rounded once.
   *
   * @param rounding the display rounding, e.g. {@link RoundingPolicy#defaults()}
   * @return the response rate in percent, rounded once
   */
  public BigDecimal responseRatePercent(RoundingPolicy rounding) {
    return rounding.round(responseRate().multiply(Rational.HUNDRED));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof IkmResponseStats)) {
      return false;
    }
    IkmResponseStats s = (IkmResponseStats) o;
    return respondents == s.respondents && respondentsWithAnswers == s.respondentsWithAnswers
        && completeRespondents == s.completeRespondents && elements == s.elements && answeredCells == s.answeredCells;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(respondents, respondentsWithAnswers, completeRespondents, elements, answeredCells);
  }

  @Override
  public String toString() {
    return "IkmResponseStats{respondents=" + respondents + ", complete=" + completeRespondents
        + ", answered=" + answeredCells + "/" + cells() + "}";
  }
}
