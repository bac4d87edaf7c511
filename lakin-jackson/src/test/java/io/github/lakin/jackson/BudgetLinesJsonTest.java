/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several budget lines through JSON: the agreement round trip, and the result form's lines, goals
 * and index. Hand computed: A 90 / 100 = 90 %, B 10 / 10 = 100 %, C 20 / 50 = 40 %; total 75 %;
 * capaian 105 %; index 105 / 75 = 7/5 = 1,400; SK1 100 / (1000/11) = 11/10.
 */
class BudgetLinesJsonTest {
  private final ObjectMapper mapper = LakinJson.mapper();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static PerformanceAgreement agreement() {
    return PerformanceAgreement.builder()
        .unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 1))
        .addGoals(Goal.of("SK1", "satu", List.of(Indicator.of("1.1", "a", MeasureUnit.percent(), Target.exact(d("80"))))))
        .addGoals(Goal.of("SK2", "dua", List.of(Indicator.of("2.1", "b", MeasureUnit.percent(), Target.exact(d("50"))))))
        .addBudget(BudgetLine.builder().code("A").name("Output A").goalCode("SK1").initialPagu(d("120000000"))
            .finalPagu(d("100000000")).realization(d("90000000")).build())
        .addBudget(BudgetLine.builder().code("B").name("Output B").goalCode("SK1").finalPagu(d("10000000")).realization(d("10000000")).build())
        .addBudget(BudgetLine.builder().code("C").name("Output C").goalCode("SK2").finalPagu(d("50000000")).realization(d("20000000")).build())
        .build();
  }

  @Test
  void theAgreementWithItsLinesRoundTrips() throws Exception {
    PerformanceAgreement pk = agreement();
    PerformanceAgreement back = mapper.readValue(mapper.writeValueAsString(pk), PerformanceAgreement.class);
    assertThat(back).isEqualTo(pk);
    assertThat(back.budget()).extracting(BudgetLine::code).containsExactly("A", "B", "C");
  }

  @Test
  void theResultFormCarriesLinesGoalsAndTheIndexExactly() throws Exception {
    ReportResult r = ReportScorer.of(ReportPolicy.defaults()).score(agreement(),
        Map.of("1.1", Realization.of("80"), "2.1", Realization.of("55")));
    JsonNode b = mapper.readTree(mapper.writeValueAsString(r)).get("budget");
    assertThat(b.get("absorption").asText()).isEqualTo("75.00");
    assertThat(b.get("efficiencyIndex").asText()).isEqualTo("1.400");
    assertThat(b.get("efficiencyIndexExact").asText()).isEqualTo("1.4");
    assertThat(b.at("/efficiencyIndexExplanation/id").asText()).isEqualTo("105,00 / 75,00 = 1,400 (efisien)");
    // each line's amounts read back as the model's
    for (int i = 0; i < 3; i++) {
      BudgetLine line = agreement().budget().get(i);
      JsonNode l = b.get("lines").get(i);
      assertThat(l.get("code").asText()).isEqualTo(line.code());
      assertThat(new BigDecimal(l.get("pagu").asText())).isEqualByComparingTo(line.finalPagu());
      assertThat(new BigDecimal(l.get("realisasi").asText())).isEqualByComparingTo(line.realization());
    }
    assertThat(b.at("/lines/1/absorption").asText()).isEqualTo("100.00");
    assertThat(b.at("/goals/0/code").asText()).isEqualTo("SK1");
    assertThat(b.at("/goals/0/efficiencyIndex").asText()).isEqualTo("1.100");
    assertThat(b.at("/goals/1/efficiencyGap").asText()).isEqualTo("70.00");
  }
}
