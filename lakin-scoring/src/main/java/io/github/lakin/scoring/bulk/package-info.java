/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Penilaian massal (bulk scoring): scores many indicators at once from primitive columns, with
 * results identical to {@link io.github.lakin.scoring.Scorer} and
 * {@link io.github.lakin.scoring.aggregate.ReportScorer} at the {@code END} rounding stage.
 *
 * <p>Start with {@link io.github.lakin.scoring.bulk.BulkScorer}: build a
 * {@link io.github.lakin.scoring.bulk.BulkInput} (columns, or a builder that appends rows without
 * an object per row) and call {@code score(input)}: every capaian, the means and
 * {@link io.github.lakin.scoring.bulk.BulkResult#counts() the counts}. Whether a policy or a row can
 * take this path, and why not, is {@link io.github.lakin.scoring.bulk.BulkEligibility}'s answer.
 * The exactness argument is in {@link io.github.lakin.scoring.bulk.BulkScorer}'s documentation;
 * the rules themselves live in the scoring engine that the object path uses too.
 */
@NullMarked
package io.github.lakin.scoring.bulk;

import org.jspecify.annotations.NullMarked;
