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
 * The README's own two commands, after {@code package}: {@code java -jar
 * lakin-server/target/lakin-server.jar} starts the server (with the README's {@code --server.port}
 * option, so that the test needs no free 8080, and {@code java} the JDK running the build), and the
 * README's {@code curl} is answered with the unit's capaian of DOMAIN.md §12, 106.51. Both commands
 * are read from README.md, so a README that drifts from the server fails here. Run by the
 * {@code readme-command} execution in the {@code integration-test} phase, which sets {@code
 * lakin.packaged}.
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
    } finally {
      server.destroy();
      server.waitFor();
      Files.deleteIfExists(log);
    }
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
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
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
