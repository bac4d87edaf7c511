package io.github.lakin.core;

import java.math.BigDecimal;

/** Angka desimal: small helpers for plain decimals. Not public API. */
final class Decimals {
  private Decimals() {}

  static BigDecimal parsePlain(String field, String text) {
    try {
      return Checks.normalize(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(field, text, "must be a plain decimal such as 12.5");
    }
  }
}
