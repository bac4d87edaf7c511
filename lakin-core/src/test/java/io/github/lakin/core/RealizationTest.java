/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RealizationTest {

  @Test
  void numericRealisation() {
    Realization r = Realization.of("69.31");
    assertThat(r.status()).isEqualTo(Realization.Status.AVAILABLE);
    assertThat(r.isAvailable()).isTrue();
    // 69.31 = 6931 / 100
    assertThat(r.value()).contains(Rational.of(BigInteger.valueOf(6931), BigInteger.valueOf(100)));
    assertThat(r.counts()).isEmpty();
    assertThat(r.category()).isEmpty();
    assertThat(r.provisional()).isEmpty();
    assertThat(r.isProvisional()).isFalse();
    assertThat(r).hasToString("69.31");
    assertThat(r).isEqualTo(Realization.of(new BigDecimal("69.310"))).isEqualTo(Realization.of(Rational.parse("69.31")));
    assertThat(Realization.of("95.50")).isEqualTo(Realization.of("95.5"));
  }

  @Test
  void realisationFromBadTextNamesTheText() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Realization.of("N/A"));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("realisasi");
    assertThat(e).hasMessageContaining("N/A");
  }

  @Test
  void countsKeepTheShareExact() {
    // 23 of 24 daerah: 23 × 100 / 24 = 2300 / 24 = 575 / 6 = 95.8333…
    Realization r = Realization.ofCounts(23, 24);
    assertThat(r.isAvailable()).isTrue();
    assertThat(r.value()).contains(Rational.of(BigInteger.valueOf(2300), BigInteger.valueOf(24)));
    assertThat(r.value().orElseThrow().numerator()).isEqualTo(BigInteger.valueOf(575));
    assertThat(r.value().orElseThrow().denominator()).isEqualTo(BigInteger.valueOf(6));
    assertThat(r.value().orElseThrow().round(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("95.83"));
    assertThat(r.value().orElseThrow().round(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("95.8333"));
    // not the rounded printed value
    assertThat(r.value().orElseThrow()).isNotEqualTo(Rational.parse("95.83"));
    assertThat(r.counts().orElseThrow().n()).isEqualTo(23);
    assertThat(r.counts().orElseThrow().total()).isEqualTo(24);
    assertThat(r.counts().orElseThrow()).hasToString("23/24");
    assertThat(r).hasToString("575/6");
  }

  @Test
  void zeroOfAnyIsZeroAndAllIsHundred() {
    assertThat(Realization.ofCounts(0, 5).value()).contains(Rational.ZERO);
    assertThat(Realization.ofCounts(7, 7).value()).contains(Rational.HUNDRED);
  }

  @Test
  void negativeCountsRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Realization.ofCounts(-1, 24));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("realisasi.n");
    assertThat(e).hasMessageContaining("-1");
    InvalidValueException t = catchThrowableOfType(InvalidValueException.class, () -> Realization.ofCounts(3, -24));
    assertThat(t).isNotNull();
    assertThat(t.field()).isEqualTo("realisasi.total");
    assertThat(t).hasMessageContaining("-24");
  }

  @Test
  void totalZeroRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Realization.ofCounts(0, 0));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("realisasi.total");
    assertThat(e.value()).isEqualTo("0");
    assertThatThrownBy(() -> Realization.Counts.of(5, 0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void categoricalRealisation() {
    Realization r = Realization.ofCategory("WTP");
    assertThat(r.isAvailable()).isTrue();
    assertThat(r.category()).contains("WTP");
    assertThat(r.value()).isEmpty();
    assertThat(r).hasToString("WTP");
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Realization.ofCategory("  "));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("realisasi.category");
  }

  @Test
  void notAvailable() {
    Realization r = Realization.notAvailable();
    assertThat(r.status()).isEqualTo(Realization.Status.NOT_AVAILABLE);
    assertThat(r.isAvailable()).isFalse();
    assertThat(r.value()).isEmpty();
    assertThat(r.category()).isEmpty();
    assertThat(r.note()).isEmpty();
    assertThat(r).hasToString("N/A");
    Realization withNote = Realization.notAvailable("menunggu rilis BPS");
    assertThat(withNote.note()).contains("menunggu rilis BPS");
    assertThat(withNote.isAvailable()).isFalse();
  }

  @Test
  void provisionalCarriesThePeriodItCameFrom() {
    Realization final2023 = Realization.of("82.96");
    Realization r = final2023.provisional(Period.year(2022), "nilai tahun 2022");
    assertThat(r.isProvisional()).isTrue();
    assertThat(r.provisional().orElseThrow().carriedFrom()).isEqualTo(Period.year(2022));
    assertThat(r.provisional().orElseThrow().note()).isEqualTo("nilai tahun 2022");
    assertThat(r.value()).isEqualTo(final2023.value());
    assertThat(r).hasToString("82.96*");
    assertThat(r).isNotEqualTo(final2023);
    // the original is unchanged
    assertThat(final2023.isProvisional()).isFalse();
    // an empty footnote is allowed
    assertThat(final2023.provisional(Period.year(2022), "").provisional().orElseThrow().note()).isEmpty();
    // counts survive
    assertThat(Realization.ofCounts(23, 24).provisional(Period.quarter(2022, 4), "").counts()).isPresent();
  }

  @Test
  void notAvailableCannotBeProvisional() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Realization.notAvailable().provisional(Period.year(2022), "x"));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("realisasi.provisional");
    assertThat(e).hasMessageContaining("2022");
  }

  // Invalid combinations that the public factories cannot produce, built through the package's
  // generated builder to check that the invariants hold whatever the construction path.

  @Test
  void numberAndCategoryTogetherRejected() {
    assertThatThrownBy(() -> ImmutableRealization.builder().status(Realization.Status.AVAILABLE)
        .value(Rational.ONE).category("WTP").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("either a number or a category");
  }

  @Test
  void availableWithoutValueRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> ImmutableRealization.builder().status(Realization.Status.AVAILABLE).build());
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("realisasi");
    assertThat(e).hasMessageContaining("absent");
  }

  @Test
  void notAvailableWithValueRejected() {
    assertThatThrownBy(() -> ImmutableRealization.builder().status(Realization.Status.NOT_AVAILABLE)
        .value(Rational.of(5)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no value");
    assertThatThrownBy(() -> ImmutableRealization.builder().status(Realization.Status.NOT_AVAILABLE)
        .category("WTP").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("WTP");
  }

  @Test
  void countsThatDisagreeWithTheValueRejected() {
    // 23 of 24 is 95.8333…, not the printed 95.83
    assertThatThrownBy(() -> ImmutableRealization.builder().status(Realization.Status.AVAILABLE)
        .value(Rational.parse("95.83")).counts(Realization.Counts.of(23, 24)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("23/24");
  }

  @org.junit.jupiter.api.Test
  void countsCannotExceedTheirTotal() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Realization.ofCounts(25, 24))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("realisasi.n").hasMessageContaining("25");
  }

  @org.junit.jupiter.api.Test
  void categoricalTargetIsTrimmed() {
    org.assertj.core.api.Assertions.assertThat(Target.category(" WTP ", OrdinalScale.auditOpinion()))
        .isEqualTo(Target.category("WTP", OrdinalScale.auditOpinion()));
  }
}
