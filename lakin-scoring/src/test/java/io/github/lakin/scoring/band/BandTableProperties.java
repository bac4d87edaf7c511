/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of band tables, checked against a slow reference of the band rule written here on
 * plain {@link BigDecimal} comparisons.
 */
class BandTableProperties {

  /** Grid step: values are integers scaled by 10^-4. */
  private static final int SCALE = 4;

  private static List<BandTable> stockTables() {
    List<BandTable> tables = new ArrayList<>();
    for (String name : StockTables.names()) {
      tables.add(StockTables.byName(name));
    }
    return tables;
  }

  private static BigDecimal grid(int i) {
    return BigDecimal.valueOf(i, SCALE);
  }

  private static int scaled(BigDecimal v) {
    return v.movePointRight(SCALE).intValueExact();
  }

  /**
   * Reference rule: band {@code i} accepts {@code v} when {@code v} is at or above its lower bound
   * and, under LOWER_BOUND_INCLUSIVE below the top band, before the next band's lower bound, else at
   * or below its own upper bound.
   */
  private static boolean accepts(BandTable table, int i, BigDecimal v) {
    Band band = table.bands().get(i);
    Bound lo = band.lower();
    boolean aboveLower = lo.isUnbounded() || (lo.inclusive() ? v.compareTo(lo.value()) >= 0 : v.compareTo(lo.value()) > 0);
    boolean belowUpper;
    if (table.gapPolicy() == GapPolicy.LOWER_BOUND_INCLUSIVE && i + 1 < table.bands().size()) {
      Bound next = table.bands().get(i + 1).lower();
      belowUpper = next.inclusive() ? v.compareTo(next.value()) < 0 : v.compareTo(next.value()) <= 0;
    } else {
      Bound up = band.upper();
      belowUpper = up.isUnbounded() || (up.inclusive() ? v.compareTo(up.value()) <= 0 : v.compareTo(up.value()) < 0);
    }
    return aboveLower && belowUpper;
  }

  private static void exactlyOneBand(BandTable table, BigDecimal v) {
    List<Band> accepting = new ArrayList<>();
    for (int i = 0; i < table.bands().size(); i++) {
      if (accepts(table, i, v)) {
        accepting.add(table.bands().get(i));
      }
    }
    assertThat(accepting).as("%s: bands accepting %s", table.name(), v.toPlainString()).hasSize(1);
    assertThat(table.classify(v)).as("%s: classify(%s)", table.name(), v.toPlainString()).isEqualTo(accepting.get(0));
    assertThat(table.classify(Rational.of(v))).isEqualTo(accepting.get(0));
    // the public effective reading of the bands agrees: exactly one effective band contains v
    assertThat(table.bands().stream().filter(b -> table.effective(b).contains(v)))
        .as("%s: effective bands containing %s", table.name(), v.toPlainString())
        .containsExactly(accepting.get(0));
  }

  @Test
  void everyValueOnAFineGridOfTheDomainFallsInExactlyOneBand() {
    for (BandTable table : stockTables()) {
      int lo = scaled(table.lowest().lower().value());
      int hi = scaled(table.highest().upper().value());
      qt().withExamples(5_000).forAll(integers().between(lo, hi)).checkAssert(i -> exactlyOneBand(table, grid(i)));
    }
  }

