/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Titik layanan web Lakin (Lakin web endpoints): {@code POST /lakin/score} and {@code POST
 * /lakin/audit}, their bounds ({@link io.github.lakin.spring.web.BodyGuard}, {@link
 * io.github.lakin.spring.web.WorkLimiter}) and their RFC 9457 problem details.
 */
@NullMarked
package io.github.lakin.spring.web;

import org.jspecify.annotations.NullMarked;
