/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring;

import io.github.lakin.jackson3.LakinJackson3Module;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.audit.Auditor;
import io.github.lakin.spring.web.BodyGuard;
import io.github.lakin.spring.web.BodyReadFilter;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import io.github.lakin.spring.web.LakinEndpoints;
import io.github.lakin.spring.web.LakinProblems;
import io.github.lakin.spring.web.WorkLanes;
import io.github.lakin.spring.web.WorkLimiter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Konfigurasi otomatis Lakin (Lakin auto-configuration): a {@link ReportPolicy} from the {@code
 * lakin.*} properties ({@link LakinProperties}, validated by {@link PropertyPolicy}: a bad value
 * stops startup naming the property), {@link Scorer}, {@link ReportScorer}, {@link Auditor} and
 * {@link ReportService} beans by that policy, the Jackson 3 module on Boot's JSON mapper, and, with
 * {@code lakin.web.enabled=true} in a servlet web application, the endpoints {@code POST
 * /lakin/score} and {@code POST /lakin/audit}. Each bean backs off when the application defines its
 * own.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(LakinProperties.class)
public class LakinAutoConfiguration {
  /** Creates the configuration. */
  public LakinAutoConfiguration() {}

  /**
   * Returns the policy they name.
   *
   * @param properties the {@code lakin.*} properties
   * @return the policy they name
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportPolicy lakinReportPolicy(LakinProperties properties) {
    return PropertyPolicy.of(properties);
  }

  /**
   * Returns the indicator scorer of its scoring policy.
   *
   * @param policy the report policy
   * @return the indicator scorer of its scoring policy
   */
  @Bean
  @ConditionalOnMissingBean
  public Scorer lakinScorer(ReportPolicy policy) {
    return Scorer.of(policy.scoring());
  }

  /**
   * Returns the report scorer.
   *
   * @param policy the report policy
   * @return the report scorer
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportScorer lakinReportScorer(ReportPolicy policy) {
    return ReportScorer.of(policy);
  }

  /**
   * Returns the auditor of printed figures.
   *
   * @param policy the report policy
   * @return the auditor of printed figures
   */
  @Bean
  @ConditionalOnMissingBean
  public Auditor lakinAuditor(ReportPolicy policy) {
    return Auditor.of(policy);
  }

  /**
   * Returns the scorer and auditor of lakin-report documents.
   *
   * @param policy the report policy
   * @return the scorer and auditor of lakin-report documents
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportService lakinReportService(ReportPolicy policy) {
    return new ReportService(policy);
  }

  /** Registers the Jackson 3 module with the mapper Spring Boot builds. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JsonMapperBuilderCustomizer.class)
  static class JacksonConfiguration {
    @Bean
    JsonMapperBuilderCustomizer lakinJacksonModule() {
      return builder -> builder.addModule(new LakinJackson3Module());
    }
  }

  /** The endpoints, with {@code lakin.web.enabled=true} in a servlet application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "lakin.web", name = "enabled", havingValue = "true")
  @Import({LakinEndpoints.class, LakinProblems.class})
  static class WebConfiguration {
    @Bean
    @ConditionalOnMissingBean
    BodyGuard lakinBodyGuard(LakinProperties properties) {
      LakinProperties.Web w = properties.getWeb();
      return new BodyGuard(w.getMaxBodyBytes(), w.getMaxDepth(), w.getMaxNumberLength());
    }

    @Bean
    @ConditionalOnMissingBean(name = "lakinBodyReadFilter")
    FilterRegistrationBean<BodyReadFilter> lakinBodyReadFilter(LakinProperties properties, Environment environment) {
      LakinProperties.Web w = properties.getWeb();
      // Tomcat's read timeout must not end a body before lakin's own bound does: a read timed out
      // during a non-blocking read is an error dispatch (500), the body bound a 408
      long read = Binder.get(environment).bind("server.tomcat.connection-timeout", Duration.class).map(Duration::toMillis).orElse(0L);
      if (read > 0 && read <= w.getBodyTimeoutMillis()) {
        throw new IllegalStateException("lakin.web.body-timeout-millis (" + w.getBodyTimeoutMillis()
            + ") must be less than server.tomcat.connection-timeout (" + read + " ms)");
      }
      FilterRegistrationBean<BodyReadFilter> r = new FilterRegistrationBean<>(new BodyReadFilter(w.getMaxBodyBytes(), w.getBodyTimeoutMillis()));
      r.addUrlPatterns("/lakin/score", "/lakin/audit");
      // the second pass brings the received body to the endpoint
      r.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
      r.setAsyncSupported(true);
      // last before the servlet, so the filters before it have run when the body is awaited
      r.setOrder(Ordered.LOWEST_PRECEDENCE);
      return r;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    WorkLanes lakinWorkLanes(LakinProperties properties) {
      LakinProperties.Web w = properties.getWeb();
      return new WorkLanes(new WorkLimiter(w.getMaxConcurrent(), w.getQueue(), w.getTimeoutMillis()),
          new WorkLimiter(w.getHeavyConcurrent(), w.getHeavyQueue(), w.getTimeoutMillis()), w.getHeavyChars());
    }
  }
}
