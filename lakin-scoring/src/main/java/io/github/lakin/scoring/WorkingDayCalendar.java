/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kalender hari kerja (working-day calendar): weekends plus a holiday list the caller supplies
 * (libur nasional, cuti bersama). Lakin ships no holiday list of its own: the list changes every
 * year by SKB and differs between regions.
 *
 * <p>{@link #workingDaysBetween(LocalDate, LocalDate)} counts elapsed working days: those after
 * the start day up to and including the end day, so a case closed on the day it arrived took 0
 * days. {@link #workingDaysInclusive(LocalDate, LocalDate)} counts both ends, for units that
 * count the day of receipt.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class WorkingDayCalendar {
  private final Set<DayOfWeek> weekend;
  private final Set<LocalDate> holidays;

  private WorkingDayCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    this.weekend = weekend;
    this.holidays = holidays;
  }

  /**
   * Returns a calendar with Saturday and Sunday as weekend.
   *
   * @param holidays the holidays that fall on working days (duplicates and weekend days are harmless)
   * @return a calendar with Saturday and Sunday as weekend
   */
  public static WorkingDayCalendar of(Collection<LocalDate> holidays) {
    return of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
  }

  /**
   * Returns the calendar.
   *
   * @param weekend the weekly days off, at most six
   * @param holidays the holidays
   * @return the calendar
   * @throws InvalidValueException if every day of the week is a day off
   */
  public static WorkingDayCalendar of(Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
    Objects.requireNonNull(weekend, "weekend");
    Objects.requireNonNull(holidays, "holidays");
    if (weekend.size() >= 7) {
      throw InvalidValueException.of("calendar.weekend", weekend, "must leave at least one working day");
    }
    Set<DayOfWeek> w = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
    return new WorkingDayCalendar(w, java.util.Collections.unmodifiableSet(new TreeSet<>(holidays)));
  }

  /**
   * Returns whether it is neither a weekend day nor a holiday.
   *
   * @param date a day
   * @return whether it is neither a weekend day nor a holiday
   */
  public boolean isWorkingDay(LocalDate date) {
    return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * Returns the working days after {@code start} up to and including {@code end}.
   *
   * @param start the day the case started (not counted)
   * @param end the day it ended (counted), not before {@code start}
   * @return the working days after {@code start} up to and including {@code end}
   * @throws InvalidValueException if {@code end} is before {@code start}
   */
  public long workingDaysBetween(LocalDate start, LocalDate end) {
    requireOrder(start, end);
    long count = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the working days from {@code start} to {@code end}, both included.
   *
   * @param start the first day (counted)
   * @param end the last day (counted), not before {@code start}
   * @return the working days from {@code start} to {@code end}, both included
   * @throws InvalidValueException if {@code end} is before {@code start}
   */
  public long workingDaysInclusive(LocalDate start, LocalDate end) {
    requireOrder(start, end);
    return workingDaysBetween(start, end) + (isWorkingDay(start) ? 1 : 0);
  }

  private static void requireOrder(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw InvalidValueException.of("end", end, "must not be before start " + start);
    }
  }

  /** Returns the weekly days off. */
  public Set<DayOfWeek> weekend() {
    return java.util.Collections.unmodifiableSet(weekend);
  }

  /** Returns the holidays. */
  public Set<LocalDate> holidays() {
    return holidays;
  }
}
