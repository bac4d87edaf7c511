/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BiroPerencanaan2023Test {
  @Test
  void printsTheFiguresOfTheReport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BiroPerencanaan2023.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // DOMAIN.md §12
    assertThat(out).contains("106,51%", "109,95%", "100,67%", "119,79%", "82,96*", "99,95%",
        "10 dari 11 indikator mencapai atau melampaui target", "99,89%", "6,62 poin (efisien)");
  }
}
