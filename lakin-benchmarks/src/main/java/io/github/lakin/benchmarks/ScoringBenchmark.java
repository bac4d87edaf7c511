/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.bulk.BulkInput;
import io.github.lakin.scoring.bulk.BulkScorer;
import io.github.lakin.scoring.bulk.BulkScores;
import java.math.BigDecimal;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring alone: every indicator's capaian, rounded once at 2 decimals (default policy: no cap,
 * floor 0). One operation scores the whole data set of {@code size} indicators; divide by
 * {@code size} for ns and bytes per indicator ({@code scripts/per-indicator.py} does).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScoringBenchmark {

  /** Rows as primitive columns (bulk), decimals (naive) and doubles (double loop). */
  @State(Scope.Benchmark)
  public static class Columns {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    Dataset data;
    BulkInput bulk;
    BulkScorer scorer;
    Baselines.Decimals decimals;
    Baselines.Doubles doubles;

    /** Generates the data set for this size. */
    @Setup(Level.Trial)
    public void setUp() {
      data = Dataset.generate(size);
      bulk = data.bulkInput();
      scorer = BulkScorer.of(ScoringPolicy.defaults());
      decimals = new Baselines.Decimals(data);
      doubles = new Baselines.Doubles(data);
    }
  }

  /** The same rows as the library's object model. */
  @State(Scope.Benchmark)
  public static class Objects {
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    ObjectData objects;
    Scorer scorer;

    /** Builds one Indicator and Realization per row. */
    @Setup(Level.Trial)
    public void setUp() {
      objects = new ObjectData(Dataset.generate(size));
      scorer = Scorer.of(ScoringPolicy.defaults());
    }
  }

  /**
   * (a) The library's object path: {@code Scorer.score} per indicator, then {@code rounded()}.
   *
   * @param o the objects
   * @param bh the blackhole
   */
  @Benchmark
  public void objectScorer(Objects o, Blackhole bh) {
    Object[] out = new Object[o.objects.indicators.length];
    for (int i = 0; i < out.length; i++) {
      Achievement a = o.scorer.score(o.objects.indicators[i], o.objects.realizations[i]);
      out[i] = a.rounded();
    }
    bh.consume(out);
  }

  /**
   * (c) The bulk path, scoring alone.
   *
   * @param c the columns
   * @return the scores
   */
  @Benchmark
  public BulkScores bulk(Columns c) {
    return c.scorer.scoreIndicators(c.bulk);
  }

  /**
   * (d) Naive BigDecimal: one divide(DECIMAL128) per indicator.
   *
   * @param c the columns
   * @return the rounded values
   */
  @Benchmark
  public BigDecimal[] naiveBigDecimal(Columns c) {
    return Baselines.naiveScores(c.decimals);
  }

  /**
   * (e) Primitive double loop.
   *
   * @param c the columns
   * @return the values in cents
   */
  @Benchmark
  public long[] doubleLoop(Columns c) {
    return Baselines.doubleScores(c.doubles);
  }
}
