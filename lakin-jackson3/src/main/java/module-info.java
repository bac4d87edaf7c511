/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Lakin Jackson 3: a Jackson 3 ({@code tools.jackson}) module that reads and writes the Lakin model
 * and writes every result type (the result form {@code lakin-result/1}), from the same declaration
 * of the JSON fields ({@code io.github.lakin.json}) as the Jackson 2 module, without depending on
 * Jackson 2.
 */
// "jackson3" ends in a digit on purpose: the module of Jackson 3, beside io.github.lakin.jackson
@SuppressWarnings("module")
module io.github.lakin.jackson3 {
  requires transitive tools.jackson.databind;
  requires transitive io.github.lakin.json;
  // static transitive: the annotations appear in the exported API (javac -Xlint:exports)
  requires static transitive org.jspecify;

  exports io.github.lakin.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.lakin.jackson3.LakinJackson3Module;
}
