/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

/**
 * Aturan nilai kosong: what aggregates do with indicators whose capaian is not available or
 * undefined. No rule counts them as a number.
 *
 * @since 0.1.0
 */
public enum MissingRule {
  /** Leave them out of the mean and list them as excluded (the default). */
  EXCLUDE_AND_FLAG,
  /** Refuse to aggregate: throw, naming the indicator. */
  FAIL
}
