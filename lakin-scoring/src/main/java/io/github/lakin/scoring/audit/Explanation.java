/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import java.util.Locale;
import java.util.Objects;

/**
 * Penjelasan (explanation): a variant that reproduces a printed figure, described in words.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Explanation {
  private final Variant variant;
  private final String indonesian;
  private final String english;

  Explanation(Variant variant, String indonesian, String english) {
    this.variant = Objects.requireNonNull(variant);
    this.indonesian = indonesian;
    this.english = english;
  }

  /** Returns the variant. */
  public Variant variant() {
    return variant;
  }

  /**
   * Returns the description, e.g. "realisasi 87,50 instead of 95,83 gives 109,38".
   *
   * @param locale Indonesian ({@code id}) or any other for English
   * @return the description, e.g. "realisasi 87,50 instead of 95,83 gives 109,38"
   */
  public String describe(Locale locale) {
    return locale.getLanguage().equals("id") ? indonesian : english;
  }

  @Override
  public String toString() {
    return variant + ": " + english;
  }
}
