/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.aggregate.Aggregate;
import io.github.lakin.scoring.aggregate.OrgRollup;
import io.github.lakin.scoring.aggregate.ReportResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OrganisationRollupTest {
  private final OrgRollup rollup = OrganisationRollup.rollup();

  @Test
  void leavesCarryTheirOwnReports() {
    assertThat(figure("BIRO-PERENCANAAN")).isEqualTo("106.51");   // DOMAIN.md §12
    assertThat(figure("BIRO-KEU")).isEqualTo("100.00");           // (97.85/95 = 1.03, 87.3/90 = 0.97) → (103 + 97) / 2
    assertThat(figure("DIT-RSA")).isEqualTo("101.25");            // (84/80 = 105, 117/120 = 97.5) → 202.5 / 2
    assertThat(figure("DIT-RSPD")).isEqualTo("103.00");           // (72/75 = 96, (2 − 12.6/14) × 100 = 110) → 206 / 2
    assertThat(node("DIT-RSLU").figure().value()).isEmpty();      // no report
    assertThat(node("DIT-RSLU").own()).isEmpty();
  }

  @Test
  void parentsAverageTheUnitsBelow() {
    // (106.5057… + 100) / 2 = 103.2528… → 103.25
    assertThat(figure("SETJEN")).isEqualTo("103.25");
    Rational biro = node("BIRO-PERENCANAAN").figure().value().orElseThrow();
    assertThat(node("SETJEN").figure().value()).hasValue(biro.add(Rational.HUNDRED).divide(2));
    // (101.25 + 103) / 2 = 102.125 exactly → 102.13 (half-up)
    assertThat(node("DITJEN-RESOS").figure().value()).hasValue(Rational.parse("102.125"));
    assertThat(figure("DITJEN-RESOS")).isEqualTo("102.13");
    assertThat(node("DITJEN-RESOS").figure().excluded()).extracting(Aggregate.Exclusion::code).containsExactly("DIT-RSLU");
    // (103.2528… + 102.125) / 2 = 102.6889… → 102.69
    assertThat(figure("KEMENSOS")).isEqualTo("102.69");
  }

  @Test
  void theProvisionalValueOfTheBiroIsFlaggedUpTheTree() {
    assertThat(node("KEMENSOS").figure().has(Aggregate.Flag.PROVISIONAL_INCLUDED)).isTrue();
    assertThat(node("SETJEN").figure().has(Aggregate.Flag.PROVISIONAL_INCLUDED)).isTrue();
    assertThat(node("DITJEN-RESOS").figure().has(Aggregate.Flag.PROVISIONAL_INCLUDED)).isFalse();
  }

  @Test
  void theMinistrysOwnIkuIsKeptBesideItsRollup() {
    ReportResult own = rollup.own().orElseThrow();
    // 78.72/80 = 98.40; 90.09/88 = 102.375 → 102.38; (98.40 + 102.375) / 2 = 100.3875 → 100.39
    assertThat(own.achievement("IKU2").orElseThrow().rounded()).hasValue(new BigDecimal("102.38"));
    assertThat(own.overall().value()).hasValue(Rational.parse("100.3875"));
    assertThat(own.overall().rounded()).hasValue(new BigDecimal("100.39"));
  }

  @Test
  void printsTheTree() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OrganisationRollup.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).containsPattern("KEMENSOS Kementerian Sosial +KEMENTERIAN LEMBAGA +102,69%\\* +\\(IKU sendiri 100,39%\\)");
    assertThat(out).containsPattern("\n  SETJEN Sekretariat Jenderal +ESELON I +103,25%\\*");
    assertThat(out).containsPattern("\n    BIRO-PERENCANAAN Biro Perencanaan +ESELON II +106,51%\\*");
    assertThat(out).containsPattern("\n  DITJEN-RESOS .* +102,13% ");
    assertThat(out).containsPattern("\n    DIT-RSLU .* +— +\\(belum ada laporan\\)");
    assertThat(out).contains("(103,25 + 102,13) / 2 = 102,69%");
  }

  private OrgRollup node(String code) {
    return rollup.find(code).orElseThrow();
  }

  private String figure(String code) {
    return node(code).figure().rounded().orElseThrow().toPlainString();
  }
}
