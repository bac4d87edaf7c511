/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementRevisionsTest {
  private static final LocalDate JAN = LocalDate.of(2023, 1, 2);
  private static final LocalDate NOV = LocalDate.of(2023, 11, 15);
  private static final LocalDate DEC = LocalDate.of(2023, 12, 20);

  private static AgreementRevisions threeVersions() {
    // given out of order on purpose
    return AgreementRevisions.of(List.of(
        BiroPerencanaan2023Fixture.agreement("Revisi II", DEC),
        BiroPerencanaan2023Fixture.agreement("awal", JAN),
        BiroPerencanaan2023Fixture.agreement("Revisi I", NOV)));
  }

  @Test
  void versionsAreOrderedByEffectiveDate() {
    AgreementRevisions r = threeVersions();
    assertThat(r.versions()).extracting(PerformanceAgreement::version).containsExactly("awal", "Revisi I", "Revisi II");
    assertThat(r.latest().version()).isEqualTo("Revisi II");
    assertThat(r.latest().effectiveDate()).isEqualTo(DEC);
  }

  @ParameterizedTest
  @CsvSource({
    "2023-01-02, awal",
    "2023-01-03, awal",
    "2023-06-30, awal",
    "2023-11-14, awal",
    "2023-11-15, Revisi I",
    "2023-12-19, Revisi I",
    "2023-12-20, Revisi II",
    "2023-12-31, Revisi II",
    "2024-03-31, Revisi II"
  })
  void inForcePicksTheLatestVersionOnOrBeforeTheDate(LocalDate date, String version) {
    assertThat(threeVersions().inForce(date).version()).isEqualTo(version);
  }

  @Test
  void beforeTheFirstVersionRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> threeVersions().inForce(LocalDate.of(2023, 1, 1)));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("date");
    assertThat(e).hasMessageContaining("2023-01-01").hasMessageContaining("2023-01-02");
  }

  @Test
  void singleVersion() {
    AgreementRevisions r = AgreementRevisions.of(List.of(BiroPerencanaan2023Fixture.agreement()));
    assertThat(r.latest()).isEqualTo(BiroPerencanaan2023Fixture.agreement());
    assertThat(r.inForce(LocalDate.of(2023, 12, 31))).isSameAs(r.latest());
  }

  @Test
  void mixedUnitsRejected() {
    PerformanceAgreement other = PerformanceAgreement.builder()
        .from(BiroPerencanaan2023Fixture.agreement("Revisi I", NOV))
        .unit(OrgUnit.of("BIRO-KEUANGAN", "Biro Keuangan", OrgLevel.ESELON_II))
        .build();
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> AgreementRevisions.of(List.of(BiroPerencanaan2023Fixture.agreement("awal", JAN), other)));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("revisions: unit");
    assertThat(e).hasMessageContaining("BIRO-KEUANGAN").hasMessageContaining("BIRO-PERENCANAAN");
  }

  @Test
  void mixedYearsRejected() {
    PerformanceAgreement pk2024 = PerformanceAgreement.builder()
        .from(BiroPerencanaan2023Fixture.agreement("2024", LocalDate.of(2024, 1, 2)))
        .year(2024)
        .build();
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> AgreementRevisions.of(List.of(BiroPerencanaan2023Fixture.agreement("awal", JAN), pk2024)));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("revisions: year");
    assertThat(e).hasMessageContaining("2024").hasMessageContaining("2023");
  }

  @Test
  void duplicateDatesRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> AgreementRevisions.of(List.of(
        BiroPerencanaan2023Fixture.agreement("awal", JAN),
        BiroPerencanaan2023Fixture.agreement("Revisi I", NOV),
        BiroPerencanaan2023Fixture.agreement("Revisi II", NOV))));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("revisions: effectiveDate");
    assertThat(e).hasMessageContaining("2023-11-15");
  }

  @Test
  void duplicateVersionLabelsAndEmptyListRejected() {
    assertThatThrownBy(() -> AgreementRevisions.of(List.of(
        BiroPerencanaan2023Fixture.agreement("Revisi I", JAN),
        BiroPerencanaan2023Fixture.agreement("Revisi I", NOV))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"Revisi I\"");
    assertThatThrownBy(() -> AgreementRevisions.of(List.of())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("revisions");
  }

  @Test
  void versionsCannotBeModified() {
    AgreementRevisions r = threeVersions();
    assertThatThrownBy(() -> r.versions().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
