/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

/**
 * Bentuk agregasi (aggregation shape): how a unit's capaian is made from its indicators. Reports
 * describe all of these as "rata-rata capaian", so the shape is always chosen explicitly.
 *
 * @since 0.1.0
 */
public enum AggregationShape {
  /** The flat mean of all indicators (e.g. the 2023 Biro Perencanaan report: 106,51%). */
  FLAT,
  /** The mean of the goal means (e.g. the Kementerian Sosial 2020 report). */
  GOAL_MEANS,
  /**
   * Weighted by indicator weights: each goal is the weighted mean of its indicators, the unit the
   * weighted mean of all indicators. Every indicator needs a weight; weights are normalised by
   * their sum.
   */
  WEIGHTED_INDICATORS,
  /**
   * Weighted by goal weights: each goal is the plain mean of its indicators, the unit the weighted
   * mean of the goal means. Every goal needs a weight; weights are normalised by their sum.
   */
  WEIGHTED_GOALS
}
