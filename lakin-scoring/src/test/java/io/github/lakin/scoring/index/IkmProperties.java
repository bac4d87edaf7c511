/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IkmProperties {
  private static final Rational MIN = Rational.of(25);
  private static final Rational MAX = Rational.HUNDRED;

  /** A survey as rows of scores, 0 = blank: a complete first row, then up to 60 more cells. */
  private static final class Grid {
    final int n;
    final List<int[]> rows;

    Grid(int n, List<int[]> rows) {
      this.n = n;
      this.rows = rows;
    }

    IkmSurvey survey() {
      IkmSurvey.Builder b = IkmSurvey.builder(n);
      for (int[] row : rows) {
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
          boxed[i] = row[i] == 0 ? null : row[i];
        }
        b.addRespondentWithBlanks(boxed);
      }
      return b.build();
    }

    Grid with(int r, int e, int score) {
      List<int[]> copy = new ArrayList<>();
      rows.forEach(row -> copy.add(row.clone()));
      copy.get(r)[e] = score;
      return new Grid(n, copy);
    }

    Grid shuffled(long seed) {
      List<int[]> copy = new ArrayList<>(rows);
      Collections.shuffle(copy, new Random(seed));
      return new Grid(n, copy);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("n=" + n);
      rows.forEach(r -> sb.append(' ').append(java.util.Arrays.toString(r)));
      return sb.toString();
    }
  }

  private static Gen<Grid> grids() {
    return integers().between(1, 9).zip(
        lists().of(integers().between(1, 4)).ofSize(9),
        lists().of(integers().between(0, 4)).ofSizeBetween(0, 60),
        (n, first, cells) -> {
          List<int[]> rows = new ArrayList<>();
          int[] row0 = new int[n];
          for (int i = 0; i < n; i++) {
            row0[i] = first.get(i);
          }
          rows.add(row0);
          for (int i = 0; i < cells.size(); i += n) {
            int[] row = new int[n];
            for (int j = 0; j < n && i + j < cells.size(); j++) {
              row[j] = cells.get(i + j);
            }
            rows.add(row);
          }
          return new Grid(n, rows);
        });
  }

  @Test
  void konversiIsAlwaysBetween25And100() {
    qt().forAll(grids()).checkAssert(g -> {
      IkmResult r = Ikm.fromResponses(g.survey());
      assertThat(r.konversi()).isBetween(MIN, MAX);
      r.elements().forEach(e -> assertThat(e.konversi()).isBetween(MIN, MAX));
      assertThat(r.konversiRounded()).isBetween(new BigDecimal("25.00"), new BigDecimal("100.00"));
    });
  }

  @Test
  void konversiStaysWithin25And100WhenTheIndexIsRoundedFirst() {
    qt().forAll(grids(), integers().between(0, 6)).checkAssert((g, k) -> {
      IkmResult r = Ikm.fromResponses(g.survey(), IkmOptions.defaults().withIndexRoundedBeforeConversion(k));
      assertThat(r.konversi()).isBetween(MIN, MAX);
      assertThat(r.indexForConversion()).isEqualTo(Rational.of(r.index().round(k, java.math.RoundingMode.HALF_UP)));
    });
  }

  @Test
  void raisingAnySingleAnswerNeverLowersTheIkm() {
    qt().forAll(grids(), integers().allPositive(), integers().allPositive(), integers().between(1, 4))
        .checkAssert((g, rPick, ePick, raise) -> {
          int r = rPick % g.rows.size();
          int e = ePick % g.n;
          int old = g.rows.get(r)[e];
          if (old == 0) {
            return; // a blank has nothing to raise
          }
          int higher = Math.max(old, raise);
          Rational before = Ikm.fromResponses(g.survey()).index();
          Rational after = Ikm.fromResponses(g.with(r, e, higher).survey()).index();
          assertThat(after).isGreaterThanOrEqualTo(before);
          if (higher > old) {
            assertThat(after).isGreaterThan(before);
          }
        });
  }

  @Test
  void orderOfRespondentsDoesNotMatter() {
    qt().forAll(grids(), integers().all()).checkAssert((g, seed) -> {
      IkmResult a = Ikm.fromResponses(g.survey());
      IkmResult b = Ikm.fromResponses(g.shuffled(seed).survey());
      assertThat(b.index()).isEqualTo(a.index());
      assertThat(b.konversiRounded()).isEqualTo(a.konversiRounded());
      assertThat(b.mutu().code()).isEqualTo(a.mutu().code());
      assertThat(b.responses()).isEqualTo(a.responses());
      for (int i = 0; i < g.n; i++) {
        assertThat(b.elements().get(i).nrr()).isEqualTo(a.elements().get(i).nrr());
      }
    });
  }

  @Test
  void blankAnswersAreExcludedNotZero() {
    // model: each NRR equals a plain BigDecimal mean over the filled answers only
    qt().forAll(grids()).checkAssert(g -> {
      IkmResult r = Ikm.fromResponses(g.survey());
      for (int e = 0; e < g.n; e++) {
        long sum = 0;
        int count = 0;
        for (int[] row : g.rows) {
          if (row[e] != 0) {
            sum += row[e];
            count++;
          }
        }
        BigDecimal expected = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
        assertThat(r.elements().get(e).nrr().toBigDecimal(MathContext.DECIMAL128)).isEqualByComparingTo(expected);
        assertThat(r.elements().get(e).answered()).hasValue(count);
      }
    });
  }

  @Test
  void addingEntirelyBlankRespondentsChangesNoScore() {
    qt().forAll(grids(), integers().between(1, 5)).checkAssert((g, extra) -> {
      List<int[]> rows = new ArrayList<>(g.rows);
      for (int i = 0; i < extra; i++) {
        rows.add(new int[g.n]);
      }
      IkmResult a = Ikm.fromResponses(g.survey());
      IkmResult b = Ikm.fromResponses(new Grid(g.n, rows).survey());
      assertThat(b.index()).isEqualTo(a.index());
      assertThat(b.responses().orElseThrow().respondents()).isEqualTo(g.rows.size() + extra);
      assertThat(b.responses().orElseThrow().answeredCells()).isEqualTo(a.responses().orElseThrow().answeredCells());
    });
  }

  @Test
  void penimbangIsExactlyOneOverN() {
    // every answer v → IKM exactly v, konversi exactly 25 v, whatever the number of unsur
    qt().forAll(integers().between(1, 20), integers().between(1, 4), integers().between(1, 30))
        .checkAssert((n, v, respondents) -> {
          IkmSurvey.Builder b = IkmSurvey.builder(n);
          int[] row = new int[n];
          java.util.Arrays.fill(row, v);
          for (int i = 0; i < respondents; i++) {
            b.addRespondent(row);
          }
          IkmResult r = Ikm.fromResponses(b.build());
          assertThat(r.index()).isEqualTo(Rational.of(v));
          assertThat(r.konversi()).isEqualTo(Rational.of(25L * v));
        });
  }

  @Test
  void fromNrrAgreesWithFromResponses() {
    qt().forAll(grids()).checkAssert(g -> {
      IkmResult raw = Ikm.fromResponses(g.survey());
      // exact NRR with a terminating expansion can be passed back as decimals
      List<BigDecimal> nrr = new ArrayList<>();
      for (IkmElementResult e : raw.elements()) {
        if (!e.nrr().isTerminating()) {
          return;
        }
        nrr.add(e.nrr().toBigDecimalExact());
      }
      assertThat(Ikm.fromNrr(nrr).index()).isEqualTo(raw.index());
    });
  }
}
