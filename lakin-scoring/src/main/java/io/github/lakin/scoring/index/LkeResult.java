/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.band.Band;
import java.math.BigDecimal;
import java.util.List;

/**
 * Nilai dan predikat SAKIP (SAKIP evaluation result): the score of every component, the total
 * (0–100) and the predikat AA–D of PermenPANRB 88/2021.
 *
 * <p>Scores are exact; the {@code …Rounded()} methods round once for display. Rounded component
 * scores need not add up to the rounded total (each is rounded from its exact value). Instances are
 * immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeResult {
  private final LkeTemplate template;
  private final List<LkeComponentScore> components;
  private final Rational total;
  private final Band predikat;
  private final RoundingPolicy rounding;
  private final ClassificationBasis basis;

  LkeResult(LkeTemplate template, List<LkeComponentScore> components, Rational total, Band predikat,
      RoundingPolicy rounding, ClassificationBasis basis) {
    this.template = template;
    this.components = List.copyOf(components);
    this.total = total;
    this.predikat = predikat;
    this.rounding = rounding;
    this.basis = basis;
  }

  /** Returns the template scored against. */
  public LkeTemplate template() {
    return template;
  }

  /** Returns the component scores, in template order. */
  public List<LkeComponentScore> components() {
    return components;
  }

  /**
   * Returns that component's score.
   *
   * @param code a component code, e.g. {@code "pelaporan"}
   * @return that component's score
   * @throws InvalidValueException if there is no such component
   */
  public LkeComponentScore component(String code) {
    return components.get(template.indexOf(code));
  }

  /** Returns the exact total, Σ component scores, from 0 to 100. */
  public Rational total() {
    return total;
  }

  /** Returns the total rounded once for display, e.g. 69.31. */
  public BigDecimal totalRounded() {
    return rounding.round(total);
  }

  /** Returns the SAKIP predikat (AA, A, BB, B, CC, C, D) of the total. */
  public Band predikat() {
    return predikat;
  }

  /** Returns the display rounding. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** Returns whether the predikat was looked up with the exact or the displayed total. */
  public ClassificationBasis classificationBasis() {
    return basis;
  }

  @Override
  public String toString() {
    return "SAKIP " + totalRounded().toPlainString() + " (" + predikat.code() + ") " + components;
  }
}
