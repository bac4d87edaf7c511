/**
 * Agregasi capaian (aggregation): goals, the unit, organisation roll-ups, periods and
 * comparisons, under an explicit {@link io.github.lakin.scoring.aggregate.ReportPolicy}.
 *
 * <p>Start with {@link io.github.lakin.scoring.aggregate.ReportScorer}: an agreement and its
 * realisations give a {@link io.github.lakin.scoring.aggregate.ReportResult}, the tree unit →
 * goals → indicators of a LAKIN chapter III.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package io.github.lakin.scoring.aggregate;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
