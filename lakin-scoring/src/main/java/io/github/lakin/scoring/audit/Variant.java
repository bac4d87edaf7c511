/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

/**
 * Varian rumus (formula variant): a way of computing that can explain a printed figure.
 *
 * @since 0.1.0
 */
public enum Variant {
  /**
   * Truncation (dipotong) instead of the report's rounding, of the figure itself or at each level
   * (members truncated before the mean, the mean truncated).
   */
  TRUNCATION,
  /** Rounding half to even instead of half-up. */
  HALF_EVEN,
  /** Rounding up (ceiling away from zero). */
  ROUND_UP,
  /** Members rounded before averaging (each level) instead of once at the end, or the reverse. */
  ROUNDING_STAGE,
  /** Another aggregation: flat mean, mean of goal means, or weighted. */
  AGGREGATION,
  /** A cap of 120 per indicator (or the policy's cap removed). */
  CAP,
  /** The non-standard inverse ratio t / r × 100 for a lower-is-better indicator. */
  INVERSE_RATIO,
  /** A target printed elsewhere in the report. */
  OTHER_PRINTED_TARGET,
  /** A realisasi printed elsewhere in the report. */
  OTHER_PRINTED_REALISASI,
  /** The simplest target that gives the printed figure. */
  IMPLIED_TARGET,
  /** The simplest realisasi that gives the printed figure. */
  IMPLIED_REALISASI,
  /** Absorption against the initial pagu (pagu awal) instead of the final one, or the reverse. */
  PAGU_BASIS,
  /** The absorption of another budget line, or of all lines together, printed in this one's place. */
  OTHER_BUDGET_LINE,
  /** Rounding half-up where the report states another mode (e.g. truncation). */
  HALF_UP,
  /**
   * A goal's or the unit's figure as the mean of its members' printed figures (already rounded or
   * truncated), not of their exact values (DOMAIN §13).
   */
  MEANS_OF_PRINTED;

  /**
   * Whether the variant is a way of computing that a whole report can follow (a rounding, a stage,
   * an aggregation, a cap, a formula, a pagu, means of printed figures), rather than another input
   * value for one figure ({@code OTHER_PRINTED_*}, {@code IMPLIED_*}).
   *
   * @return true for a report-wide variant
   */
  public boolean reportWide() {
    return this != OTHER_PRINTED_TARGET && this != OTHER_PRINTED_REALISASI && this != IMPLIED_TARGET && this != IMPLIED_REALISASI
        && this != OTHER_BUDGET_LINE;
  }

  /**
   * Returns the variant's name in words, e.g. "truncation instead of rounding".
   *
   * @param locale {@code id} for Indonesian, else English
   * @return the variant's name in words, e.g. "truncation instead of rounding"
   */
  public String describe(java.util.Locale locale) {
    boolean id = locale.getLanguage().equals("id");
    switch (this) {
      case TRUNCATION:
        return id ? "dipotong, bukan dibulatkan" : "truncation instead of rounding";
      case HALF_EVEN:
        return id ? "pembulatan ke genap" : "rounding half to even";
      case ROUND_UP:
        return id ? "selalu dibulatkan ke atas" : "always rounding up";
      case ROUNDING_STAGE:
        return id ? "tahap pembulatan lain" : "another rounding stage";
      case AGGREGATION:
        return id ? "cara agregasi lain" : "another aggregation";
      case CAP:
        return id ? "batas atas lain" : "another cap";
      case INVERSE_RATIO:
        return id ? "rumus target / realisasi × 100" : "the formula target / realisation × 100";
      case OTHER_PRINTED_TARGET:
        return id ? "target yang tercetak di bagian lain" : "a target printed elsewhere";
      case OTHER_PRINTED_REALISASI:
        return id ? "realisasi yang tercetak di bagian lain" : "a realisation printed elsewhere";
      case IMPLIED_TARGET:
        return id ? "target lain" : "another target";
      case IMPLIED_REALISASI:
        return id ? "realisasi lain" : "another realisation";
      case PAGU_BASIS:
        return id ? "pagu lain (awal atau akhir)" : "the other pagu (initial or final)";
      case HALF_UP:
        return id ? "dibulatkan setengah ke atas" : "rounding half-up";
      case OTHER_BUDGET_LINE:
        return id ? "serapan baris anggaran lain" : "the absorption of another budget line";
      default:
        return id ? "rata-rata angka tercetak anggota" : "means of the members' printed figures";
    }
  }
}
