/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.Period;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.scoring.aggregate.PeriodTracking;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.audit.PrintedFigures;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Berkas laporan (report file): what a CSV or JSON report file holds, read and validated: the
 * performance agreement (goals, indicators, budget), the realisations, the figures the report
 * printed (for the audit) and the report settings the file names. Immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ReportFile {
  private final String source;
  private final PerformanceAgreement agreement;
  private final Realizations realizations;
  private final Map<String, String> targetTexts;
  private final Map<String, String> realisasiTexts;
  private final PrintedFigures printed;
  private final ReportSettings settings;
  private final Map<String, PeriodTracking> periods;
  private final Set<String> yearFromPeriods;
  private final Optional<Period> asOf;
  private final Map<String, io.github.lakin.core.Rational> previous;

  ReportFile(String source, PerformanceAgreement agreement, Realizations realizations, Map<String, String> targetTexts,
      Map<String, String> realisasiTexts, PrintedFigures printed, ReportSettings settings) {
    this.source = source;
    this.agreement = agreement;
    this.realizations = realizations;
    this.targetTexts = Collections.unmodifiableMap(new LinkedHashMap<>(targetTexts));
    this.realisasiTexts = Collections.unmodifiableMap(new LinkedHashMap<>(realisasiTexts));
    this.printed = printed;
    this.settings = settings;
    this.periods = Map.of();
    this.yearFromPeriods = Set.of();
    this.asOf = Optional.empty();
    this.previous = Map.of();
  }

  private ReportFile(ReportFile f, Map<String, PeriodTracking> periods, Set<String> yearFromPeriods, Optional<Period> asOf) {
    this(f, periods, yearFromPeriods, asOf, f.previous);
  }

  private ReportFile(ReportFile f, Map<String, PeriodTracking> periods, Set<String> yearFromPeriods, Optional<Period> asOf,
      Map<String, io.github.lakin.core.Rational> previous) {
    this.previous = Collections.unmodifiableMap(new LinkedHashMap<>(previous));
    this.source = f.source;
    this.agreement = f.agreement;
    this.realizations = f.realizations;
    this.targetTexts = f.targetTexts;
    this.realisasiTexts = f.realisasiTexts;
    this.printed = f.printed;
    this.settings = f.settings;
    this.periods = Collections.unmodifiableMap(new LinkedHashMap<>(periods));
    this.yearFromPeriods = Set.copyOf(yearFromPeriods);
    this.asOf = asOf;
  }

  /** This file with the periods its rows give and the as-of period it states. */
  ReportFile withPeriods(Map<String, PeriodTracking> periods, Set<String> yearFromPeriods, Optional<Period> asOf) {
    return new ReportFile(this, periods, yearFromPeriods, asOf);
  }

  /** This file with the previous year's realisasi of the indicators that give one. */
  ReportFile withPrevious(Map<String, io.github.lakin.core.Rational> previous) {
    return new ReportFile(this, periods, yearFromPeriods, asOf, previous);
  }

  /**
   * Returns the realisasi of the previous year ({@code agreement().year() - 1}) of each indicator
   *     whose row gives one (column {@code previous}, alias {@code realisasi-lalu}), by code in file
   *     order; empty when the file has none.
   */
  public Map<String, io.github.lakin.core.Rational> previous() {
    return previous;
  }

  /**
   * Returns the monthly, quarterly or semester targets and realisations of the indicators that have
   * period rows, by code in file order; empty when the file has none.
   *
   * @return the monthly, quarterly or semester targets and realisations of the indicators that
   *     have period rows, by code in file order; empty when the file has none
   */
  public Map<String, PeriodTracking> periods() {
    return periods;
  }

  /**
   * Returns whether the indicator's year figure is the consolidation of its periods (it has period
   * rows and no annual row).
   *
   * @param code an indicator code
   * @return whether the indicator's year figure is the consolidation of its periods (it has
   *     period rows and no annual row)
   */
  public boolean yearFromPeriods(String code) {
    return yearFromPeriods.contains(code);
  }

  /** Returns the as-of period the file states ({@code # as-of: TW II 2024}), if any. */
  public Optional<Period> asOf() {
    return asOf;
  }

  /** Returns the file name the report was read from. */
  public String source() {
    return source;
  }

  /** Returns the agreement: unit, year, goals and indicators in file order, budget lines. */
  public PerformanceAgreement agreement() {
    return agreement;
  }

  /** Returns the realisations by indicator code. */
  public Realizations realizations() {
    return realizations;
  }

  /** Returns each indicator's target as the file wrote it, by code. */
  public Map<String, String> targetTexts() {
    return targetTexts;
  }

  /** Returns each indicator's realisasi as the file wrote it, by code. */
  public Map<String, String> realisasiTexts() {
    return realisasiTexts;
  }

  /** Returns the figures the report printed, and inputs it printed differently elsewhere, for the audit. */
  public PrintedFigures printed() {
    return printed;
  }

  /** Returns the report settings the file names (the command line may override them). */
  public ReportSettings settings() {
    return settings;
  }
}
