/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Penilaian capaian (scoring): turns a target and a realisasi into a capaian by a named strategy,
 * with explicit policies for caps, floors, zero targets and rounding.
 *
 * <p>Start with {@link io.github.lakin.scoring.Scorer}: {@code Scorer.of(ScoringPolicy.defaults())
 * .score(indicator, realization)} gives an {@link io.github.lakin.scoring.Achievement} that keeps
 * the exact raw capaian, the capped value, its status and flags, and explains its derivation.
 */
@NullMarked
@LakinStyle
package io.github.lakin.scoring;

import io.github.lakin.scoring.internal.LakinStyle;
import org.jspecify.annotations.NullMarked;
