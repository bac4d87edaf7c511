/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.json;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.aggregate.Aggregate;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Angka capaian gabungan (aggregate figure): a goal's or the unit's capaian in the result form
 * {@code lakin-result/1}: the rounded value and, for the detailed mode, the exact value and the
 * explanation. Immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ResultFigure {
  private static final ResultFigure NONE = new ResultFigure(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  private final Optional<BigDecimal> rounded;
  private final Optional<Rational> exact;
  private final Optional<String> explanationId;
  private final Optional<String> explanationEn;

  private ResultFigure(Optional<BigDecimal> rounded, Optional<Rational> exact, Optional<String> explanationId,
      Optional<String> explanationEn) {
    this.rounded = rounded;
    this.exact = exact;
    this.explanationId = explanationId;
    this.explanationEn = explanationEn;
  }

  /**
   * Returns a figure without exact value or explanation.
   *
   * @param rounded the capaian rounded once at the policy's scale; empty when there is none
   * @return a figure without exact value or explanation
   */
  public static ResultFigure of(Optional<BigDecimal> rounded) {
    Objects.requireNonNull(rounded, "rounded");
    return rounded.isEmpty() ? NONE : new ResultFigure(rounded, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns its rounded and exact values and its explanation in Indonesian and English.
   *
   * @param aggregate a goal's or unit's aggregate
   * @return its rounded and exact values and its explanation in Indonesian and English
   */
  public static ResultFigure from(Aggregate aggregate) {
    return new ResultFigure(aggregate.rounded(), aggregate.value(), Optional.of(aggregate.explain(Locale.forLanguageTag("id"))),
        Optional.of(aggregate.explain(Locale.ENGLISH)));
  }

  /** Returns the rounded capaian. */
  public Optional<BigDecimal> rounded() {
    return rounded;
  }

  /** Returns the exact capaian, when known. */
  public Optional<Rational> exact() {
    return exact;
  }

  Optional<String> explanationId() {
    return explanationId;
  }

  Optional<String> explanationEn() {
    return explanationEn;
  }
}
