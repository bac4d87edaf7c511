/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Skema JSON Lakin (JSON schema engine): the declaration of every JSON field of every Lakin model
 * type, written once ({@link io.github.lakin.jackson.schema.ModelSchema}), and the small engine
 * that reads and writes those declarations over a token-level {@link
 * io.github.lakin.jackson.schema.JsonIn} / {@link io.github.lakin.jackson.schema.JsonOut}.
 *
 * <p>This package imports no JSON library: the Jackson 2 module ({@code io.github.lakin.jackson})
 * adapts it to {@code JsonParser}/{@code JsonGenerator}, and a Jackson 3 module can adapt the same
 * declarations with its own adapter. It is an API for Lakin's own JSON adapters, not for users:
 * users register {@code LakinModule}.
 */
@NullMarked
package io.github.lakin.jackson.schema;

import org.jspecify.annotations.NullMarked;
