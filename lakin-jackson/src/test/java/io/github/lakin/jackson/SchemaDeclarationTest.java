/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.core.Target;
import io.github.lakin.jackson.schema.ModelSchema;
import io.github.lakin.jackson.schema.ObjectSchema;
import io.github.lakin.jackson.schema.Pointers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The declarations are the one source of field names, and the schema package knows no JSON library. */
class SchemaDeclarationTest {
  private final ObjectMapper mapper = LakinJson.mapper();

  @Test
  void theSchemaPackageImportsNoJacksonType() throws IOException {
    // the schema lives in its own Jackson-free module, lakin-json
    Path dir = Path.of("..", "lakin-json", "src", "main", "java", "io", "github", "lakin", "jackson", "schema");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
      assertThat(sources).hasSizeGreaterThan(5);
      for (Path f : sources) {
        assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString()).doesNotContain("com.fasterxml", "tools.jackson");
      }
    }
  }

  @Test
  void theUnknownFieldErrorListsTheDeclaredFields() {
    Set<Class<?>> forms = Set.of(ExactTarget.class, RangeTarget.class, ComparatorTarget.class, CategoricalTarget.class);
    for (ObjectSchema<?, ?> schema : ModelSchema.objects()) {
      if (forms.contains(schema.type())) {
        continue;
      }
      assertThatThrownBy(() -> mapper.readValue("{\"zzz\":1}", schema.type()))
          .as(schema.type().getSimpleName())
          .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> {
            assertThat(e.getOriginalMessage()).isEqualTo("/zzz: is not a field of " + schema.title() + " (known fields: "
                + String.join(", ", schema.fieldNames()) + ")");
            assertThat(e.getKnownPropertyIds()).containsExactlyElementsOf(schema.fieldNames());
            assertThat(e.getPropertyName()).isEqualTo("zzz");
          });
    }
    assertThatThrownBy(() -> mapper.readValue("{\"zzz\":1}", Target.class))
        .hasMessageStartingWith("/zzz: is not a field of Target (known fields: kind, value, lower, upper, relation, required, scale)");
  }

  @Test
  void pointerSegmentsAreEscaped() {
    assertThat(Pointers.of(List.of("a/b", 0, "m~n"))).isEqualTo("/a~1b/0/m~0n");
    assertThat(Pointers.show("")).isEqualTo("(root)");
  }

  @Test
  void aRealisationKeyedByACodeWithASlashIsNamedByItsEscapedPointer() {
    assertThatThrownBy(() -> mapper.readValue("{\"1/2\":{\"value\":\"x\"}}", io.github.lakin.scoring.aggregate.Realizations.class))
        .hasMessageStartingWith("/1~12/value: must be a decimal");
  }
}
