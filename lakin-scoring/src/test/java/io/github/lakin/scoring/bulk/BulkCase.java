/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.bulk;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One generated report for the bulk property tests: a policy and rows grouped in goals, scored
 * both by {@link BulkScorer} and by the exact reference ({@link ReportScorer} over real
 * {@link Indicator}s).
 */
record BulkCase(
    @Nullable BigDecimal cap,
    @Nullable BigDecimal floor,
    ZeroTargetRule zeroRule,
    int scale,
    RoundingMode mode,
    boolean negativeAllowed,
    List<List<Row>> goals) {

  /** One indicator: target, realisasi ({@code null} = not available) and polarity. */
  record Row(BigDecimal target, @Nullable BigDecimal realisasi, boolean lowerIsBetter) {
    @Override
    public String toString() {
      return (lowerIsBetter ? "lower " : "") + target.toPlainString() + "→" + (realisasi == null ? "N/A" : realisasi.toPlainString());
    }
  }

  ScoringPolicy scoringPolicy() {
    CapRule limits = cap != null && floor != null ? CapRule.between(floor, cap)
        : cap != null ? CapRule.maximum(cap) : floor != null ? CapRule.floor(floor) : CapRule.none();
    return ScoringPolicy.builder().limits(limits).zeroTarget(zeroRule).rounding(RoundingPolicy.of(scale, mode)).build();
  }

  ReportPolicy reportPolicy(AggregationShape shape) {
    return ReportPolicy.builder().scoring(scoringPolicy()).shape(shape).build();
  }

  BulkInput input() {
    BulkInput.Builder b = BulkInput.builder();
    for (int g = 0; g < goals.size(); g++) {
      for (Row r : goals.get(g)) {
        b.add(g, r.target, r.realisasi, r.lowerIsBetter ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
      }
    }
    return b.build();
  }

  /** The same rows as columns without goal indices ({@link BulkInput#of}): the flat mean only. */
  BulkInput inputWithoutGoals() {
    List<Row> rows = new ArrayList<>();
    goals.forEach(rows::addAll);
    int n = rows.size();
    long[] tu = new long[n];
    byte[] ts = new byte[n];
    long[] ru = new long[n];
    byte[] rs = new byte[n];
    boolean[] lower = new boolean[n];
    boolean[] available = new boolean[n];
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      BigDecimal t = r.target.scale() < 0 ? r.target.setScale(0) : r.target;
      tu[i] = t.unscaledValue().longValueExact();
      ts[i] = (byte) t.scale();
      if (r.realisasi != null) {
        BigDecimal v = r.realisasi.scale() < 0 ? r.realisasi.setScale(0) : r.realisasi;
        ru[i] = v.unscaledValue().longValueExact();
        rs[i] = (byte) v.scale();
        available[i] = true;
      }
      lower[i] = r.lowerIsBetter;
    }
    return BulkInput.of(tu, ts, ru, rs, lower, available, null);
  }

  BulkScorer scorer(AggregationShape shape) {
    BulkScorer s = BulkScorer.of(reportPolicy(shape));
    return negativeAllowed ? s.allowingNegativeRealisasi() : s;
  }

  static String code(int goal, int index) {
    return "g" + goal + "i" + index;
  }

  PerformanceAgreement agreement() {
    MeasureUnit unit = negativeAllowed ? MeasureUnit.percent().allowingNegative() : MeasureUnit.percent();
    PerformanceAgreement.Builder b = PerformanceAgreement.builder()
        .unit(OrgUnit.of("UNIT", "unit", OrgLevel.ESELON_II)).year(2025).effectiveDate(LocalDate.of(2025, 1, 1));
    for (int g = 0; g < goals.size(); g++) {
      List<Indicator> inds = new ArrayList<>();
      List<Row> rows = goals.get(g);
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        inds.add(Indicator.builder().code(code(g, i)).name("indikator").unit(unit).target(Target.exact(r.target))
            .polarity(r.lowerIsBetter ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER).build());
      }
      b.addGoals(Goal.of("G" + g, "sasaran", inds));
    }
    return b.build();
  }

  Map<String, Realization> realizations() {
    Map<String, Realization> m = new LinkedHashMap<>();
    for (int g = 0; g < goals.size(); g++) {
      List<Row> rows = goals.get(g);
      for (int i = 0; i < rows.size(); i++) {
        BigDecimal v = rows.get(i).realisasi;
        if (v != null) {
          m.put(code(g, i), Realization.of(v));
        }
      }
    }
    return m;
  }

  ReportResult reference(AggregationShape shape) {
    return ReportScorer.of(reportPolicy(shape)).score(agreement(), realizations());
  }

  static Optional<BigDecimal> opt(@Nullable BigDecimal v) {
    return Optional.ofNullable(v);
  }
}
