/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

/**
 * Aturan nilai sementara: what aggregates do with provisional (carried-forward, {@code *}) values.
 *
 * @since 0.1.0
 */
public enum ProvisionalRule {
  /** Include them and flag the aggregate (the default, as reports do). */
  INCLUDE_AND_FLAG,
  /** Leave them out of the mean and list them as excluded. */
  EXCLUDE,
  /** Refuse to aggregate: throw, naming the indicator. */
  FAIL
}
