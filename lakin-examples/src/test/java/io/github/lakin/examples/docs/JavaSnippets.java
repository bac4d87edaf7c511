/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Turns the {@code java} blocks of the documentation into classes, compiles them in memory with
 * {@code javax.tools} and runs them; the convention is described in CONTRIBUTING.md.
 *
 * <p>A block is a list of statements. It becomes the body of {@code run()} in a subclass of
 * {@link SnippetContext} (whose fields are the shared fixtures) with the imports of
 * {@link #IMPORTS}. A statement followed by {@code // → VALUE} (on its last line, or on a comment
 * line right after it) claims that {@code String.valueOf} of its value (or, for a declaration, of
 * the declared variable) is {@code VALUE}: a Java string literal, or the text up to two spaces or
 * the end of the line.
 */
final class JavaSnippets {
  /** The imports every snippet gets: the public packages of every module, and the JDK's usual ones. */
  static final List<String> IMPORTS = List.of(
      "io.github.lakin.core.*", "io.github.lakin.core.text.*",
      "io.github.lakin.scoring.*", "io.github.lakin.scoring.aggregate.*", "io.github.lakin.scoring.audit.*",
      "io.github.lakin.scoring.band.*", "io.github.lakin.scoring.budget.*", "io.github.lakin.scoring.bulk.*",
      "io.github.lakin.scoring.index.*",
      "io.github.lakin.jackson.*", "io.github.lakin.json.*", "io.github.lakin.report.*", "io.github.lakin.report.render.*",
      "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
      "com.fasterxml.jackson.core.JsonGenerator",
      "java.io.*", "java.math.BigDecimal", "java.math.RoundingMode", "java.nio.file.*", "java.time.LocalDate",
      "java.util.*", "io.github.lakin.examples.*",
      // names in two of the packages above: the library's wins
      "io.github.lakin.core.Period");

  private static final String PACKAGE = "lakin.doctest";
  private static final Pattern DECLARATION =
      Pattern.compile("^\\s*(?:final\\s+)?(?:var|boolean|byte|char|short|int|long|float|double|[A-Z][\\w.]*(?:<[^=;]*>)?(?:\\[\\])*)\\s+([a-z]\\w*)\\s*=(?!=)");

  private JavaSnippets() {}

  /** One snippet: one or more blocks (a block marked {@code continue} joins the one before). */
  static final class Snippet {
    final String name;
    final List<MarkdownBlocks.Block> blocks = new ArrayList<>();
    /** the Markdown location of each generated source line, 1-based; null for generated lines */
    final List<String> origin = new ArrayList<>();
    String source = "";

    Snippet(String name) {
      this.name = name;
    }

    String where() {
      return blocks.get(0).where();
    }

    String className() {
      return PACKAGE + "." + name;
    }
  }

  /** A compiled set of snippets: classes by name, and the errors of each snippet. */
  static final class Compiled {
    final Map<String, byte[]> classes = new HashMap<>();
    final Map<String, List<String>> errors = new LinkedHashMap<>();

    /**
     * Returns a new instance of its class, ready to run.
     *
     * @param s a snippet of this set
     * @return a new instance of its class, ready to run
     */
    SnippetContext instantiate(Snippet s) throws ReflectiveOperationException {
      ClassLoader loader = new ClassLoader(JavaSnippets.class.getClassLoader()) {
        @Override
        protected Class<?> findClass(String n) throws ClassNotFoundException {
          byte[] b = classes.get(n);
          if (b == null) {
            throw new ClassNotFoundException(n);
          }
          return defineClass(n, b, 0, b.length);
        }
      };
      return (SnippetContext) loader.loadClass(s.className()).getDeclaredConstructor().newInstance();
    }
  }

  /** Groups blocks into snippets: a block marked {@code continue} is appended to the one before. */
  static List<Snippet> snippets(List<MarkdownBlocks.Block> javaBlocks, String prefix) {
    List<Snippet> out = new ArrayList<>();
    for (MarkdownBlocks.Block b : javaBlocks) {
      if (b.directive().filter("continue"::equals).isPresent()) {
        if (out.isEmpty()) {
          throw new IllegalStateException(b.where() + ": 'continue' with no java block before it");
        }
        out.get(out.size() - 1).blocks.add(b);
      } else {
        Snippet s = new Snippet(prefix + out.size());
        s.blocks.add(b);
        out.add(s);
      }
    }
    for (Snippet s : out) {
      generate(s);
    }
    return out;
  }

