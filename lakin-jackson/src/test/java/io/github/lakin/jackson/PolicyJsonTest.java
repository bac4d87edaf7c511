/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static io.github.lakin.jackson.ModelJsonTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scoring and report policies, both ways. */
class PolicyJsonTest {
  private final ObjectMapper mapper = LakinJson.mapper();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private ReportPolicy readReport(String singleQuoted) throws IOException {
    return mapper.readValue(json(singleQuoted), ReportPolicy.class);
  }

  /** ZeroTargetRule has no value equality, so policies are compared field by field. */
  static void assertSamePolicy(ReportPolicy actual, ReportPolicy expected) {
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.shape()).isEqualTo(expected.shape());
    assertThat(actual.roundingStage()).isEqualTo(expected.roundingStage());
    assertThat(actual.provisional()).isEqualTo(expected.provisional());
    assertThat(actual.missing()).isEqualTo(expected.missing());
    assertSameScoring(actual.scoring(), expected.scoring());
  }

  static void assertSameScoring(ScoringPolicy actual, ScoringPolicy expected) {
    assertThat(actual.limits()).isEqualTo(expected.limits());
    assertThat(actual.rounding()).isEqualTo(expected.rounding());
    assertThat(actual.zeroTarget().whenBothZero()).isEqualTo(expected.zeroTarget().whenBothZero());
    assertThat(actual.zeroTarget().whenRealizationNonZero()).isEqualTo(expected.zeroTarget().whenRealizationNonZero());
    assertThat(actual.strategies()).isEqualTo(expected.strategies());
  }

  @Test
  void thePresetsWrittenAndReadBack() throws IOException {
    String biro = "{'name':'biro-perencanaan-2023','shape':'FLAT','roundingStage':'END','provisional':'INCLUDE_AND_FLAG',"
        + "'missing':'EXCLUDE_AND_FLAG','floor':'0','scale':2,'roundingMode':'HALF_UP',"
        + "'zeroTarget':{'bothZero':'100','targetZeroOnly':null}}";
    assertThat(mapper.writeValueAsString(ReportPolicy.biroPerencanaan2023())).isEqualTo(json(biro));
    assertThat(readReport(biro)).isEqualTo(ReportPolicy.biroPerencanaan2023());

    String kemensos = "{'name':'kemensos-2020','shape':'GOAL_MEANS','roundingStage':'END','provisional':'INCLUDE_AND_FLAG',"
        + "'missing':'EXCLUDE_AND_FLAG','cap':'120','floor':'0','scale':2,'roundingMode':'HALF_UP',"
        + "'zeroTarget':{'bothZero':'100','targetZeroOnly':null}}";
    assertThat(mapper.writeValueAsString(ReportPolicy.kemensos2020())).isEqualTo(json(kemensos));
    assertThat(readReport(kemensos)).isEqualTo(ReportPolicy.kemensos2020());
  }

  @Test
  void absentFieldsTakeTheDefaultsAndNullMeansNone() throws IOException {
    assertThat(readReport("{'name':'default'}")).isEqualTo(ReportPolicy.defaults());
    assertThat(readReport("{}").name()).isEqualTo("custom");
    ReportPolicy none = readReport("{'cap':null,'floor':null,'zeroTarget':{'bothZero':null}}");
    assertThat(none.scoring().limits()).isEqualTo(CapRule.none());
    assertThat(none.scoring().zeroTarget().whenBothZero()).isEmpty();
    assertThat(none.scoring().zeroTarget().whenRealizationNonZero()).isEmpty();
    ReportPolicy capOnly = readReport("{'cap':120}");
    assertThat(capOnly.scoring().limits()).isEqualTo(CapRule.between(d("0"), d("120")));
  }

  @Test
  void aCustomPolicyWrittenAndReadBack() throws IOException {
    ReportPolicy custom = ReportPolicy.builder()
        .name("pemda-2024")
        .shape(AggregationShape.WEIGHTED_GOALS)
        .roundingStage(RoundingStage.EACH_LEVEL)
        .provisional(ProvisionalRule.EXCLUDE)
        .missing(MissingRule.FAIL)
        .scoring(ScoringPolicy.builder()
            .limits(CapRule.maximum(d("150")))
            .rounding(RoundingPolicy.of(0, RoundingMode.HALF_EVEN))
            .zeroTarget(ZeroTargetRule.of(Optional.empty(), Optional.of(d("0"))))
            .build())
        .build();
    String json = mapper.writeValueAsString(custom);
    assertThat(json).isEqualTo(json("{'name':'pemda-2024','shape':'WEIGHTED_GOALS','roundingStage':'EACH_LEVEL',"
        + "'provisional':'EXCLUDE','missing':'FAIL','cap':'150','floor':null,'scale':0,'roundingMode':'HALF_EVEN',"
        + "'zeroTarget':{'bothZero':null,'targetZeroOnly':'0'}}"));
    assertSamePolicy(mapper.readValue(json, ReportPolicy.class), custom);
  }

  @Test
  void scoringRoundingAndZeroTargetOnTheirOwn() throws IOException {
    String scoring = "{'floor':'0','scale':2,'roundingMode':'HALF_UP','zeroTarget':{'bothZero':'100','targetZeroOnly':null}}";
    assertThat(mapper.writeValueAsString(ScoringPolicy.defaults())).isEqualTo(json(scoring));
    assertThat(mapper.readValue(json(scoring), ScoringPolicy.class)).isEqualTo(ScoringPolicy.defaults());
    assertThat(mapper.writeValueAsString(RoundingPolicy.halfUp(3))).isEqualTo(json("{'scale':3,'roundingMode':'HALF_UP'}"));
    assertThat(mapper.readValue(json("{'scale':3}"), RoundingPolicy.class)).isEqualTo(RoundingPolicy.halfUp(3));
    assertThat(mapper.readValue(json("{}"), ZeroTargetRule.class)).isSameAs(ZeroTargetRule.defaults());
    ZeroTargetRule z = mapper.readValue(json("{'bothZero':'120.0','targetZeroOnly':'0'}"), ZeroTargetRule.class);
    assertThat(mapper.writeValueAsString(z)).isEqualTo(json("{'bothZero':'120','targetZeroOnly':'0'}"));
  }

  @Test
  void theRulesOfIssue16AreNotInTheFormatSoTheyAreNotWrittenRatherThanDropped() {
    ZeroTargetRule linear = ZeroTargetRule.realizationLinear(Optional.of(new BigDecimal("100")), new BigDecimal("100"), new BigDecimal("100"));
    assertThatThrownBy(() -> mapper.writeValueAsString(linear))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("function of the realisation");
    assertThatThrownBy(() -> mapper.writeValueAsString(ScoringPolicy.builder().zeroTarget(linear).build()))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("function of the realisation");
    assertThatThrownBy(() -> mapper.writeValueAsString(
        ScoringPolicy.builder().negativeTarget(io.github.lakin.scoring.NegativeTargetRule.RELATIVE_DEVIATION).build()))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("negative-target rule RELATIVE_DEVIATION cannot be written");
  }

  @Test
  void strategiesPerIndicatorAreNotInTheFormatSoSuchAPolicyIsNotWritten() {
    ScoringPolicy withStrategy = ScoringPolicy.builder().putStrategies("2.3", ScoringStrategy.inverseRatio()).build();
    assertThatThrownBy(() -> mapper.writeValueAsString(withStrategy))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("strategies per indicator (2.3) cannot be written")
        .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage()).startsWith("(root): a scoring policy with"));
    assertThatThrownBy(() -> mapper.writeValueAsString(java.util.Map.of("policy", withStrategy)))
        .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage()).startsWith("/policy: a scoring policy with"));
  }

  @Test
  void aPolicyReadFromJsonReproducesTheReport() throws IOException {
    ReportPolicy policy = readReport("{'name':'biro-perencanaan-2023','shape':'FLAT'}");
    assertThat(ReportScorer.of(policy).score(Biro2023.agreement(), Biro2023.realizations()).overall().rounded())
        .contains(d("106.51"));
    ReportPolicy goalMeans = readReport("{'name':'goal-means','shape':'GOAL_MEANS'}");
    assertThat(ReportScorer.of(goalMeans).score(Biro2023.agreement(), Biro2023.realizations()).overall().rounded())
        .contains(d("107.60"));
  }
}
