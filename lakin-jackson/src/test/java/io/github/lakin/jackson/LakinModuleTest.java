/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.core.Period;
import io.github.lakin.core.Target;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The module's registration and the ready mapper. */
class LakinModuleTest {

  @Test
  void theModuleIsFoundByTheServiceLoader() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(LakinModule.class.getName());
    assertThat(mapper.writeValueAsString(Period.quarter(2023, 2))).isEqualTo("\"TW II 2023\"");
  }

  @Test
  void theModuleKnowsItsNameAndVersion() {
    LakinModule module = new LakinModule();
    assertThat(module.getModuleName()).isEqualTo("lakin");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.lakin");
    assertThat(module.version().getArtifactId()).isEqualTo("lakin-jackson");
    assertThat(module.version().getMajorVersion()).isGreaterThanOrEqualTo(0);
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void eachMapperIsNewAndStrict() throws IOException {
    ObjectMapper a = LakinJson.mapper();
    ObjectMapper b = LakinJson.mapper();
    assertThat(a).isNotSameAs(b);
    a.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(b.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(b.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)).isTrue();
    assertThat(b.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(b.readValue("{\"kind\":\"exact\",\"value\":\"1\"}", Target.class)).isEqualTo(Target.exact(BigDecimal.ONE));
  }

  @Test
  void registeringTheModuleTwiceIsHarmless() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LakinModule()).registerModule(new LakinModule());
    assertThat(mapper.getRegisteredModuleIds()).hasSize(1);
    assertThat(mapper.readValue("\"2023\"", Period.class)).isEqualTo(Period.year(2023));
  }
}
