/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The two baselines of DESIGN.md, written as a team would without Lakin.
 *
 * <ul>
 *   <li><b>Naive {@code BigDecimal}</b>: one {@code divide(MathContext.DECIMAL128)} per indicator
 *       (34 significant digits, so not exact: a tie can be rounded the wrong way), streams for the
 *       means.
 *   <li><b>Primitive {@code double}</b>: a loop over arrays; fast and inexact (40.594 / 40 × 100
 *       prints 101.48, not 101.49): the practical speed limit.
 * </ul>
 *
 * Both apply the default policy the bulk benchmarks use: no cap, floor 0, 2 decimals half-up.
 */
final class Baselines {
  private Baselines() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** Decimal columns for the naive baseline. */
  static final class Decimals {
    final BigDecimal[] target;
    final BigDecimal[] realisasi;
    final boolean[] lower;
    final int[] goal;

    Decimals(Dataset d) {
      target = new BigDecimal[d.size];
      realisasi = new BigDecimal[d.size];
      for (int i = 0; i < d.size; i++) {
        target[i] = d.target(i);
        realisasi[i] = d.realisasi(i);
      }
      lower = d.lowerIsBetter.clone();
      goal = d.goal.clone();
    }
  }

  /** Double columns for the double baseline; a missing realisasi is NaN. */
  static final class Doubles {
    final double[] target;
    final double[] realisasi;
    final boolean[] lower;
    final int[] goal;
    final int goalCount;

    Doubles(Dataset d) {
      target = new double[d.size];
      realisasi = new double[d.size];
      for (int i = 0; i < d.size; i++) {
        target[i] = d.targetUnscaled[i] / (double) Dataset.pow10(d.targetScale[i]);
        realisasi[i] = d.available[i] ? d.realisasiUnscaled[i] / (double) Dataset.pow10(d.realisasiScale[i]) : Double.NaN;
      }
      lower = d.lowerIsBetter.clone();
      goal = d.goal.clone();
      goalCount = d.goalCount;
    }
  }

  /** Naive exact-looking values: capaian after the floor at DECIMAL128, null when missing. */
  static BigDecimal[] naiveValues(Decimals d) {
    int n = d.target.length;
    BigDecimal[] v = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      BigDecimal r = d.realisasi[i];
      if (r == null) {
        continue;
      }
      BigDecimal ratio = r.divide(d.target[i], MathContext.DECIMAL128);
      BigDecimal c = (d.lower[i] ? TWO.subtract(ratio) : ratio).multiply(HUNDRED);
      v[i] = c.signum() < 0 ? BigDecimal.ZERO : c;
    }
    return v;
  }

  /** Naive scoring alone: each value rounded for display. */
  static BigDecimal[] naiveScores(Decimals d) {
    BigDecimal[] v = naiveValues(d);
    for (int i = 0; i < v.length; i++) {
      if (v[i] != null) {
        v[i] = v[i].setScale(2, RoundingMode.HALF_UP);
      }
    }
    return v;
  }

  /** Naive scoring with the flat mean, goal means and the mean of goal means, by streams. */
  static NaiveReport naiveReport(Decimals d) {
    BigDecimal[] v = naiveValues(d);
    BigDecimal[] shown = Arrays.stream(v).map(x -> x == null ? null : x.setScale(2, RoundingMode.HALF_UP)).toArray(BigDecimal[]::new);
    List<BigDecimal> present = Arrays.stream(v).filter(Objects::nonNull).collect(Collectors.toList());
    BigDecimal flat = mean(present);
    Map<Integer, List<BigDecimal>> byGoal = IntStream.range(0, v.length).filter(i -> v[i] != null).boxed()
        .collect(Collectors.groupingBy(i -> d.goal[i], Collectors.mapping(i -> v[i], Collectors.toList())));
    Map<Integer, BigDecimal> goalMeans = byGoal.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> mean(e.getValue())));
    BigDecimal ofGoals = mean(List.copyOf(goalMeans.values()));
    Map<Integer, BigDecimal> goalShown = goalMeans.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().setScale(2, RoundingMode.HALF_UP)));
    return new NaiveReport(shown, flat.setScale(2, RoundingMode.HALF_UP), goalShown, ofGoals.setScale(2, RoundingMode.HALF_UP));
  }

  private static BigDecimal mean(List<BigDecimal> xs) {
    return xs.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(xs.size()), MathContext.DECIMAL128);
  }

  /** What the naive report computes. */
  static final class NaiveReport {
    final BigDecimal[] scores;
    final BigDecimal flat;
    final Map<Integer, BigDecimal> goals;
    final BigDecimal meanOfGoalMeans;

    NaiveReport(BigDecimal[] scores, BigDecimal flat, Map<Integer, BigDecimal> goals, BigDecimal meanOfGoalMeans) {
      this.scores = scores;
      this.flat = flat;
      this.goals = goals;
      this.meanOfGoalMeans = meanOfGoalMeans;
    }
  }

  /** Double scoring alone: the value after the floor, as cents ({@code Math.round(v × 100)}). */
  static long[] doubleScores(Doubles d) {
    int n = d.target.length;
    long[] out = new long[n];
    double[] t = d.target;
    double[] r = d.realisasi;
    boolean[] lower = d.lower;
    for (int i = 0; i < n; i++) {
      double q = r[i] / t[i];
      double v = lower[i] ? (2 - q) * 100 : q * 100;
      out[i] = Double.isNaN(v) ? Long.MIN_VALUE : Math.round(Math.max(v, 0) * 100);
    }
    return out;
  }

  /** Double scoring with the means: the result, and the goal means as cents. */
  static DoubleReport doubleReport(Doubles d) {
    int n = d.target.length;
    long[] out = new long[n];
    double[] gSum = new double[d.goalCount];
    int[] gN = new int[d.goalCount];
    double[] t = d.target;
    double[] r = d.realisasi;
    boolean[] lower = d.lower;
    int[] goal = d.goal;
    double sum = 0;
    int count = 0;
    for (int i = 0; i < n; i++) {
      double q = r[i] / t[i];
      if (Double.isNaN(q)) {
        out[i] = Long.MIN_VALUE;
        continue;
      }
      double v = Math.max(lower[i] ? (2 - q) * 100 : q * 100, 0);
      out[i] = Math.round(v * 100);
      sum += v;
      count++;
      int g = goal[i];
      gSum[g] += v;
      gN[g]++;
    }
    long[] goalCents = new long[d.goalCount];
    double ofGoals = 0;
    int goals = 0;
    for (int g = 0; g < gSum.length; g++) {
      if (gN[g] == 0) {
        goalCents[g] = Long.MIN_VALUE;
        continue;
      }
      double m = gSum[g] / gN[g];
      goalCents[g] = Math.round(m * 100);
      ofGoals += m;
      goals++;
    }
    return new DoubleReport(out, Math.round(sum / count * 100), goalCents, Math.round(ofGoals / goals * 100));
  }

  /** What the double report computes, in cents. */
  static final class DoubleReport {
    final long[] scores;
    final long flat;
    final long[] goals;
    final long meanOfGoalMeans;

    DoubleReport(long[] scores, long flat, long[] goals, long meanOfGoalMeans) {
      this.scores = scores;
      this.flat = flat;
      this.goals = goals;
      this.meanOfGoalMeans = meanOfGoalMeans;
    }
  }
}
