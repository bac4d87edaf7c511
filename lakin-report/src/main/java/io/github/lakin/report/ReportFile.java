package io.github.lakin.report;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.audit.PrintedFigures;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Berkas laporan (report file): what a CSV or JSON report file holds, read and validated: the
 * performance agreement (goals, indicators, budget), the realisations, the figures the report
 * printed (for the audit) and the report settings the file names. Immutable.
 */
public final class ReportFile {
  private final String source;
  private final PerformanceAgreement agreement;
  private final Realizations realizations;
  private final Map<String, String> targetTexts;
  private final Map<String, String> realisasiTexts;
  private final PrintedFigures printed;
  private final ReportSettings settings;

  ReportFile(String source, PerformanceAgreement agreement, Realizations realizations, Map<String, String> targetTexts,
      Map<String, String> realisasiTexts, PrintedFigures printed, ReportSettings settings) {
    this.source = source;
    this.agreement = agreement;
    this.realizations = realizations;
    this.targetTexts = Collections.unmodifiableMap(new LinkedHashMap<>(targetTexts));
    this.realisasiTexts = Collections.unmodifiableMap(new LinkedHashMap<>(realisasiTexts));
    this.printed = printed;
    this.settings = settings;
  }

  /** @return the file name the report was read from */
  public String source() {
    return source;
  }

  /** @return the agreement: unit, year, goals and indicators in file order, budget lines */
  public PerformanceAgreement agreement() {
    return agreement;
  }

  /** @return the realisations by indicator code */
  public Realizations realizations() {
    return realizations;
  }

  /** @return each indicator's target as the file wrote it, by code */
  public Map<String, String> targetTexts() {
    return targetTexts;
  }

  /** @return each indicator's realisasi as the file wrote it, by code */
  public Map<String, String> realisasiTexts() {
    return realisasiTexts;
  }

  /** @return the figures the report printed, and inputs it printed differently elsewhere, for the audit */
  public PrintedFigures printed() {
    return printed;
  }

  /** @return the report settings the file names (the command line may override them) */
  public ReportSettings settings() {
    return settings;
  }
}
