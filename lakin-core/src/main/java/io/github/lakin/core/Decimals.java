/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;

/** Angka desimal: small helpers for plain decimals. Not public API. */
final class Decimals {
  private Decimals() {}

  /** Returns the decimals of a value without its trailing zeros (69.310 → 2, 1200 → 0). */
  static int significantScale(BigDecimal v) {
    return v.signum() == 0 ? 0 : Math.max(0, v.stripTrailingZeros().scale());
  }

  static BigDecimal parsePlain(String field, String text) {
    if (text.length() > 100) {
      throw InvalidValueException.of(field, text.substring(0, 40) + "…", "must be a plain decimal of at most 100 characters");
    }
    try {
      return Checks.normalize(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(field, text, "must be a plain decimal such as 12.5");
    }
  }
}
