/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

/**
 * Gaya penulisan angka (number style): which separator groups thousands and which marks decimals.
 *
 * <p>The style is given explicitly to a {@link NumberParser}; nothing is taken from the default
 * locale. How each style reads each pattern of separators, together with the {@link ColumnKind},
 * is the decision table in {@link NumberParser}.
 *
 * @since 0.1.0
 */
public enum NumberStyle {
  /**
   * Indonesian: {@code .} groups thousands and {@code ,} is the decimal separator ({@code
   * 13.393.506.000,00}, {@code 69,31}); in a {@link ColumnKind#MEASURE} column a lone {@code .}
   * is read as a decimal point, because English-formatted scores such as {@code 99.88%} and
   * {@code 3.450} appear in Indonesian reports.
   */
  INDONESIAN,
  /** English: {@code ,} groups thousands and {@code .} is the decimal point ({@code 9,970,949,000.00}, {@code 99.88}). */
  ENGLISH,
  /**
   * Both styles in one document, decided per token: when both {@code .} and {@code ,} occur the
   * last one is the decimal separator; when one of them occurs several times it groups
   * thousands; a single separator followed by exactly three digits is resolved by the {@link
   * ColumnKind}, and otherwise is a decimal separator.
   */
  MIXED
}
