/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Agregasi capaian (aggregation): goals, the unit, organisation roll-ups, periods and
 * comparisons, under an explicit {@link io.github.lakin.scoring.aggregate.ReportPolicy}.
 *
 * <p>Start with {@link io.github.lakin.scoring.aggregate.ReportScorer}: an agreement and its
 * realisations give a {@link io.github.lakin.scoring.aggregate.ReportResult}, the tree unit →
 * goals → indicators of a LAKIN chapter III.
 */
@NullMarked
@LakinStyle
package io.github.lakin.scoring.aggregate;

import io.github.lakin.scoring.internal.LakinStyle;
import org.jspecify.annotations.NullMarked;
