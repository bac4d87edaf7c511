/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import io.github.lakin.jackson.schema.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round trips through the schema engine alone, over a token list instead of a JSON library: any
 * valid model value written by its declaration and read back by the same declaration is equal to
 * the original, and reading ends on the value's last token.
 */
class SchemaRoundTripProperties {
  private static <T> T roundTrip(Kind<T> kind, T value) {
    try {
      Tokens tokens = new Tokens();
      kind.write(value, tokens);
      JsonIn in = tokens.in();
      T read = kind.read(in, new Reading(List.of(), true));
      assertThat(in.toString()).isEqualTo("at the last token");
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void holds(Kind<T> kind, Gen<T> values) {
    qt().forAll(values).checkAssert(v -> assertThat(roundTrip(kind, v)).isEqualTo(v));
  }

  @Test
  void targets() {
    holds(ModelSchema.TARGET, ModelGensAccess.TARGET);
  }

  @Test
  void realisations() {
    holds(ModelSchema.REALIZATION, ModelGensAccess.REALIZATION);
  }

  @Test
  void units() {
    holds(ModelSchema.UNIT, ModelGensAccess.UNIT);
  }

  @Test
  void capRules() {
    holds(ModelSchema.CAP_RULE, ModelGensAccess.CAP_RULE);
  }

  @Test
  void indicators() {
    holds(ModelSchema.INDICATOR, ModelGensAccess.INDICATOR);
  }

  @Test
  void orgUnits() {
    holds(ModelSchema.ORG_UNIT, ModelGensAccess.ORG_UNIT);
  }

  @Test
  void agreements() {
    qt().withExamples(200).forAll(ModelGensAccess.AGREEMENT)
        .checkAssert(pk -> assertThat(roundTrip(ModelSchema.AGREEMENT, pk)).isEqualTo(pk));
  }

  @Test
  void periodsAndRationals() {
    holds(Kinds.PERIOD, ModelGensAccess.PERIOD);
    holds(Kinds.RATIONAL, ModelGensAccess.RATIONAL);
  }

  @Test
  void reportPoliciesKeepEveryWrittenField() {
    qt().forAll(ModelGensAccess.REPORT_POLICY).checkAssert(p -> {
      try {
        Tokens first = new Tokens();
        ModelSchema.REPORT_POLICY.write(p, first);
        Tokens second = new Tokens();
        ModelSchema.REPORT_POLICY.write(roundTrip(ModelSchema.REPORT_POLICY, p), second);
        assertThat(second.entries).isEqualTo(first.entries);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
