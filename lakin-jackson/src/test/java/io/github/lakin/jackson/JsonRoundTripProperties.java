/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Round trips: any valid model value written to JSON and read back is equal to the original. */
class JsonRoundTripProperties {
  private final ObjectMapper mapper = LakinJson.mapper();

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T roundTrip(T value, Class<T> type) {
    return read(write(value), type);
  }

  @Test
  void targetsOfEveryKind() {
    qt().forAll(ModelGens.TARGET).checkAssert(t -> assertThat(roundTrip(t, Target.class)).isEqualTo(t));
  }

  @Test
  void realisationsOfEveryKind() {
    qt().forAll(ModelGens.REALIZATION).checkAssert(r -> assertThat(roundTrip(r, Realization.class)).isEqualTo(r));
  }

  @Test
  void periodsOfEveryTypeAreWrittenAsTheirLabel() {
    qt().forAll(ModelGens.PERIOD).checkAssert(p -> {
      assertThat(write(p)).isEqualTo("\"" + p + "\"");
      assertThat(roundTrip(p, Period.class)).isEqualTo(p);
    });
  }

  @Test
  void rationalsTerminatingOrNot() {
    qt().forAll(ModelGens.RATIONAL).checkAssert(r -> {
      String json = write(r);
      assertThat(json).isEqualTo(r.isTerminating() ? "\"" + r.toBigDecimalExact().toPlainString() + "\"" : "\"" + r.numerator() + "/" + r.denominator() + "\"");
      assertThat(read(json, Rational.class)).isEqualTo(r);
    });
  }

  @Test
  void units() {
    qt().forAll(ModelGens.UNIT).checkAssert(u -> assertThat(roundTrip(u, MeasureUnit.class)).isEqualTo(u));
  }

  @Test
  void indicatorsOfEveryTargetKind() {
    qt().forAll(ModelGens.INDICATOR).checkAssert(i -> assertThat(roundTrip(i, Indicator.class)).isEqualTo(i));
  }

  @Test
  void agreementsWithGoalsAndBudgetLines() {
    qt().withExamples(300).forAll(ModelGens.AGREEMENT)
        .checkAssert(pk -> assertThat(roundTrip(pk, PerformanceAgreement.class)).isEqualTo(pk));
  }

  @Test
  void reportPolicies() {
    qt().forAll(ModelGens.REPORT_POLICY).checkAssert(policy -> {
      String json = write(policy);
      PolicyJsonTest.assertSamePolicy(read(json, ReportPolicy.class), policy);
      assertThat(write(read(json, ReportPolicy.class))).isEqualTo(json);
    });
  }

  @Test
  void fieldOrderDoesNotMatter() {
    qt().withExamples(200).forAll(ModelGens.AGREEMENT).checkAssert(pk -> {
      JsonNode reversed = reverse(mapper.valueToTree(pk));
      assertThat(read(reversed.toString(), PerformanceAgreement.class)).isEqualTo(pk);
    });
  }

  @Test
  void writtenJsonHasNoFloatingPointNumbers() {
    Set<String> integerFields = Set.of("year", "n", "total");
    qt().withExamples(300).forAll(ModelGens.AGREEMENT).checkAssert(pk -> {
      try (JsonParser p = mapper.createParser(write(pk))) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          assertThat(t).isNotEqualTo(JsonToken.VALUE_NUMBER_FLOAT);
          if (t == JsonToken.VALUE_NUMBER_INT) {
            assertThat(p.currentName()).isIn(integerFields);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void jsonNumbersAreReadExactlyWithoutBigDecimalForFloats() {
    ObjectMapper plain = JsonMapper.builder().addModule(new LakinModule()).build();
    qt().forAll(ModelGens.SIGNED).checkAssert(d -> {
      try {
        Target fromNumber = plain.readValue("{\"kind\":\"exact\",\"value\":" + d.toPlainString() + "}", Target.class);
        Target fromString = plain.readValue("{\"kind\":\"exact\",\"value\":\"" + d.toPlainString() + "\"}", Target.class);
        assertThat(fromNumber).isEqualTo(fromString);
        assertThat(((ExactTarget) fromNumber).value()).isEqualByComparingTo(d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The same JSON with every object's fields in reverse order. */
  private static JsonNode reverse(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      Collections.reverse(fields);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> f : fields) {
        out.set(f.getKey(), reverse(f.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> out.add(reverse(e)));
      return out;
    }
    return node;
  }
}
