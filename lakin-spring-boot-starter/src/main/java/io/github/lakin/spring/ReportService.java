/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.report.JsonReportReader;
import io.github.lakin.report.ReportFile;
import io.github.lakin.report.render.ScoreFormat;
import io.github.lakin.report.render.ScoreRenderer;
import io.github.lakin.report.render.ScoreView;
import io.github.lakin.scoring.audit.AuditReport;
import io.github.lakin.scoring.audit.Auditor;
import io.github.lakin.scoring.audit.Finding;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Layanan laporan (report service): scores and audits a {@code lakin-report/1} or {@code /2} JSON
 * document, read by {@link JsonReportReader}. A document that states its policy (cap, aggregate,
 * scale, rounding stage) is scored by that policy, as {@code lakin score} does; with {@code
 * configured} the application's policy ({@code lakin.*}) is used instead. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportService {
  /** The name given to the body in error locations; the JSON Pointer follows it. */
  public static final String SOURCE = "request";

  private final ReportPolicy configured;

  /** @param configured the application's policy */
  public ReportService(ReportPolicy configured) {
    this.configured = configured;
  }

  private ReportPolicy policy(ReportFile file, boolean useConfigured) {
    return useConfigured ? configured : file.settings().policy(file.agreement());
  }

  /**
   * Returns the result form {@code lakin-result/1}, what {@code lakin score --format json} prints.
   *
   * @param json the document
   * @param useConfigured whether to score by the application's policy instead of the document's
   * @param locale {@code id} or {@code en}: the language of the policy's description
   * @return the result form {@code lakin-result/1}, what {@code lakin score --format json} prints
   * @throws io.github.lakin.core.InvalidValueException for a bad document, naming the JSON Pointer
   */
  public String score(String json, boolean useConfigured, Locale locale) {
    ReportFile file = JsonReportReader.read(SOURCE, json);
    ReportPolicy policy = policy(file, useConfigured);
    ReportResult result = ReportScorer.of(policy).score(file.agreement(), file.realizations());
    StringWriter out = new StringWriter();
    ScoreRenderer.render(ScoreView.of(file, result, policy), ScoreFormat.JSON, locale, out);
    return out.toString();
  }

  /**
   * Hasil pemeriksaan (audit answer): whether every printed figure matches, and each finding.
   *
   * @param clean whether nothing mismatches
   * @param mismatches how many figures mismatch
   * @param findings every figure checked
   */
  public record AuditAnswer(boolean clean, int mismatches, List<FindingAnswer> findings) {}

  /**
   * Temuan (finding): one printed figure and what Lakin computes for it.
   *
   * @param kind what the figure is (indicator, goal, overall, ...)
   * @param code the indicator's or goal's code
   * @param printed the printed figure, an exact decimal string; null for an input finding
   * @param recomputed the recomputed figure, an exact decimal string; null when none
   * @param matches whether they agree
   * @param text the explanation in the asked language
   */
  public record FindingAnswer(String kind, String code, @Nullable String printed, @Nullable String recomputed,
      boolean matches, String text) {}

  /**
   * Returns the audit.
   *
   * @param json the document; it must have printed figures
   * @param useConfigured whether to audit by the application's policy instead of the document's
   * @param locale the language of the explanations
   * @return the audit
   * @throws io.github.lakin.core.InvalidValueException for a bad document or one without printed figures
   */
  public AuditAnswer audit(String json, boolean useConfigured, Locale locale) {
    ReportFile file = JsonReportReader.read(SOURCE, json);
    PerformanceAgreement agreement = file.agreement();
    AuditReport audit = Auditor.of(policy(file, useConfigured)).audit(agreement, file.realizations(), file.printed());
    if (audit.findings().isEmpty()) {
      throw io.github.lakin.core.InvalidValueException.of("printed", null,
          "must hold the printed figures to audit (the JSON 'printed' values)");
    }
    List<FindingAnswer> findings = audit.findings().stream().map(f -> answer(f, locale)).toList();
    return new AuditAnswer(audit.isClean(), audit.mismatches().size(), findings);
  }

  private static FindingAnswer answer(Finding f, Locale locale) {
    boolean input = f.kind() == Finding.Kind.INPUT;
    return new FindingAnswer(f.kind().name(), f.code(), input ? null : f.printed().toPlainString(),
        input ? null : f.recomputed().map(java.math.BigDecimal::toPlainString).orElse(null), f.matches(), f.explain(locale));
  }
}
