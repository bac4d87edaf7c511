/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public class, interface and record of the library modules says in its Javadoc whether it
 * may be shared between threads (enums and exceptions are immutable by nature and left out).
 */
class ThreadSafetyDocsTest {
  private static final List<String> LIBRARY = List.of("lakin-core", "lakin-scoring", "lakin-json", "lakin-jackson",
      "lakin-jackson3", "lakin-report");
  private static final Pattern TYPE = Pattern.compile(
      "(/\\*\\*(?:(?!\\*/).)*?\\*/)\\s*(?:@[^\\n]*\\n)*public\\s+(?:abstract |final |sealed |non-sealed )*"
          + "(class|interface|enum|record|@interface)\\s+(\\w+)", Pattern.DOTALL);

  @Test
  void everyPublicTypeSaysWhetherItIsThreadSafe() throws IOException {
    List<String> silent = new ArrayList<>();
    int checked = 0;
    for (String module : LIBRARY) {
      try (Stream<Path> files = Files.walk(Path.of(module, "src", "main", "java"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String name = f.getFileName().toString();
          if (name.equals("package-info.java") || name.equals("module-info.java") || f.toString().contains("internal")) {
            continue;
          }
          Matcher m = TYPE.matcher(Files.readString(f, StandardCharsets.UTF_8));
          if (!m.find() || m.group(2).equals("enum") || m.group(2).equals("@interface") || m.group(3).endsWith("Exception")) {
            continue;
          }
          checked++;
          if (!m.group(1).toLowerCase(java.util.Locale.ROOT).contains("thread")) {
            silent.add(f.toString());
          }
        }
      }
    }
    assertThat(checked).as("public types found").isGreaterThan(100);
    assertThat(silent).as("public types whose Javadoc does not say whether threads may share them").isEmpty();
  }
}
