/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Modul Jackson 3 Lakin: {@link io.github.lakin.jackson3.LakinJackson3Module} and {@link
 * io.github.lakin.jackson3.LakinJson3}. The JSON form and the error paths are those of the Jackson 2
 * module, because both adapt the one declaration in {@code io.github.lakin.jackson.schema}.
 */
@NullMarked
package io.github.lakin.jackson3;

import org.jspecify.annotations.NullMarked;
