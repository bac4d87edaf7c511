/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.Rational;
import java.util.Locale;
import java.util.function.Function;

/**
 * Rumus (derivation): how a strategy writes the left-hand side of its formula, e.g.
 * {@code "95,83 / 80 × 100%"}, in the reader's language.
 *
 * <p>Lakin's derivations hold only immutable values; one of your own must be thread-safe, as results are shared between threads.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Derivation {
  /**
   * Returns the formula text, without {@code "= result"}.
   *
   * @param locale Indonesian ({@code id}) or English
   * @param number writes a number in that locale's format
   * @return the formula text, without {@code "= result"}
   */
  String render(Locale locale, Function<Rational, String> number);
}
