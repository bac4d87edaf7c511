/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  private static final Locale ID = Locale.forLanguageTag("id");

  @Test
  void factories() {
    Period q2 = Period.quarter(2023, 2);
    assertThat(q2.type()).isEqualTo(Period.Type.QUARTER);
    assertThat(q2.year()).isEqualTo(2023);
    assertThat(q2.index()).isEqualTo(2);
    assertThat(Period.year(2023).index()).isEqualTo(1);
    assertThat(Period.of(YearMonth.of(2023, 3))).isEqualTo(Period.month(2023, 3));
    assertThat(Period.Type.MONTH.months()).isEqualTo(1);
    assertThat(Period.Type.QUARTER.months()).isEqualTo(3);
    assertThat(Period.Type.SEMESTER.months()).isEqualTo(6);
    assertThat(Period.Type.YEAR.months()).isEqualTo(12);
    assertThat(Period.quarter(2023, 2)).isEqualTo(Period.quarter(2023, 2)).hasSameHashCodeAs(Period.quarter(2023, 2));
    assertThat(Period.quarter(2023, 1)).isNotEqualTo(Period.month(2023, 1)).isNotEqualTo(Period.semester(2023, 1));
  }

  @Test
  void startAndEndDates() {
    assertThat(Period.year(2023).start()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(Period.year(2023).end()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(Period.semester(2023, 1).end()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(Period.semester(2023, 2).start()).isEqualTo(LocalDate.of(2023, 7, 1));
    // TW II: April to June
    assertThat(Period.quarter(2023, 2).start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(Period.quarter(2023, 2).end()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(Period.quarter(2023, 2).firstMonth()).isEqualTo(YearMonth.of(2023, 4));
    assertThat(Period.quarter(2023, 2).lastMonth()).isEqualTo(YearMonth.of(2023, 6));
    assertThat(Period.quarter(2023, 4).start()).isEqualTo(LocalDate.of(2023, 10, 1));
    // February: 28 days in 2023, 29 in the leap year 2024
    assertThat(Period.month(2023, 2).end()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(Period.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.month(2023, 3).start()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(Period.month(2023, 3).wholeYear()).isEqualTo(Period.year(2023));
  }

  @ParameterizedTest
  @CsvSource({
    "month, 2023, 13, period.month",
    "month, 2023, 0, period.month",
    "quarter, 2023, 5, period.quarter",
    "quarter, 2023, 0, period.quarter",
    "semester, 2023, 3, period.semester",
    "month, 1899, 1, period.year",
    "month, 3000, 1, period.year",
  })
  void boundsRejectedNamingTheField(String type, int year, int index, String field) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> {
      switch (type) {
        case "month":
          Period.month(year, index);
          break;
        case "quarter":
          Period.quarter(year, index);
          break;
        default:
          Period.semester(year, index);
      }
    });
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    String bad = field.equals("period.year") ? String.valueOf(year) : String.valueOf(index);
    assertThat(e.value()).isEqualTo(bad);
    assertThat(e).hasMessageContaining(field).hasMessageContaining(bad);
  }

  @Test
  void yearBoundsAreInclusive() {
    assertThat(Period.year(1900).year()).isEqualTo(1900);
    assertThat(Period.year(2999).year()).isEqualTo(2999);
    assertThatThrownBy(() -> Period.year(2999).next()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Period.month(1900, 1).previous()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void containsPeriods() {
    Period y = Period.year(2023);
    assertThat(y.contains(Period.quarter(2023, 2))).isTrue();
    assertThat(y.contains(y)).isTrue();
    assertThat(y.contains(Period.month(2024, 1))).isFalse();
    assertThat(Period.semester(2023, 1).contains(Period.quarter(2023, 2))).isTrue();
    assertThat(Period.semester(2023, 1).contains(Period.quarter(2023, 3))).isFalse();
    assertThat(Period.quarter(2023, 2).contains(Period.semester(2023, 1))).isFalse();
    assertThat(Period.quarter(2023, 2).contains(Period.month(2023, 5))).isTrue();
    assertThat(Period.quarter(2023, 2).contains(Period.month(2023, 7))).isFalse();
    assertThat(Period.quarter(2023, 2).contains(Period.year(2023))).isFalse();
  }

  @Test
  void containsDates() {
    Period q2 = Period.quarter(2023, 2);
    assertThat(q2.contains(LocalDate.of(2023, 4, 1))).isTrue();
    assertThat(q2.contains(LocalDate.of(2023, 6, 30))).isTrue();
    assertThat(q2.contains(LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(q2.contains(LocalDate.of(2023, 7, 1))).isFalse();
    assertThat(Period.month(2024, 2).contains(LocalDate.of(2024, 2, 29))).isTrue();
  }

  @Test
  void nextAndPreviousCrossYears() {
    assertThat(Period.quarter(2023, 4).next()).isEqualTo(Period.quarter(2024, 1));
    assertThat(Period.quarter(2023, 1).next()).isEqualTo(Period.quarter(2023, 2));
    assertThat(Period.month(2023, 12).next()).isEqualTo(Period.month(2024, 1));
    assertThat(Period.semester(2023, 2).next()).isEqualTo(Period.semester(2024, 1));
    assertThat(Period.year(2023).next()).isEqualTo(Period.year(2024));
    assertThat(Period.month(2023, 1).previous()).isEqualTo(Period.month(2022, 12));
    assertThat(Period.quarter(2023, 1).previous()).isEqualTo(Period.quarter(2022, 4));
    assertThat(Period.semester(2023, 1).previous()).isEqualTo(Period.semester(2022, 2));
    assertThat(Period.year(2023).previous()).isEqualTo(Period.year(2022));
    assertThat(Period.month(2023, 7).previous()).isEqualTo(Period.month(2023, 6));
  }

  @Test
  void orderIsByLastDayThenLaterStartFirst() {
    // from the class Javadoc: Q1 2023 < S1 2023 < Q4 2023 < S2 2023 < 2023
    List<Period> expected = List.of(
        Period.quarter(2023, 1),   // ends 31 Mar
        Period.month(2023, 6),     // ends 30 Jun, starts 1 Jun
        Period.quarter(2023, 2),   // ends 30 Jun, starts 1 Apr
        Period.semester(2023, 1),  // ends 30 Jun, starts 1 Jan
        Period.month(2023, 12),    // ends 31 Dec, starts 1 Dec
        Period.quarter(2023, 4),   // ends 31 Dec, starts 1 Oct
        Period.semester(2023, 2),  // ends 31 Dec, starts 1 Jul
        Period.year(2023),         // ends 31 Dec, starts 1 Jan
        Period.month(2024, 1));
    List<Period> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(2023));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(expected);
    assertThat(Period.quarter(2023, 1)).isLessThan(Period.semester(2023, 1));
    assertThat(Period.semester(2023, 1)).isLessThan(Period.quarter(2023, 4));
    assertThat(Period.quarter(2023, 4)).isLessThan(Period.semester(2023, 2));
    assertThat(Period.semester(2023, 2)).isLessThan(Period.year(2023));
    assertThat(Period.year(2022)).isLessThan(Period.month(2023, 1));
    assertThat(Period.year(2023).compareTo(Period.year(2023))).isZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "2023; YEAR; 2023; 1",
    "Tahun 2023; YEAR; 2023; 1",
    "tahun 2023; YEAR; 2023; 1",
    "TW II 2023; QUARTER; 2023; 2",
    "tw 2 2023; QUARTER; 2023; 2",
    "Triwulan IV 2023; QUARTER; 2023; 4",
    "Triwulan 2 2023; QUARTER; 2023; 2",
    "TW I 2024; QUARTER; 2024; 1",
    "Q3 2023; QUARTER; 2023; 3",
    "q1 2023; QUARTER; 2023; 1",
    "Semester I 2023; SEMESTER; 2023; 1",
    "Semester II 2023; SEMESTER; 2023; 2",
    "S2 2023; SEMESTER; 2023; 2",
    "H1 2023; SEMESTER; 2023; 1",
    "Maret 2023; MONTH; 2023; 3",
    "Mar 2023; MONTH; 2023; 3",
    "March 2023; MONTH; 2023; 3",
    "Agustus 2023; MONTH; 2023; 8",
    "Agt 2023; MONTH; 2023; 8",
    "Des 2023; MONTH; 2023; 12",
    "Desember 2023; MONTH; 2023; 12",
    "Mei 2023; MONTH; 2023; 5",
    "Okt 2023; MONTH; 2023; 10",
    "Januari 2024; MONTH; 2024; 1",
    "2023-03; MONTH; 2023; 3",
    "2023-12; MONTH; 2023; 12",
    "'  TW   II   2023  '; QUARTER; 2023; 2",
  })
  void parse(String text, Period.Type type, int year, int index) {
    Period p = Period.parse(text);
    assertThat(p.type()).isEqualTo(type);
    assertThat(p.year()).isEqualTo(year);
    assertThat(p.index()).isEqualTo(index);
  }

  /**
   * Found by PeriodFuzzTest: {@code Triwulan\u00A0II\u00A02023} (non-breaking spaces, as
   * spreadsheets export them) was refused although {@code Triwulan II 2023} is read.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Triwulan\u00A0II\u00A02023", "\u00A0TW\u2007II 2023\u202F", "TW II\u001F2023"})
  void unicodeSpacesReadAsSpaces(String text) {
    assertThat(Period.parse(text)).isEqualTo(Period.quarter(2023, 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TW V 2023", "13/2023", "", "Triwulan 2023", "Bulan 2023", "Ma 2023", "2023-13", "2023-00",
      "TW 5 2023", "Semester III 2023", "S3 2023", "Q0 2023", "Tahun 1899", "3000", "Maret 1800", "triwulan", "hello"})
  void badLabelsRejectedNamingTheText(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Period.parse(text));
    assertThat(e).as("no exception for '%s'", text).isNotNull();
    assertThat(e).hasMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "YEAR; 1; 2023; 2023",
    "SEMESTER; 1; Semester I 2023; H1 2023",
    "SEMESTER; 2; Semester II 2023; H2 2023",
    "QUARTER; 2; TW II 2023; Q2 2023",
    "QUARTER; 4; TW IV 2023; Q4 2023",
    "MONTH; 3; Maret 2023; March 2023",
    "MONTH; 5; Mei 2023; May 2023",
    "MONTH; 8; Agustus 2023; August 2023",
    "MONTH; 12; Desember 2023; December 2023",
  })
  void labels(Period.Type type, int index, String id, String en) {
    Period p;
    switch (type) {
      case YEAR:
        p = Period.year(2023);
        break;
      case SEMESTER:
        p = Period.semester(2023, index);
        break;
      case QUARTER:
        p = Period.quarter(2023, index);
        break;
      default:
        p = Period.month(2023, index);
    }
    assertThat(p.label(ID)).isEqualTo(id);
    assertThat(p.label(new Locale("in"))).isEqualTo(id);
    assertThat(p.label(Locale.ENGLISH)).isEqualTo(en);
    assertThat(p.label(Locale.UK)).isEqualTo(en);
    assertThat(p).hasToString(id);
  }
}
