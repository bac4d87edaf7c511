/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.budget;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.internal.DecimalText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Serapan anggaran (budget absorption): Σ realisasi anggaran / Σ pagu × 100 over a set of budget
 * lines — the ratio of sums, never the mean of the lines' percentages.
 *
 * <p>Example (DOMAIN §12): pagu 9.970.949.000 (revised from 13.393.506.000), realisasi
 * 9.960.052.227 → 99,89%.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Absorption {
  private final String label;
  private final List<String> lineCodes;
  private final PaguBasis basis;
  private final BigDecimal pagu;
  private final BigDecimal realization;
  private final RoundingPolicy rounding;

  private Absorption(String label, List<String> lineCodes, PaguBasis basis, BigDecimal pagu, BigDecimal realization, RoundingPolicy rounding) {
    this.label = label;
    this.lineCodes = List.copyOf(lineCodes);
    this.basis = basis;
    this.pagu = pagu;
    this.realization = realization;
    this.rounding = rounding;
  }

  /**
   * Returns the absorption of the lines together.
   *
   * @param label what the lines are, e.g. {@code "unit"} or a goal code
   * @param lines the budget lines, at least one
   * @param basis final (default) or initial pagu
   * @param rounding the display rounding
   * @return the absorption of the lines together
   * @throws InvalidValueException if there are no lines, or the initial basis is asked for a line
   *     without an initial pagu
   */
  public static Absorption of(String label, List<BudgetLine> lines, PaguBasis basis, RoundingPolicy rounding) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(rounding, "rounding");
    if (lines.isEmpty()) {
      throw InvalidValueException.of(label + ": budget lines", "[]", "must not be empty");
    }
    BigDecimal pagu = BigDecimal.ZERO;
    BigDecimal real = BigDecimal.ZERO;
    for (BudgetLine line : lines) {
      BigDecimal p = basis == PaguBasis.FINAL ? line.finalPagu() : line.initialPagu().orElseThrow(() ->
          InvalidValueException.of("budget " + line.code() + ": initialPagu", null, "must be given to measure against the initial pagu"));
      pagu = pagu.add(p);
      real = real.add(line.realization());
    }
    if (pagu.signum() == 0 && real.signum() > 0) {
      throw InvalidValueException.of(label + ": pagu", pagu, "must be > 0 when there is a realisation (" + real.toPlainString() + ")");
    }
    return new Absorption(label, lines.stream().map(BudgetLine::code).collect(Collectors.toList()), basis, pagu, real, rounding);
  }

  /**
   * Returns their absorption against the final pagu, rounded to 2 decimals for display.
   *
   * @param lines the budget lines
   * @return their absorption against the final pagu, rounded to 2 decimals for display
   */
  public static Absorption of(List<BudgetLine> lines) {
    return of("unit", lines, PaguBasis.FINAL, RoundingPolicy.defaults());
  }

  /** Returns what the lines are. */
  public String label() {
    return label;
  }

  /** Returns the codes of the lines summed. */
  public List<String> lineCodes() {
    return lineCodes;
  }

  /** Returns the pagu basis. */
  public PaguBasis basis() {
    return basis;
  }

  /** Returns Σ pagu. */
  public BigDecimal pagu() {
    return pagu;
  }

  /** Returns Σ realisasi anggaran. */
  public BigDecimal realization() {
    return realization;
  }

  /** Returns the exact percentage; empty when Σ pagu is 0 (nothing allocated, nothing spent). */
  public Optional<Rational> percent() {
    if (pagu.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Rational.ratio(realization, pagu).multiply(Rational.HUNDRED));
  }

  /** Returns the percentage rounded once for display. */
  public Optional<BigDecimal> rounded() {
    return percent().map(rounding::round);
  }

  /** Returns the display rounding. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /**
   * Returns e.g. {@code "Rp9.960.052.227 / Rp9.970.949.000 × 100% = 99,89%"}.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return e.g. {@code "Rp9.960.052.227 / Rp9.970.949.000 × 100% = 99,89%"}
   */
  public String explain(Locale locale) {
    if (percent().isEmpty()) {
      return DecimalText.isIndonesian(locale) ? "pagu 0: serapan tidak terdefinisi" : "budget 0: absorption undefined";
    }
    return "Rp" + DecimalText.format(realization, locale) + " / Rp" + DecimalText.format(pagu, locale) + " × 100% = "
        + DecimalText.format(rounded().orElseThrow(), locale) + "%";
  }

  @Override
  public String toString() {
    return label + ": " + rounded().map(BigDecimal::toPlainString).orElse("—") + "% of " + pagu.toPlainString();
  }
}
