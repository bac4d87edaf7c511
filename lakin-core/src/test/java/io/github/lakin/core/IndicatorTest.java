/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static Indicator.Builder base() {
    Indicator.Builder b = Indicator.builder();
    b.code("1.2").name("Indeks Perencanaan Pembangunan").unit(MeasureUnit.index());
    return b;
  }

  @Test
  void builderKeepsEveryField() {
    Indicator.Builder b = base();
    b.target(Target.exact("81"))
        .weight(dec("0.25"))
        .capRule(CapRule.maximum(dec("120")))
        .consolidation(ConsolidationMode.LAST)
        .baseline(dec("75"));
    Indicator i = b.build();
    assertThat(i.code()).isEqualTo("1.2");
    assertThat(i.name()).isEqualTo("Indeks Perencanaan Pembangunan");
    assertThat(i.unit()).isEqualTo(MeasureUnit.index());
    assertThat(i.target()).isEqualTo(Target.exact("81"));
    assertThat(i.weight()).contains(dec("0.25"));
    assertThat(i.capRule()).contains(CapRule.maximum(dec("120")));
    assertThat(i.consolidation()).contains(ConsolidationMode.LAST);
    assertThat(i.baseline()).contains(dec("75"));
    assertThat(i.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void ofHasNoOptionalFieldsAndDefaultPolarityHigher() {
    Indicator i = Indicator.of("1.1", "Nilai akuntabilitas kinerja", MeasureUnit.index(), Target.exact("69"));
    assertThat(i.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(i.weight()).isEmpty();
    assertThat(i.capRule()).isEmpty();
    assertThat(i.consolidation()).isEmpty();
    assertThat(i.baseline()).isEmpty();
    assertThat(i).isEqualTo(Indicator.of("1.1", "Nilai akuntabilitas kinerja", MeasureUnit.index(), Target.exact("69.00")));
  }

  @Test
  void rangeAndCategoricalTargetsDefaultToHigher() {
    assertThat(Indicator.of("a", "n", MeasureUnit.percent(), Target.range(dec("80"), dec("90"))).polarity())
        .isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(Indicator.of("b", "Opini BPK", MeasureUnit.other("opini"), Target.category("WTP", OrdinalScale.auditOpinion()))
        .polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void lessThanImpliesLowerIsBetter() {
    Indicator i = Indicator.of("2.3", "Persentase berita negatif", MeasureUnit.percent(), Target.lessThan(dec("20")));
    assertThat(i.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    Indicator days = Indicator.of("2.4", "Rata-rata waktu penyelesaian", MeasureUnit.workingDays(), Target.atMost(dec("10")));
    assertThat(days.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    Indicator atLeast = Indicator.of("2.5", "Indeks kepuasan", MeasureUnit.index(), Target.atLeast(dec("95")));
    assertThat(atLeast.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void explicitPolarityAgreeingWithTheComparatorIsAccepted() {
    Indicator.Builder b = base();
    b.target(Target.lessThan(dec("20"))).polarity(Polarity.LOWER_IS_BETTER);
    assertThat(b.build().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
  }

  @Test
  void explicitHigherWithLessThanIsRejectedNamingPolarityAndTarget() {
    Indicator.Builder b = base();
    b.target(Target.lessThan(dec("20"))).polarity(Polarity.HIGHER_IS_BETTER);
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, b::build);
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("indicator 1.2: polarity");
    assertThat(e.value()).isEqualTo("HIGHER_IS_BETTER");
    assertThat(e).hasMessageContaining("HIGHER_IS_BETTER").hasMessageContaining("< 20")
        .hasMessageContaining("LOWER_IS_BETTER").hasMessageContaining("1.2");
  }

  @Test
  void closerIsBetterContradictsAComparator() {
    Indicator.Builder b = base();
    b.target(Target.atLeast(dec("95"))).polarity(Polarity.CLOSER_IS_BETTER);
    assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("CLOSER_IS_BETTER");
    // but an exact target may be scored by closeness, or as lower is better, when declared
    Indicator.Builder c = base();
    c.target(Target.exact("81")).polarity(Polarity.CLOSER_IS_BETTER);
    assertThat(c.build().polarity()).isEqualTo(Polarity.CLOSER_IS_BETTER);
    Indicator.Builder d = base();
    d.target(Target.exact("81")).polarity(Polarity.LOWER_IS_BETTER);
    assertThat(d.build().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
  }

  @Test
  void negativeTargetRejectedForANonNegativeUnit() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Indicator.of("9.1", "Pertumbuhan", MeasureUnit.percent(), Target.exact("-5")));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("indicator 9.1: target");
    assertThat(e.value()).isEqualTo("-5");
    assertThat(e).hasMessageContaining("-5").hasMessageContaining("allowingNegative");
    assertThatThrownBy(() -> Indicator.of("9.2", "n", MeasureUnit.index(), Target.atLeast(dec("-1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> Indicator.of("9.3", "n", MeasureUnit.percent(), Target.range(dec("-2"), dec("3"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("target.lower").hasMessageContaining("-2");
  }

  @Test
  void negativeTargetAcceptedWhenTheUnitAllowsIt() {
    MeasureUnit growth = MeasureUnit.percent().allowingNegative();
    assertThat(Indicator.of("9.1", "Pertumbuhan", growth, Target.exact("-5")).target()).isEqualTo(Target.exact("-5"));
    assertThat(Indicator.of("9.2", "n", growth, Target.range(dec("-2"), dec("3"))).polarity())
        .isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(Indicator.of("9.3", "n", growth, Target.lessThan(dec("-1"))).polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
  }

  @Test
  void zeroTargetIsAllowed() {
    // target 0 is a degenerate case for scoring (DOMAIN §3), not an invalid indicator
    assertThat(Indicator.of("0", "Jumlah temuan", MeasureUnit.count("temuan"), Target.exact("0")).target())
        .isEqualTo(Target.exact("0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankCodeRejected(String code) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Indicator.of(code, "n", MeasureUnit.index(), Target.exact("1")));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("indicator.code");
  }

  @Test
  void blankNameRejectedNamingTheIndicator() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Indicator.of("1.1", " ", MeasureUnit.index(), Target.exact("1")));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("indicator 1.1: name");
  }

  @Test
  void negativeWeightRejectedZeroAccepted() {
    Indicator.Builder b = base();
    b.target(Target.exact("81")).weight(dec("-1"));
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, b::build);
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("indicator 1.2: weight");
    assertThat(e).hasMessageContaining("-1");
    Indicator.Builder z = base();
    z.target(Target.exact("81")).weight(BigDecimal.ZERO);
    assertThat(z.build().weight()).contains(BigDecimal.ZERO);
  }

  @Test
  void negativeBaselineRejectedUnlessTheUnitAllowsIt() {
    Indicator.Builder b = base();
    b.target(Target.exact("81")).baseline(dec("-3"));
    assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("baseline")
        .hasMessageContaining("-3");
    Indicator.Builder ok = base();
    ok.unit(MeasureUnit.index().allowingNegative()).target(Target.exact("81")).baseline(dec("-3"));
    assertThat(ok.build().baseline()).contains(dec("-3"));
  }

  @Test
  void missingTargetIsRefused() {
    Indicator.Builder b = base();
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("target");
  }
}
