/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.aggregate.Realizations;
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
 * (b) The library's object path for a whole report: {@code ReportScorer} (scoring, goal means and
 * the flat mean, exact), beside the naive {@code BigDecimal} and the {@code double} baselines on
 * the same data in the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReportScorerBenchmark {

  /** One performance agreement holding the whole data set. */
  @State(Scope.Benchmark)
  public static class Report {
    @Param({"1000", "10000"})
    public int size;

    PerformanceAgreement agreement;
    Realizations realizations;
    ReportScorer scorer;
    Baselines.Decimals decimals;
    Baselines.Doubles doubles;

    /** Builds the agreement and its realisations. */
    @Setup(Level.Trial)
    public void setUp() {
      Dataset data = Dataset.generate(size);
      ObjectData objects = new ObjectData(data);
      agreement = objects.agreement(data);
      realizations = objects.realizationsByCode();
      scorer = ReportScorer.of(ReportPolicy.defaults());
      decimals = new Baselines.Decimals(data);
      doubles = new Baselines.Doubles(data);
    }
  }

  /**
   * Returns the result tree.
   *
   * @param r the report
   * @return the result tree
   */
  @Benchmark
  public ReportResult reportScorer(Report r) {
    return r.scorer.score(r.agreement, r.realizations);
  }

  /**
   * The naive BigDecimal baseline on the same data, in the same run: divide(DECIMAL128) per
   * indicator, streams for the goal means, the flat mean and the mean of the goal means.
   *
   * @param r the report
   * @return the result
   */
  @Benchmark
  public Object naiveBigDecimal(Report r) {
    return Baselines.naiveReport(r.decimals);
  }

  /**
   * The primitive double loop on the same data (inexact; the practical speed limit).
   *
   * @param r the report
   * @return the result
   */
  @Benchmark
  public Object doubleLoop(Report r) {
    return Baselines.doubleReport(r.doubles);
  }
}
