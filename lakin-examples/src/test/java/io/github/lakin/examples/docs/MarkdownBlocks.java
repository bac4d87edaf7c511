/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fenced code blocks of a Markdown file, each with its language, first line and directive. */
final class MarkdownBlocks {
  private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([\\w-]*)\\s*$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*<!--\\s*doc-test:\\s*([\\w-]+)\\s*-->\\s*$");

  private MarkdownBlocks() {}

  /**
   * One fenced block.
   *
   * @param file the file's name as shown in messages, e.g. {@code README.md}
   * @param firstLine the 1-based line of the block's first content line
   * @param language the info string after the fence, {@code ""} when none
   * @param lines the content lines, with the fence's indentation removed
   * @param directive the {@code <!-- doc-test: NAME -->} comment on the line before the fence
   */
  record Block(String file, int firstLine, String language, List<String> lines, Optional<String> directive) {
    String where() {
      return file + ":" + firstLine;
    }
  }

  static List<Block> read(Path path, String name) {
    try {
      return parse(name, Files.readAllLines(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Block> parse(String name, List<String> text) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < text.size()) {
      Matcher open = FENCE.matcher(text.get(i));
      if (!open.matches()) {
        i++;
        continue;
      }
      String indent = open.group(1);
      Optional<String> directive = Optional.empty();
      if (i > 0) {
        Matcher d = DIRECTIVE.matcher(text.get(i - 1));
        if (d.matches()) {
          directive = Optional.of(d.group(1));
        }
      }
      int start = i + 1;
      int end = start;
      while (end < text.size() && !text.get(end).trim().equals("```")) {
        end++;
      }
      if (end == text.size()) {
        throw new IllegalStateException(name + ":" + (i + 1) + ": a code block that is never closed");
      }
      List<String> lines = new ArrayList<>();
      for (String line : text.subList(start, end)) {
        lines.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
      }
      blocks.add(new Block(name, start + 1, open.group(2), List.copyOf(lines), directive));
      i = end + 1;
    }
    return blocks;
  }
}
