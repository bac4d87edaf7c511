/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.scoring.index.Ikm;
import io.github.lakin.scoring.index.IkmResult;
import io.github.lakin.scoring.index.IkmSurvey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * IKM (PermenPANRB 14/2017) from individual responses: nine unsur, answers 1–4, about 2% blanks.
 * One operation computes the whole survey of {@code size} respondents; divide by {@code size} for
 * ns and bytes per respondent ({@code scripts/per-indicator.py} does: read "indicator" as
 * "respondent" for this benchmark).
 *
 * <ul>
 *   <li>{@code lakinFromResponses}: {@code Ikm.fromResponses(survey)} on a built survey (exact NRR
 *       per unsur, penimbang exactly 1/9, konversi × 25, rounded once).
 *   <li>{@code lakinBuildAndScore}: the same plus building the {@code IkmSurvey} from the rows, as a
 *       service does when responses arrive (rows checked one by one).
 *   <li>{@code naiveBigDecimal}: NRR per unsur with {@code divide(MathContext.DECIMAL128)}, then the
 *       printed penimbang 0.111 style of spreadsheets replaced by 1/9 in DECIMAL128, streams.
 *   <li>{@code doubleLoop}: sums in {@code int}, NRR and index in {@code double} (inexact).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class IkmBenchmark {
  static final int ELEMENTS = 9;

  /** The responses, as rows of scores (0 = blank) and as a built survey. */
  @State(Scope.Benchmark)
  public static class Responses {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    int[][] rows;
    IkmSurvey survey;

    /** Generates the responses (seeded) and builds the survey once. */
    @Setup(Level.Trial)
    public void setUp() {
      SplittableRandom rnd = new SplittableRandom(Dataset.SEED);
      rows = new int[size][ELEMENTS];
      for (int r = 0; r < size; r++) {
        for (int e = 0; e < ELEMENTS; e++) {
          // mostly 3 and 4, as in real surveys; 2% blanks
          int x = rnd.nextInt(100);
          rows[r][e] = x < 2 ? 0 : x < 5 ? 1 : x < 15 ? 2 : x < 55 ? 3 : 4;
        }
        if (rows[r][0] == 0) {
          rows[r][0] = 3; // keep every respondent with at least one answer
        }
      }
      survey = build(rows);
    }
  }

  static IkmSurvey build(int[][] rows) {
    IkmSurvey.Builder b = IkmSurvey.builder(ELEMENTS);
    Integer[] boxed = new Integer[ELEMENTS];
    for (int[] row : rows) {
      for (int e = 0; e < ELEMENTS; e++) {
        boxed[e] = row[e] == 0 ? null : row[e];
      }
      b.addRespondentWithBlanks(boxed);
    }
    return b.build();
  }

  /**
   * Returns the konversi value, rounded once.
   *
   * @param s the responses
   * @return the konversi value, rounded once
   */
  @Benchmark
  public BigDecimal lakinFromResponses(Responses s) {
    IkmResult r = Ikm.fromResponses(s.survey);
    return r.konversiRounded();
  }

  /**
   * Returns the konversi value, rounded once.
   *
   * @param s the responses
   * @return the konversi value, rounded once
   */
  @Benchmark
  public BigDecimal lakinBuildAndScore(Responses s) {
    return Ikm.fromResponses(build(s.rows)).konversiRounded();
  }

  /**
   * Returns the konversi value at 2 decimals.
   *
   * @param s the responses
   * @return the konversi value at 2 decimals
   */
  @Benchmark
  public BigDecimal naiveBigDecimal(Responses s) {
    BigDecimal penimbang = BigDecimal.ONE.divide(BigDecimal.valueOf(ELEMENTS), MathContext.DECIMAL128);
    BigDecimal index = IntStream.range(0, ELEMENTS).mapToObj(e -> {
      BigDecimal sum = BigDecimal.ZERO;
      int count = 0;
      for (int[] row : s.rows) {
        if (row[e] != 0) {
          sum = sum.add(BigDecimal.valueOf(row[e]));
          count++;
        }
      }
      return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).multiply(penimbang);
    }).reduce(BigDecimal.ZERO, BigDecimal::add);
    return index.multiply(BigDecimal.valueOf(25)).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Returns the konversi value in hundredths.
   *
   * @param s the responses
   * @return the konversi value in hundredths
   */
  @Benchmark
  public long doubleLoop(Responses s) {
    long[] sum = new long[ELEMENTS];
    int[] count = new int[ELEMENTS];
    for (int[] row : s.rows) {
      for (int e = 0; e < ELEMENTS; e++) {
        int x = row[e];
        if (x != 0) {
          sum[e] += x;
          count[e]++;
        }
      }
    }
    double index = 0;
    for (int e = 0; e < ELEMENTS; e++) {
      index += (double) sum[e] / count[e] / ELEMENTS;
    }
    return Math.round(index * 25 * 100);
  }
}
