/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.aggregate.PeriodTracking;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Penilaian per periode (period scoring): a report file scored for its year or, during the year,
 * as of a period ({@code TW II 2024}), with the year-to-date figures of each indicator that has
 * period rows.
 *
 * <ul>
 *   <li>For the year, every indicator is scored from its annual target and realisasi; an indicator
 *       with period rows and no annual row has the consolidation of all its periods as its year's
 *       figures (not available while a period has no realisasi: {@link #yearToDate(String)} names
 *       the missing periods).
 *   <li>As of a period, every indicator with period rows is scored year to date by its {@link
 *       PeriodTracking} (as of {@code TW II} a monthly indicator counts January to June), and the
 *       capaian are aggregated as usual ({@link ReportScorer#scoreAsOf}); an indicator without
 *       period rows has no figure as of a period and is not available.
 * </ul>
 *
 * <pre>{@code
 * ReportFile file = ReportFiles.read(Path.of("laporan-2024.csv"), ReadOptions.none());
 * PeriodScoring s = PeriodScoring.score(file, file.settings().policy(file.agreement()), Optional.of(Period.parse("TW II 2024")));
 * s.result().overall().rounded();          // the unit's capaian year to date
 * s.yearToDate("1.5").get().missing();     // [TW II 2024] when TW II has no realisasi yet
 * }</pre>
 *
 * <p>Immutable once scored, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class PeriodScoring {
  private final ReportFile file;
  private final Optional<Period> asOf;
  private final ReportResult result;
  private final Map<String, PeriodTracking.YearToDate> yearToDate;

  private PeriodScoring(ReportFile file, Optional<Period> asOf, ReportResult result, Map<String, PeriodTracking.YearToDate> yearToDate) {
    this.file = file;
    this.asOf = asOf;
    this.result = result;
    this.yearToDate = Collections.unmodifiableMap(yearToDate);
  }

  /**
   * Returns the scores.
   *
   * @param file the report file
   * @param policy the report policy
   * @param asOf the period to score as of; empty for the year
   * @return the scores
   * @throws InvalidValueException as {@link #score(ReportFile, PerformanceAgreement, ReportPolicy, Optional)}
   */
  public static PeriodScoring score(ReportFile file, ReportPolicy policy, Optional<Period> asOf) {
    return score(file, file.agreement(), policy, asOf);
  }

  /**
   * Returns the scores.
   *
   * @param file the report file
   * @param agreement the file's agreement, perhaps with a budget added (its indicators must be the file's)
   * @param policy the report policy
   * @param asOf the period to score as of; empty, or the report year itself ({@code 2024}), for
   *     the year's figures
   * @return the scores
   * @throws InvalidValueException if {@code asOf} lies in another year than the report, the file
   *     has no period rows, or a periodic indicator has no period that ends with {@code asOf}
   *     ({@code Mei 2024} for a quarterly indicator)
   */
  public static PeriodScoring score(ReportFile file, PerformanceAgreement agreement, ReportPolicy policy, Optional<Period> asOf) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    Scorer scorer = Scorer.of(policy.scoring());
    Map<String, PeriodTracking.YearToDate> ytd = new LinkedHashMap<>();
    if (asOf.isPresent() && asOf.get().type() == Period.Type.YEAR && asOf.get().year() == agreement.year()) {
      return score(file, agreement, policy, Optional.empty()); // as of the whole year: the year's figures
    }
    if (asOf.isEmpty()) {
      Period year = Period.year(agreement.year());
      file.periods().forEach((code, t) -> {
        if (file.yearFromPeriods(code)) {
          ytd.put(code, t.yearToDate(year, scorer));
        }
      });
      return new PeriodScoring(file, asOf, ReportScorer.of(policy).score(agreement, file.realizations()), ytd);
    }
    Period p = asOf.get();
    if (p.year() != agreement.year()) {
      throw InvalidValueException.withMessage("as-of", p, "as of " + p + ": the period lies in " + p.year() + " but the report year is "
          + agreement.year());
    }
    if (file.periods().isEmpty()) {
      throw InvalidValueException.withMessage("as-of", p, "as of " + p + ": scoring as of a period needs indicators with period rows"
          + " (column period), but " + file.source() + " has none");
    }
    file.periods().forEach((code, t) -> {
      if (t.targets().keySet().stream().noneMatch(q -> q.lastMonth().equals(p.lastMonth()))) {
        throw InvalidValueException.withMessage("as-of", p, "as of " + p + ": indicator " + code + " has its periods by "
            + t.periodType().name().toLowerCase(java.util.Locale.ROOT) + " and none of them ends with " + p
            + "; give a period that ends one, e.g. " + t.targets().keySet().stream().filter(q -> q.compareTo(p) < 0)
                .reduce((a, b) -> b).orElse(t.targets().keySet().iterator().next()));
      }
      ytd.put(code, t.yearToDate(p, scorer));
    });
    return new PeriodScoring(file, asOf, ReportScorer.of(policy).scoreAsOf(agreement, file.periods(), p), ytd);
  }

  /** Returns the report file. */
  public ReportFile file() {
    return file;
  }

  /** Returns the period scored as of; empty for the year. */
  public Optional<Period> asOf() {
    return asOf;
  }

  /** Returns the scored report. */
  public ReportResult result() {
    return result;
  }

  /**
   * Returns its year-to-date figures: as of the period for an indicator with period rows, or for
   * the year for one whose year's figures are its consolidated periods; else empty.
   *
   * @param code an indicator code
   * @return its year-to-date figures: as of the period for an indicator with period rows, or for
   *     the year for one whose year's figures are its consolidated periods; else empty
   */
  public Optional<PeriodTracking.YearToDate> yearToDate(String code) {
    return Optional.ofNullable(yearToDate.get(code));
  }

  /**
   * Returns the target as shown: the file's text, or the consolidated target as of the period.
   *
   * @param code an indicator code
   * @return the target as shown: the file's text, or the consolidated target as of the period
   */
  public String targetText(String code) {
    PeriodTracking.YearToDate y = yearToDate.get(code);
    if (y == null || asOf.isEmpty()) {
      return file.targetTexts().getOrDefault(code, "");
    }
    PeriodTracking t = file.periods().get(code);
    String relation = t != null && t.indicator().target() instanceof ComparatorTarget
        ? ((ComparatorTarget) t.indicator().target()).relation().symbol() + " " : "";
    return relation + PeriodRows.text(y.target());
  }

  /**
   * Returns the realisasi as shown: the file's text, the consolidated realisasi as of the period,
   * or empty when it is not available as of the period.
   *
   * @param code an indicator code
   * @return the realisasi as shown: the file's text, the consolidated realisasi as of the period,
   *     or empty when it is not available as of the period
   */
  public String realisasiText(String code) {
    if (asOf.isEmpty()) {
      return file.realisasiTexts().getOrDefault(code, "");
    }
    PeriodTracking.YearToDate y = yearToDate.get(code);
    return y == null ? "" : y.realization().map(PeriodRows::text).orElse("");
  }
}
