/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The documentation, run: every {@code java} block of README.md and docs/*.md is compiled and run
 * and its {@code // → value} claims asserted; every {@code console} block's {@code $ lakin …}
 * command is run and its output compared with the one shown. The conventions are in CONTRIBUTING.md.
 * Surefire runs this module's tests in the repository root (see the module's pom), the directory
 * the documented commands are run from.
 */
class DocumentationTest {
  /** Blocks marked {@code <!-- doc-test: fragment -->}, not compiled; keep this number small. */
  private static final int MAX_FRAGMENTS = 2;

  private static final List<MarkdownBlocks.Block> blocks = new ArrayList<>();

  @BeforeAll
  static void read() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    assertThat(root.resolve("lakin-examples/pom.xml")).as("tests run in the repository root").exists();
    blocks.addAll(MarkdownBlocks.read(root.resolve("README.md"), "README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      for (Path p : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        blocks.addAll(MarkdownBlocks.read(p, "docs/" + p.getFileName()));
      }
    }
  }

  private static List<MarkdownBlocks.Block> java() {
    return blocks.stream().filter(b -> b.language().equals("java"))
        .filter(b -> b.directive().filter("fragment"::equals).isEmpty()).toList();
  }

  @TestFactory
  Stream<DynamicTest> javaSnippetsCompileRunAndShowWhatTheCodeGives() {
    List<JavaSnippets.Snippet> snippets = JavaSnippets.snippets(java(), "Doc");
    JavaSnippets.Compiled compiled = JavaSnippets.compile(snippets);
    assertThat(compiled.errors.getOrDefault("(no snippet)", List.of())).isEmpty();
    return snippets.stream().map(s -> dynamicTest(s.where(), () -> {
      assertThat(compiled.errors.get(s.name)).as("compiler errors of the snippet at " + s.where()).isEmpty();
      SnippetContext run = compiled.instantiate(s);
      run.run();
      assertThat(run.failures()).as("claims of the snippet at " + s.where()).isEmpty();
    }));
  }

  @Test
  void everyJavaBlockIsRunOrAFewAreMarkedFragments() {
    List<String> fragments = blocks.stream().filter(b -> b.language().equals("java"))
        .filter(b -> b.directive().filter("fragment"::equals).isPresent()).map(MarkdownBlocks.Block::where).toList();
    assertThat(fragments).as("java blocks marked as fragments").hasSizeLessThanOrEqualTo(MAX_FRAGMENTS);
    assertThat(java()).as("java blocks that are run").hasSizeGreaterThanOrEqualTo(10);
    assertThat(blocks.stream().filter(b -> b.directive().isPresent())
        .filter(b -> !List.of("fragment", "continue").contains(b.directive().get())).map(MarkdownBlocks.Block::where))
        .as("unknown doc-test directives").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> consoleExamplesPrintWhatTheyShow() {
    List<ShellExamples.Example> examples = new ArrayList<>();
    for (MarkdownBlocks.Block b : blocks) {
      if (b.language().equals("console")) {
        examples.addAll(ShellExamples.console(b));
      } else if (b.language().equals("sh")) {
        examples.addAll(ShellExamples.shClaims(b));
      }
    }
    return examples.stream().map(e -> dynamicTest(e.where() + " lakin " + String.join(" ", e.args()), () -> {
      ShellExamples.Run run = ShellExamples.run(e.args());
      assertThat(run.exitCode()).as("exit code of " + e.where() + "; it printed:\n" + run.output()).isEqualTo(e.exitCode());
      List<String> printed = ShellExamples.lines(run.output());
      if (e.expected() != null) {
        assertThat(ShellExamples.matches(e.expected(), printed))
            .as(e.where() + ": the documentation shows\n" + String.join("\n", e.expected()) + "\nbut the command prints\n"
                + String.join("\n", printed))
            .isTrue();
      } else {
        assertThat(printed).as(e.where() + ": a line containing \"" + e.contains() + "\"")
            .anySatisfy(l -> assertThat(l).contains(e.contains()));
      }
    }));
  }

  @Test
  void everyShownCommandWithOutputIsInAConsoleBlock() {
    List<String> wrong = blocks.stream().filter(b -> !b.language().equals("console"))
        .filter(b -> b.lines().stream().anyMatch(l -> l.startsWith("$ ")))
        .map(b -> b.where() + " (" + (b.language().isEmpty() ? "no language" : b.language()) + ")").toList();
    assertThat(wrong).as("blocks with '$ ' commands must be console blocks, so that they are run").isEmpty();
  }
}
