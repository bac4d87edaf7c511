/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Mesin penilaian (the scoring engine): the one place for every rule that both the object API
 * ({@link io.github.lakin.scoring.Scorer}, {@link io.github.lakin.scoring.aggregate.ReportScorer})
 * and the bulk API ({@link io.github.lakin.scoring.bulk.BulkScorer}) apply: the zero-target rule
 * ({@link io.github.lakin.scoring.internal.engine.ZeroTarget}), the cap and floor with their flags
 * ({@link io.github.lakin.scoring.internal.engine.Limits}, the exact rule and its fixed-point form
 * side by side), rounding ({@link io.github.lakin.scoring.internal.engine.Rounding}), the
 * classification met / above / equal / below / not available / undefined
 * ({@link io.github.lakin.scoring.internal.engine.Standing}) and its counts
 * ({@link io.github.lakin.scoring.internal.engine.Tally}), and the columnar kernel with its exact
 * fallback ({@link io.github.lakin.scoring.internal.engine.Kernel}).
 *
 * <p>Not exported; may change without notice.
 */
@NullMarked
package io.github.lakin.scoring.internal.engine;

import org.jspecify.annotations.NullMarked;
