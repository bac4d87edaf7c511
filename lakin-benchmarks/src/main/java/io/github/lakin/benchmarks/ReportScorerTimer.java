/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.util.Locale;

/**
 * A timer loop beside JMH, for a machine too noisy for JMH's means: scores the same report as
 * {@link ReportScorerBenchmark} with {@code ReportScorer}, the naive {@code BigDecimal} baseline
 * and the {@code double} loop, alternating, and prints the best (minimum) time of each in ns per
 * indicator. The minimum is the figure least disturbed by other processes.
 *
 * <pre>{@code java -cp lakin-benchmarks/target/benchmarks.jar io.github.lakin.benchmarks.ReportScorerTimer 10000 150}</pre>
 */
public final class ReportScorerTimer {
  private ReportScorerTimer() {}

  /**
   * Times scoring reports of the given size and prints the timings.
   *
   * @param args the number of indicators (default 10000) and of rounds (default 150)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 150;
    Dataset data = Dataset.generate(size);
    ObjectData objects = new ObjectData(data);
    PerformanceAgreement agreement = objects.agreement(data);
    Realizations realizations = objects.realizationsByCode();
    ReportScorer scorer = ReportScorer.of(ReportPolicy.defaults());
    Baselines.Decimals decimals = new Baselines.Decimals(data);
    Baselines.Doubles doubles = new Baselines.Doubles(data);
    long lakin = Long.MAX_VALUE;
    long naive = Long.MAX_VALUE;
    long dbl = Long.MAX_VALUE;
    int sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      ReportResult result = scorer.score(agreement, realizations);
      long t1 = System.nanoTime();
      Object n = Baselines.naiveReport(decimals);
      long t2 = System.nanoTime();
      Object d = Baselines.doubleReport(doubles);
      long t3 = System.nanoTime();
      sink += result.counts().met() + n.hashCode() + d.hashCode();
      lakin = Math.min(lakin, t1 - t0);
      naive = Math.min(naive, t2 - t1);
      dbl = Math.min(dbl, t3 - t2);
    }
    System.out.printf(Locale.ROOT, "size %d, %d rounds, best ns per indicator: ReportScorer %.1f, naive BigDecimal %.1f, double %.1f;"
        + " ReportScorer / naive %.2f (%d)%n", size, rounds, (double) lakin / size, (double) naive / size, (double) dbl / size,
        (double) lakin / naive, sink & 1);
  }
}
