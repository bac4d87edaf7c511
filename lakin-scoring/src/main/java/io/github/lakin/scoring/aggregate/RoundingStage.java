/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

/**
 * Tahap pembulatan (rounding stage): where aggregates are rounded (DOMAIN §5).
 *
 * @since 0.1.0
 */
public enum RoundingStage {
  /** Average the exact values and round only the shown result (the default). */
  END,
  /**
   * Round each indicator to the display scale first, then average; goal means are likewise
   * rounded before the unit mean is taken.
   */
  EACH_LEVEL
}
