/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JSON Lakin: the Jackson binding of the Lakin model and results.
 *
 * <p>Register {@link io.github.lakin.jackson.LakinModule} on any {@code ObjectMapper}, or take a
 * ready one from {@link io.github.lakin.jackson.LakinJson#mapper()}. The JSON format is a stable
 * contract described on {@link io.github.lakin.jackson.LakinModule}: every decimal is a JSON string
 * holding the exact value ({@code "69.31"}, {@code "9960052227"}, {@code "575/6"}), never a JSON
 * floating-point number, and bad input fails with a Jackson exception whose message starts with the
 * JSON Pointer of the bad value and shows it. Results are written in the one form {@code
 * lakin-result/1} by {@code io.github.lakin.json.ResultJsonWriter} (module lakin-json, shared with
 * the Jackson 3 module), which also streams large reports from plain values to a Jackson 2
 * generator through {@link io.github.lakin.jackson.LakinJson#out}.
 */
@NullMarked
package io.github.lakin.jackson;

import org.jspecify.annotations.NullMarked;
