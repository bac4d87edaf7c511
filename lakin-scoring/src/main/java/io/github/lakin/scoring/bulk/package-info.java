/**
 * Penilaian massal (bulk scoring): scores many indicators at once from primitive columns, with
 * results identical to {@link io.github.lakin.scoring.Scorer} and
 * {@link io.github.lakin.scoring.aggregate.ReportScorer} at the {@code END} rounding stage.
 *
 * <p>Start with {@link io.github.lakin.scoring.bulk.BulkScorer}: build a
 * {@link io.github.lakin.scoring.bulk.BulkInput} (columns, or a builder that appends rows without
 * an object per row) and call {@code score(input)}. The exactness argument is in
 * {@link io.github.lakin.scoring.bulk.BulkScorer}'s documentation.
 */
@NullMarked
package io.github.lakin.scoring.bulk;

import org.jspecify.annotations.NullMarked;
