/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Target;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Target terbaca (parsed target): the {@link Target} read from a printed target such as {@code
 * ≤ 10 hari kerja}, with the unit of measure its label names, if any.
 *
 * <p>Immutable; equal when target and unit are equal.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ParsedTarget {
  private final Target target;
  private final @Nullable MeasureUnit unit;

  private ParsedTarget(Target target, @Nullable MeasureUnit unit) {
    this.target = Objects.requireNonNull(target, "target");
    this.unit = unit;
  }

  /**
   * A target without a unit label.
   *
   * @param target the target
   * @return the parsed target
   */
  public static ParsedTarget of(Target target) {
    return new ParsedTarget(target, null);
  }

  /**
   * A target with its unit.
   *
   * @param target the target
   * @param unit the unit named by the label
   * @return the parsed target
   */
  public static ParsedTarget of(Target target, MeasureUnit unit) {
    return new ParsedTarget(target, Objects.requireNonNull(unit, "unit"));
  }

  /**
   * The target.
   *
   * @return an exact, range, comparator or categorical target
   */
  public Target target() {
    return target;
  }

  /**
   * The unit the text named: {@code %} gives percent, {@code hari kerja} or {@code HK} working
   * days, {@code bulan} months, {@code dokumen} a count, {@code Rp} Rupiah (by {@link
   * MeasureUnit#parse(String)}).
   *
   * @return the unit, or empty when the text named none
   */
  public Optional<MeasureUnit> unit() {
    return Optional.ofNullable(unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParsedTarget && target.equals(((ParsedTarget) o).target)
        && Objects.equals(unit, ((ParsedTarget) o).unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, unit);
  }

  /**
   * A description for logs.
   *
   * @return e.g. {@code ≤ 10 hari kerja}
   */
  @Override
  public String toString() {
    return unit == null ? target.toString() : target + " " + unit;
  }
}
