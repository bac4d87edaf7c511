/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Temuan (finding): one printed figure checked against its recomputation, or a note on an input
 * that the report printed differently in different places.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Finding {
  /** What the figure is. */
  public enum Kind {
    /** An indicator's capaian. */
    INDICATOR,
    /** A goal's capaian. */
    GOAL,
    /** The unit's capaian. */
    OVERALL,
    /** The budget absorption. */
    ABSORPTION,
    /** The efficiency gap. */
    EFFICIENCY_GAP,
    /** The absorption of one budget line. */
    BUDGET_LINE,
    /** The efficiency index (capaian ÷ serapan). */
    EFFICIENCY_INDEX,
    /** An input (target or realisasi) printed differently elsewhere; not a mismatch by itself. */
    INPUT
  }

  private final Kind kind;
  private final String code;
  private final BigDecimal printed;
  private final Optional<BigDecimal> recomputed;
  private final boolean matches;
  private final List<Explanation> explanations;
  private final String noteId;
  private final String noteEn;

  Finding(Kind kind, String code, BigDecimal printed, Optional<BigDecimal> recomputed, boolean matches,
      List<Explanation> explanations, String noteId, String noteEn) {
    this.kind = kind;
    this.code = code;
    this.printed = printed;
    this.recomputed = recomputed;
    this.matches = matches;
    this.explanations = List.copyOf(explanations);
    this.noteId = noteId;
    this.noteEn = noteEn;
  }

  /** Returns what the figure is. */
  public Kind kind() {
    return kind;
  }

  /** Returns the indicator, goal or budget line code, or the unit's code. */
  public String code() {
    return code;
  }

  /** Returns the printed value. */
  public BigDecimal printed() {
    return printed;
  }

  /** Returns the recomputed value, rounded in the report's rounding mode at the printed scale; empty when it has none. */
  public Optional<BigDecimal> recomputed() {
    return recomputed;
  }

  /** Returns whether the printed figure equals the recomputed one. */
  public boolean matches() {
    return matches;
  }

  /** Returns the variants that reproduce the printed figure (for a mismatch). */
  public List<Explanation> explanations() {
    return explanations;
  }

  /**
   * Returns one line: the figure, printed and recomputed values, and the verdict with explanations.
   *
   * @param locale {@code id} for Indonesian, else English
   * @return one line: the figure, printed and recomputed values, and the verdict with explanations
   */
  public String explain(Locale locale) {
    return locale.getLanguage().equals("id") ? noteId : noteEn;
  }

  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }
}
