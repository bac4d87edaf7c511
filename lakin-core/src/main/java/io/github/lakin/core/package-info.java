/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Model kinerja: the immutable domain model of Indonesian government performance reports.
 *
 * <p>Every quantity is an exact {@link java.math.BigDecimal} or an exact {@link
 * io.github.lakin.core.Rational}; no value that is compared or shown passes through {@code double}.
 * Invalid input is rejected at construction with an {@link io.github.lakin.core.InvalidValueException}
 * that names the field and the value.
 */
@NullMarked
@LakinStyle
package io.github.lakin.core;

import org.jspecify.annotations.NullMarked;
