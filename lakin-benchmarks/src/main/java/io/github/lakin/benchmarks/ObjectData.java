/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.Realizations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The data set as the library's object model: one {@link Indicator} and {@link Realization} per row. */
final class ObjectData {
  final Indicator[] indicators;
  final Realization[] realizations;

  ObjectData(Dataset d) {
    indicators = new Indicator[d.size];
    realizations = new Realization[d.size];
    for (int i = 0; i < d.size; i++) {
      indicators[i] = Indicator.builder().code("i" + i).name(d.kind[i].name).unit(unit(d.kind[i]))
          .target(Target.exact(d.target(i))).polarity(d.polarity(i)).build();
      realizations[i] = d.available[i] ? Realization.of(d.realisasi(i)) : Realization.notAvailable();
    }
  }

  static MeasureUnit unit(Dataset.Kind k) {
    switch (k) {
      case PERCENT:
        return MeasureUnit.percent();
      case INDEX:
        return MeasureUnit.index();
      case COUNT:
        return MeasureUnit.count("dokumen");
      default:
        return MeasureUnit.workingDays();
    }
  }

  /** The whole data set as one performance agreement, goal by goal. */
  PerformanceAgreement agreement(Dataset d) {
    PerformanceAgreement.Builder b = PerformanceAgreement.builder()
        .unit(OrgUnit.of("BENCH", "Unit uji", OrgLevel.ESELON_II)).year(2025).effectiveDate(LocalDate.of(2025, 1, 1));
    List<Indicator> current = new ArrayList<>();
    for (int i = 0; i < d.size; i++) {
      current.add(indicators[i]);
      if (i + 1 == d.size || d.goal[i + 1] != d.goal[i]) {
        b.addGoals(Goal.of("SK" + d.goal[i], "Sasaran " + d.goal[i], current));
        current = new ArrayList<>();
      }
    }
    return b.build();
  }

  /** The available realisasi by indicator code. */
  Realizations realizationsByCode() {
    Realizations.Builder b = Realizations.builder();
    for (int i = 0; i < indicators.length; i++) {
      if (realizations[i].isAvailable()) {
        b.put(indicators[i].code(), realizations[i]);
      }
    }
    return b.build();
  }
}
