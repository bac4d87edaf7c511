/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Lakin core: the immutable model of capaian kinerja (indicators, targets, realisations, goals,
 * units, periods, performance agreements and budgets), exact numbers, and the Indonesian number
 * and target parser.
 */
module io.github.lakin.core {
  // static transitive: the annotations appear in the exported API (javac -Xlint:exports)
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.lakin.core;
  exports io.github.lakin.core.text;
}
