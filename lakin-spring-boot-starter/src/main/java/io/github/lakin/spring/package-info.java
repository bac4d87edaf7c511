/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Starter Spring Boot Lakin: {@link io.github.lakin.spring.LakinAutoConfiguration}, the {@code
 * lakin.*} properties ({@link io.github.lakin.spring.LakinProperties}) and the policy they name
 * ({@link io.github.lakin.spring.PropertyPolicy}), and the {@link io.github.lakin.spring.ReportService}
 * behind the endpoints.
 */
@NullMarked
package io.github.lakin.spring;

import org.jspecify.annotations.NullMarked;
