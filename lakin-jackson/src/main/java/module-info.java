/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Lakin Jackson: a Jackson module that reads and writes the Lakin model (targets, realisations,
 * indicators, goals, units, agreements, policies) and writes its results (capaian, aggregates,
 * counts, budget absorption, efficiency gaps) as JSON, every number an exact decimal string.
 */
module io.github.lakin.jackson {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive io.github.lakin.core;
  requires transitive io.github.lakin.scoring;
  requires transitive io.github.lakin.json;
  // static transitive: the annotations appear in the exported API (javac -Xlint:exports)
  requires static transitive org.jspecify;

  exports io.github.lakin.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.lakin.jackson.LakinModule;
}
