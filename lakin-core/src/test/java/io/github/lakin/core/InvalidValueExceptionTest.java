/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {
  @Test
  void ofComposesTheMessageFromTheProblem() {
    InvalidValueException e = InvalidValueException.of("target", new BigDecimal("-1.50"), "must be >= 0");
    assertThat(e).hasMessage("target must be >= 0, but was -1.50");
    assertThat(e.field()).isEqualTo("target");
    assertThat(e.value()).isEqualTo("-1.50");
  }

  @Test
  void ofQuotesTextAndSaysAbsentForNull() {
    assertThat(InvalidValueException.of("code", "x y", "must not contain spaces")).hasMessage("code must not contain spaces, but was \"x y\"");
    InvalidValueException absent = InvalidValueException.of("weight", null, "must be given");
    assertThat(absent).hasMessage("weight must be given, but was absent");
    assertThat(absent.value()).isNull();
  }

  @Test
  void withMessageKeepsTheWholeMessage() {
    InvalidValueException e = InvalidValueException.withMessage("cap.floor", new BigDecimal("130"), "cap.floor 130 must not exceed cap.maximum 120");
    assertThat(e).hasMessage("cap.floor 130 must not exceed cap.maximum 120");
    assertThat(e.field()).isEqualTo("cap.floor");
    assertThat(e.value()).isEqualTo("130");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theDeprecatedConstructorMeansWithMessage() {
    InvalidValueException viaConstructor = new InvalidValueException("f", 7, "f is wrong: 7");
    InvalidValueException viaFactory = InvalidValueException.withMessage("f", 7, "f is wrong: 7");
    assertThat(viaConstructor).hasMessage(viaFactory.getMessage());
    assertThat(viaConstructor.field()).isEqualTo(viaFactory.field());
    assertThat(viaConstructor.value()).isEqualTo("7");
  }
}
