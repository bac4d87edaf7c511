/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Laporan pemeriksaan (audit report): every finding, in report order.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class AuditReport {
  private final List<Finding> findings;

  AuditReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /** Returns every finding: indicators, goals, unit, absorption, budget lines, efficiency gap and index, then input notes. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the printed figures that do not match their recomputation. */
  public List<Finding> mismatches() {
    return findings.stream().filter(f -> !f.matches()).collect(Collectors.toList());
  }

  /**
   * The report-wide variants ({@link Variant#reportWide()}) that each explain every mismatch of the
   * report on their own: when a report truncates throughout, {@link Variant#TRUNCATION} explains
   * each of its mismatched figures. Another input value per figure ({@code IMPLIED_*},
   * {@code OTHER_PRINTED_*}) is no single variant and never counts.
   *
   * @return those variants, in {@link Variant} order; empty when nothing mismatches or no single
   *     variant explains every mismatch
   */
  public List<Variant> explainingAll() {
    List<Finding> bad = mismatches();
    if (bad.isEmpty()) {
      return List.of();
    }
    java.util.EnumSet<Variant> common = java.util.EnumSet.allOf(Variant.class);
    common.removeIf(v -> !v.reportWide());
    for (Finding f : bad) {
      java.util.EnumSet<Variant> here = java.util.EnumSet.noneOf(Variant.class);
      f.explanations().forEach(e -> here.add(e.variant()));
      common.retainAll(here);
    }
    return List.copyOf(common);
  }

  /**
   * Returns "Satu varian menjelaskan semua ketidakcocokan: …" ("One variant explains every
   * mismatch: …"), naming each such variant; empty when {@link #explainingAll()} is.
   *
   * @param locale {@code id} for Indonesian, else English
   * @return "Satu varian menjelaskan semua ketidakcocokan: …" ("One variant explains every
   *     mismatch: …"), naming each such variant; empty when {@link #explainingAll()} is
   */
  public java.util.Optional<String> explainingAllText(Locale locale) {
    List<Variant> all = explainingAll();
    if (all.isEmpty()) {
      return java.util.Optional.empty();
    }
    boolean id = locale.getLanguage().equals("id");
    String names = all.stream().map(v -> v.describe(locale)).collect(Collectors.joining(id ? " atau " : " or "));
    return java.util.Optional.of((id ? "Satu varian menjelaskan semua ketidakcocokan: " : "One variant explains every mismatch: ") + names);
  }

  /** Returns whether every printed figure matches. */
  public boolean isClean() {
    return findings.stream().allMatch(Finding::matches);
  }

  /**
   * Returns one line per finding, the variant that explains every mismatch when there is one, and a
   * closing count.
   *
   * @param locale {@code id} for Indonesian, else English
   * @return one line per finding, the variant that explains every mismatch when there is one, and
   *     a closing count
   */
  public String explain(Locale locale) {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f.explain(locale)).append('\n');
    }
    explainingAllText(locale).ifPresent(t -> b.append(t).append('\n'));
    long checked = findings.stream().filter(f -> f.kind() != Finding.Kind.INPUT).count();
    int bad = mismatches().size();
    b.append(locale.getLanguage().equals("id")
        ? checked + " angka diperiksa, " + bad + " tidak cocok"
        : checked + " figures checked, " + bad + " mismatched");
    return b.toString();
  }

  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }
}
