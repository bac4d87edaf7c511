/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Equality and hash codes of the band values: equal values are equal, each field makes a difference. */
class BandValuesTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static void assertValue(Object value, Object same, Object... others) {
    Object sameReference = value; // equals is reflexive (an alias, so Error Prone's SelfAssertion does not fire)
    assertThat(value).isEqualTo(sameReference).isEqualTo(same).isNotEqualTo("text").isNotEqualTo(null);
    assertThat(value.hashCode()).isEqualTo(same.hashCode());
    for (Object other : others) {
      assertThat(value).as("differs from %s", other).isNotEqualTo(other);
      assertThat(value.hashCode()).as("hash differs from %s", other).isNotEqualTo(other.hashCode());
    }
  }

  /** Nilai capaian (DOMAIN §9): 98 → 88 and 80 → 70, segment 80–100; 105 → 95, segment 100–110. */
  @Test
  void achievementScores() {
    AchievementScore s = AchievementScore.of(d("98"));
    assertValue(s, AchievementScore.of(d("98.00")), AchievementScore.of(d("80")), AchievementScore.of(d("105")));
  }

  /** SAKIP 69.31 is B (> 60–70): BB begins above 70, 0.69 points away; 65 is 5 points away. */
  @Test
  void nextBands() {
    NextBand next = StockTables.sakip().pointsToNextBand(d("69.31")).orElseThrow();
    assertThat(next.points()).isEqualTo(Rational.parse("0.69"));
    assertThat(next.band().code()).isEqualTo("BB");
    assertValue(next, StockTables.sakip().pointsToNextBand(d("69.310")).orElseThrow(),
        StockTables.sakip().pointsToNextBand(d("65")).orElseThrow(),
        StockTables.sakip().pointsToNextBand(d("55")).orElseThrow());
  }

  @Test
  void boundsAndBands() {
    assertValue(Bound.inclusive("90"), Bound.inclusive(d("90.0")), Bound.exclusive("90"), Bound.inclusive("91"),
        Bound.unbounded());
    assertValue(Bound.unbounded(), Bound.unbounded(), Bound.inclusive("0"));
    Band b = Band.of("B", "Baik", Bound.exclusive("60"), Bound.inclusive("70"));
    assertValue(b, Band.of("B", "Baik", Bound.exclusive("60.0"), Bound.inclusive("70")),
        Band.of("BB", "Baik", Bound.exclusive("60"), Bound.inclusive("70")),
        Band.of("B", "Cukup", Bound.exclusive("60"), Bound.inclusive("70")),
        Band.of("B", "Baik", "keterangan", Bound.exclusive("60"), Bound.inclusive("70")),
        Band.of("B", "Baik", Bound.inclusive("60"), Bound.inclusive("70")),
        Band.of("B", "Baik", Bound.exclusive("60"), Bound.exclusive("70")));
  }

  @Test
  void bandTables() {
    BandTable t = BandTable.builder("t").source("Perbup X 5/2022").notes("catatan")
        .band("C", "Cukup", Bound.inclusive("0"), Bound.exclusive("50"))
        .band("B", "Baik", Bound.inclusive("50"), Bound.inclusive("100")).build();
    assertThat(t.source()).isEqualTo("Perbup X 5/2022");
    assertThat(t.notes()).isEqualTo("catatan");
    BandTable same = BandTable.builder("t").source("Perbup X 5/2022").notes("catatan")
        .band("C", "Cukup", Bound.inclusive("0"), Bound.exclusive("50"))
        .band("B", "Baik", Bound.inclusive("50"), Bound.inclusive("100")).build();
    assertValue(t, same,
        BandTable.builder("u").source("Perbup X 5/2022").notes("catatan")
            .band("C", "Cukup", Bound.inclusive("0"), Bound.exclusive("50"))
            .band("B", "Baik", Bound.inclusive("50"), Bound.inclusive("100")).build(),
        BandTable.builder("t").source("Perbup Y").notes("catatan")
            .band("C", "Cukup", Bound.inclusive("0"), Bound.exclusive("50"))
            .band("B", "Baik", Bound.inclusive("50"), Bound.inclusive("100")).build(),
        BandTable.builder("t").source("Perbup X 5/2022")
            .band("C", "Cukup", Bound.inclusive("0"), Bound.exclusive("50"))
            .band("B", "Baik", Bound.inclusive("50"), Bound.inclusive("100")).build(),
        BandTable.builder("t").source("Perbup X 5/2022").notes("catatan")
            .band("C", "Cukup", Bound.inclusive("0"), Bound.exclusive("40"))
            .band("B", "Baik", Bound.inclusive("40"), Bound.inclusive("100")).build(),
        StockTables.sakip());
    assertThat(StockTables.sakip()).isNotEqualTo(StockTables.ikmNrr());
  }
}
