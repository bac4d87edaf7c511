/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.core.text.NumberFormatter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Teks keluaran (output text): numbers in the reader's style for the commands' own lines. */
final class Texts {
  private Texts() {}

  static boolean indonesian(Locale locale) {
    return locale.getLanguage().equals("id");
  }

  static String number(BigDecimal v, int scale, Locale locale) {
    return (indonesian(locale) ? NumberFormatter.indonesian() : NumberFormatter.english()).format(v, scale);
  }

  static String percent(Optional<BigDecimal> v, int scale, Locale locale) {
    return v.map(x -> (indonesian(locale) ? NumberFormatter.indonesian() : NumberFormatter.english()).formatPercent(x, scale))
        .orElse("–");
  }

  /** An exact decimal string, or null when absent. */
  static void writeDecimal(JsonGenerator j, String field, Optional<BigDecimal> v) throws IOException {
    if (v.isPresent()) {
      j.writeStringField(field, v.get().toPlainString());
    } else {
      j.writeNullField(field);
    }
  }
}
