/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BulkScorerTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** DOMAIN.md §12, from the test resource copy: goal index per row, and the printed capaian. */
  private static final class Golden {
    final BulkInput input;
    final List<BigDecimal> printed = new ArrayList<>();

    Golden() {
      Map<String, Integer> goals = new LinkedHashMap<>();
      BulkInput.Builder b = BulkInput.builder();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          BulkScorerTest.class.getResourceAsStream("/golden/biro-perencanaan-2023.csv"), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] f = line.split(",", -1);
          int g = goals.computeIfAbsent(f[0], k -> goals.size());
          b.add(g, d(f[2]), d(f[3]), Polarity.HIGHER_IS_BETTER);
          printed.add(d(f[5]));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      input = b.build();
    }
  }

  private final Golden golden = new Golden();

  @Test
  void reproducesBiroPerencanaan2023FigureByFigure() {
    BulkResult r = BulkScorer.of(ReportPolicy.biroPerencanaan2023()).score(golden.input);
    for (int i = 0; i < golden.printed.size(); i++) {
      assertThat(r.indicators().rounded(i)).as("row %d", i).contains(golden.printed.get(i));
    }
    assertThat(r.indicators().rounded(0)).contains(d("100.45"));
    assertThat(r.indicators().rounded(10)).contains(d("101.96"));
    assertThat(r.goalCount()).isEqualTo(4);
    assertThat(r.goal(0).rounded()).contains(d("109.95"));
    assertThat(r.goal(1).rounded()).contains(d("100.00"));
    assertThat(r.goal(2).rounded()).contains(d("119.79"));
    assertThat(r.goal(3).rounded()).contains(d("100.67"));
    assertThat(r.flat().rounded()).contains(d("106.51"));
    assertThat(r.flat().roundedUnscaled()).isEqualTo(10651);
    assertThat(r.flat().members()).isEqualTo(11);
    assertThat(r.overall()).isSameAs(r.flat());
    assertThat(r.meanOfGoalMeans().rounded()).contains(d("107.60"));
    assertThat(r.indicators().count(Achievement.Status.COMPUTED)).isEqualTo(11);
  }

  @Test
  void meanOfGoalMeansIsTheOverallUnderGoalMeans() {
    ReportPolicy policy = ReportPolicy.builder().shape(AggregationShape.GOAL_MEANS).build();
    BulkResult r = BulkScorer.of(policy).score(golden.input);
    assertThat(r.overall().rounded()).contains(d("107.60"));
    assertThat(r.shape()).isEqualTo(AggregationShape.GOAL_MEANS);
  }

  @Test
  void capOf120AtTheEndStageGives104_86() {
    ReportPolicy policy = ReportPolicy.builder().scoring(ScoringPolicy.defaults().withCap(d("120"))).build();
    BulkResult r = BulkScorer.of(policy).score(golden.input);
    assertThat(r.indicators().rounded(2)).contains(d("120.00"));
    assertThat(r.indicators().has(2, Achievement.Flag.CAPPED)).isTrue();
    assertThat(r.indicators().has(1, Achievement.Flag.CAPPED)).isFalse();
    // 104.87 is what rounding each indicator first gives; the bulk path rounds once, at the end
    assertThat(r.flat().rounded()).contains(d("104.86"));
    assertThat(BulkScorer.of(ReportPolicy.kemensos2020()).score(golden.input).overall().rounded()).contains(d("106.70"));
  }

  @Test
  void exactTiesRoundHalfUp() {
    BulkInput in = BulkInput.builder()
        .add(0, d("40"), d("40.594"), Polarity.HIGHER_IS_BETTER) // exactly 101.485
        .add(0, d("40"), d("40.598"), Polarity.HIGHER_IS_BETTER) // exactly 101.495
        .build();
    BulkResult r = BulkScorer.of(ScoringPolicy.defaults()).score(in);
    assertThat(r.indicators().rounded(0)).contains(d("101.49"));
    assertThat(r.indicators().rounded(1)).contains(d("101.50"));
    assertThat(r.flat().rounded()).contains(d("101.49")); // 101.49 exactly
    assertThat(r.flat().isExactFallback()).isFalse(); // terminating values: decided exactly
  }

  @Test
  void aTieOfNonTerminatingValuesIsDecidedExactly() {
    // (100/3 + 200.03/3) / 2 = 50.005 exactly, though neither value terminates
    BulkInput in = BulkInput.builder()
        .add(0, d("3"), d("1"), Polarity.HIGHER_IS_BETTER)
        .add(1, d("3"), d("2.0003"), Polarity.HIGHER_IS_BETTER)
        .build();
    BulkResult r = BulkScorer.of(ScoringPolicy.defaults()).score(in);
    assertThat(r.indicators().rounded(0)).contains(d("33.33"));
    assertThat(r.indicators().rounded(1)).contains(d("66.68"));
    assertThat(r.flat().rounded()).contains(d("50.01"));
    assertThat(r.flat().isExactFallback()).isTrue();
    assertThat(r.meanOfGoalMeans().rounded()).contains(d("50.01"));
    assertThat(r.meanOfGoalMeans().isExactFallback()).isTrue();
    BulkResult down = BulkScorer.of(ScoringPolicy.builder().rounding(RoundingPolicy.of(2, RoundingMode.HALF_DOWN)).build()).score(in);
    assertThat(down.flat().rounded()).contains(d("50.00"));
  }

  @Test
  void lowerIsBetterUsesTheStandardInverseAndTheFloor() {
    BulkInput in = BulkInput.builder()
        .add(d("20"), d("15"), Polarity.LOWER_IS_BETTER) // (2 − 0.75) × 100 = 125
        .add(d("10"), d("4"), Polarity.LOWER_IS_BETTER) // 160
        .add(d("10"), d("25"), Polarity.LOWER_IS_BETTER) // −50, floored at 0
        .build();
    BulkScores s = BulkScorer.of(ScoringPolicy.defaults()).scoreIndicators(in);
    assertThat(s.rounded(0)).contains(d("125.00"));
    assertThat(s.rounded(1)).contains(d("160.00"));
    assertThat(s.rounded(2)).contains(d("0.00"));
    assertThat(s.has(2, Achievement.Flag.FLOORED)).isTrue();
    BulkScores noFloor = BulkScorer.of(ScoringPolicy.builder().limits(CapRule.none()).build()).scoreIndicators(in);
    assertThat(noFloor.rounded(2)).contains(d("-50.00"));
    assertThat(noFloor.has(2, Achievement.Flag.FLOORED)).isFalse();
  }

  @Test
  void zeroTargetsAndMissingValuesAreExplicit() {
    BulkInput in = BulkInput.builder()
        .add(0, d("0"), d("0"), Polarity.HIGHER_IS_BETTER)
        .add(0, d("0"), d("5"), Polarity.HIGHER_IS_BETTER)
        .add(0, d("80"), null, Polarity.HIGHER_IS_BETTER)
        .add(2, d("80"), d("95.83"), Polarity.HIGHER_IS_BETTER)
        .build();
    BulkResult r = BulkScorer.of(ScoringPolicy.defaults()).score(in);
    BulkScores s = r.indicators();
    assertThat(s.status(0)).isEqualTo(Achievement.Status.COMPUTED);
    assertThat(s.rounded(0)).contains(d("100.00"));
    assertThat(s.has(0, Achievement.Flag.BY_RULE)).isTrue();
    assertThat(s.status(1)).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(s.rounded(1)).isEmpty();
    assertThat(s.status(2)).isEqualTo(Achievement.Status.NOT_AVAILABLE);
    assertThatThrownBy(() -> s.roundedUnscaled(2)).isInstanceOf(NoSuchElementException.class);
    assertThat(r.goal(0).rounded()).contains(d("100.00"));
    assertThat(r.goal(0).members()).isEqualTo(1);
    assertThat(r.goal(0).excluded()).isEqualTo(2);
    assertThat(r.goal(1).isPresent()).isFalse(); // an index with no rows
    assertThat(r.goal(2).rounded()).contains(d("119.79"));
    assertThat(r.flat().members()).isEqualTo(2);
    assertThat(r.flat().excluded()).isEqualTo(2);
    assertThat(r.meanOfGoalMeans().members()).isEqualTo(2);
    assertThat(r.meanOfGoalMeans().excluded()).isEqualTo(1);
    assertThat(r.meanOfGoalMeans().rounded()).contains(d("109.89"));

    ScoringPolicy mapped = ScoringPolicy.builder()
        .zeroTarget(ZeroTargetRule.of(Optional.of(d("100")), Optional.of(d("0")))).build();
    assertThat(BulkScorer.of(mapped).scoreIndicators(in).rounded(1)).contains(d("0.00"));
  }

  @Test
  void nothingToAverageGivesNoMean() {
    BulkInput in = BulkInput.builder().add(d("80"), null, Polarity.HIGHER_IS_BETTER).build();
    BulkResult r = BulkScorer.of(ScoringPolicy.defaults()).score(in);
    assertThat(r.flat().isPresent()).isFalse();
    assertThat(r.flat().rounded()).isEmpty();
    assertThatThrownBy(() -> r.flat().roundedUnscaled()).isInstanceOf(NoSuchElementException.class);
    assertThat(r.meanOfGoalMeans().isPresent()).isFalse();
    assertThat(r.goalCount()).isZero();
    BulkResult empty = BulkScorer.of(ScoringPolicy.defaults()).score(BulkInput.builder().build());
    assertThat(empty.flat().isPresent()).isFalse();
    assertThat(empty.indicators().size()).isZero();
  }

  @Test
  void hugeValuesTakeTheExactPath() {
    BulkInput in = BulkInput.builder()
        .add(0, 9_000_000_000_000_000L, 0, 9_000_000_000_000_000L, 2, false) // 1%, numerator overflows
        .add(0, 1, 2, 1_000_000_000L, 0, false) // 10^13 %: too wide for the sums
        .build();
    BulkResult r = BulkScorer.of(ScoringPolicy.defaults()).score(in);
    assertThat(r.indicators().rounded(0)).contains(d("1.00"));
    assertThat(r.indicators().rounded(1)).contains(d("10000000000000.00"));
    assertThat(r.flat().rounded()).contains(d("5000000000000.50"));
    assertThat(r.flat().isExactFallback()).isTrue();
  }

  @Test
  void columnsAreCopiedAndChecked() {
    long[] t = {80, 3};
    byte[] ts = {0, 0};
    long[] r = {9583, 1};
    byte[] rs = {2, 0};
    boolean[] lower = {false, false};
    boolean[] avail = {true, true};
    BulkInput in = BulkInput.of(t, ts, r, rs, lower, avail, null);
    t[0] = 1;
    assertThat(in.size()).isEqualTo(2);
    assertThat(in.hasGoals()).isFalse();
    assertThat(in.target(0)).isEqualTo(d("80"));
    assertThat(in.realisasi(0)).isEqualTo(d("95.83"));
    assertThat(in.polarity(0)).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> in.goal(0)).isInstanceOf(IllegalStateException.class);
    assertThat(BulkScorer.of(ScoringPolicy.defaults()).scoreIndicators(in).rounded(0)).contains(d("119.79"));

    assertThatThrownBy(() -> BulkInput.of(new long[] {-1}, new byte[1], new long[1], new byte[1], new boolean[1], new boolean[1], null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 0: target");
    assertThatThrownBy(() -> BulkInput.of(t, ts, r, new byte[] {0, 19}, lower, avail, null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 1: realisasi scale");
    assertThatThrownBy(() -> BulkInput.of(t, ts, r, rs, lower, avail, new int[] {0}))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("goal length");
    assertThatThrownBy(() -> BulkInput.of(t, ts, r, rs, lower, avail, new int[] {0, -2}))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 1: goal");
    BulkInput withGoals = BulkInput.of(t, ts, r, rs, lower, avail, new int[] {3, 1});
    assertThat(withGoals.goalCount()).isEqualTo(4);
    assertThat(withGoals.goal(0)).isEqualTo(3);
  }

  @Test
  void builderNormalisesDecimalsAndRejectsWhatDoesNotFit() {
    BulkInput in = BulkInput.builder()
        .add(new BigDecimal("1E+2"), new BigDecimal("95.830000000000000000000000"), Polarity.HIGHER_IS_BETTER)
        .build();
    assertThat(in.target(0)).isEqualByComparingTo(d("100"));
    assertThat(BulkScorer.of(ScoringPolicy.defaults()).scoreIndicators(in).rounded(0)).contains(d("95.83"));
    assertThatThrownBy(() -> BulkInput.builder().add(d("1e30"), d("1"), Polarity.HIGHER_IS_BETTER))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 0: target");
    assertThatThrownBy(() -> BulkInput.builder().add(d("1"), d("0.1234567890123456789"), Polarity.HIGHER_IS_BETTER))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 0: realisasi");
    assertThatThrownBy(() -> BulkInput.builder().add(d("1"), d("1"), Polarity.CLOSER_IS_BETTER))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("polarity");
    assertThatThrownBy(() -> BulkInput.builder().add(0, d("1"), d("1"), Polarity.HIGHER_IS_BETTER).add(d("1"), d("1"), Polarity.HIGHER_IS_BETTER))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be given");
    assertThatThrownBy(() -> BulkInput.builder().add(d("1"), d("1"), Polarity.HIGHER_IS_BETTER).addNotAvailable(0, 1, 0, false))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be absent");
  }

  @Test
  void negativeRealisasiNeedsPermission() {
    BulkInput in = BulkInput.builder().add(d("10"), d("-5"), Polarity.HIGHER_IS_BETTER).build();
    BulkScorer scorer = BulkScorer.of(ScoringPolicy.builder().limits(CapRule.none()).build());
    assertThatThrownBy(() -> scorer.scoreIndicators(in))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("row 0: realisasi").hasMessageContaining("-5");
    assertThat(scorer.allowingNegativeRealisasi().scoreIndicators(in).rounded(0)).contains(d("-50.00"));
    assertThat(scorer.allowingNegativeRealisasi().negativeRealisasiAllowed()).isTrue();
  }

  @Test
  void policiesTheBulkPathCannotFollowAreRejected() {
    assertThatThrownBy(() -> BulkScorer.of(ScoringPolicy.builder().putStrategies("1.1", ScoringStrategy.closeness()).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("strategies");
    assertThatThrownBy(() -> BulkScorer.of(ScoringPolicy.builder().rounding(RoundingPolicy.halfUp(11)).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rounding scale");
    assertThatThrownBy(() -> BulkScorer.of(ReportPolicy.builder().shape(AggregationShape.WEIGHTED_GOALS).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("shape");
    assertThatThrownBy(() -> BulkScorer.of(ReportPolicy.builder().roundingStage(RoundingStage.EACH_LEVEL).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rounding stage");
    assertThatThrownBy(() -> BulkScorer.of(ReportPolicy.builder().missing(io.github.lakin.scoring.aggregate.MissingRule.FAIL).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("missing rule");
  }

  @Test
  void everyRoundingModeRoundsTheExactValue() {
    BulkInput in = BulkInput.builder()
        .add(d("40"), d("40.594"), Polarity.HIGHER_IS_BETTER) // 101.485
        .add(d("40"), d("-40.594"), Polarity.HIGHER_IS_BETTER) // -101.485
        .add(d("3"), d("1"), Polarity.HIGHER_IS_BETTER) // 33.333…
        .build();
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
      BulkScores s = BulkScorer.of(ScoringPolicy.builder().limits(CapRule.none()).rounding(RoundingPolicy.of(2, mode)).build())
          .allowingNegativeRealisasi().scoreIndicators(in);
      assertThat(s.rounded(0)).as("%s", mode).contains(d("101.485").setScale(2, mode));
      assertThat(s.rounded(1)).as("%s", mode).contains(d("-101.485").setScale(2, mode));
      assertThat(s.rounded(2)).as("%s", mode).contains(d("33.3333").setScale(2, mode));
    }
  }

  @Test
  void describesItself() {
    BulkScorer s = BulkScorer.of(ReportPolicy.kemensos2020());
    assertThat(s.shape()).isEqualTo(AggregationShape.GOAL_MEANS);
    assertThat(s.policy().limits().maximum()).contains(d("120"));
    assertThat(s.toString()).contains("cap 120");
    BulkResult r = s.score(golden.input);
    assertThat(r.toString()).contains("11 indicators").contains("4 goals");
    assertThat(r.flat().toString()).contains("11 members");
    assertThat(r.indicators().toString()).contains("computed 11");
    assertThat(golden.input.toString()).contains("11 indicators");
  }
}
