/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.lakin.core.text.InvalidTextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of {@code lakin-report/2} in docs/ and the reader cannot drift apart: at every
 * object of the form, the schema's properties are exactly the fields the reader accepts (the reader
 * names them when it refuses an unknown one).
 */
class ReportSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String UNKNOWN = "zzUnknownField";

  private static JsonNode schema() throws IOException {
    return MAPPER.readTree(Files.readString(Path.of("..", "docs", "lakin-report-2.schema.json")));
  }

  private static ObjectNode minimal() throws IOException {
    return (ObjectNode) MAPPER.readTree("{\"schema\": \"lakin-report/2\", \"year\": 2023, \"goals\": [{\"code\": \"S1\", \"indicators\": "
        + "[{\"code\": \"1.1\", \"unit\": \"%\", \"target\": \"80\", \"realisasi\": \"88\"}]}]}");
  }

  private static ObjectNode indicator(ObjectNode doc) {
    return (ObjectNode) doc.get("goals").get(0).get("indicators").get(0);
  }

  /** The fields the reader allows where {@code change} puts an unknown one, from its error message. */
  private static Set<String> allowed(Consumer<ObjectNode> change) throws IOException {
    ObjectNode doc = minimal();
    change.accept(doc);
    String json = doc.toString();
    try {
      JsonReportReader.read("t.json", json);
    } catch (InvalidTextException e) {
      String m = e.getMessage();
      assertThat(m).contains(UNKNOWN).contains("unknown field; allowed here: ");
      String list = m.substring(m.indexOf("allowed here: ") + "allowed here: ".length()).strip();
      return Arrays.stream(list.split(",\\s*")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }
    throw new AssertionError("the reader took an unknown field: " + json);
  }

  private static Set<String> properties(JsonNode objectSchema) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = objectSchema.get("properties").fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void everyObjectOfTheSchemaHasExactlyTheFieldsTheReaderTakes() throws IOException {
    JsonNode s = schema();
    JsonNode p = s.get("properties");
    JsonNode goal = p.get("goals").get("items");
    JsonNode ind = goal.get("properties").get("indicators").get("items");
    assertThat(allowed(d -> d.put(UNKNOWN, 1))).isEqualTo(properties(s));
    assertThat(allowed(d -> d.putObject("unit").put("code", "U").put(UNKNOWN, 1))).isEqualTo(properties(p.get("unit")));
    assertThat(allowed(d -> d.putObject("policy").put(UNKNOWN, 1))).isEqualTo(properties(p.get("policy")));
    assertThat(allowed(d -> ((ObjectNode) d.get("goals").get(0)).put(UNKNOWN, 1))).isEqualTo(properties(goal));
    assertThat(allowed(d -> indicator(d).put(UNKNOWN, 1))).isEqualTo(properties(ind));
    assertThat(allowed(d -> indicator(d).putObject("printedElsewhere").put(UNKNOWN, 1)))
        .isEqualTo(properties(ind.get("properties").get("printedElsewhere")));
    assertThat(allowed(d -> {
      indicator(d).put("consolidation", "SUM");
      indicator(d).putArray("periods").addObject().put("period", "TW I").put(UNKNOWN, 1);
    })).isEqualTo(properties(s.get("$defs").get("period")));
    assertThat(allowed(d -> indicator(d).putArray("components").addObject().put("code", "A").put(UNKNOWN, 1)))
        .isEqualTo(properties(s.get("$defs").get("component")));
    assertThat(allowed(d -> d.putArray("budget").addObject().put("code", "A").put(UNKNOWN, 1)))
        .isEqualTo(properties(s.get("$defs").get("budgetLine")));
    assertThat(allowed(d -> d.putObject("budget").put(UNKNOWN, 1))).isEqualTo(properties(p.get("budget").get("oneOf").get(2)));
    assertThat(allowed(d -> d.putObject("printed").put(UNKNOWN, 1))).isEqualTo(properties(p.get("printed")));
  }

  @Test
  void theSchemaNamesItsVersionAndTheRequiredFields() throws IOException {
    JsonNode s = schema();
    assertThat(s.get("properties").get("schema").get("const").asText()).isEqualTo(JsonReportReader.SCHEMA_2);
    assertThat(s.get("required").toString()).contains("schema").contains("goals");
    assertThat(s.get("additionalProperties").asBoolean()).isFalse();
  }
}