  static void generate(Snippet s) {
    StringBuilder src = new StringBuilder();
    List<String> origin = s.origin;
    origin.clear();
    line(src, origin, null, "package " + PACKAGE + ";");
    for (String i : IMPORTS) {
      line(src, origin, null, "import " + i + ";");
    }
    line(src, origin, null, "public final class " + s.name + " extends " + SnippetContext.class.getName() + " {");
    line(src, origin, null, "  public " + s.name + "() throws Exception {}");
    line(src, origin, null, "  @Override public void run() throws Exception {");
    for (MarkdownBlocks.Block b : s.blocks) {
      List<String> body = withChecks(b);
      for (int i = 0; i < body.size(); i++) {
        line(src, origin, b.file() + ":" + (b.firstLine() + i), body.get(i));
      }
    }
    line(src, origin, null, "  }");
    line(src, origin, null, "}");
    s.source = src.toString();
  }

  private static void line(StringBuilder src, List<String> origin, String where, String text) {
    src.append(text).append('\n');
    origin.add(where);
  }

  /**
   * The block's lines with each claim turned into a call of {@link SnippetContext#docTestCheck}; one
   * output line per input line, so compiler messages point at the Markdown line.
   */
  static List<String> withChecks(MarkdownBlocks.Block b) {
    List<String> lines = new ArrayList<>(b.lines());
    Scanner scan = new Scanner();
    Map<Integer, Integer> starts = new HashMap<>();
    int depth = 0;
    int start = -1;
    int lastEnd = -1;
    boolean lastEndChecked = true;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      Scanner.Line l = scan.line(raw);
      String code = l.code.strip();
      String where = b.file() + ":" + (b.firstLine() + i);
      if (code.isEmpty()) {
        if (l.comment != null && l.comment.startsWith("→")) {
          if (lastEnd < 0 || lastEndChecked) {
            throw new IllegalStateException(where + ": a claim '// →' with no statement before it");
          }
          lines.set(lastEnd, claim(lines, starts.get(lastEnd), lastEnd, l.comment, where));
          lastEndChecked = true;
        }
        continue;
      }
      if (start < 0) {
        start = i;
      }
      depth += l.depth;
      if (depth == 0 && (code.endsWith(";") || code.endsWith("}"))) {
        boolean statement = code.endsWith(";");
        if (l.comment != null && l.comment.startsWith("→")) {
          if (!statement) {
            throw new IllegalStateException(where + ": a claim '// →' after a block, not a statement");
          }
          lines.set(i, claim(lines, start, i, l.comment, where));
          lastEndChecked = true;
        } else {
          lastEndChecked = !statement;
        }
        starts.put(i, start);
        lastEnd = i;
        start = -1;
      } else if (l.comment != null && l.comment.startsWith("→")) {
        throw new IllegalStateException(where + ": a claim '// →' inside a statement or a block");
      }
    }
    return lines;
  }

  /** Rewrites the statement on lines [start, end] so that it checks its value; returns the new last line. */
  private static String claim(List<String> lines, int start, int end, String comment, String where) {
    String value = claimedValue(comment.substring(1).strip(), where);
    String literal = javaLiteral(value);
    String lineRef = javaLiteral(where);
    StringBuilder statement = new StringBuilder();
    for (int k = start; k <= end; k++) {
      statement.append(new Scanner().line(lines.get(k)).code).append('\n');
    }
    Matcher decl = DECLARATION.matcher(statement);
    String last = lines.get(end);
    int semi = new Scanner().line(last).code.lastIndexOf(';');
    if (decl.find()) {
      return last.substring(0, semi + 1) + " docTestCheck(" + decl.group(1) + ", " + literal + ", " + lineRef + ");"
          + last.substring(semi + 1);
    }
    String first = lines.get(start);
    int indent = first.length() - first.stripLeading().length();
    if (start == end) {
      String body = first.substring(indent, semi);
      return first.substring(0, indent) + "docTestCheck(" + body + ", " + literal + ", " + lineRef + ");" + first.substring(semi + 1);
    }
    lines.set(start, first.substring(0, indent) + "docTestCheck(" + first.substring(indent));
    return last.substring(0, semi) + ", " + literal + ", " + lineRef + ");" + last.substring(semi + 1);
  }

  /**
   * Returns the claimed value: a Java string literal's content, or the text up to two spaces.
   *
   * @param text what follows the arrow
   * @return the claimed value: a Java string literal's content, or the text up to two spaces
   */
  static String claimedValue(String text, String where) {
    if (text.startsWith("\"")) {
      StringBuilder v = new StringBuilder();
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length()) {
          char n = text.charAt(++i);
          v.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
        } else if (c == '"') {
          return v.toString();
        } else {
          v.append(c);
        }
      }
      throw new IllegalStateException(where + ": the claimed string is not closed: " + text);
    }
    int gap = text.indexOf("  ");
    String v = gap < 0 ? text : text.substring(0, gap);
    if (v.isEmpty()) {
      throw new IllegalStateException(where + ": '// →' with no value");
    }
    return v;
  }

  static String javaLiteral(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /**
   * Compiles every snippet in one javac run against the test class path; when some do not compile
   * (javac then writes no class at all), the others are compiled again without them.
   */
  static Compiled compile(List<Snippet> snippets) {
    Compiled all = compileTogether(snippets);
    List<Snippet> good = snippets.stream().filter(s -> all.errors.get(s.name).isEmpty()).toList();
    if (good.size() < snippets.size() && !good.isEmpty()) {
      all.classes.putAll(compileTogether(good).classes);
    }
    return all;
  }

  private static Compiled compileTogether(List<Snippet> snippets) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Compiled result = new Compiled();
    StandardJavaFileManager std = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
    JavaFileManager files = new ForwardingJavaFileManager<>(std) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
              @Override
              public void close() {
                result.classes.put(className, toByteArray());
              }
            };
          }
        };
      }
    };
    List<JavaFileObject> units = new ArrayList<>();
    Map<JavaFileObject, Snippet> bySource = new HashMap<>();
    for (Snippet s : snippets) {
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///" + s.className().replace('.', '/') + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return s.source;
        }
      };
      units.add(unit);
      bySource.put(unit, s);
      result.errors.put(s.name, new ArrayList<>());
    }
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> options = List.of("-classpath", classPath, "-proc:none", "-encoding", "UTF-8", "-Xlint:none",
        "-implicit:none", "-d", new File(System.getProperty("java.io.tmpdir")).getPath());
    javac.getTask(null, files, diagnostics, options, null, units).call();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Snippet s = bySource.get(d.getSource());
      if (s == null) {
        result.errors.computeIfAbsent("(no snippet)", k -> new ArrayList<>()).add(d.getMessage(Locale.ROOT));
        continue;
      }
      long line = d.getLineNumber();
      String where = line >= 1 && line <= s.origin.size() && s.origin.get((int) line - 1) != null
          ? s.origin.get((int) line - 1) : s.where() + " (generated line " + line + ")";
      result.errors.get(s.name).add(where + ": " + d.getMessage(Locale.ROOT));
    }
    return result;
  }

  /** Splits a line into code and its trailing {@code //} comment, across block comments and strings. */
  static final class Scanner {
    private boolean inBlockComment;

    static final class Line {
      String code = "";
      String comment;
      int depth;
    }

    Line line(String s) {
      Line l = new Line();
      StringBuilder code = new StringBuilder();
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (inBlockComment) {
          if (s.startsWith("*/", i)) {
            inBlockComment = false;
            i += 2;
            code.append("  ");
          } else {
            i++;
            code.append(' ');
          }
          continue;
        }
        if (s.startsWith("/*", i)) {
          inBlockComment = true;
          i += 2;
          code.append("  ");
          continue;
        }
        if (s.startsWith("//", i)) {
          l.comment = s.substring(i + 2).strip();
          break;
        }
        if (c == '"' || c == '\'') {
          int j = i + 1;
          while (j < s.length() && s.charAt(j) != c) {
            j += s.charAt(j) == '\\' ? 2 : 1;
          }
          code.append(s, i, Math.min(j + 1, s.length()));
          i = j + 1;
          continue;
        }
        if (c == '(' || c == '{' || c == '[') {
          l.depth++;
        } else if (c == ')' || c == '}' || c == ']') {
          l.depth--;
        }
        code.append(c);
        i++;
      }
      l.code = code.toString();
      return l;
    }
  }
}
