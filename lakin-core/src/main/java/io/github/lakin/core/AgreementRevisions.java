/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Revisi Perjanjian Kinerja: the versions of one unit's agreement for one year (e.g. January,
 * November, December), which picks the version in force on a date.
 *
 * <p>All versions share the unit and the year; effective dates and version labels are unique.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class AgreementRevisions {
  private final List<PerformanceAgreement> versions;

  private AgreementRevisions(List<PerformanceAgreement> versions) {
    this.versions = versions;
  }

  /**
   * Returns the set of versions, ordered by effective date.
   *
   * @param versions the versions, in any order; at least one
   * @return the set of versions, ordered by effective date
   * @throws InvalidValueException if versions differ in unit or year, or share a date or label
   */
  public static AgreementRevisions of(List<PerformanceAgreement> versions) {
    Objects.requireNonNull(versions, "versions");
    if (versions.isEmpty()) {
      throw InvalidValueException.of("revisions", "[]", "must not be empty");
    }
    PerformanceAgreement first = versions.get(0);
    for (PerformanceAgreement v : versions) {
      if (!v.unit().code().equals(first.unit().code())) {
        throw InvalidValueException.of("revisions: unit", v.unit().code(), "must be " + first.unit().code() + " in every version");
      }
      if (v.year() != first.year()) {
        throw InvalidValueException.of("revisions: year", v.year(), "must be " + first.year() + " in every version");
      }
    }
    Checks.unique("revisions: effectiveDate", versions, v -> v.effectiveDate().toString());
    Checks.unique("revisions: version", versions, PerformanceAgreement::version);
    List<PerformanceAgreement> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(PerformanceAgreement::effectiveDate));
    return new AgreementRevisions(List.copyOf(sorted));
  }

  /** Returns the versions, earliest first. */
  public List<PerformanceAgreement> versions() {
    return versions;
  }

  /** Returns the last version: the one measured at year end. */
  public PerformanceAgreement latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * Returns the latest version whose effective date is on or before {@code date}.
   *
   * @param date the day to look at
   * @return the latest version whose effective date is on or before {@code date}
   * @throws InvalidValueException if no version was in force yet on that date
   */
  public PerformanceAgreement inForce(LocalDate date) {
    PerformanceAgreement found = null;
    for (PerformanceAgreement v : versions) {
      if (!v.effectiveDate().isAfter(date)) {
        found = v;
      }
    }
    if (found == null) {
      throw InvalidValueException.of("date", date, "must be on or after the first version's effective date " + versions.get(0).effectiveDate());
    }
    return found;
  }
}
