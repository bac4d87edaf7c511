/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.bulk.BulkInput;
import io.github.lakin.scoring.bulk.BulkResult;
import io.github.lakin.scoring.bulk.BulkScorer;
import java.util.concurrent.TimeUnit;
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
 * Scoring plus flat and goal aggregation: every indicator's capaian, each goal's mean, the flat
 * mean and the mean of the goal means, each rounded once at 2 decimals. One operation processes
 * the whole data set of {@code size} indicators.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AggregationBenchmark {

  /** Rows as primitive columns (bulk), decimals (naive) and doubles (double loop). */
  @State(Scope.Benchmark)
  public static class Columns {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    BulkInput bulk;
    BulkScorer scorer;
    Baselines.Decimals decimals;
    Baselines.Doubles doubles;

    /** Generates the data set for this size. */
    @Setup(Level.Trial)
    public void setUp() {
      Dataset data = Dataset.generate(size);
      bulk = data.bulkInput();
      scorer = BulkScorer.of(ReportPolicy.defaults());
      decimals = new Baselines.Decimals(data);
      doubles = new Baselines.Doubles(data);
    }
  }

  /**
   * (c) The bulk path: scores, goal means, flat mean and mean of goal means in one pass.
   *
   * @param c the columns
   * @return the result
   */
  @Benchmark
  public BulkResult bulk(Columns c) {
    return c.scorer.score(c.bulk);
  }

  /**
   * (d) Naive BigDecimal: divide(DECIMAL128) per indicator, streams for the means.
   *
   * @param c the columns
   * @return the result
   */
  @Benchmark
  public Object naiveBigDecimal(Columns c) {
    return Baselines.naiveReport(c.decimals);
  }

  /**
   * (e) Primitive double loop with per-goal sums.
   *
   * @param c the columns
   * @return the result
   */
  @Benchmark
  public Object doubleLoop(Columns c) {
    return Baselines.doubleReport(c.doubles);
  }
}
