/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The server as shipped: its own properties, health, the OpenAPI document, and the README's curl. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LakinServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void isHealthy() throws Exception {
    HttpResponse<String> r = get("/actuator/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"UP\"");
  }

  @Test
  void publishesItsOpenApiDocument() throws Exception {
    HttpResponse<String> r = get("/v3/api-docs");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"openapi\"").contains("/lakin/score").contains("/lakin/audit").contains("Lakin scoring service");
  }

  @Test
  void answersTheReadmesExampleWith10651() throws Exception {
    // the README's curl posts this file as it is in the repository
    Path example = Path.of("..", "lakin-examples", "reports", "biro-perencanaan-2023.json");
    HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/lakin/score"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(example))).build();
    HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).containsPattern("\"schema\"\\s*:\\s*\"lakin-result/1\"").containsPattern("\"overall\"\\s*:\\s*\\{\\s*\"achievement\"\\s*:\\s*\"106.51\"");
    HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(post.uri()).POST(HttpRequest.BodyPublishers.ofString("null")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
  }
}
