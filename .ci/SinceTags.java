import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code @since} tag of every public top-level type of the published modules. Run from the
 * repository's root with the JDK's single-file launcher:
 *
 * <pre>
 * java .ci/SinceTags.java --check          # lists types without Javadoc or @since; exit 1 if any
 * java .ci/SinceTags.java --add 0.1.0      # adds "@since 0.1.0" to each that has Javadoc but no @since
 * </pre>
 *
 * <p>A type that already has {@code @since} keeps it, so {@code --add} with the version being
 * released tags exactly the types that are new in it. A public type without Javadoc is reported,
 * never given an empty comment.
 */
public final class SinceTags {
  /** The published modules (README, Status); lakin-server, lakin-examples and lakin-benchmarks are not. */
  static final List<String> PUBLISHED = List.of("lakin-core", "lakin-scoring", "lakin-json", "lakin-jackson",
      "lakin-jackson3", "lakin-report", "lakin-cli", "lakin-spring-boot-starter");

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public\\s+((abstract|final|sealed|non-sealed|strictfp)\\s+)*(class|interface|enum|record|@interface)\\s+\\w+.*");

  public static void main(String[] args) throws IOException {
    boolean add = args.length == 2 && args[0].equals("--add") && args[1].matches("\\d+\\.\\d+\\.\\d+");
    if (!add && !(args.length == 1 && args[0].equals("--check"))) {
      System.err.println("usage: java .ci/SinceTags.java --check | --add X.Y.Z");
      System.exit(2);
    }
    List<String> missing = new ArrayList<>();
    int types = 0;
    int added = 0;
    for (String module : PUBLISHED) {
      Path root = Path.of(module, "src", "main", "java");
      if (!Files.isDirectory(root)) {
        missing.add(module + ": no " + root);
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : files) {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
          if (!PUBLIC_TYPE.matcher(lines.get(i)).matches()) {
            continue;
          }
          types++;
          int end = javadocEnd(lines, i);
          if (end < 0) {
            missing.add(file + ":" + (i + 1) + ": public type without Javadoc");
            continue;
          }
          int start = end;
          while (start >= 0 && !lines.get(start).trim().startsWith("/**")) {
            start--;
          }
          if (String.join("\n", lines.subList(start, end + 1)).contains("@since")) {
            continue;
          }
          if (!add) {
            missing.add(file + ":" + (i + 1) + ": public type without @since");
            continue;
          }
          i += addSince(lines, start, end, args[1]);
          changed = true;
          added++;
        }
        if (changed) {
          Files.write(file, lines, StandardCharsets.UTF_8);
        }
      }
    }
    missing.forEach(m -> System.out.println("  " + m));
    System.out.printf("@since: %d public types in %d published modules, %d tagged now, %d without%n",
        types, PUBLISHED.size(), added, missing.size());
    System.exit(missing.isEmpty() ? 0 : 1);
  }

  /** The line that closes the type's Javadoc, above its annotations; -1 if it has none. */
  private static int javadocEnd(List<String> lines, int typeLine) {
    for (int j = typeLine - 1; j >= 0; j--) {
      String t = lines.get(j).trim();
      if (t.endsWith("*/")) {
        int k = j;
        while (k >= 0 && !lines.get(k).trim().startsWith("/*")) {
          k--;
        }
        return k >= 0 && lines.get(k).trim().startsWith("/**") ? j : -1;
      }
      if (t.isEmpty() || t.endsWith(";") || t.endsWith("}")) {
        return -1;
      }
      // an annotation line, a line of its arguments, or a line comment among them
    }
    return -1;
  }

  /** Adds the tag before the comment's end; returns the number of lines added. */
  private static int addSince(List<String> lines, int start, int end, String version) {
    String tag = " * @since " + version;
    String closing = lines.get(end);
    if (start == end) {
      // /** One line. */
      String body = closing.trim().replaceFirst("^/\\*\\*\\s*", "").replaceFirst("\\s*\\*/$", "");
      lines.set(end, "/**");
      lines.addAll(end + 1, List.of(" * " + body, " *", tag, " */"));
      return 4;
    }
    if (!closing.trim().equals("*/")) {
      // " * last words */"
      lines.set(end, closing.replaceFirst("\\s*\\*/\\s*$", ""));
      lines.addAll(end + 1, List.of(" *", tag, " */"));
      return 3;
    }
    boolean afterBlockTag = lines.get(end - 1).trim().startsWith("* @");
    List<String> insert = afterBlockTag ? List.of(tag) : List.of(" *", tag);
    lines.addAll(end, insert);
    return insert.size();
  }
}
