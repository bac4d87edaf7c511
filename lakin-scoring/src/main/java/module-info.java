/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Lakin scoring: capaian strategies, band tables, aggregation, budget and composite indices. */
module io.github.lakin.scoring {
  requires transitive io.github.lakin.core;
  // static transitive: the annotations appear in the exported API (javac -Xlint:exports)
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.lakin.scoring;
  exports io.github.lakin.scoring.aggregate;
  exports io.github.lakin.scoring.audit;
  exports io.github.lakin.scoring.band;
  exports io.github.lakin.scoring.budget;
  exports io.github.lakin.scoring.index;
  exports io.github.lakin.scoring.bulk;
}
