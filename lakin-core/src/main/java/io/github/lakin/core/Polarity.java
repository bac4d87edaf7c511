/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

/**
 * Polaritas (direction of an indicator): whether a higher or a lower realisasi is better.
 *
 * <p>"Semakin tinggi semakin baik" is {@link #HIGHER_IS_BETTER} (kondisi normal, the default);
 * "semakin rendah semakin baik" is {@link #LOWER_IS_BETTER} (kondisi khusus: durations, error
 * rates). {@link #CLOSER_IS_BETTER} marks an indicator whose target is an optimum, scored by
 * closeness; it is never inferred and is chosen only explicitly.
 *
 * @since 0.1.0
 */
public enum Polarity {
  /** Semakin tinggi semakin baik: capaian = realisasi / target × 100. */
  HIGHER_IS_BETTER,
  /** Semakin rendah semakin baik: capaian = (2 − realisasi / target) × 100. */
  LOWER_IS_BETTER,
  /** Semakin dekat target semakin baik: scored by closeness to the target. */
  CLOSER_IS_BETTER
}
