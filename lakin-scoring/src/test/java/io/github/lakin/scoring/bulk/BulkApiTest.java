/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Polarity;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The bulk API around the kernel: input checks, builders, accessors and descriptions. Figures from
 * DOMAIN.md §12: 69.31 / 69 × 100 = 100.449… → 100.45, 88.83 / 81 × 100 = 109.666… → 109.67, their
 * mean 105.057… → 105.06.
 */
class BulkApiTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static final long[] TU = {69, 81};
  private static final byte[] TS = {0, 0};
  private static final long[] RU = {6931, 8883};
  private static final byte[] RS = {2, 2};
  private static final boolean[] LOWER = {false, false};
  private static final boolean[] AVAILABLE = {true, true};

  @Test
  void columnsMustHaveEqualLengths() {
    assertThatThrownBy(() -> BulkInput.of(TU, new byte[1], RU, RS, LOWER, AVAILABLE, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("bulk input: targetScale length must equal");
    assertThatThrownBy(() -> BulkInput.of(TU, TS, new long[3], RS, LOWER, AVAILABLE, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("bulk input: realisasiUnscaled length");
    assertThatThrownBy(() -> BulkInput.of(TU, TS, RU, new byte[1], LOWER, AVAILABLE, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("bulk input: realisasiScale length");
    assertThatThrownBy(() -> BulkInput.of(TU, TS, RU, RS, new boolean[3], AVAILABLE, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("bulk input: lowerIsBetter length");
    assertThatThrownBy(() -> BulkInput.of(TU, TS, RU, RS, LOWER, new boolean[1], null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("bulk input: available length");
  }

  @Test
  void scalesRunFromZeroToEighteen() {
    BulkInput ok = BulkInput.builder().add(1, 18, 1, 18, false).build();
    assertThat(ok.target(0)).isEqualByComparingTo("1E-18");
    assertThatThrownBy(() -> BulkInput.builder().add(1, 19, 1, 0, false))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("row 0: target scale must be between 0 and 18");
    assertThatThrownBy(() -> BulkInput.builder().add(1, 0, 1, 19, false))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("row 0: realisasi scale must be between 0 and 18");
    assertThatThrownBy(() -> BulkInput.builder().add(1, -1, 1, 0, false))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("row 0: target scale must be between 0 and 18");
    assertThatThrownBy(() -> BulkInput.of(TU, new byte[] {0, 19}, RU, RS, LOWER, AVAILABLE, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("row 1: target scale must be between 0 and 18");
    // a missing realisasi's scale is not read
    BulkInput missing = BulkInput.of(TU, TS, RU, new byte[] {2, 99}, LOWER, new boolean[] {true, false}, null);
    assertThat(missing.realisasi(1)).isNull();
    assertThat(missing.realisasi(0)).isEqualByComparingTo("69.31");
  }

  @Test
  void rowsEitherAllHaveGoalsOrNone() {
    assertThatThrownBy(() -> BulkInput.builder().add(0, 1, 0, 1, 0, false).add(1, 0, 1, 0, false))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("row 1: goal must be given");
    assertThatThrownBy(() -> BulkInput.builder().add(1, 0, 1, 0, false).addNotAvailable(0, 1, 0, false))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("row 1: goal must be absent");
  }

  @Test
  void buildersGrowAndDescribeTheirInput() {
    BulkInput.Builder b = BulkInput.builder();
    for (int i = 0; i < 40; i++) {
      b = b.add(100, 0, i, 0, false);
    }
    assertThat(b.size()).isEqualTo(40);
    BulkInput big = b.build();
    assertThat(big.size()).isEqualTo(40);
    assertThat(big.realisasi(39)).isEqualByComparingTo("39");
    assertThat(big).hasToString("BulkInput{40 indicators}");
    BulkInput goals = BulkInput.builder().add(0, 69, 0, 6931, 2, false).addNotAvailable(1, 81, 0, false)
        .add(1, 81, 0, 8883, 2, false).build();
    assertThat(goals).hasToString("BulkInput{3 indicators, 2 goals}");
    assertThat(goals.realisasi(1)).isNull();
    assertThat(goals.polarity(2)).isEqualTo(Polarity.HIGHER_IS_BETTER);
  }

  @Test
  void scoresAndMeansDescribeThemselves() {
    BulkScorer scorer = BulkScorer.of(ScoringPolicy.defaults());
    BulkResult flat = scorer.score(BulkInput.of(TU, TS, RU, RS, LOWER, AVAILABLE, null));
    BulkScores s = flat.indicators();
    assertThat(s.roundedUnscaled(0)).isEqualTo(10045);
    assertThat(s.roundedUnscaled(1)).isEqualTo(10967);
    long[] copy = new long[3];
    s.copyRoundedUnscaled(0, copy, 1, 2);
    assertThat(copy).containsExactly(0, 10045, 10967);
    assertThat(flat.flat().isPresent()).isTrue();
    assertThat(flat.flat().scale()).isEqualTo(2);
    assertThat(flat.flat()).hasToString("105.06 (2 members)");
    assertThat(flat).hasToString("BulkResult{2 indicators, 0 goals, flat 105.06 (2 members)}");

    BulkResult byGoal = BulkScorer.of(ReportPolicy.builder().build()).score(BulkInput.builder()
        .add(0, d("69"), d("69.31"), Polarity.HIGHER_IS_BETTER)
        .add(1, d("81"), null, Polarity.HIGHER_IS_BETTER)
        .add(1, d("81"), d("88.83"), Polarity.HIGHER_IS_BETTER).build());
    assertThat(byGoal.goal(1)).hasToString("109.67 (1 members, 1 excluded)");
    assertThat(byGoal).hasToString(
        "BulkResult{3 indicators, 2 goals, flat 105.06 (2 members, 1 excluded), mean of goal means 105.06 (2 members)}");
    BulkMean none = BulkScorer.of(ScoringPolicy.defaults()).score(BulkInput.builder().add(d("5"), null,
        Polarity.HIGHER_IS_BETTER).build()).flat();
    assertThat(none.isPresent()).isFalse();
    assertThat(none).hasToString("— (0 members, 1 excluded)");
  }

  @Test
  void scoresAreValues() {
    BulkScorer scorer = BulkScorer.of(ScoringPolicy.defaults());
    BulkScores a = scorer.scoreIndicators(BulkInput.of(TU, TS, RU, RS, LOWER, AVAILABLE, null));
    BulkScores same = scorer.scoreIndicators(BulkInput.builder().add(d("69"), d("69.31"), Polarity.HIGHER_IS_BETTER)
        .add(d("81"), d("88.83"), Polarity.HIGHER_IS_BETTER).build());
    BulkScores other = scorer.scoreIndicators(BulkInput.builder().add(d("69"), d("69.31"), Polarity.HIGHER_IS_BETTER)
        .add(d("81"), d("88.84"), Polarity.HIGHER_IS_BETTER).build());
    BulkScores scale3 = BulkScorer.of(ScoringPolicy.builder().rounding(io.github.lakin.core.RoundingPolicy.halfUp(3))
        .build()).scoreIndicators(BulkInput.of(TU, TS, RU, RS, LOWER, AVAILABLE, null));
    assertThat(a).isEqualTo(same).isNotEqualTo(other).isNotEqualTo(scale3).isNotEqualTo("scores");
    assertThat(a.hashCode()).isEqualTo(same.hashCode()).isNotEqualTo(other.hashCode()).isNotEqualTo(scale3.hashCode());
  }

  @Test
  void scorersSayWhetherNegativeRealisasiIsAllowed() {
    BulkScorer s = BulkScorer.of(ScoringPolicy.defaults());
    assertThat(s.negativeRealisasiAllowed()).isFalse();
    assertThat(s.toString()).doesNotContain("negative");
    BulkScorer negative = s.allowingNegativeRealisasi();
    assertThat(negative.negativeRealisasiAllowed()).isTrue();
    assertThat(negative.toString()).endsWith(", negative realisasi allowed}");
  }
}
