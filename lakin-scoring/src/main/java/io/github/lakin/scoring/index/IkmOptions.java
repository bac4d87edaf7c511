/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.RoundingPolicy;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pilihan perhitungan IKM (IKM options): the choices that differ between reports, each explicit.
 *
 * <p>{@link #defaults()} is the standard of PermenPANRB 14/2017: nilai penimbang exactly
 * {@code 1/n}, the 1–4 index kept exact and multiplied by 25, the konversi shown at 2 decimals
 * half-up, NRR shown at 3 decimals half-up, mutu from the 2017 table on the exact value.
 * Change one choice at a time with the {@code with…} methods; instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class IkmOptions {
  private static final IkmOptions DEFAULTS = new IkmOptions(PenimbangMode.EXACT, null,
      IkmTable.PERMENPANRB_14_2017, RoundingPolicy.halfUp(3), RoundingPolicy.defaults(), ClassificationBasis.EXACT);

  private final PenimbangMode penimbang;
  private final @Nullable RoundingPolicy indexRounding;
  private final IkmTable table;
  private final RoundingPolicy nrrRounding;
  private final RoundingPolicy rounding;
  private final ClassificationBasis basis;

  private IkmOptions(PenimbangMode penimbang, @Nullable RoundingPolicy indexRounding, IkmTable table,
      RoundingPolicy nrrRounding, RoundingPolicy rounding, ClassificationBasis basis) {
    this.penimbang = penimbang;
    this.indexRounding = indexRounding;
    this.table = table;
    this.nrrRounding = nrrRounding;
    this.rounding = rounding;
    this.basis = basis;
  }

  /** Returns the standard options of PermenPANRB 14/2017. */
  public static IkmOptions defaults() {
    return DEFAULTS;
  }

  /** Returns how each unsur is weighted; {@link PenimbangMode#EXACT} by default. */
  public PenimbangMode penimbang() {
    return penimbang;
  }

  /**
   * Returns the rounding applied to the 1–4 index <em>before</em> it is multiplied by 25, when a
   * report does so; empty by default (the index stays exact).
   *
   * @return the rounding applied to the 1–4 index <em>before</em> it is multiplied by 25, when a
   *     report does so; empty by default (the index stays exact)
   */
  public Optional<RoundingPolicy> indexRounding() {
    return Optional.ofNullable(indexRounding);
  }

  /** Returns the grading table; {@link IkmTable#PERMENPANRB_14_2017} by default. */
  public IkmTable table() {
    return table;
  }

  /** Returns how NRR and the 1–4 index are shown; 3 decimals half-up by default. */
  public RoundingPolicy nrrRounding() {
    return nrrRounding;
  }

  /** Returns how konversi values (25–100) are shown; 2 decimals half-up by default. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** Returns whether mutu is looked up with the exact or the displayed konversi; exact by default. */
  public ClassificationBasis classificationBasis() {
    return basis;
  }

  /**
   * Returns options with that mode.
   *
   * @param mode how each unsur is weighted; {@link PenimbangMode#PRINTED_0_111} is non-standard
   * @return options with that mode
   */
  public IkmOptions withPenimbang(PenimbangMode mode) {
    return new IkmOptions(Objects.requireNonNull(mode, "mode"), indexRounding, table, nrrRounding, rounding, basis);
  }

  /**
   * Rounds the 1–4 index half-up to {@code scale} decimals before the × 25 conversion, as some
   * reports do (typically 3: 3.603444… → 3.603 → 90.075 → 90.08, where the exact index gives 90.09).
   *
   * @param scale decimals, 0 to 20
   * @return options with that rounding
   * @throws InvalidValueException if the scale is out of range
   */
  public IkmOptions withIndexRoundedBeforeConversion(int scale) {
    return withIndexRoundedBeforeConversion(RoundingPolicy.halfUp(scale));
  }

  /**
   * Rounds the 1–4 index with {@code policy} before the × 25 conversion.
   *
   * @param policy the rounding of the index
   * @return options with that rounding
   */
  public IkmOptions withIndexRoundedBeforeConversion(RoundingPolicy policy) {
    return new IkmOptions(penimbang, Objects.requireNonNull(policy, "policy"), table, nrrRounding, rounding, basis);
  }

  /** Returns options that keep the 1–4 index exact before conversion (the default). */
  public IkmOptions withExactIndex() {
    return new IkmOptions(penimbang, null, table, nrrRounding, rounding, basis);
  }

  /**
   * Returns options with that table.
   *
   * @param newTable the grading table, e.g. {@link IkmTable#KEPMENPAN_25_2004}
   * @return options with that table
   */
  public IkmOptions withTable(IkmTable newTable) {
    return new IkmOptions(penimbang, indexRounding, Objects.requireNonNull(newTable, "table"), nrrRounding, rounding, basis);
  }

  /**
   * Returns options with that display rounding.
   *
   * @param policy how NRR and the 1–4 index are shown
   * @return options with that display rounding
   */
  public IkmOptions withNrrRounding(RoundingPolicy policy) {
    return new IkmOptions(penimbang, indexRounding, table, Objects.requireNonNull(policy, "policy"), rounding, basis);
  }

  /**
   * Returns options with that display rounding.
   *
   * @param policy how konversi values are shown
   * @return options with that display rounding
   */
  public IkmOptions withRounding(RoundingPolicy policy) {
    return new IkmOptions(penimbang, indexRounding, table, nrrRounding, Objects.requireNonNull(policy, "policy"), basis);
  }

  /**
   * Returns options with that basis.
   *
   * @param newBasis whether mutu is looked up with the exact or the displayed konversi
   * @return options with that basis
   */
  public IkmOptions withClassificationBasis(ClassificationBasis newBasis) {
    return new IkmOptions(penimbang, indexRounding, table, nrrRounding, rounding, Objects.requireNonNull(newBasis, "basis"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof IkmOptions)) {
      return false;
    }
    IkmOptions x = (IkmOptions) o;
    return penimbang == x.penimbang && Objects.equals(indexRounding, x.indexRounding) && table == x.table
        && nrrRounding.equals(x.nrrRounding) && rounding.equals(x.rounding) && basis == x.basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(penimbang, indexRounding, table, nrrRounding, rounding, basis);
  }

  @Override
  public String toString() {
    return "IkmOptions{penimbang=" + penimbang + ", indexRounding=" + indexRounding + ", table=" + table
        + ", nrrRounding=" + nrrRounding + ", rounding=" + rounding + ", basis=" + basis + "}";
  }
}
