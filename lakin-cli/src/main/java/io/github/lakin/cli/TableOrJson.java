/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Keluaran tabel atau JSON (table or JSON output): the {@code --format} and {@code --lang} options
 * shared by {@code audit}, {@code band}, {@code budget} and {@code ikm} (a picocli mixin).
 */
final class TableOrJson {
  @Option(names = "--format", defaultValue = "table", description = "table (default) or json")
  String format;

  @Option(names = "--lang", defaultValue = "id", description = "id (default) or en")
  String lang;

  /**
   * Checks both options.
   *
   * @return the locale of {@code --lang}
   * @throws IllegalArgumentException for a value the options do not have
   */
  Locale locale() {
    Locale locale = Options.locale(lang);
    Options.checkChoice("--format", format, "table", "json");
    return locale;
  }

  /** Returns whether {@code --format json} was asked for. */
  boolean json() {
    return format.equals("json");
  }
}
