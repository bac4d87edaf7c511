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
 * the flat mean, exact {@code Rational} arithmetic). Only 10³ and 10⁴ indicators: see RESULTS.md
 * for why larger sizes do not finish.
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

    /** Builds the agreement and its realisations. */
    @Setup(Level.Trial)
    public void setUp() {
      Dataset data = Dataset.generate(size);
      ObjectData objects = new ObjectData(data);
      agreement = objects.agreement(data);
      realizations = objects.realizationsByCode();
      scorer = ReportScorer.of(ReportPolicy.defaults());
    }
  }

  /**
   * @param r the report
   * @return the result tree
   */
  @Benchmark
  public ReportResult reportScorer(Report r) {
    return r.scorer.score(r.agreement, r.realizations);
  }
}
