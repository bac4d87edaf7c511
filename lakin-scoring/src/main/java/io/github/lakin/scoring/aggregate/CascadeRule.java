/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.internal.DecimalText;
import java.util.List;
import java.util.Locale;

/**
 * Aturan turunan (cascade rule): how an indicator of a parent unit in a performance tree (pohon
 * kinerja) comes from its children's values. Every rule is exact; nothing is rounded before the
 * display.
 *
 * <p>An enum: immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum CascadeRule {
  /** Jumlah: Σ children (counts: villages, families, documents). 10 + 5,5 = 15,5. */
  SUM("jumlah", "sum"),
  /** Rata-rata: Σ children / their number. (10 + 5,5) / 2 = 7,75. */
  MEAN("rata-rata", "mean"),
  /**
   * Rata-rata tertimbang: Σ (weight × child) / Σ weights, each child's weight given with the child
   * (≥ 0, not all 0). (2 × 10 + 1 × 5,5) / (2 + 1) = 8,5.
   */
  WEIGHTED("rata-rata tertimbang", "weighted mean"),
  /** Terendah: the smallest child (a chain is as strong as its weakest unit). min(10; 5,5) = 5,5. */
  MIN("terendah", "minimum"),
  /** Tertinggi: the largest child. max(10; 5,5) = 10. */
  MAX("tertinggi", "maximum");

  private final String indonesian;
  private final String english;

  CascadeRule(String indonesian, String english) {
    this.indonesian = indonesian;
    this.english = english;
  }

  /** Returns the Indonesian name, e.g. {@code "rata-rata tertimbang"}. */
  public String indonesian() {
    return indonesian;
  }

  /**
   * Returns the rule's name in a language.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return the rule's name in that language
   */
  public String name(Locale locale) {
    return DecimalText.isIndonesian(locale) ? indonesian : english;
  }

  /**
   * Applies the rule to exact values.
   *
   * @param values the children's values, at least one
   * @param weights the children's weights, same size (used by {@link #WEIGHTED} only; their sum
   *     must not be 0 there)
   * @return the parent's exact value
   */
  Rational apply(List<Rational> values, List<Rational> weights) {
    Rational acc = values.get(0);
    switch (this) {
      case SUM:
      case MEAN:
        for (int i = 1; i < values.size(); i++) {
          acc = acc.add(values.get(i));
        }
        return this == SUM ? acc : acc.divide(values.size());
      case MIN:
      case MAX:
        for (Rational v : values) {
          acc = this == MIN ? acc.min(v) : acc.max(v);
        }
        return acc;
      default:
        Rational sum = Rational.ZERO;
        Rational w = Rational.ZERO;
        for (int i = 0; i < values.size(); i++) {
          sum = sum.add(weights.get(i).multiply(values.get(i)));
          w = w.add(weights.get(i));
        }
        return sum.divide(w);
    }
  }
}
