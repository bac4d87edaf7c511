/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

  private static OrgUnit tree() {
    // KEMENSOS
    // ├── SETJEN
    // │   ├── BIRO-PERENCANAAN
    // │   └── BIRO-KEUANGAN
    // └── DITJEN-REHSOS
    //     └── DIT-RSA
    return OrgUnit.of("KEMENSOS", "Kementerian Sosial", OrgLevel.KEMENTERIAN_LEMBAGA, List.of(
        OrgUnit.of("SETJEN", "Sekretariat Jenderal", OrgLevel.ESELON_I, List.of(
            OrgUnit.of("BIRO-PERENCANAAN", "Biro Perencanaan", OrgLevel.ESELON_II),
            OrgUnit.of("BIRO-KEUANGAN", "Biro Keuangan", OrgLevel.ESELON_II))),
        OrgUnit.of("DITJEN-REHSOS", "Direktorat Jenderal Rehabilitasi Sosial", OrgLevel.ESELON_I, List.of(
            OrgUnit.of("DIT-RSA", "Direktorat Rehabilitasi Sosial Anak", OrgLevel.ESELON_II)))));
  }

  @Test
  void streamIsParentsBeforeChildrenInOrder() {
    assertThat(tree().stream().map(OrgUnit::code))
        .containsExactly("KEMENSOS", "SETJEN", "BIRO-PERENCANAAN", "BIRO-KEUANGAN", "DITJEN-REHSOS", "DIT-RSA");
  }

  @Test
  void findAnywhereInTheTree() {
    OrgUnit t = tree();
    assertThat(t.find("DIT-RSA")).map(OrgUnit::level).contains(OrgLevel.ESELON_II);
    assertThat(t.find("BIRO-PERENCANAAN")).map(OrgUnit::name).contains("Biro Perencanaan");
    assertThat(t.find("KEMENSOS")).contains(t);
    assertThat(t.find("BIRO-HUKUM")).isEmpty();
    // find only searches below: a subtree does not see its siblings
    assertThat(t.find("SETJEN").orElseThrow().find("DIT-RSA")).isEmpty();
  }

  @Test
  void leaves() {
    OrgUnit t = tree();
    assertThat(t.isLeaf()).isFalse();
    assertThat(t.find("DIT-RSA").orElseThrow().isLeaf()).isTrue();
    assertThat(t.stream().filter(OrgUnit::isLeaf).map(OrgUnit::code))
        .containsExactly("BIRO-PERENCANAAN", "BIRO-KEUANGAN", "DIT-RSA");
    assertThat(OrgUnit.of("X", "x", OrgLevel.SATKER).children()).isEmpty();
  }

  @Test
  void fixtureTreeFindsTheBiro() {
    assertThat(BiroPerencanaan2023Fixture.kemensos().find(BiroPerencanaan2023Fixture.UNIT_CODE))
        .contains(BiroPerencanaan2023Fixture.biroPerencanaan());
  }

  @Test
  void duplicateCodesInDifferentBranchesRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () ->
        OrgUnit.of("KEMENSOS", "Kementerian Sosial", OrgLevel.KEMENTERIAN_LEMBAGA, List.of(
            OrgUnit.of("SETJEN", "Sekretariat Jenderal", OrgLevel.ESELON_I, List.of(
                OrgUnit.of("BIRO-UMUM", "Biro Umum", OrgLevel.ESELON_II))),
            OrgUnit.of("ITJEN", "Inspektorat Jenderal", OrgLevel.ESELON_I, List.of(
                OrgUnit.of("BIRO-UMUM", "Bagian Umum", OrgLevel.ESELON_III))))));
    assertThat(e).isNotNull();
    assertThat(e.value()).isEqualTo("BIRO-UMUM");
    assertThat(e).hasMessageContaining("BIRO-UMUM").hasMessageContaining("KEMENSOS");
  }

  @Test
  void childWithTheParentsCodeRejected() {
    assertThatThrownBy(() -> OrgUnit.of("A", "a", OrgLevel.ESELON_I, List.of(
        OrgUnit.of("B", "b", OrgLevel.ESELON_II, List.of(OrgUnit.of("A", "a2", OrgLevel.ESELON_III))))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"A\"");
  }

  @Test
  void siblingsWithTheSameCodeRejected() {
    assertThatThrownBy(() -> OrgUnit.of("A", "a", OrgLevel.ESELON_I, List.of(
        OrgUnit.of("B", "b", OrgLevel.ESELON_II), OrgUnit.of("B", "b again", OrgLevel.ESELON_II))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("\"B\"");
  }

  @Test
  void blankCodeAndNameRejected() {
    assertThatThrownBy(() -> OrgUnit.of(" ", "a", OrgLevel.SATKER)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unit.code");
    assertThatThrownBy(() -> OrgUnit.of("A", "", OrgLevel.SATKER)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unit A: name");
  }
}
