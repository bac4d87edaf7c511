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

  /**
   * The code as the scale spells it, found ignoring case ({@code "wdp"} is {@code WDP}).
   *
   * @param code a code as written
   * @return the scale's spelling of it
   * @throws InvalidValueException if no code of the scale matches, ignoring case
   */
  public String code(String code) {
    return find(code).orElseThrow(() ->
        InvalidValueException.of("category", code, "must be one of " + categories() + " on scale '" + name() + "' (any case)"));
  }

  /**
   * The one rule for reading a code: the exact spelling wins; otherwise the one code equal to it
   * ignoring case.
   *
   * @param code a code as written
   * @return the scale's spelling of it, or empty when none matches
   * @throws InvalidValueException when two codes match it ignoring case and neither exactly
   *     (a scale {@code a < A}, the text {@code "á"}'s case-folded twins); the message says
   *     "it matches both … and … of the scale when case is ignored"
   */
  public java.util.Optional<String> find(String code) {
    String c = code.trim();
    String found = null;
    for (String k : categories()) {
      if (k.equals(c)) {
        return java.util.Optional.of(k);
      }
      if (k.equalsIgnoreCase(c)) {
        if (found != null) {
          throw InvalidValueException.withMessage("category", code, "it matches both " + found + " and " + k
              + " of the scale when case is ignored");
        }
        found = k;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  /**
   * Nilai ordinal (ordinal score) of a code: its position from 1 (the worst) to the number of
   * codes (the best), found ignoring case. On {@link #auditOpinion()}: TMP 1, TW 2, WDP 3, WTP 4.
   *
   * @param code a code as written, any case
   * @return its score
   * @throws InvalidValueException if no code of the scale matches, ignoring case
   */
  public int score(String code) {
    return categories().indexOf(code(code)) + 1;
  }

  /**
   * A built-in scale by name: {@code opini-bpk} ({@code opini BPK}, {@code audit-opinion}) for
   * {@link #auditOpinion()}, {@code predikat-sakip} ({@code sakip}) for {@link #sakipPredicate()};
   * any case, spaces or hyphens.
   *
   * @param name the name
   * @return the scale, or empty for another name
   */
  public static java.util.Optional<OrdinalScale> builtIn(String name) {
    switch (name.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace('_', '-')) {
      case "opini-bpk":
      case "audit-opinion":
        return java.util.Optional.of(auditOpinion());
      case "predikat-sakip":
      case "sakip":
        return java.util.Optional.of(sakipPredicate());
      default:
        return java.util.Optional.empty();
    }
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
