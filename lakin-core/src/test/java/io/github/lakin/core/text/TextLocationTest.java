/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class TextLocationTest {

  @Test
  void printsLikeACompiler() {
    assertThat(TextLocation.of("report.csv", 7, 3).toString()).isEqualTo("report.csv:7:3");
    assertThat(TextLocation.of("report.csv", 7).toString()).isEqualTo("report.csv:7");
    assertThat(TextLocation.of("argument --pagu").toString()).isEqualTo("argument --pagu");
  }

  @Test
  void accessors() {
    TextLocation l = TextLocation.of("report.csv", 7, 3);
    assertThat(l.source()).isEqualTo("report.csv");
    assertThat(l.line()).hasValue(7);
    assertThat(l.column()).hasValue(3);
    assertThat(TextLocation.of("x", 2).column()).isEmpty();
    assertThat(TextLocation.of("x").line()).isEmpty();
    assertThat(TextLocation.of("x").column()).isEmpty();
  }

  @Test
  void isAValue() {
    assertThat(TextLocation.of("a.csv", 1, 2)).isEqualTo(TextLocation.of("a.csv", 1, 2));
    assertThat(TextLocation.of("a.csv", 1, 2).hashCode()).isEqualTo(TextLocation.of("a.csv", 1, 2).hashCode());
    assertThat(TextLocation.of("a.csv", 1, 2)).isNotEqualTo(TextLocation.of("a.csv", 1, 3));
    assertThat(TextLocation.of("a.csv", 1)).isNotEqualTo(TextLocation.of("a.csv"));
    assertThat(TextLocation.of("a.csv")).isNotEqualTo(TextLocation.of("b.csv"));
  }

  @Test
  void refusesBlankSourceAndNonPositivePositions() {
    assertThatThrownBy(() -> TextLocation.of(" ")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("location.source");
    assertThatThrownBy(() -> TextLocation.of("a.csv", 0, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("location.line").hasMessageContaining("0");
    assertThatThrownBy(() -> TextLocation.of("a.csv", 1, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("location.column");
    assertThatThrownBy(() -> TextLocation.of("a.csv", -1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void exceptionsWithLocationsSerialize() throws Exception {
    InvalidTextException e = new InvalidTextException("1.2.3,4", TextLocation.of("report.csv", 7, 3), "a number", "bad");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidTextException back = (InvalidTextException) in.readObject();
      assertThat(back.getMessage()).isEqualTo("report.csv:7:3: cannot read \"1.2.3,4\" as a number: bad");
      assertThat(back.location()).isEqualTo(TextLocation.of("report.csv", 7, 3));
      assertThat(back.text()).isEqualTo("1.2.3,4");
    }
  }
}
