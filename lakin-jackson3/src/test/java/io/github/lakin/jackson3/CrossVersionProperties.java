/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson3;

import static io.github.lakin.jackson3.Majors.BIRO;
import static io.github.lakin.jackson3.Majors.messageOf;
import static io.github.lakin.jackson3.Majors.read2;
import static io.github.lakin.jackson3.Majors.write2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.json.ResultJsonWriter;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 2 and Jackson 3 write the same bytes for the same value, and each reads what the other
 * wrote, errors included: both adapt the one declaration of the fields. The data is the bundled
 * report of DOMAIN.md §12 (read by lakin-report's one reader), and variations of it.
 */
class CrossVersionProperties {
  private final JsonMapper three = LakinJson3.mapper();

  private <T> void crosses(T value, Class<T> type) {
    String by2 = write2(value);
    String by3 = three.writeValueAsString(value);
    assertThat(by3).isEqualTo(by2);
    assertThat(three.readValue(by2, type)).isEqualTo(value);
    assertThat(read2(by3, type)).isEqualTo(value);
  }

  @Test
  void theReportsModelCrossesBothWays() {
    crosses(BIRO.agreement(), PerformanceAgreement.class);
    crosses(BIRO.realizations(), Realizations.class);
    for (ReportPolicy p : List.of(ReportPolicy.defaults(), ReportPolicy.biroPerencanaan2023(), ReportPolicy.kemensos2020())) {
      crosses(p, ReportPolicy.class);
    }
  }

  @Test
  void anyRealisasiAndTargetCrossBothWays() {
    qt().withExamples(300).forAll(longs().between(-99_999_999_999L, 99_999_999_999L), integers().between(0, 8), longs().between(1, 9_999_999))
        .checkAssert((unscaled, scale, target) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          crosses(Realization.of(v.toPlainString()), Realization.class);
          crosses(Target.exact(BigDecimal.valueOf(target, scale)), Target.class);
          Map<String, Realization> m = new LinkedHashMap<>(BIRO.realizations().asMap());
          m.put("3.1", Realization.of(v.abs().toPlainString()));
          ReportResult r = ReportScorer.of(ReportPolicy.biroPerencanaan2023()).score(BIRO.agreement(), Realizations.of(m));
          assertThat(three.writeValueAsString(r)).isEqualTo(write2(r));
        });
  }

  @Test
  void theResultFormIsTheSameBytesFromBothMajorsWithTheGoldenFigures() {
    ReportPolicy policy = BIRO.settings().policy(BIRO.agreement());
    ReportResult report = ReportScorer.of(policy).score(BIRO.agreement(), BIRO.realizations());
    String by3 = three.writeValueAsString(report);
    assertThat(by3).isEqualTo(write2(report));
    JsonNode tree = three.readTree(by3);
    assertThat(tree.get("schema").asString()).isEqualTo(ResultJsonWriter.SCHEMA);
    assertThat(tree.get("overall").get("achievement").asString()).isEqualTo("106.51");
    List<String> goals = List.of("109.95", "100.00", "119.79", "100.67");
    for (int g = 0; g < goals.size(); g++) {
      assertThat(tree.get("goals").get(g).get("achievement").asString()).isEqualTo(goals.get(g));
    }
  }

  @Test
  void errorsNameTheSamePointerInBothMajors() {
    String json = write2(BIRO.agreement()).replaceFirst("\"value\":\"81\"", "\"value\":\"delapan\"");
    assertThat(json).contains("delapan");
    String message2 = messageOf(() -> read2(json, PerformanceAgreement.class));
    String message3 = messageOf(() -> three.readValue(json, PerformanceAgreement.class));
    assertThat(message2).startsWith("/goals/0/indicators/1/target/value");
    assertThat(message3).isEqualTo(message2);
    String unknown = write2(ReportPolicy.kemensos2020()).replaceFirst("\\{", "{\"capp\":1,");
    assertThat(messageOf(() -> three.readValue(unknown, ReportPolicy.class))).isEqualTo(messageOf(() -> read2(unknown, ReportPolicy.class)))
        .startsWith("/capp");
    assertThatThrownBy(() -> three.readValue("{\"schema\":\"x\"}", ReportResult.class))
        .hasMessageContaining("(root): a ReportResult cannot be read from JSON");
  }

}
