/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import io.github.lakin.cli.LakinCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code console} blocks of the documentation: each {@code $ ./lakin ARGS} line is run in
 * process ({@link LakinCommand#run}, working directory the repository root) and its standard
 * output followed by its standard error must be the lines after it, up to the next {@code $} line.
 * A line that is only {@code …} stands for any number of lines. A trailing {@code # exit N} gives
 * the expected exit code (0 otherwise). In {@code sh} blocks, a command line ending in
 * {@code # → TEXT} is run too, and one line of its output must contain TEXT.
 */
final class ShellExamples {
  static final String ELISION = "…";
  private static final Pattern COMMAND = Pattern.compile("^(?:\\./)?lakin(?:\\s+(.*))?$");
  private static final Pattern EXIT = Pattern.compile("^exit (\\d+)$");

  private ShellExamples() {}

  /**
   * One command with what the documentation shows.
   *
   * @param where file and line of the command
   * @param args the arguments after {@code lakin}
   * @param exitCode the expected exit code
   * @param expected the lines shown, or null for a {@code # →} claim
   * @param contains the text of a {@code # →} claim, or null
   */
  record Example(String where, List<String> args, int exitCode, List<String> expected, String contains) {}

  /** What a command printed. */
  record Run(int exitCode, String output) {}

  static List<Example> console(MarkdownBlocks.Block b) {
    List<Example> out = new ArrayList<>();
    List<String> lines = b.lines();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      String where = b.file() + ":" + (b.firstLine() + i);
      if (!line.startsWith("$ ")) {
        throw new IllegalStateException(where + ": a console block must start each command with '$ '");
      }
      StringBuilder command = new StringBuilder(line.substring(2));
      while (command.toString().endsWith("\\")) {
        command.setLength(command.length() - 1);
        command.append(' ').append(lines.get(++i).strip());
      }
      i++;
      List<String> expected = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).startsWith("$ ")) {
        expected.add(lines.get(i));
        i++;
      }
      out.add(example(where, command.toString(), expected, null));
    }
    return out;
  }

  static List<Example> shClaims(MarkdownBlocks.Block b) {
    List<Example> out = new ArrayList<>();
    List<String> lines = b.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int claim = line.indexOf("# →");
      if (claim < 0) {
        continue;
      }
      String where = b.file() + ":" + (b.firstLine() + i);
      String command = line.substring(0, claim).strip();
      if (!COMMAND.matcher(command).matches()) {
        throw new IllegalStateException(where + ": '# →' after a line that is not a lakin command");
      }
      out.add(example(where, command, null, line.substring(claim + 3).strip()));
    }
    return out;
  }

  private static Example example(String where, String command, List<String> expected, String contains) {
    int exit = 0;
    int hash = command.indexOf(" #");
    if (hash >= 0) {
      Matcher m = EXIT.matcher(command.substring(hash + 2).strip());
      if (!m.matches()) {
        throw new IllegalStateException(where + ": the only comment a console command may carry is '# exit N'");
      }
      exit = Integer.parseInt(m.group(1));
      command = command.substring(0, hash).strip();
    }
    Matcher c = COMMAND.matcher(command.strip());
    if (!c.matches()) {
      throw new IllegalStateException(where + ": only lakin commands can be run, not: " + command);
    }
    return new Example(where, words(c.group(1) == null ? "" : c.group(1), where), exit, expected, contains);
  }

  /** Splits a command line into words as a POSIX shell does for plain and quoted words. */
  static List<String> words(String s, String where) {
    List<String> out = new ArrayList<>();
    StringBuilder w = null;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else {
          w.append(ch);
        }
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
        w = w == null ? new StringBuilder() : w;
      } else if (Character.isWhitespace(ch)) {
        if (w != null) {
          out.add(w.toString());
          w = null;
        }
      } else if ("|&;<>$`*?".indexOf(ch) >= 0) {
        throw new IllegalStateException(where + ": shell syntax '" + ch + "' in a documented command");
      } else {
        w = w == null ? new StringBuilder() : w;
        w.append(ch);
      }
    }
    if (quote != 0) {
      throw new IllegalStateException(where + ": unclosed quote");
    }
    if (w != null) {
      out.add(w.toString());
    }
    return out;
  }

  static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = LakinCommand.run(args.toArray(String[]::new), o, e);
    }
    return new Run(code, out.toString() + err);
  }

  /**
   * Returns whether they agree.
   *
   * @param expected the lines shown, where a line {@code …} stands for any number of lines
   * @param actual the lines printed
   * @return whether they agree
   */
  static boolean matches(List<String> expected, List<String> actual) {
    return matches(expected, 0, actual, 0);
  }

  private static boolean matches(List<String> e, int i, List<String> a, int j) {
    if (i == e.size()) {
      return j == a.size();
    }
    if (e.get(i).strip().equals(ELISION)) {
      for (int k = j; k <= a.size(); k++) {
        if (matches(e, i + 1, a, k)) {
          return true;
        }
      }
      return false;
    }
    return j < a.size() && e.get(i).equals(a.get(j)) && matches(e, i + 1, a, j + 1);
  }

  /** Returns the printed text as lines, without the final line end. */
  static List<String> lines(String text) {
    List<String> l = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    }
    return l;
  }
}
