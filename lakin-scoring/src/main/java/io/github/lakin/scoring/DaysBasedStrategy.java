/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Strategi berbasis hari (days-based strategy): "rata-rata waktu penyelesaian ≤ 10 hari kerja".
 * Lower is better on a duration: {@code (2 − realisasi / target) × 100}; a target of 10 working
 * days with a mean of 4 scores 160.
 *
 * <p>The realisasi may be given in days, or computed from case dates with {@link #realization}
 * and the calendar's working days.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class DaysBasedStrategy implements ScoringStrategy {
  private final WorkingDayCalendar calendar;

  DaysBasedStrategy(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** Kasus (case): the day a case was received and the day it was completed. */
  public static final class Case {
    private final LocalDate received;
    private final LocalDate completed;

    private Case(LocalDate received, LocalDate completed) {
      this.received = received;
      this.completed = completed;
    }

    /**
     * Returns the case.
     *
     * @param received the day the case was received
     * @param completed the day it was completed, not before {@code received}
     * @return the case
     * @throws InvalidValueException if completed is before received
     */
    public static Case of(LocalDate received, LocalDate completed) {
      Objects.requireNonNull(received, "received");
      Objects.requireNonNull(completed, "completed");
      if (completed.isBefore(received)) {
        throw InvalidValueException.of("case.completed", completed, "must not be before received " + received);
      }
      return new Case(received, completed);
    }

    /** Returns the day received. */
    public LocalDate received() {
      return received;
    }

    /** Returns the day completed. */
    public LocalDate completed() {
      return completed;
    }
  }

  /** Returns the calendar. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * The mean duration of cases in working days (elapsed, see {@link
   * WorkingDayCalendar#workingDaysBetween}), exact.
   *
   * @param cases at least one case
   * @return the realisasi: the exact mean number of working days
   * @throws InvalidValueException if there are no cases
   */
  public Realization realization(List<Case> cases) {
    Objects.requireNonNull(cases, "cases");
    if (cases.isEmpty()) {
      throw InvalidValueException.of("cases", "[]", "must not be empty");
    }
    long total = 0;
    for (Case c : cases) {
      total += calendar.workingDaysBetween(c.received(), c.completed());
    }
    return Realization.of(Rational.of(total).divide(cases.size()));
  }

  @Override
  public String name() {
    return "daysBased";
  }

  @Override
  public Evaluation evaluate(Indicator indicator, Realization realization, ScoringPolicy policy) {
    Rational t = Strategies.numericTarget(indicator, name());
    Rational r = Strategies.numericRealization(indicator, realization);
    Strategies.requireNonNegativeTarget(indicator, t, name());
    if (r.signum() < 0) {
      throw InvalidValueException.of("indicator " + indicator.code() + ": realisasi", r, "must be >= 0 days");
    }
    return Strategies.zeroTarget(t, r, policy).orElseGet(() -> Strategies.inverse(r, t));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DaysBasedStrategy && ((DaysBasedStrategy) o).calendar.weekend().equals(calendar.weekend())
        && ((DaysBasedStrategy) o).calendar.holidays().equals(calendar.holidays());
  }

  @Override
  public int hashCode() {
    return calendar.holidays().hashCode();
  }

  @Override
  public String toString() {
    return name();
  }
}
