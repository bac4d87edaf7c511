/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

/**
 * Kebijakan celah (gap policy): how a {@link BandTable} treats a value that lies between the
 * written upper bound of one band and the written lower bound of the next.
 *
 * <p>Regulation tables are often written with integer or 0.01-wide ranges ("76,61 – 88,30",
 * "88,31 – 100,00"), which leave gaps such as 88.305 when values are computed exactly. The policy
 * says what such a value is.
 *
 * @since 0.1.0
 */
public enum GapPolicy {
  /**
   * Ketat (strict): each band is exactly the interval written in the table. A value in a gap
   * between two bands belongs to no band; {@link BandTable#classify(java.math.BigDecimal)} refuses
   * it with an {@link io.github.lakin.core.InvalidValueException} and {@link
   * BandTable#find(java.math.BigDecimal)} returns empty. Right for tables whose bounds meet
   * exactly (SAKIP) and the safe default for user tables.
   */
  STRICT,
  /**
   * Batas bawah inklusif (lower-bound inclusive), DOMAIN §8: each band runs from its own lower
   * bound up to the next band's lower bound, which belongs to the next band (a band's upper edge
   * is the complement of the next band's lower edge: open when the next lower bound is closed,
   * closed when it is open). The upper bound written in the table is ignored, except for the top
   * band, whose written upper bound ends the table's domain. There are no gaps; this is the reading
   * that reproduces published reports (IKM 3.5321 is B, 88.305 is B).
   */
  LOWER_BOUND_INCLUSIVE
}
