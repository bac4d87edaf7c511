/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The documentation test itself can fail: wrong claims, wrong output and uncompilable snippets are caught. */
class DocTestHarnessTest {

  private static List<MarkdownBlocks.Block> md(String text) {
    return MarkdownBlocks.parse("t.md", List.of(text.split("\n", -1)));
  }

  @Test
  void aWrongClaimFailsAndARightOnePasses() throws Exception {
    List<MarkdownBlocks.Block> blocks = md(String.join("\n",
        "```java",
        "int four = 2 + 2;                  // → 4",
        "new BigDecimal(\"1.50\").add(BigDecimal.ONE);   // → 2.5   (scale kept: wrong)",
        "String.join(\"-\", List.of(\"a\",",
        "    \"b\"));",
        "    // → \"a-b\"",
        "```",
        "<!-- doc-test: continue -->",
        "```java",
        "Integer.valueOf(four * 2);          // → 8",
        "```"));
    List<JavaSnippets.Snippet> snippets = JavaSnippets.snippets(blocks, "H");
    assertThat(snippets).hasSize(1);
    JavaSnippets.Compiled c = JavaSnippets.compile(snippets);
    assertThat(c.errors.get("H0")).isEmpty();
    SnippetContext run = c.instantiate(snippets.get(0));
    run.run();
    assertThat(run.checks()).isEqualTo(4);
    assertThat(run.failures()).singleElement().asString().startsWith("t.md:3:").contains("2.50");
  }

  @Test
  void aCompileErrorNamesTheMarkdownLine() {
    List<JavaSnippets.Snippet> snippets = JavaSnippets.snippets(md("text\n```java\nint x = 1;\nundefinedName.call();\n```"), "E");
    JavaSnippets.Compiled c = JavaSnippets.compile(snippets);
    assertThat(c.errors.get("E0")).singleElement().asString().startsWith("t.md:4:");
  }

  @Test
  void aClaimWithoutAStatementIsRefused() {
    assertThatThrownBy(() -> JavaSnippets.snippets(md("```java\n// → 4\n```"), "X"))
        .hasMessageContaining("t.md:2");
  }

  @Test
  void outputIsComparedLineByLineWithElision() {
    assertThat(ShellExamples.matches(List.of("a", "…", "d"), List.of("a", "b", "c", "d"))).isTrue();
    assertThat(ShellExamples.matches(List.of("a", "…", "d"), List.of("a", "d"))).isTrue();
    assertThat(ShellExamples.matches(List.of("a", "…", "d"), List.of("a", "b", "c"))).isFalse();
    assertThat(ShellExamples.matches(List.of("a", "b"), List.of("a", "b", "c"))).isFalse();
    assertThat(ShellExamples.matches(List.of("Kode…"), List.of("Kode x"))).isFalse();
  }

  @Test
  void consoleBlocksAreSplitIntoCommandsExitCodesAndOutput() {
    List<ShellExamples.Example> ex = ShellExamples.console(md(
        "```console\n$ ./lakin band sakip 69,31\nsakip: x\n$ lakin audit 'a b.json' --lang en   # exit 1\n…\n```").get(0));
    assertThat(ex).hasSize(2);
    assertThat(ex.get(0).args()).containsExactly("band", "sakip", "69,31");
    assertThat(ex.get(0).expected()).containsExactly("sakip: x");
    assertThat(ex.get(1).args()).containsExactly("audit", "a b.json", "--lang", "en");
    assertThat(ex.get(1).exitCode()).isEqualTo(1);
  }

  @Test
  void aRealCommandWithWrongOutputIsCaught() {
    ShellExamples.Run run = ShellExamples.run(List.of("band", "sakip", "69,31"));
    assertThat(run.exitCode()).isZero();
    assertThat(ShellExamples.matches(List.of("sakip: 69,31 → BB (Sangat Baik)", "…"), ShellExamples.lines(run.output()))).isFalse();
  }
}
