/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Working days (DOMAIN.md §3, days-based indicators): counting, additivity, holidays, weekends. */
class WorkingDayCalendarProperties {
  private static final Set<DayOfWeek> SAT_SUN = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  /** Days from 2019 to 2027. */
  private static Gen<LocalDate> dates() {
    return integers().between(0, 9 * 365).map(i -> LocalDate.of(2019, 1, 1).plusDays(i));
  }

  /** Weekends of 0 to 6 days, Saturday–Sunday more often. */
  private static Gen<Set<DayOfWeek>> weekends() {
    return integers().between(0, 126).map(mask -> {
      Set<DayOfWeek> w = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        if ((mask & (1 << (d.getValue() - 1))) != 0) {
          w.add(d);
        }
      }
      return w;
    }).mix(org.quicktheories.generators.SourceDSL.arbitrary().constant(SAT_SUN), 40);
  }

  /** Holiday offsets from a start day, duplicates and weekend days included. */
  private static Gen<List<Integer>> holidayOffsets() {
    return lists().of(integers().between(-10, 900)).ofSizeBetween(0, 30);
  }

  private static List<LocalDate> holidays(LocalDate from, List<Integer> offsets) {
    List<LocalDate> out = new ArrayList<>();
    for (int o : offsets) {
      out.add(from.plusDays(o));
    }
    return out;
  }

  /**
   * Reference without holidays: whole weeks contribute 7 − |weekend| working days each, and the
   * remaining 0–6 days after the whole weeks are looked at one by one.
   */
  private static long referenceWithoutHolidays(LocalDate start, LocalDate end, Set<DayOfWeek> weekend) {
    long n = ChronoUnit.DAYS.between(start, end);
    long count = (n / 7) * (7 - weekend.size());
    LocalDate tailStart = start.plusDays((n / 7) * 7);
    for (int k = 1; k <= n % 7; k++) {
      if (!weekend.contains(tailStart.plusDays(k).getDayOfWeek())) {
        count++;
      }
    }
    return count;
  }

  /** Each distinct holiday on a working weekday after the start, up to the end, removes one day. */
  private static long reference(LocalDate start, LocalDate end, Set<DayOfWeek> weekend, List<LocalDate> holidays) {
    Set<LocalDate> distinct = new HashSet<>(holidays);
    long removed = distinct.stream()
        .filter(h -> h.isAfter(start) && !h.isAfter(end) && !weekend.contains(h.getDayOfWeek()))
        .count();
    return referenceWithoutHolidays(start, end, weekend) - removed;
  }

  @Test
  void matchesTheReferenceCount() {
    qt().withExamples(1000).forAll(dates(), integers().between(0, 800), weekends(), holidayOffsets()).checkAssert((a, days, w, offs) -> {
      LocalDate b = a.plusDays(days);
      List<LocalDate> hs = holidays(a, offs);
      WorkingDayCalendar cal = WorkingDayCalendar.of(w, hs);
      assertThat(cal.workingDaysBetween(a, b)).as("%s → %s, weekend %s, holidays %s", a, b, w, hs)
          .isEqualTo(reference(a, b, w, hs));
    });
  }

  @Test
  void countsAreAdditive() {
    qt().withExamples(1000).forAll(dates(), integers().between(0, 400), integers().between(0, 400), holidayOffsets())
        .checkAssert((a, i, j, offs) -> {
          LocalDate b = a.plusDays(i);
          LocalDate c = b.plusDays(j);
          WorkingDayCalendar cal = WorkingDayCalendar.of(holidays(a, offs));
          assertThat(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c))
              .as("%s ≤ %s ≤ %s", a, b, c).isEqualTo(cal.workingDaysBetween(a, c));
        });
  }

  @Test
  void neverMoreThanCalendarDays() {
    qt().withExamples(1000).forAll(dates(), integers().between(0, 800), weekends(), holidayOffsets()).checkAssert((a, days, w, offs) -> {
      LocalDate b = a.plusDays(days);
      WorkingDayCalendar cal = WorkingDayCalendar.of(w, holidays(a, offs));
      long between = cal.workingDaysBetween(a, b);
      assertThat(between).isBetween(0L, (long) days);
      assertThat(cal.workingDaysInclusive(a, b)).isBetween(0L, days + 1L);
    });
  }

  @Test
  void anySevenConsecutiveDaysHoldFiveWorkingDays() {
    WorkingDayCalendar cal = WorkingDayCalendar.of(List.of());
    qt().withExamples(1000).forAll(dates()).checkAssert(d -> {
      assertThat(cal.workingDaysBetween(d, d.plusDays(7))).as("after %s", d).isEqualTo(5);
      assertThat(cal.workingDaysInclusive(d, d.plusDays(6))).as("from %s", d).isEqualTo(5);
    });
  }

  @Test
  void anySevenConsecutiveDaysHoldSevenMinusTheWeekend() {
    qt().withExamples(1000).forAll(dates(), weekends()).checkAssert((d, w) -> {
      WorkingDayCalendar cal = WorkingDayCalendar.of(w, List.of());
      assertThat(cal.workingDaysBetween(d, d.plusDays(7))).isEqualTo(7 - w.size());
    });
  }

  @Test
  void inclusiveAddsTheStartDayWhenItIsAWorkingDay() {
    qt().withExamples(1000).forAll(dates(), integers().between(0, 400), weekends(), holidayOffsets()).checkAssert((a, days, w, offs) -> {
      LocalDate b = a.plusDays(days);
      List<LocalDate> hs = holidays(a, offs);
      WorkingDayCalendar cal = WorkingDayCalendar.of(w, hs);
      boolean startWorks = !w.contains(a.getDayOfWeek()) && !hs.contains(a);
      assertThat(cal.isWorkingDay(a)).isEqualTo(startWorks);
      assertThat(cal.workingDaysInclusive(a, b)).isEqualTo(cal.workingDaysBetween(a, b) + (startWorks ? 1 : 0));
    });
  }

  @Test
  void sameDayIsZeroAndReversedDatesAreRejected() {
    qt().withExamples(300).forAll(dates(), integers().between(1, 400)).checkAssert((a, days) -> {
      WorkingDayCalendar cal = WorkingDayCalendar.of(List.of());
      assertThat(cal.workingDaysBetween(a, a)).isZero();
      assertThatThrownBy(() -> cal.workingDaysBetween(a.plusDays(days), a)).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> cal.workingDaysInclusive(a.plusDays(days), a)).isInstanceOf(InvalidValueException.class);
    });
  }

  @Test
  void daysBasedRealisasiIsTheExactMeanOfTheCases() {
    qt().withExamples(500)
        .forAll(dates(), lists().of(integers().between(0, 60)).ofSizeBetween(1, 12), lists().of(integers().between(0, 60)).ofSizeBetween(1, 12), holidayOffsets())
        .checkAssert((a, starts, lengths, offs) -> {
          List<LocalDate> hs = holidays(a, offs);
          DaysBasedStrategy s = ScoringStrategy.daysBased(WorkingDayCalendar.of(hs));
          List<DaysBasedStrategy.Case> cases = new ArrayList<>();
          long total = 0;
          for (int i = 0; i < starts.size(); i++) {
            LocalDate received = a.plusDays(starts.get(i));
            LocalDate completed = received.plusDays(lengths.get(i % lengths.size()));
            cases.add(DaysBasedStrategy.Case.of(received, completed));
            total += reference(received, completed, SAT_SUN, hs);
          }
          assertThat(s.realization(cases).value())
              .contains(Rational.of(BigInteger.valueOf(total), BigInteger.valueOf(cases.size())));
        });
  }
}
