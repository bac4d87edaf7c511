/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Rincian internal (internal details): not exported, may change without notice. */
@NullMarked
package io.github.lakin.scoring.internal;

import org.jspecify.annotations.NullMarked;
