/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.aggregate.RoundingStage;
import io.github.lakin.scoring.audit.Auditor;
import io.github.lakin.spring.web.LakinEndpoints;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The auto-configuration: beans, the policy from properties, failures that name the property, back-off. */
class LakinAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, LakinAutoConfiguration.class));

  @Test
  void providesTheBeansByTheDefaultPolicy() {
    runner.run(ctx -> {
      assertThat(ctx).hasSingleBean(ReportPolicy.class).hasSingleBean(Scorer.class).hasSingleBean(ReportScorer.class)
          .hasSingleBean(Auditor.class).hasSingleBean(ReportService.class).doesNotHaveBean(LakinEndpoints.class);
      assertThat(ctx.getBean(ReportPolicy.class)).isEqualTo(ReportPolicy.defaults());
      assertThat(ctx.getBean(ReportScorer.class).policy()).isEqualTo(ReportPolicy.defaults());
    });
  }

  @Test
  void presetsAreNamedAndPropertiesOverrideThem() {
    runner.withPropertyValues("lakin.preset=kemensos-2020").run(ctx ->
        assertThat(ctx.getBean(ReportPolicy.class)).isEqualTo(ReportPolicy.kemensos2020()));
    runner.withPropertyValues("lakin.preset=biro-perencanaan-2023").run(ctx ->
        assertThat(ctx.getBean(ReportPolicy.class)).isEqualTo(ReportPolicy.biroPerencanaan2023()));
    runner.withPropertyValues("lakin.preset=kemensos-2020", "lakin.cap=110", "lakin.floor=none", "lakin.aggregate=flat",
        "lakin.rounding.scale=3", "lakin.rounding.mode=half-even", "lakin.rounding.stage=each-level",
        "lakin.provisional=exclude", "lakin.missing=fail", "lakin.zero-target.both-zero=undefined",
        "lakin.zero-target.nonzero=100").run(ctx -> {
          ReportPolicy p = ctx.getBean(ReportPolicy.class);
          assertThat(p.name()).isEqualTo("kemensos-2020");
          assertThat(p.scoring().limits().maximum()).contains(new BigDecimal("110"));
          assertThat(p.scoring().limits().floor()).isEmpty();
          assertThat(p.shape()).isEqualTo(AggregationShape.FLAT);
          assertThat(p.rounding().scale()).isEqualTo(3);
          assertThat(p.rounding().mode()).isEqualTo(RoundingMode.HALF_EVEN);
          assertThat(p.roundingStage()).isEqualTo(RoundingStage.EACH_LEVEL);
          assertThat(p.provisional()).isEqualTo(ProvisionalRule.EXCLUDE);
          assertThat(p.missing()).isEqualTo(MissingRule.FAIL);
          assertThat(p.scoring().zeroTarget().whenBothZero()).isEmpty();
          assertThat(p.scoring().zeroTarget().whenRealizationNonZero()).isPresent();
        });
  }

  @Test
  void theScorerBeanAppliesTheConfiguredCap() {
    runner.withPropertyValues("lakin.cap=120").run(ctx -> {
      Indicator i = Indicator.of("3.1", "SPM", MeasureUnit.percent(), Target.exact(new BigDecimal("50")));
      assertThat(ctx.getBean(Scorer.class).score(i, Realization.of("95.83")).rounded()).contains(new BigDecimal("120.00"));
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lakin.preset=kemensos-2021 | lakin.preset",
      "lakin.cap=-5 | lakin.cap",
      "lakin.cap=1e9 | lakin.cap",
      "lakin.floor=abc | lakin.floor",
      "lakin.aggregate=median | lakin.aggregate",
      "lakin.rounding.scale=11 | lakin.rounding.scale",
      "lakin.rounding.mode=unnecessary | lakin.rounding.mode",
      "lakin.rounding.stage=never | lakin.rounding.stage",
      "lakin.provisional=maybe | lakin.provisional",
      "lakin.missing=zero | lakin.missing",
      "lakin.zero-target.both-zero=lots | lakin.zero-target.both-zero",
      "lakin.zero-target.nonzero=-1 | lakin.zero-target.nonzero"})
  void aBadValueStopsStartupNamingTheProperty(String setting, String property) {
    runner.withPropertyValues(setting).run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause().hasMessageStartingWith(property + " ");
    });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    runner.withBean(ReportPolicy.class, ReportPolicy::kemensos2020).withPropertyValues("lakin.preset=nonsense").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx.getBean(ReportScorer.class).policy()).isEqualTo(ReportPolicy.kemensos2020());
    });
    runner.withBean("mine", ReportScorer.class, () -> ReportScorer.of(ReportPolicy.kemensos2020())).run(ctx ->
        assertThat(ctx.getBean(ReportScorer.class).policy()).isEqualTo(ReportPolicy.kemensos2020()));
  }

  @Test
  void bootsJsonMapperReadsAndWritesTheModel() {
    runner.run(ctx -> {
      JsonMapper mapper = ctx.getBean(JsonMapper.class);
      String json = mapper.writeValueAsString(ReportPolicy.kemensos2020());
      assertThat(json).contains("\"kemensos-2020\"").contains("\"120\"");
      assertThat(mapper.readValue(json, ReportPolicy.class)).isEqualTo(ReportPolicy.kemensos2020());
    });
  }

  @Test
  void theEndpointsNeedTheirPropertyAndAServletApplication() {
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, LakinAutoConfiguration.class));
    web.run(ctx -> assertThat(ctx).doesNotHaveBean(LakinEndpoints.class));
    web.withPropertyValues("lakin.web.enabled=true").run(ctx -> assertThat(ctx).hasSingleBean(LakinEndpoints.class));
    runner.withPropertyValues("lakin.web.enabled=true").run(ctx -> assertThat(ctx).doesNotHaveBean(LakinEndpoints.class));
  }

  @Test
  void theBodyBoundMustBeBelowTomcatsReadTimeout() {
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, LakinAutoConfiguration.class))
        .withPropertyValues("lakin.web.enabled=true", "lakin.web.body-timeout-millis=5000");
    web.withPropertyValues("server.tomcat.connection-timeout=5s").run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause()
          .hasMessage("lakin.web.body-timeout-millis (5000) must be less than server.tomcat.connection-timeout (5000 ms)");
    });
    web.withPropertyValues("server.tomcat.connection-timeout=6s").run(ctx -> assertThat(ctx).hasNotFailed());
  }
}
