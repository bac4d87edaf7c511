package io.github.lakin.scoring.bulk;

import io.github.lakin.scoring.aggregate.AggregationShape;
import java.util.Objects;

/**
 * Hasil penilaian massal (bulk result): every indicator's capaian, each goal's mean, the flat mean
 * of all indicators and the mean of the goal means, each rounded once from the exact values.
 *
 * <p>They equal what {@link io.github.lakin.scoring.aggregate.ReportScorer} gives at the
 * {@code END} rounding stage with missing values excluded: {@link #flat()} under
 * {@link AggregationShape#FLAT}, {@link #meanOfGoalMeans()} under
 * {@link AggregationShape#GOAL_MEANS}, and {@link #goal(int)} for each goal. Immutable.
 */
public final class BulkResult {
  static final byte GOAL_ABSENT = 0;
  static final byte GOAL_PRESENT = 1;
  static final byte GOAL_EXACT = 2;

  private final BulkScores indicators;
  private final AggregationShape shape;
  private final BulkMean flat;
  private final BulkMean meanOfGoalMeans;
  private final int goalCount;
  private final long[] goalRounded;
  private final byte[] goalState;
  /** Per goal: members in the high 32 bits (the low bits are internal). */
  private final long[] goalCounts;
  private final int[] goalExcluded;

  BulkResult(BulkScores indicators, AggregationShape shape, BulkMean flat, BulkMean meanOfGoalMeans, int goalCount,
      long[] goalRounded, byte[] goalState, long[] goalCounts, int[] goalExcluded) {
    this.indicators = indicators;
    this.shape = shape;
    this.flat = flat;
    this.meanOfGoalMeans = meanOfGoalMeans;
    this.goalCount = goalCount;
    this.goalRounded = goalRounded;
    this.goalState = goalState;
    this.goalCounts = goalCounts;
    this.goalExcluded = goalExcluded;
  }

  /** @return each indicator's capaian */
  public BulkScores indicators() {
    return indicators;
  }

  /** @return the unit's flat mean over all included indicators */
  public BulkMean flat() {
    return flat;
  }

  /** @return the mean of the goal means (goals without a mean left out); absent without goals */
  public BulkMean meanOfGoalMeans() {
    return meanOfGoalMeans;
  }

  /** @return the unit's capaian under the scorer's shape: {@link #flat()} or {@link #meanOfGoalMeans()} */
  public BulkMean overall() {
    return shape == AggregationShape.GOAL_MEANS ? meanOfGoalMeans : flat;
  }

  /** @return the shape {@link #overall()} follows */
  public AggregationShape shape() {
    return shape;
  }

  /** @return the number of goals (0 when the input has none) */
  public int goalCount() {
    return goalCount;
  }

  /**
   * @param goal a goal index
   * @return that goal's mean over its included indicators; absent when it has none (a goal index
   *     with no rows at all is absent with nothing excluded)
   */
  public BulkMean goal(int goal) {
    Objects.checkIndex(goal, goalCount);
    int members = (int) (goalCounts[goal] >>> 32);
    int excluded = goalExcluded[goal];
    if (goalState[goal] == GOAL_ABSENT) {
      return BulkMean.absent(indicators.scale(), excluded);
    }
    return new BulkMean(true, goalRounded[goal], indicators.scale(), members, excluded, goalState[goal] == GOAL_EXACT);
  }

  @Override
  public String toString() {
    return "BulkResult{" + indicators.size() + " indicators, " + goalCount + " goals, flat " + flat
        + (goalCount > 0 ? ", mean of goal means " + meanOfGoalMeans : "") + "}";
  }
}
