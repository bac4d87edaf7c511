/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * Skala kategori (ordered scale) of a categorical target, from the worst category to the best,
 * e.g. opini BPK {@code TMP < TW < WDP < WTP} or predikat SAKIP {@code D < C < CC < B < BB < A < AA}.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OrdinalScale {
  OrdinalScale() {}

  /** Returns the name of the scale, e.g. {@code "opini BPK"}. */
  @Value.Parameter
  public abstract String name();

  /** Returns the category codes, from worst to best. */
  @Value.Parameter
  public abstract List<String> categories();

  /**
   * Returns the scale.
   *
   * @param name the scale's name
   * @param worstToBest the categories, worst first
   * @return the scale
   * @throws InvalidValueException if there are no categories, a blank one, or a duplicate
   */
  public static OrdinalScale of(String name, List<String> worstToBest) {
    return ImmutableOrdinalScale.of(name, worstToBest);
  }

  /** Returns opini BPK on financial statements: TMP (disclaimer) &lt; TW &lt; WDP &lt; WTP. */
  public static OrdinalScale auditOpinion() {
    return of("opini BPK", List.of("TMP", "TW", "WDP", "WTP"));
  }

  /** Returns predikat SAKIP (PermenPANRB 88/2021): D &lt; C &lt; CC &lt; B &lt; BB &lt; A &lt; AA. */
  public static OrdinalScale sakipPredicate() {
    return of("predikat SAKIP", List.of("D", "C", "CC", "B", "BB", "A", "AA"));
  }

  /**
   * Returns its position from 0 (worst).
   *
   * @param category a category code
   * @return its position from 0 (worst)
   * @throws InvalidValueException if the category is not on this scale
   */
  public int rank(String category) {
    int i = categories().indexOf(category.trim());
    if (i < 0) {
      throw InvalidValueException.of("category", category, "must be one of " + categories() + " on scale '" + name() + "'");
    }
    return i;
  }

  @Value.Check
  void check() {
    Checks.nonBlank("scale.name", name());
    if (categories().isEmpty()) {
      throw InvalidValueException.of("scale '" + name() + "': categories", categories(), "must not be empty");
    }
    for (String c : categories()) {
      Checks.nonBlank("scale '" + name() + "': category", c);
    }
    Checks.unique("scale '" + name() + "': category", categories(), c -> c);
  }

  @Override
  public String toString() {
    return name() + ": " + String.join(" < ", categories());
  }
}
