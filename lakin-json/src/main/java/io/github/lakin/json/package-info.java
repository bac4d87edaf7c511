/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JSON hasil Lakin (Lakin result JSON): the one result form {@code lakin-result/1}, written by
 * {@link io.github.lakin.json.ResultJsonWriter} from a scored report or streamed from plain values
 * ({@link io.github.lakin.json.IndicatorLine}, {@link io.github.lakin.json.ResultFigure}, {@link
 * io.github.lakin.json.ResultBudget}), and {@link io.github.lakin.json.ResultForm}, the one table
 * of how each result type is written.
 *
 * <p>The package imports no JSON library: it writes to a {@code JsonOut}, which the Jackson 2
 * module ({@code LakinJson.out(generator)}) and the Jackson 3 module ({@code
 * LakinJson3.out(generator)}) make from their generators, so both write the same bytes.
 */
@NullMarked
package io.github.lakin.json;

import org.jspecify.annotations.NullMarked;
