/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.band.Band;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Indeks Kepuasan Masyarakat (IKM) result: the NRR of every unsur, the exact 1–4 index, its konversi
 * to 25–100, the mutu pelayanan and kinerja unit, and (from raw responses) the respondent counts.
 *
 * <p>Every value is kept exact; the {@code …Rounded()} methods round once for display with the
 * {@link #options()}. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class IkmResult {
  private final List<IkmElementResult> elements;
  private final Rational penimbang;
  private final Rational index;
  private final Rational indexForConversion;
  private final Band mutu;
  private final Optional<IkmResponseStats> responses;
  private final IkmOptions options;

  IkmResult(List<IkmElementResult> elements, Rational penimbang, Rational index, Rational indexForConversion, Band mutu,
      Optional<IkmResponseStats> responses, IkmOptions options) {
    this.elements = List.copyOf(elements);
    this.penimbang = penimbang;
    this.index = index;
    this.indexForConversion = indexForConversion;
    this.mutu = mutu;
    this.responses = responses;
    this.options = options;
  }

  /** Returns the result of every unsur, in column order. */
  public List<IkmElementResult> elements() {
    return elements;
  }

  /**
   * Returns that unsur's result.
   *
   * @param code an unsur code, e.g. {@code "U3"}
   * @return that unsur's result
   * @throws InvalidValueException if no unsur has that code
   */
  public IkmElementResult element(String code) {
    for (IkmElementResult e : elements) {
      if (e.element().code().equals(code)) {
        return e;
      }
    }
    throw InvalidValueException.of("unsur code", code, "must be one of the survey's unsur");
  }

  /** Returns the nilai penimbang used: exactly {@code 1/n} unless {@link PenimbangMode#PRINTED_0_111}. */
  public Rational penimbang() {
    return penimbang;
  }

  /** Returns the exact IKM on the 1–4 scale, Σ NRR × nilai penimbang. */
  public Rational index() {
    return index;
  }

  /** Returns the 1–4 index rounded once for display with {@link IkmOptions#nrrRounding()}. */
  public BigDecimal indexRounded() {
    return options.nrrRounding().round(index);
  }

  /**
   * Returns the 1–4 index that is multiplied by 25: {@link #index()} itself, or rounded with {@link
   * IkmOptions#indexRounding()} when that option is set.
   *
   * @return the 1–4 index that is multiplied by 25: {@link #index()} itself, or rounded with
   *     {@link IkmOptions#indexRounding()} when that option is set
   */
  public Rational indexForConversion() {
    return indexForConversion;
  }

  /** Returns the exact konversi (the IKM unit pelayanan on 25–100): {@link #indexForConversion()} × 25. */
  public Rational konversi() {
    return indexForConversion.multiply(Ikm.KONVERSI_FACTOR);
  }

  /** Returns the konversi rounded once for display with {@link IkmOptions#rounding()}, e.g. 90.09. */
  public BigDecimal konversiRounded() {
    return options.rounding().round(konversi());
  }

  /** Returns the mutu pelayanan (the band; {@code code()} is A–D). */
  public Band mutu() {
    return mutu;
  }

  /** Returns the kinerja unit pelayanan, the mutu's label, e.g. {@code "Sangat Baik"}. */
  public String kinerja() {
    return mutu.label();
  }

  /** Returns the respondent counts and response rate; empty when the IKM was given as NRR values. */
  public Optional<IkmResponseStats> responses() {
    return responses;
  }

  /** Returns the options used. */
  public IkmOptions options() {
    return options;
  }

  @Override
  public String toString() {
    return "IKM " + konversiRounded().toPlainString() + " (" + mutu.code() + ", index "
        + indexRounded().toPlainString() + ", " + elements.size() + " unsur)";
  }
}
