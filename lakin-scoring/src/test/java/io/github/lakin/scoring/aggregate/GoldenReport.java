/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Biro Perencanaan 2023 report (DOMAIN.md §12), read from the test resource copy. */
public final class GoldenReport {
  public final PerformanceAgreement agreement;
  public final Map<String, Realization> realizations = new LinkedHashMap<>();
  public final Map<String, BigDecimal> printed = new LinkedHashMap<>();

  private GoldenReport(boolean withBudget) {
    Map<String, List<Indicator>> goals = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        GoldenReport.class.getResourceAsStream("/golden/biro-perencanaan-2023.csv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        goals.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(Indicator.of(f[1], "indikator " + f[1], MeasureUnit.index(), Target.exact(new BigDecimal(f[2]))));
        Realization r = Realization.of(f[3]);
        if (!f[4].isEmpty()) {
          r = r.provisional(Period.year(Integer.parseInt(f[4])), "*");
        }
        realizations.put(f[1], r);
        printed.put(f[1], new BigDecimal(f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PerformanceAgreement.Builder b = PerformanceAgreement.builder()
        .unit(OrgUnit.of("BIRO-PERENCANAAN", "Biro Perencanaan", OrgLevel.ESELON_II))
        .year(2023)
        .effectiveDate(LocalDate.of(2023, 11, 1));
    goals.forEach((code, inds) -> b.addGoals(Goal.of(code, "sasaran " + code, inds)));
    if (withBudget) {
      b.addBudget(BudgetLine.builder().code("BIRO").name("Biro Perencanaan")
          .initialPagu(new BigDecimal("13393506000")).finalPagu(new BigDecimal("9970949000"))
          .realization(new BigDecimal("9960052227")).build());
    }
    agreement = b.build();
  }

  public static GoldenReport load() {
    return new GoldenReport(true);
  }
}
