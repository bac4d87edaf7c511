/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Perjanjian Kinerja (PK): one unit's performance agreement for one year, in one version.
 *
 * <p>It lists the goals (sasaran) with their indicators and targets, and the budget lines. A PK is
 * often revised during the year; {@link AgreementRevisions} picks the version in force. Goal codes
 * are unique, and indicator codes are unique across the whole agreement (they key realisations).
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PerformanceAgreement {
  PerformanceAgreement() {}

  /** Returns the unit that signed the agreement. */
  public abstract OrgUnit unit();

  /** Returns the performance year. */
  public abstract int year();

  /** Returns the version's label, e.g. {@code "Revisi II"}; {@code "awal"} by default. */
  @Value.Default
  public String version() {
    return "awal";
  }

  /** Returns the date this version takes effect; within a year of {@link #year()} (a PK may be signed the December before). */
  public abstract LocalDate effectiveDate();

  /** Returns the goals, in report order. */
  public abstract List<Goal> goals();

  /** Returns the budget lines (per output or per goal). */
  public abstract List<BudgetLine> budget();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns every indicator, goal by goal, in report order. */
  @Value.Lazy
  public List<Indicator> indicators() {
    return goals().stream().flatMap(g -> g.indicators().stream()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the indicator with that code.
   *
   * @param code an indicator code
   * @return the indicator with that code
   */
  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicatorsByCode().get(code));
  }

  /** The indicators keyed by code, built once per instance so that lookups take constant time. */
  @Value.Lazy
  Map<String, Indicator> indicatorsByCode() {
    Map<String, Indicator> byCode = new HashMap<>();
    for (Indicator i : indicators()) {
      byCode.put(i.code(), i);
    }
    return Collections.unmodifiableMap(byCode);
  }

  /**
   * Returns the goal with that code.
   *
   * @param code a goal code
   * @return the goal with that code
   */
  public Optional<Goal> goal(String code) {
    return goals().stream().filter(g -> g.code().equals(code)).findFirst();
  }

  /** Pembangun PK: builds a {@link PerformanceAgreement}; {@code build()} validates. */
  public static final class Builder extends ImmutablePerformanceAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String where = "agreement " + unit().code() + " " + year();
    if (year() < 1900 || year() > 2999) {
      throw InvalidValueException.of(where + ": year", year(), "must be between 1900 and 2999");
    }
    Checks.nonBlank(where + ": version", version());
    if (Math.abs(effectiveDate().getYear() - year()) > 1) {
      throw InvalidValueException.of(where + ": effectiveDate", effectiveDate(), "must lie within a year of " + year());
    }
    if (goals().isEmpty()) {
      throw InvalidValueException.of(where + ": goals", "[]", "must not be empty");
    }
    Checks.unique(where + ": goal code", goals(), Goal::code);
    Checks.unique(where + ": indicator code", goals().stream().flatMap(g -> g.indicators().stream()).collect(Collectors.toList()), Indicator::code);
    Checks.unique(where + ": budget code", budget(), BudgetLine::code);
    for (BudgetLine line : budget()) {
      line.goalCode().ifPresent(g -> {
        if (goals().stream().noneMatch(x -> x.code().equals(g))) {
          throw InvalidValueException.of(where + ": budget " + line.code() + ": goalCode", g, "must name a goal of the agreement");
        }
      });
    }
  }

  @Override
  public String toString() {
    return "PK " + unit().name() + " " + year() + " (" + version() + ", " + effectiveDate() + ")";
  }
}
