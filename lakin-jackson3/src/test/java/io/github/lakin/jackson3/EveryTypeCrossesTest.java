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

import io.github.lakin.core.AgreementRevisions;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.jackson.schema.Binding;
import io.github.lakin.json.ResultForm;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.Aggregate;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type either Jackson module binds crosses between the two majors: each model type written
 * by Jackson 2 is read back equal by Jackson 3 and the other way round, with the same bytes from
 * both; each result type is written as the same bytes by both and refused when read by both with
 * the same message. The samples cover exactly the types of {@link Binding#MODEL} and {@link
 * ResultForm#ALL}, so a type added to either table without a sample fails this test.
 */
class EveryTypeCrossesTest {
  private final JsonMapper three = LakinJson3.mapper();

  /** Model samples as JSON, in the form of docs/json.md; read by Jackson 2 to make the values. */
  private Map<Class<?>, List<String>> modelSamples() {
    PerformanceAgreement pk = BIRO.agreement();
    ReportPolicy policy = ReportPolicy.biroPerencanaan2023();
    Map<Class<?>, List<String>> m = new LinkedHashMap<>();
    m.put(Target.class, List.of("{\"kind\":\"exact\",\"value\":\"69\"}", "{\"kind\":\"range\",\"lower\":\"80\",\"upper\":\"90\"}",
        "{\"kind\":\"comparator\",\"relation\":\"<=\",\"value\":\"10\"}",
        "{\"kind\":\"category\",\"required\":\"WTP\",\"scale\":{\"name\":\"opini BPK\",\"categories\":[\"TMP\",\"TW\",\"WDP\",\"WTP\"]}}"));
    m.put(ExactTarget.class, List.of("{\"kind\":\"exact\",\"value\":\"9960052227\"}"));
    m.put(RangeTarget.class, List.of("{\"kind\":\"range\",\"lower\":\"0.5\",\"upper\":\"2\"}"));
    m.put(ComparatorTarget.class, List.of("{\"kind\":\"comparator\",\"relation\":\">\",\"value\":\"75\"}"));
    m.put(CategoricalTarget.class, List.of(
        "{\"kind\":\"category\",\"required\":\"B\",\"scale\":{\"name\":\"nilai\",\"categories\":[\"C\",\"B\",\"A\"]}}"));
    m.put(OrdinalScale.class, List.of("{\"name\":\"opini BPK\",\"categories\":[\"TMP\",\"TW\",\"WDP\",\"WTP\"]}"));
    m.put(MeasureUnit.class, List.of("{\"kind\":\"PERCENT\",\"label\":\"%\"}", "\"indeks\""));
    m.put(Realization.class, List.of("{\"value\":\"82.96\"}", "{\"n\":23,\"total\":24}", "{\"category\":\"WTP\"}",
        "{\"value\":\"3.1\",\"provisional\":{\"from\":\"2022\",\"note\":\"nilai 2022\"}}",
        "{\"notAvailable\":true,\"note\":\"menunggu rilis BPS\"}"));
    m.put(Realization.Provisional.class, List.of("{\"from\":\"2022\",\"note\":\"nilai 2022\"}"));
    m.put(Realization.Counts.class, List.of("{\"n\":23,\"total\":24}"));
    m.put(Period.class, List.of("\"TW II 2023\"", "\"2023\""));
    m.put(Rational.class, List.of("\"329/3\"", "\"-69.31\"", "\"9960052227\""));
    m.put(Relation.class, List.of("\"<\"", "\">=\""));
    m.put(CapRule.class, List.of("{\"maximum\":\"120\",\"floor\":\"0\"}"));
    m.put(Indicator.class, pk.goals().get(0).indicators().stream().map(Majors::write2).collect(Collectors.toList()));
    m.put(Goal.class, pk.goals().stream().map(Majors::write2).collect(Collectors.toList()));
    m.put(OrgUnit.class, List.of(write2(pk.unit())));
    m.put(BudgetLine.class, pk.budget().stream().map(Majors::write2).collect(Collectors.toList()));
    m.put(PerformanceAgreement.class, List.of(write2(pk)));
    m.put(AgreementRevisions.class, List.of(write2(AgreementRevisions.of(List.of(pk)))));
    m.put(Realizations.class, List.of(write2(BIRO.realizations())));
    m.put(RoundingPolicy.class, List.of(write2(policy.rounding())));
    m.put(ZeroTargetRule.class, List.of(write2(policy.scoring().zeroTarget())));
    m.put(ScoringPolicy.class, List.of(write2(policy.scoring()), write2(ScoringPolicy.defaults())));
    m.put(ReportPolicy.class, List.of(write2(policy), write2(ReportPolicy.kemensos2020()), write2(ReportPolicy.defaults())));
    return m;
  }

  @Test
  void everyModelTypeIsWrittenAlikeAndReadByTheOtherMajor() {
    Map<Class<?>, List<String>> samples = modelSamples();
    assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(
        Binding.MODEL.stream().map(Binding::type).collect(Collectors.toList()));
    for (Binding<?> b : Binding.MODEL) {
      for (String json : samples.get(b.type())) {
        crosses(b.type(), json);
      }
    }
  }

  private <T> void crosses(Class<T> type, String json) {
    T by2 = read2(json, type);
    T by3 = three.readValue(json, type);
    assertThat(comparable(by3)).as("%s read from %s", type.getSimpleName(), json).isEqualTo(comparable(by2));
    String written2 = write2(by2);
    String written3 = three.writeValueAsString(by3);
    assertThat(written3).as("%s written", type.getSimpleName()).isEqualTo(written2);
    assertThat(comparable(three.readValue(written2, type))).isEqualTo(comparable(by2));
    assertThat(comparable(read2(written3, type))).isEqualTo(comparable(by3));
  }

  /** @return the value, or for the one model type without value equality its versions */
  private static Object comparable(Object value) {
    return value instanceof AgreementRevisions ? ((AgreementRevisions) value).versions() : value;
  }

  @Test
  void everyResultTypeIsTheSameBytesFromBothMajorsAndReadByNeither() {
    ReportResult report = ReportScorer.of(BIRO.settings().policy(BIRO.agreement())).score(BIRO.agreement(), BIRO.realizations());
    GoalResult goal = report.goals().get(0);
    IndicatorResult indicator = goal.indicators().get(0);
    Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
    samples.put(ReportResult.class, List.of(report));
    samples.put(GoalResult.class, List.copyOf(report.goals()));
    samples.put(IndicatorResult.class, List.copyOf(report.indicators()));
    samples.put(Achievement.class, report.indicators().stream().map(IndicatorResult::achievement).collect(Collectors.toList()));
    samples.put(Aggregate.class, List.of(report.overall(), goal.aggregate()));
    samples.put(MetCounts.class, List.of(report.counts()));
    samples.put(Absorption.class, List.of(report.absorption().orElseThrow()));
    samples.put(EfficiencyGap.class, List.of(report.efficiency().orElseThrow()));
    assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(
        ResultForm.ALL.stream().map(ResultForm::type).collect(Collectors.toList()));
    for (ResultForm<?> form : ResultForm.ALL) {
      for (Object value : samples.get(form.type())) {
        String by2 = write2(value);
        assertThat(three.writeValueAsString(value)).as(form.type().getSimpleName()).isEqualTo(by2);
        String refused2 = messageOf(() -> read2(by2, form.type()));
        assertThat(refused2).isEqualTo("(root): " + form.unreadable());
        assertThat(messageOf(() -> three.readValue(by2, form.type()))).isEqualTo(refused2);
      }
    }
    // the golden figures of DOMAIN.md §12 in the pieces: SK1 109.95, indicator 1.1 100.45, 11
    // indicators of which 10 are at or above 100, absorption 99.89 %, efficiency gap 6.62 points
    assertThat(three.readTree(three.writeValueAsString(goal)).get("achievement").asString()).isEqualTo("109.95");
    assertThat(three.readTree(three.writeValueAsString(indicator.achievement())).get("achievement").asString()).isEqualTo("100.45");
    assertThat(three.readTree(three.writeValueAsString(report.counts())).get("total").asInt()).isEqualTo(11);
    assertThat(three.readTree(three.writeValueAsString(report.absorption().orElseThrow())).get("absorption").asString()).isEqualTo("99.89");
    assertThat(three.readTree(three.writeValueAsString(report.efficiency().orElseThrow())).get("gap").asString()).isEqualTo("6.62");
  }

}
