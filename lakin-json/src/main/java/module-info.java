/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Lakin JSON (skema JSON): the one declaration of the JSON fields of the Lakin model and the engine
 * that reads and writes it over the token interfaces {@code JsonIn}/{@code JsonOut}. It imports no
 * JSON library: {@code io.github.lakin.jackson} (Jackson 2) and {@code io.github.lakin.jackson3}
 * (Jackson 3) adapt it to their parsers and generators.
 */
module io.github.lakin.json {
  requires transitive io.github.lakin.core;
  requires transitive io.github.lakin.scoring;
  // static transitive: the annotations appear in the exported API (javac -Xlint:exports)
  requires static transitive org.jspecify;

  // the package keeps its name from lakin-jackson, where it was born, so its users need no change
  exports io.github.lakin.jackson.schema;
  // the result form lakin-result/1 and its writer, for users of either Jackson module
  exports io.github.lakin.json;
}
