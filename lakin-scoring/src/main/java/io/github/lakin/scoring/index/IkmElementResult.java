/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.band.Band;
import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * Nilai rata-rata per unsur (NRR per unsur): the mean score of one unsur, its weighted share of the
 * IKM, its konversi and its mutu. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class IkmElementResult {
  private final IkmElement element;
  private final OptionalInt answered;
  private final OptionalInt blanks;
  private final Rational nrr;
  private final Rational weighted;
  private final Band mutu;
  private final IkmOptions options;

  IkmElementResult(IkmElement element, OptionalInt answered, OptionalInt blanks, Rational nrr, Rational weighted,
      Band mutu, IkmOptions options) {
    this.element = element;
    this.answered = answered;
    this.blanks = blanks;
    this.nrr = nrr;
    this.weighted = weighted;
    this.mutu = mutu;
    this.options = options;
  }

  /** Returns the unsur. */
  public IkmElement element() {
    return element;
  }

  /** Returns the number of filled answers for this unsur; empty when the IKM was given as NRR values. */
  public OptionalInt answered() {
    return answered;
  }

  /** Returns the number of blank answers for this unsur; empty when the IKM was given as NRR values. */
  public OptionalInt blanks() {
    return blanks;
  }

  /** Returns the exact NRR, sum of the filled scores / number of filled answers, from 1 to 4. */
  public Rational nrr() {
    return nrr;
  }

  /** Returns the NRR rounded once for display with {@link IkmOptions#nrrRounding()}. */
  public BigDecimal nrrRounded() {
    return options.nrrRounding().round(nrr);
  }

  /** Returns the exact NRR tertimbang, NRR × nilai penimbang: this unsur's share of the 1–4 index. */
  public Rational weighted() {
    return weighted;
  }

  /** Returns the exact konversi of this unsur, NRR × 25. */
  public Rational konversi() {
    return nrr.multiply(Ikm.KONVERSI_FACTOR);
  }

  /** Returns the konversi rounded once for display with {@link IkmOptions#rounding()}. */
  public BigDecimal konversiRounded() {
    return options.rounding().round(konversi());
  }

  /** Returns the mutu pelayanan of this unsur (its band; {@code code()} is A–D). */
  public Band mutu() {
    return mutu;
  }

  /** Returns the kinerja unit pelayanan of this unsur, the mutu's label, e.g. {@code "Sangat Baik"}. */
  public String kinerja() {
    return mutu.label();
  }

  @Override
  public String toString() {
    return element.code() + ": NRR " + nrrRounded().toPlainString() + ", " + konversiRounded().toPlainString()
        + " " + mutu.code();
  }
}
