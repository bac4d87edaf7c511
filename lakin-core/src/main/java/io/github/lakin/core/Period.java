/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periode (reporting period): a year (tahun), a half (semester), a quarter (triwulan, TW) or a
 * month (bulan).
 *
 * <p>Periods are totally ordered by their last day, then by their first day, later first: so
 * {@code Q1 2023 < S1 2023 < Q4 2023 < S2 2023 < 2023}, and a period comes after every period it
 * contains. The as-of period of a computation is always given, never read from the clock.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Period implements Comparable<Period> {

  /** Jenis periode: the length of a period. */
  public enum Type {
    /** Bulan: one month. */
    MONTH(1),
    /** Triwulan: three months. */
    QUARTER(3),
    /** Semester: six months. */
    SEMESTER(6),
    /** Tahun: the year. */
    YEAR(12);

    private final int months;

    Type(int months) {
      this.months = months;
    }

    /** Returns the number of months in such a period. */
    public int months() {
      return months;
    }
  }

  private static final String[] ROMAN = {"I", "II", "III", "IV"};
  private static final String[] BULAN = {
    "januari", "februari", "maret", "april", "mei", "juni",
    "juli", "agustus", "september", "oktober", "november", "desember"
  };
  private static final String[] MONTH_EN = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  private final Type type;
  private final int year;
  private final int index;

  private Period(Type type, int year, int index) {
    this.type = type;
    this.year = year;
    this.index = index;
  }

  private static Period make(Type type, int year, int index) {
    if (year < 1900 || year > 2999) {
      throw InvalidValueException.of("period.year", year, "must be between 1900 and 2999");
    }
    int max = 12 / type.months();
    if (index < 1 || index > max) {
      throw InvalidValueException.of("period." + type.name().toLowerCase(Locale.ROOT), index, "must be between 1 and " + max);
    }
    return new Period(type, year, index);
  }

  /**
   * Returns tahun {@code year}.
   *
   * @param year the year
   * @return tahun {@code year}
   */
  public static Period year(int year) {
    return make(Type.YEAR, year, 1);
  }

  /**
   * Returns semester {@code semester} of {@code year}.
   *
   * @param year the year
   * @param semester 1 or 2
   * @return semester {@code semester} of {@code year}
   */
  public static Period semester(int year, int semester) {
    return make(Type.SEMESTER, year, semester);
  }

  /**
   * Returns triwulan {@code quarter} of {@code year}.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return triwulan {@code quarter} of {@code year}
   */
  public static Period quarter(int year, int quarter) {
    return make(Type.QUARTER, year, quarter);
  }

  /**
   * Returns the month.
   *
   * @param year the year
   * @param month 1 to 12
   * @return the month
   */
  public static Period month(int year, int month) {
    return make(Type.MONTH, year, month);
  }

  /**
   * Returns the same month as a period.
   *
   * @param yearMonth a month
   * @return the same month as a period
   */
  public static Period of(YearMonth yearMonth) {
    return month(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /** Returns the kind of period. */
  public Type type() {
    return type;
  }

  /** Returns the year. */
  public int year() {
    return year;
  }

  /** Returns the position in the year: month 1–12, quarter 1–4, semester 1–2, or 1 for a year. */
  public int index() {
    return index;
  }

  /** Returns the first month of the period. */
  public YearMonth firstMonth() {
    return YearMonth.of(year, (index - 1) * type.months() + 1);
  }

  /** Returns the last month of the period. */
  public YearMonth lastMonth() {
    return YearMonth.of(year, index * type.months());
  }

  /** Returns the first day. */
  public LocalDate start() {
    return firstMonth().atDay(1);
  }

  /** Returns the last day. */
  public LocalDate end() {
    return lastMonth().atEndOfMonth();
  }

  /**
   * Returns whether every day of {@code other} lies in this period.
   *
   * @param other another period
   * @return whether every day of {@code other} lies in this period
   */
  public boolean contains(Period other) {
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /**
   * Returns whether the day lies in this period.
   *
   * @param date a day
   * @return whether the day lies in this period
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Returns the period of the same type that follows this one. */
  public Period next() {
    int max = 12 / type.months();
    return index == max ? make(type, year + 1, 1) : make(type, year, index + 1);
  }

  /** Returns the period of the same type before this one. */
  public Period previous() {
    return index == 1 ? make(type, year - 1, 12 / type.months()) : make(type, year, index - 1);
  }

  /** Returns the whole year this period lies in. */
  public Period wholeYear() {
    return year(year);
  }

  /**
   * The label as Indonesian reports print it ({@code "TW II 2023"}, {@code "Semester I 2023"},
   * {@code "Maret 2023"}, {@code "2023"}) or in English ({@code "Q2 2023"}, {@code "H1 2023"},
   * {@code "March 2023"}).
   *
   * @param locale {@code Locale("id")} for Indonesian, anything else for English
   * @return the label
   */
  public String label(Locale locale) {
    boolean id = "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
    switch (type) {
      case YEAR:
        return String.valueOf(year);
      case SEMESTER:
        return (id ? "Semester " + ROMAN[index - 1] : "H" + index) + " " + year;
      case QUARTER:
        return (id ? "TW " + ROMAN[index - 1] : "Q" + index) + " " + year;
      default:
        String name = id ? BULAN[index - 1] : MONTH_EN[index - 1];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + year;
    }
  }

  private static final Pattern YEAR_ONLY = Pattern.compile("(?:tahun|year|th\\.?)?\\s*(\\d{4})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern PART =
      Pattern.compile("(tw|triwulan|trw|q|quarter|semester|smt|s|h|half)\\s*[-.]?\\s*([ivx]+|\\d)\\s*[-/]?\\s*(\\d{4})");
  private static final Pattern NAMED_MONTH = Pattern.compile("(?:bulan\\s+)?([a-z]+)\\.?\\s+(\\d{4})");

  /**
   * Reads a period label: {@code "2023"}, {@code "Tahun 2023"}, {@code "TW II 2023"},
   * {@code "Triwulan 2 2023"}, {@code "Q2 2023"}, {@code "Semester I 2023"}, {@code "S1 2023"},
   * {@code "H2 2023"}, {@code "Maret 2023"}, {@code "Mar 2023"}, {@code "March 2023"},
   * {@code "2023-03"}. Case and extra spaces do not matter; non-breaking and other Unicode spaces
   * count as spaces.
   *
   * @param text the label
   * @return the period
   * @throws InvalidValueException naming the text if it is not a period label
   */
  public static Period parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return parseLabel(text);
    } catch (InvalidValueException e) {
      if (e.field().equals("period")) {
        throw e;
      }
      // a label of the right shape with a part out of range, e.g. "2023-13" or "TW 5 2023"
      InvalidValueException named = InvalidValueException.of("period", text, "is out of range (" + e.getMessage() + ")");
      named.initCause(e);
      throw named;
    }
  }

  private static Period parseLabel(String text) {
    String t = Checks.collapseSpaces(text).toLowerCase(Locale.ROOT);
    Matcher m = YEAR_ONLY.matcher(t);
    if (m.matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    m = ISO_MONTH.matcher(t);
    if (m.matches()) {
      return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = PART.matcher(t);
    if (m.matches()) {
      int n = partNumber(m.group(2), text);
      int y = Integer.parseInt(m.group(3));
      String kind = m.group(1);
      boolean quarter = kind.equals("tw") || kind.equals("triwulan") || kind.equals("trw") || kind.startsWith("q");
      return quarter ? quarter(y, n) : semester(y, n);
    }
    m = NAMED_MONTH.matcher(t);
    if (m.matches()) {
      String name = m.group(1);
      for (int i = 0; i < 12; i++) {
        if (name.length() >= 3 && (BULAN[i].startsWith(name) || MONTH_EN[i].startsWith(name))) {
          return month(Integer.parseInt(m.group(2)), i + 1);
        }
      }
      // Indonesian abbreviations that are not prefixes: Agt/Ags (Agustus), Okt (Oktober), Des (Desember)
      switch (name) {
        case "agt":
        case "ags":
          return month(Integer.parseInt(m.group(2)), 8);
        case "okt":
          return month(Integer.parseInt(m.group(2)), 10);
        case "des":
          return month(Integer.parseInt(m.group(2)), 12);
        default:
          break;
      }
    }
    throw InvalidValueException.of(
        "period", text, "must be a period label such as 2023, TW II 2023, Semester I 2023, Maret 2023 or 2023-03");
  }

  private static int partNumber(String token, String text) {
    if (Character.isDigit(token.charAt(0))) {
      return Integer.parseInt(token);
    }
    String upper = token.toUpperCase(Locale.ROOT);
    for (int i = 0; i < ROMAN.length; i++) {
      if (ROMAN[i].equals(upper)) {
        return i + 1;
      }
    }
    throw InvalidValueException.of("period", text, "has an unknown roman numeral '" + token + "'");
  }

  @Override
  public int compareTo(Period other) {
    int c = end().compareTo(other.end());
    if (c != 0) {
      return c;
    }
    return other.start().compareTo(start());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Period)) {
      return false;
    }
    Period p = (Period) o;
    return p.type == type && p.year == year && p.index == index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, year, index);
  }

  /** @return the Indonesian label, e.g. {@code "TW II 2023"} */
  @Override
  public String toString() {
    return label(Locale.forLanguageTag("id"));
  }
}
