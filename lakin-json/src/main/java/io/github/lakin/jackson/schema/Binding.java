/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson.schema;

import io.github.lakin.core.AgreementRevisions;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.util.List;

/**
 * Pengikatan tipe (type binding): which Java type is read and written with which declared {@link
 * Kind}. {@link #MODEL} is the one table every JSON adapter registers (the Jackson 2 and the Jackson
 * 3 module), so the two cannot drift apart; {@link io.github.lakin.json.ResultForm#ALL} is its
 * counterpart for the computed results.
 *
 * @param <T> the Java type
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Binding<T> {
  private final Class<T> type;
  private final Kind<T> kind;
  private final boolean writes;

  private Binding(Class<T> type, Kind<T> kind, boolean writes) {
    this.type = type;
    this.kind = kind;
    this.writes = writes;
  }

  private static <T> Binding<T> both(Class<T> type, Kind<T> kind) {
    return new Binding<>(type, kind, true);
  }

  private static <T> Binding<T> readOnly(Class<T> type, Kind<T> kind) {
    return new Binding<>(type, kind, false);
  }

  /** Every model type an adapter reads, and writes unless {@link #writes()} says otherwise. */
  public static final List<Binding<?>> MODEL = List.of(
      both(Target.class, ModelSchema.TARGET),
      readOnly(ExactTarget.class, ModelSchema.TARGET.only(ExactTarget.class, "exact")),
      readOnly(RangeTarget.class, ModelSchema.TARGET.only(RangeTarget.class, "range")),
      readOnly(ComparatorTarget.class, ModelSchema.TARGET.only(ComparatorTarget.class, "comparator")),
      readOnly(CategoricalTarget.class, ModelSchema.TARGET.only(CategoricalTarget.class, "category")),
      both(OrdinalScale.class, ModelSchema.SCALE),
      both(MeasureUnit.class, ModelSchema.UNIT),
      both(Realization.class, ModelSchema.REALIZATION),
      both(Realization.Provisional.class, ModelSchema.PROVISIONAL),
      both(Realization.Counts.class, ModelSchema.COUNTS),
      both(Period.class, Kinds.PERIOD),
      both(Rational.class, Kinds.RATIONAL),
      both(Relation.class, Kinds.RELATION),
      both(CapRule.class, ModelSchema.CAP_RULE),
      both(Indicator.class, ModelSchema.INDICATOR),
      both(Goal.class, ModelSchema.GOAL),
      both(OrgUnit.class, ModelSchema.ORG_UNIT),
      both(BudgetLine.class, ModelSchema.BUDGET_LINE),
      both(PerformanceAgreement.class, ModelSchema.AGREEMENT),
      both(AgreementRevisions.class, ModelSchema.REVISIONS),
      both(Realizations.class, ModelSchema.REALIZATIONS),
      both(RoundingPolicy.class, ModelSchema.ROUNDING),
      both(ZeroTargetRule.class, ModelSchema.ZERO_TARGET),
      both(ScoringPolicy.class, ModelSchema.SCORING),
      both(ReportPolicy.class, ModelSchema.REPORT_POLICY));

  /** Returns the Java type. */
  public Class<T> type() {
    return type;
  }

  /** Returns its declared kind. */
  public Kind<T> kind() {
    return kind;
  }

  /** Returns whether an adapter writes the type with this kind (else it only reads it). */
  public boolean writes() {
    return writes;
  }
}
