/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import io.github.lakin.json.ResultJsonWriter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.jackson.schema.ModelSchema;
import io.github.lakin.jackson.schema.ObjectSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/json.md cannot drift: its field tables are the declarations, its example is the writer's output. */
class JsonDocsTest {
  private static final Path DOC = Path.of("..", "docs", "json.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|", Pattern.MULTILINE);
  private final ObjectMapper mapper = LakinJson.mapper();

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  private static String section(String doc, String heading) {
    int start = doc.indexOf("\n" + heading + "\n");
    assertThat(start).as("docs/json.md has a section %s", heading).isNotNegative();
    int end = doc.length();
    for (String next : List.of("\n### ", "\n## ")) {
      int i = doc.indexOf(next, start + heading.length() + 1);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    return doc.substring(start, end);
  }

  private static List<String> rows(String section) {
    List<String> names = new ArrayList<>();
    Matcher m = ROW.matcher(section);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String sectionName(ObjectSchema<?, ?> schema) {
    Class<?> t = schema.type();
    if (t == ExactTarget.class || t == RangeTarget.class || t == ComparatorTarget.class || t == CategoricalTarget.class) {
      return "Target";
    }
    return t.getSimpleName();
  }

  @Test
  void everyModelTableListsExactlyTheDeclaredFieldsInWritingOrder() throws IOException {
    String doc = doc();
    for (ObjectSchema<?, ?> schema : ModelSchema.objects()) {
      String name = sectionName(schema);
      List<String> documented = rows(section(doc, "### " + name));
      if (name.equals("Target")) {
        assertThat(documented).as("Target").containsExactlyInAnyOrderElementsOf(ModelSchema.TARGET.fieldNames());
      } else {
        assertThat(documented).as(name).containsExactlyElementsOf(schema.fieldNames());
      }
    }
  }

  private String summaryExample() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = mapper.getFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      ResultJsonWriter.write(Biro2023.report(), LakinJson.out(g), false);
    }
    return text.toString();
  }

  @Test
  void theResultExampleIsWhatTheWriterWrites() throws IOException {
    String doc = doc();
    String marker = "<!-- example: biro-perencanaan-2023 -->\n```json\n";
    int start = doc.indexOf(marker);
    assertThat(start).isNotNegative();
    int end = doc.indexOf("\n```", start + marker.length());
    String documented = doc.substring(start + marker.length(), end);
    String written = summaryExample();
    if (!documented.equals(written)) {
      Files.writeString(Path.of("target", "json-example.json"), written, StandardCharsets.UTF_8);
    }
    assertThat(documented).isEqualTo(written);
  }

  private static void names(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!f.equals("id") && !f.equals("en") && !(node.has("kind") && f.equals("relation"))) {
          out.add(f);
        }
        names(node.get(f), out);
      }
    } else if (node.isArray()) {
      node.forEach(e -> names(e, out));
    }
  }

  @Test
  void everyFieldTheResultWriterWritesIsDocumented() throws IOException {
    Set<String> written = new LinkedHashSet<>();
    names(mapper.readTree(mapper.writeValueAsString(Biro2023.report())), written);
    names(mapper.readTree(summaryExample()), written);
    String results = section(doc(), "## 2. Result form `lakin-result/1` (write only)");
    for (String name : written) {
      assertThat(results).as("field %s", name).contains("`" + name + "`");
    }
    assertThat(written).contains("schema", "exact", "explanation", "statement", "absorptionExplanation", "efficiencyGap");
  }
}
