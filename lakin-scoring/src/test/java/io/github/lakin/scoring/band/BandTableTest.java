/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static io.github.lakin.scoring.band.Bound.exclusive;
import static io.github.lakin.scoring.band.Bound.inclusive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandTableTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** A local capaian scale: Kurang Berhasil &lt; 55, Cukup Berhasil 55–&lt;75, Berhasil 75–&lt;100, Sangat Berhasil ≥ 100. */
  private static final BandTable LOCAL =
      BandTable.builder("capaian-daerah")
          .source("Peraturan Bupati (contoh)")
          .band("KB", "Kurang Berhasil", inclusive("0"), exclusive("55"))
          .band("CB", "Cukup Berhasil", inclusive("55"), exclusive("75"))
          .band("B", "Berhasil", inclusive("75"), exclusive("100"))
          .band("SB", "Sangat Berhasil", inclusive("100"), Bound.unbounded())
          .build();

  /** Integer ranges with gaps: 0–50, 51–100. */
  private static BandTable gapped(GapPolicy policy) {
    return BandTable.builder("gapped")
        .gapPolicy(policy)
        .band("D", "Rendah", inclusive("0"), inclusive("50"))
        .band("C", "Tinggi", inclusive("51"), inclusive("100"))
        .build();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, KB", "54.99, KB", "54.9999, KB", "55, CB", "74.99, CB", "75, B", "75.00, B", "99.99, B",
    "99.9999, B", "100, SB", "100.00, SB", "119.79, SB", "226.30, SB", "1000000000, SB"
  })
  void localScaleWithOpenEndedTopBand(String value, String code) {
    assertThat(LOCAL.classify(d(value)).code()).isEqualTo(code);
    assertThat(LOCAL.find(d(value))).map(Band::code).contains(code);
  }

  @Test
  void localScaleDefaultsAndExactValues() {
    assertThat(LOCAL.name()).isEqualTo("capaian-daerah");
    assertThat(LOCAL.source()).isEqualTo("Peraturan Bupati (contoh)");
    assertThat(LOCAL.notes()).isEmpty();
    assertThat(LOCAL.verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(LOCAL.gapPolicy()).isEqualTo(GapPolicy.STRICT);
    assertThat(LOCAL.bands()).extracting(Band::code).containsExactly("KB", "CB", "B", "SB");
    assertThat(LOCAL.lowest().code()).isEqualTo("KB");
    assertThat(LOCAL.highest().code()).isEqualTo("SB");
    // 88.83 / 81 × 100 = 109.666…; 74.999… just under 75
    assertThat(LOCAL.classify(Rational.ratio(d("8883"), d("81"))).code()).isEqualTo("SB");
    assertThat(LOCAL.classify(Rational.of(75).subtract(Rational.of(1).divide(3_000_000))).code()).isEqualTo("CB");
    assertThatThrownBy(() -> LOCAL.classify(d("-0.01")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'capaian-daerah': value must lie in the table's domain [0, ∞), but was -0.01");
    assertThat(LOCAL.find(d("-0.01"))).isEmpty();
  }

  @Test
  void unboundedLowestBand() {
    BandTable growth = BandTable.builder("pertumbuhan")
        .band("TURUN", "Menurun", Bound.unbounded(), exclusive("0"))
        .band("TETAP", "Tetap", inclusive("0"), inclusive("0"))
        .band("NAIK", "Meningkat", exclusive("0"), Bound.unbounded())
        .build();
    assertThat(growth.classify(d("-99999")).code()).isEqualTo("TURUN");
    assertThat(growth.classify(d("-0.0001")).code()).isEqualTo("TURUN");
    assertThat(growth.classify(d("0")).code()).isEqualTo("TETAP");
    assertThat(growth.classify(d("0.0001")).code()).isEqualTo("NAIK");
    assertThat(growth.pointsToNextBand(d("-2.5"))).get()
        .satisfies(n -> {
          assertThat(n.band().code()).isEqualTo("TETAP");
          assertThat(n.points()).isEqualTo(Rational.of(d("2.5")));
          assertThat(n.exclusive()).isFalse();
        });
  }

  @Test
  void strictGapIsRefused() {
    BandTable t = gapped(GapPolicy.STRICT);
    assertThat(t.classify(d("50")).code()).isEqualTo("D");
    assertThat(t.classify(d("51")).code()).isEqualTo("C");
    assertThatThrownBy(() -> t.classify(d("50.5")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'gapped': value 50.5 lies in the gap between band D (upper bound 50 (inclusive))"
            + " and band C (lower bound 51 (inclusive)), and the gap policy is STRICT");
    assertThatThrownBy(() -> t.classify(Rational.of(101).divide(2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("value 50.5 lies in the gap");
    assertThat(t.find(d("50.5"))).isEmpty();
    assertThat(t.find(d("50.0001"))).isEmpty();
    assertThat(t.find(d("50.9999"))).isEmpty();
    // a value in a gap is measured against the band above the gap
    assertThat(t.pointsToNextBand(d("50.5"))).get()
        .satisfies(n -> {
          assertThat(n.band().code()).isEqualTo("C");
          assertThat(n.points()).isEqualTo(Rational.of(d("0.5")));
        });
    assertThat(t.effective(t.band("D"))).isEqualTo(t.band("D"));
  }

  @Test
  void lowerBoundInclusiveClosesGaps() {
    BandTable t = gapped(GapPolicy.LOWER_BOUND_INCLUSIVE);
    assertThat(t.classify(d("50.5")).code()).isEqualTo("D");
    assertThat(t.classify(d("50.9999")).code()).isEqualTo("D");
    assertThat(t.classify(d("51")).code()).isEqualTo("C");
    assertThat(t.classify(d("100")).code()).isEqualTo("C");
    assertThat(t.effective(t.band("D")).upper()).isEqualTo(exclusive("51"));
    assertThat(t.effective(t.band("C"))).isEqualTo(t.band("C"));
    assertThatThrownBy(() -> t.classify(d("100.5")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'gapped': value must lie in the table's domain [0, 100], but was 100.5");
  }

  @Test
  void lowerBoundInclusiveWithOpenLowerBoundsGivesTheEdgeToTheBandBelow() {
    BandTable t = BandTable.builder("open")
        .gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE)
        .band("LOW", "Rendah", inclusive("0"), inclusive("40"))
        .band("HIGH", "Tinggi", exclusive("50"), inclusive("100"))
        .build();
    assertThat(t.classify(d("45")).code()).isEqualTo("LOW");
    assertThat(t.classify(d("50")).code()).isEqualTo("LOW");
    assertThat(t.classify(d("50.0001")).code()).isEqualTo("HIGH");
    assertThat(t.effective(t.band("LOW")).upper()).isEqualTo(inclusive("50"));
  }

  @Test
  void builderWithDescriptionsAndExistingBands() {
    Band a = Band.of("A", "Sangat Baik", "mutu A", inclusive("3"), inclusive("4"));
    BandTable t = BandTable.builder("t")
        .band("B", "Baik", "mutu B", inclusive("2"), exclusive("3"))
        .band(a)
        .notes("catatan")
        .verification(Verification.VERIFIED)
        .build();
    assertThat(t.band("A")).isEqualTo(a);
    assertThat(t.band("B").description()).isEqualTo("mutu B");
    assertThat(t.notes()).isEqualTo("catatan");
    assertThat(t.verification()).isEqualTo(Verification.VERIFIED);
    BandTable again = BandTable.builder("t")
        .band("B", "Baik", "mutu B", inclusive("2.0"), exclusive("3"))
        .band(a)
        .notes("catatan")
        .verification(Verification.VERIFIED)
        .build();
    assertThat(t).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(t).isNotEqualTo(BandTable.builder("t").band(a).build());
  }

  @Test
  void bandLookupNextAndRank() {
    BandTable sakip = StockTables.sakip();
    assertThat(sakip.band("BB").label()).isEqualTo("Sangat Baik");
    assertThat(sakip.findBand("BB")).map(Band::label).contains("Sangat Baik");
    assertThat(sakip.findBand("bb")).isEmpty();
    assertThatThrownBy(() -> sakip.band("E"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'sakip': band code must be one of D, C, CC, B, BB, A, AA, but was \"E\"");
    assertThat(sakip.next(sakip.band("B"))).map(Band::code).contains("BB");
    assertThat(sakip.next(sakip.band("D"))).map(Band::code).contains("C");
    assertThat(sakip.next(sakip.band("AA"))).isEmpty();
    assertThat(sakip.rank(sakip.band("D"))).isZero();
    assertThat(sakip.rank(sakip.band("AA"))).isEqualTo(6);
    Band foreign = LOCAL.band("B");
    assertThatThrownBy(() -> sakip.next(foreign))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'sakip': band must be a band of this table, but was \"B\"");
  }

  @Test
  void pointsToNextBandSakipExclusive() {
    Optional<NextBand> next = StockTables.sakip().pointsToNextBand(d("69.31"));
    assertThat(next).isPresent();
    assertThat(next.get().band().code()).isEqualTo("BB");
    assertThat(next.get().points()).isEqualTo(Rational.of(d("0.69")));
    assertThat(next.get().exclusive()).isTrue();
    assertThat(next.get().threshold()).isEqualTo(exclusive("70"));
    assertThat(next.get()).hasToString("BB: 0.69 points to reach > 70");
    // 70 is the closed top of B: BB needs more than 0 points, since it starts above 70
    NextBand at70 = StockTables.sakip().pointsToNextBand(d("70")).orElseThrow();
    assertThat(at70.band().code()).isEqualTo("BB");
    assertThat(at70.points()).isEqualTo(Rational.ZERO);
    assertThat(at70.exclusive()).isTrue();
  }

  @Test
  void pointsToNextBandIkmInclusive() {
    NextBand next = StockTables.ikmKonversi().pointsToNextBand(d("85")).orElseThrow();
    assertThat(next.band().code()).isEqualTo("A");
    assertThat(next.points()).isEqualTo(Rational.of(d("3.31")));
    assertThat(next.exclusive()).isFalse();
    assertThat(next).hasToString("A: 3.31 points to reach >= 88.31");
    // a value in the written gap belongs to B and is 0.005 from A
    NextBand gap = StockTables.ikmKonversi().pointsToNextBand(d("88.305")).orElseThrow();
    assertThat(gap.band().code()).isEqualTo("A");
    assertThat(gap.points()).isEqualTo(Rational.of(d("0.005")));
    assertThat(gap).isEqualTo(StockTables.ikmKonversi().pointsToNextBand(Rational.of(d("88.305"))).orElseThrow());
  }

  @Test
  void pointsToNextBandExactFraction() {
    // 209/3 = 69.666… is B; BB starts above 70: 1/3 point
    NextBand next = StockTables.sakip().pointsToNextBand(Rational.of(209).divide(3)).orElseThrow();
    assertThat(next.band().code()).isEqualTo("BB");
    assertThat(next.points()).isEqualTo(Rational.of(1).divide(3));
  }

  @Test
  void pointsToNextBandEmptyInTopBandAndRefusedOutsideDomain() {
    assertThat(StockTables.sakip().pointsToNextBand(d("95"))).isEmpty();
    assertThat(StockTables.sakip().pointsToNextBand(d("90.01"))).isEmpty();
    assertThat(StockTables.ikmKonversi().pointsToNextBand(d("100"))).isEmpty();
    assertThat(LOCAL.pointsToNextBand(d("500"))).isEmpty();
    NextBand local = LOCAL.pointsToNextBand(d("99.95")).orElseThrow();
    assertThat(local.band().code()).isEqualTo("SB");
    assertThat(local.points()).isEqualTo(Rational.of(d("0.05")));
    assertThat(local.exclusive()).isFalse();
    assertThatThrownBy(() -> StockTables.sakip().pointsToNextBand(d("100.5")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'sakip': value must lie in the table's domain [0, 100], but was 100.5");
  }

  @Test
  void toStringShowsBandsPolicyAndSource() {
    String s = StockTables.sakip().toString();
    assertThat(s)
        .startsWith("BandTable 'sakip' [D Sangat Kurang [0, 30], C Kurang (30, 50], ")
        .contains("AA Sangat Memuaskan (90, 100]], STRICT, VERIFIED, source: ")
        .contains("88 Tahun 2021");
    assertThat(LOCAL.toString()).endsWith("SB Sangat Berhasil [100, ∞)], STRICT, UNVERIFIED, source: Peraturan Bupati (contoh)");
    assertThat(gapped(GapPolicy.STRICT).toString()).endsWith("STRICT, UNVERIFIED");
  }

  // ---------------------------------------------------------------- invalid tables

  @Test
  void overlappingBandsAreRefused() {
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("A", "Memuaskan", exclusive("80"), inclusive("91"))
            .band("AA", "Sangat Memuaskan", exclusive("90"), inclusive("100"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': band AA lower bound 90 overlaps band A upper bound 91")
        .satisfies(e -> {
          InvalidValueException ive = (InvalidValueException) e;
          assertThat(ive.field()).isEqualTo("band table 'X': band AA: lower bound");
          assertThat(ive.value()).isEqualTo("90");
        });
  }

  @Test
  void sharedInclusiveEdgeIsAnOverlap() {
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("A", "Memuaskan", exclusive("80"), inclusive("90"))
            .band("AA", "Sangat Memuaskan", inclusive("90"), inclusive("100"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': band AA lower bound 90 (inclusive) overlaps band A upper bound 90 (inclusive)");
    // either side open is fine
    assertThat(BandTable.builder("X")
            .band("A", "Memuaskan", exclusive("80"), exclusive("90"))
            .band("AA", "Sangat Memuaskan", inclusive("90"), inclusive("100"))
            .build()
            .classify(d("90")).code())
        .isEqualTo("AA");
  }

  @Test
  void unboundedUpperBelowTheTopIsAnOverlap() {
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("A", "A", inclusive("0"), Bound.unbounded())
            .band("B", "B", inclusive("10"), inclusive("20"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': band B lower bound 10 overlaps band A upper bound unbounded");
  }

  @Test
  void unorderedBandsAreRefused() {
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("AA", "Sangat Memuaskan", exclusive("90"), inclusive("100"))
            .band("A", "Memuaskan", exclusive("80"), inclusive("90"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': bands must be listed in ascending order, but band A lower bound 80 (exclusive)"
            + " does not start above band AA lower bound 90 (exclusive)");
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("A", "A", inclusive("0"), inclusive("10"))
            .band("B", "B", inclusive("0"), inclusive("20"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("band B lower bound 0 (inclusive) does not start above band A lower bound 0 (inclusive)");
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("A", "A", inclusive("0"), inclusive("10"))
            .band("B", "B", Bound.unbounded(), inclusive("20"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("band B lower bound unbounded does not start above band A");
  }

  @Test
  void duplicateCodesAreRefused() {
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("A", "Baik", inclusive("0"), inclusive("50"))
            .band("A", "Sangat Baik", exclusive("50"), inclusive("100"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': band code must be unique, but was \"A\"");
  }

  @Test
  void lowerAboveUpperIsRefused() {
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("D", "Kurang", inclusive("0"), inclusive("30"))
            .band("C", "Cukup", inclusive("50"), inclusive("40"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': band C lower bound 50 is above its upper bound 40")
        .satisfies(e -> assertThat(((InvalidValueException) e).value()).isEqualTo("50"));
    assertThatThrownBy(() -> BandTable.builder("X")
            .band("C", "Cukup", exclusive("40"), exclusive("40"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("band table 'X': band C is empty: lower bound 40 (exclusive) and upper bound 40 (exclusive)");
  }

  @Test
  void emptyAndBlankTablesAreRefused() {
    assertThatThrownBy(() -> BandTable.builder("X").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': bands must hold at least one band, but was 0");
    assertThatThrownBy(() -> BandTable.builder(" ").band("A", "A", inclusive("0"), inclusive("1")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table name must not be blank, but was \" \"");
    assertThatThrownBy(() -> BandTable.builder("X").band("", "A", inclusive("0"), inclusive("1")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': band code must not be blank, but was \"\"");
    assertThatThrownBy(() -> BandTable.builder("X").band("A", " ", inclusive("0"), inclusive("1")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band table 'X': band A: label must not be blank, but was \" \"");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> BandTable.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    BandTable.Builder b = BandTable.builder("X");
    assertThatThrownBy(() -> b.source(null)).isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> b.notes(null)).isInstanceOf(NullPointerException.class).hasMessage("notes");
    assertThatThrownBy(() -> b.verification(null)).isInstanceOf(NullPointerException.class).hasMessage("verification");
    assertThatThrownBy(() -> b.gapPolicy(null)).isInstanceOf(NullPointerException.class).hasMessage("gapPolicy");
    assertThatThrownBy(() -> b.band(null, "l", inclusive("0"), inclusive("1")))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> b.band("c", "l", inclusive("0"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("upper");
    assertThatThrownBy(() -> b.band((Band) null)).isInstanceOf(NullPointerException.class).hasMessage("band");
    BandTable t = StockTables.sakip();
    assertThatThrownBy(() -> t.classify((BigDecimal) null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> t.classify((Rational) null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> t.find((BigDecimal) null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> t.pointsToNextBand((BigDecimal) null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> t.band(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> t.next(null)).isInstanceOf(NullPointerException.class).hasMessage("band");
  }
}