  @Test
  void everyValueNearABoundFallsInExactlyOneBand() {
    // the written bounds and a few grid steps (10^-5) either side, where the edges are
    for (BandTable table : stockTables()) {
      List<BigDecimal> edges = new ArrayList<>();
      for (Band b : table.bands()) {
        edges.add(b.lower().value());
        edges.add(b.upper().value());
      }
      BigDecimal min = table.lowest().lower().value();
      BigDecimal max = table.highest().upper().value();
      qt().forAll(integers().between(0, edges.size() - 1), integers().between(-20, 20))
          .checkAssert((e, k) -> {
            BigDecimal v = edges.get(e).add(BigDecimal.valueOf(k, 5));
            if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
              exactlyOneBand(table, v);
            } else {
              assertThat(table.find(v)).isEmpty();
            }
          });
    }
  }

  @Test
  void valuesOutsideTheDomainAreRefusedNamingTableAndValue() {
    for (BandTable table : stockTables()) {
      int lo = scaled(table.lowest().lower().value());
      int hi = scaled(table.highest().upper().value());
      qt().forAll(integers().between(1, 2_000_000), integers().between(0, 1))
          .checkAssert((d, below) -> {
            BigDecimal v = grid(below == 1 ? lo - d : hi + d);
            assertThat(table.find(v)).isEmpty();
            assertThatThrownBy(() -> table.classify(v))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("band table '" + table.name() + "'")
                .hasMessageEndingWith("but was " + v.toPlainString());
          });
    }
  }

  @Test
  void classificationIsMonotone() {
    for (BandTable table : stockTables()) {
      int lo = scaled(table.lowest().lower().value());
      int hi = scaled(table.highest().upper().value());
      qt().forAll(integers().between(lo, hi), integers().between(lo, hi))
          .checkAssert((a, b) -> {
            BigDecimal x = grid(Math.min(a, b));
            BigDecimal y = grid(Math.max(a, b));
            assertThat(table.rank(table.classify(x)))
                .as("%s: band of %s vs %s", table.name(), x, y)
                .isLessThanOrEqualTo(table.rank(table.classify(y)));
          });
    }
  }

  @Test
  void pointsToNextBandReachTheNextBandExactly() {
    for (BandTable table : stockTables()) {
      int lo = scaled(table.lowest().lower().value());
      int hi = scaled(table.highest().upper().value());
      qt().forAll(integers().between(lo, hi)).checkAssert(i -> {
        BigDecimal v = grid(i);
        Band current = table.classify(v);
        table.pointsToNextBand(v).ifPresentOrElse(
            next -> {
              assertThat(table.next(current)).contains(next.band());
              assertThat(next.points().signum()).isGreaterThanOrEqualTo(0);
              Rational reached = Rational.of(v).add(next.points());
              assertThat(reached).isEqualTo(Rational.of(next.band().lower().value()));
              if (next.exclusive()) {
                assertThat(table.classify(reached)).isEqualTo(current);
                Rational above = reached.add(Rational.of(BigDecimal.valueOf(1, 6)));
                assertThat(table.classify(above)).isEqualTo(next.band());
              } else {
                assertThat(table.classify(reached)).isEqualTo(next.band());
              }
            },
            () -> assertThat(current).isEqualTo(table.highest()));
      });
    }
  }

  @Test
  void userTablesFromIntegerCutPointsTileTheirDomain() {
    // integer ranges "0–a1-1, a1–a2-1, …" written with gaps of one unit, read lower-bound inclusive
    qt().forAll(lists().of(integers().between(1, 999)).ofSizeBetween(0, 8), integers().between(0, 100_000))
        .checkAssert((cuts, x) -> {
          TreeSet<Integer> sorted = new TreeSet<>(cuts);
          sorted.add(0);
          List<Integer> starts = new ArrayList<>(sorted);
          BandTable.Builder b = BandTable.builder("random").gapPolicy(GapPolicy.LOWER_BOUND_INCLUSIVE);
          for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? Math.max(start, starts.get(k + 1) - 1) : 1000;
            b.band("B" + k, "Band " + k, Bound.inclusive(BigDecimal.valueOf(start)), Bound.inclusive(BigDecimal.valueOf(end)));
          }
          BandTable table = b.build();
          BigDecimal v = BigDecimal.valueOf(x, 2); // 0.00 … 1000.00
          exactlyOneBand(table, v);
          // the band is the one with the greatest start not above v
          int expected = starts.size() - 1;
          while (BigDecimal.valueOf(starts.get(expected)).compareTo(v) > 0) {
            expected--;
          }
          assertThat(table.rank(table.classify(v))).isEqualTo(expected);
        });
  }
}
