/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lakin.core.MeasureUnit.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureUnitTest {

  @Test
  void factoriesHaveKindAndLabelAndNoNegatives() {
    assertUnit(MeasureUnit.percent(), Kind.PERCENT, "%");
    assertUnit(MeasureUnit.index(), Kind.INDEX, "indeks");
    assertUnit(MeasureUnit.count("dokumen"), Kind.COUNT, "dokumen");
    assertUnit(MeasureUnit.days(), Kind.DAYS, "hari");
    assertUnit(MeasureUnit.workingDays(), Kind.WORKING_DAYS, "hari kerja");
    assertUnit(MeasureUnit.months(), Kind.MONTHS, "bulan");
    assertUnit(MeasureUnit.rupiah(), Kind.RUPIAH, "Rp");
    assertUnit(MeasureUnit.other("km"), Kind.OTHER, "km");
    assertUnit(MeasureUnit.of(Kind.INDEX, "nilai"), Kind.INDEX, "nilai");
    assertThat(MeasureUnit.of(Kind.PERCENT, "%")).isEqualTo(MeasureUnit.percent());
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> MeasureUnit.of(Kind.COUNT, " ")))
        .hasMessageContaining("unit.label");
  }

  private static void assertUnit(MeasureUnit u, Kind kind, String label) {
    assertThat(u.kind()).isEqualTo(kind);
    assertThat(u.label()).isEqualTo(label);
    assertThat(u.negativeAllowed()).isFalse();
    assertThat(u).hasToString(label);
  }

  @Test
  void durationKinds() {
    assertThat(MeasureUnit.days().isDuration()).isTrue();
    assertThat(MeasureUnit.workingDays().isDuration()).isTrue();
    assertThat(MeasureUnit.months().isDuration()).isTrue();
    assertThat(MeasureUnit.percent().isDuration()).isFalse();
    assertThat(MeasureUnit.rupiah().isDuration()).isFalse();
    assertThat(MeasureUnit.count("orang").isDuration()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "%; PERCENT; %",
    "persen; PERCENT; %",
    "Persen; PERCENT; %",
    "persentase; PERCENT; %",
    "indeks; INDEX; indeks",
    "Indeks; INDEX; indeks",
    "nilai; INDEX; indeks",
    "hari; DAYS; hari",
    "hari kerja; WORKING_DAYS; hari kerja",
    "Hari Kerja; WORKING_DAYS; hari kerja",
    "HK; WORKING_DAYS; hari kerja",
    "bulan; MONTHS; bulan",
    "Rp; RUPIAH; Rp",
    "Rp.; RUPIAH; Rp",
    "rupiah; RUPIAH; Rp",
    "dokumen; COUNT; dokumen",
    "Dokumen; COUNT; dokumen",
    "orang; COUNT; orang",
    "laporan; COUNT; laporan",
    "'  dokumen  '; COUNT; dokumen",
    "km; OTHER; km",
    "Ton; OTHER; Ton",
    "'  unit kerja '; OTHER; unit kerja"
  })
  void parse(String text, Kind kind, String label) {
    MeasureUnit u = MeasureUnit.parse(text);
    assertThat(u.kind()).isEqualTo(kind);
    assertThat(u.label()).isEqualTo(label);
    assertThat(u.negativeAllowed()).isFalse();
  }

  @Test
  void parsedUnitsEqualTheFactories() {
    assertThat(MeasureUnit.parse("%")).isEqualTo(MeasureUnit.percent()).hasSameHashCodeAs(MeasureUnit.percent());
    assertThat(MeasureUnit.parse("HK")).isEqualTo(MeasureUnit.workingDays());
    assertThat(MeasureUnit.parse("orang")).isEqualTo(MeasureUnit.count("orang"));
    assertThat(MeasureUnit.parse("km")).isEqualTo(MeasureUnit.other("km"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "   \n"})
  void blankRejected(String blank) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MeasureUnit.parse(blank));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("unit");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> MeasureUnit.other(blank)).field())
        .isEqualTo("unit.label");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> MeasureUnit.count(blank))).isNotNull();
  }

  /**
   * Found by MeasureUnitFuzzTest: a label of only non-breaking spaces was a unit labelled
   * U+00A0, and {@code hari\u00A0kerja} (as exported by spreadsheets) a free unit instead of
   * working days. Unicode spaces now count as spaces, as in the number parser.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u2007\u202F", " \u00A0\t"})
  void unicodeSpacesAreBlank(String blank) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MeasureUnit.parse(blank));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("unit");
    assertThat(e.value()).isEqualTo(blank);
  }

  @Test
  void unicodeSpacesAndRunsOfSpacesReadAsOneSpace() {
    assertThat(MeasureUnit.parse("hari\u00A0kerja")).isEqualTo(MeasureUnit.workingDays());
    assertThat(MeasureUnit.parse("\u00A0hari  kerja\u202F")).isEqualTo(MeasureUnit.workingDays());
    assertThat(MeasureUnit.parse("working\u2007days")).isEqualTo(MeasureUnit.workingDays());
    assertThat(MeasureUnit.parse("unit\u00A0\u00A0kerja")).isEqualTo(MeasureUnit.other("unit kerja"));
    assertThat(MeasureUnit.parse("\u0000km")).isEqualTo(MeasureUnit.other("km"));
  }

  @Test
  void allowingNegativeIsANewUnit() {
    MeasureUnit pct = MeasureUnit.percent();
    MeasureUnit growth = pct.allowingNegative();
    assertThat(growth.negativeAllowed()).isTrue();
    assertThat(growth.kind()).isEqualTo(Kind.PERCENT);
    assertThat(growth.label()).isEqualTo("%");
    assertThat(pct.negativeAllowed()).isFalse();
    assertThat(growth).isNotEqualTo(pct);
    assertThat(growth).isEqualTo(MeasureUnit.parse("persen").allowingNegative());
    assertThat(growth.allowingNegative()).isEqualTo(growth);
  }
}
