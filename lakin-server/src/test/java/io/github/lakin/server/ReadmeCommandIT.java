/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The README's own service examples, after {@code package}: {@code java -jar
 * lakin-server/target/lakin-server.jar} starts the server (with the README's {@code --server.port}
 * option, so that the test needs no free 8080, and {@code java} the JDK running the build); the
 * README's {@code curl} is answered with what the README shows below it (its {@code text} block,
 * each {@code ...} standing for any text, spaces free), which holds the unit's capaian of DOMAIN.md
 * §12, 106.51; and the README's PHP snippet, run by {@code php} with the curl extension, prints
 * what its {@code echo} line's comment says, and, given a document whose value at the pointer its
 * comment names is bad, throws with that pointer. Commands, output and snippet are read from
 * README.md, so a README that drifts from the server fails here.
 *
 * <p>PHP is Debian's {@code php-cli} and {@code php-curl} ({@code .ci/run} installs them); without
 * them the PHP part is skipped with a message, except under CI (the variable {@code CI} set), where
 * it fails. Run by the {@code readme-command} execution in the {@code integration-test} phase, which
 * sets {@code lakin.packaged}.
 */
@EnabledIfSystemProperty(named = "lakin.packaged", matches = "true")
class ReadmeCommandIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  @Timeout(180)
  void theReadmesCommandStartsTheServerAndItsCurlIsAnswered10651() throws Exception {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String start = readme.stream().filter(l -> l.startsWith("java -jar lakin-server/")).findFirst().orElseThrow();
    String curl = curlCommand(readme);
    assertThat(curl).contains("http://127.0.0.1:8080/lakin/score");
    int port = freePort();
    List<String> command = new ArrayList<>(Arrays.asList(start.replaceFirst("#.*", "").trim().split("\\s+")));
    assertThat(command.subList(0, 3)).containsExactly("java", "-jar", "lakin-server/target/lakin-server.jar");
    command.set(0, ProcessHandle.current().info().command().orElse("java"));
    command.add("--server.port=" + port);
    Path log = Files.createTempFile("lakin-server", ".log");
    Process server = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      awaitHealthy(port, server, log);
      Process client = new ProcessBuilder("sh", "-c", curl.replace("127.0.0.1:8080", "127.0.0.1:" + port))
          .directory(ROOT.toFile()).redirectErrorStream(true).start();
      String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(client.waitFor()).as(answer).isZero();
      assertThat(answer).containsPattern("\"schema\"\\s*:\\s*\"lakin-result/1\"")
          .containsPattern("\"overall\"\\s*:\\s*\\{\\s*\"achievement\"\\s*:\\s*\"106.51\"");
      String shown = block(readme, "```text", readme.indexOf(curlFirstLine(readme)));
      assertThat(shown).contains("\"achievement\" : \"106.51\"");
      assertThat(answer).as("the answer to the README's curl, against the output the README shows").matches(shownPattern(shown));
      php(readme, port);
    } finally {
      server.destroy();
      server.waitFor();
      Files.deleteIfExists(log);
    }
  }

  /** @return the first line of the README's curl command */
  private static String curlFirstLine(List<String> readme) {
    return readme.stream().filter(l -> l.startsWith("curl ")).findFirst().orElseThrow();
  }

  /**
   * The body of the first fenced block that opens with {@code fence} after line {@code from}.
   *
   * @return its lines, joined with newlines
   */
  static String block(List<String> readme, String fence, int from) {
    int start = -1;
    for (int i = Math.max(from, 0); i < readme.size(); i++) {
      if (readme.get(i).equals(fence)) {
        start = i + 1;
        break;
      }
    }
    assertThat(start).as("a %s block after line %d of README.md", fence, from + 1).isPositive();
    StringBuilder b = new StringBuilder();
    for (int i = start; !readme.get(i).equals("```"); i++) {
      b.append(readme.get(i)).append('\n');
    }
    return b.toString();
  }

  /**
   * Output as a README shows it, as a pattern: {@code ...} is any text, a run of spaces or line
   * ends is any (or no) white space, everything else is itself.
   */
  static String shownPattern(String shown) {
    StringBuilder p = new StringBuilder("(?s)\\s*");
    String[] parts = shown.strip().split("\\.\\.\\.", -1);
    for (int k = 0; k < parts.length; k++) {
      if (k > 0) {
        p.append(".*?");
      }
      for (String word : parts[k].split("\\s+", -1)) {
        p.append(word.isEmpty() ? "" : java.util.regex.Pattern.quote(word)).append("\\s*");
      }
    }
    return p.toString();
  }

  private static final Path PHP = Path.of("/usr/bin/php");

  /**
   * Runs the README's PHP snippet twice in a directory of its own: beside the example document it
   * prints what its {@code echo} comment says; beside a document whose value at the pointer its
   * comment names is bad, it throws with that pointer.
   */
  private static void php(List<String> readme, int port) throws Exception {
    if (!Files.isExecutable(PHP) || !run(List.of(PHP.toString(), "-r", "exit(function_exists('curl_init') ? 0 : 1);"), ROOT).ok()) {
      String why = PHP + " with the curl extension is not installed (apt-get install php-cli php-curl); the README's PHP snippet was not run";
      if (System.getenv("CI") != null) {
        org.junit.jupiter.api.Assertions.fail("CI is set and " + why);
      }
      org.junit.jupiter.api.Assumptions.abort(why);
    }
    String snippet = block(readme, "```php", 0);
    assertThat(snippet).contains("http://127.0.0.1:8080/lakin/score");
    String code = snippet.replace("127.0.0.1:8080", "127.0.0.1:" + port);
    java.util.regex.Matcher echo = java.util.regex.Pattern.compile("(?m)^echo .*// (\\S+)$").matcher(snippet);
    assertThat(echo.find()).as("the snippet's echo line with its // comment").isTrue();
    java.util.regex.Matcher pointer = java.util.regex.Pattern.compile("\\['pointer'\\] = \"([^\"]+)\"").matcher(snippet);
    assertThat(pointer.find()).as("the snippet's comment naming a pointer").isTrue();
    Path example = ROOT.resolve("lakin-examples/reports/biro-perencanaan-2023.json");
    Path dir = Files.createTempDirectory("lakin-php");
    try {
      Files.copy(example, dir.resolve("biro-perencanaan-2023.json"));
      Run good = run(List.of(PHP.toString(), "-r", code), dir);
      assertThat(good.output()).as("exit %d", good.exit()).isEqualTo(echo.group(1));
      assertThat(good.ok()).isTrue();
      // the second indicator of the first goal is 1.2, target "81": "delapan" is no number
      assertThat(pointer.group(1)).isEqualTo("/goals/0/indicators/1/target");
      String json = Files.readString(example, StandardCharsets.UTF_8);
      assertThat(json).contains("\"code\": \"1.2\", \"name\": \"Indeks Perencanaan Pembangunan\", \"unit\": \"indeks\", \"target\": \"81\"");
      Files.writeString(dir.resolve("biro-perencanaan-2023.json"), json.replace("\"target\": \"81\"", "\"target\": \"delapan\""));
      Run bad = run(List.of(PHP.toString(), "-d", "display_errors=stdout", "-r", code), dir);
      assertThat(bad.ok()).as(bad.output()).isFalse();
      assertThat(bad.output()).contains("Uncaught RuntimeException: " + pointer.group(1) + ": ").contains("delapan");
    } finally {
      try (java.util.stream.Stream<Path> files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  /** A finished process: its exit code and its standard output and error together. */
  record Run(int exit, String output) {
    boolean ok() {
      return exit == 0;
    }
  }

  private static Run run(List<String> command, Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  /** @return the README's curl command, its continuation lines joined */
  private static String curlCommand(List<String> readme) {
    StringBuilder command = new StringBuilder();
    boolean in = false;
    for (String line : readme) {
      if (line.startsWith("curl ")) {
        in = true;
      }
      if (in) {
        String t = line.trim();
        command.append(t.endsWith("\\") ? t.substring(0, t.length() - 1) : t).append(' ');
        if (!t.endsWith("\\")) {
          break;
        }
      }
    }
    return command.toString().trim();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void awaitHealthy(int port, Process server, Path log) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("the server stopped: " + Files.readString(log));
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the server did not become healthy within 120 s: " + Files.readString(log));
  }
}
