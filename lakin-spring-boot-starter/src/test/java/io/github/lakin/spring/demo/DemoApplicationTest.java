/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Boot 4 application that adds the starter scores the bundled report (DOMAIN.md §12) through its
 * own endpoint, over real HTTP, and gets 106.51; bad bodies get problem details naming the pointer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"lakin.web.enabled=true", "lakin.web.max-body-bytes=100000", "lakin.preset=kemensos-2020"})
class DemoApplicationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  JsonMapper mapper;

  static byte[] example() throws IOException {
    try (InputStream in = DemoApplicationTest.class.getResourceAsStream("/io/github/lakin/spring/biro-perencanaan-2023.json")) {
      return in.readAllBytes();
    }
  }

  private HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void scoresTheExampleReportThroughItsOwnEndpoint() throws Exception {
    HttpResponse<String> r = post("/lakin/score", example());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode result = mapper.readTree(r.body());
    assertThat(result.get("schema").asString()).isEqualTo("lakin-result/1");
    assertThat(result.get("overall").get("achievement").asString()).isEqualTo("106.51");
    List<String> goals = List.of("109.95", "100.00", "119.79", "100.67");
    for (int g = 0; g < goals.size(); g++) {
      assertThat(result.get("goals").get(g).get("achievement").asString()).isEqualTo(goals.get(g));
    }
    assertThat(result.get("budget").get("absorption").asString()).isEqualTo("99.89");
    assertThat(result.get("budget").get("efficiencyGap").asString()).isEqualTo("6.62");
  }

  @Test
  void theConfiguredPolicyIsUsedOnRequest() throws Exception {
    // kemensos-2020: cap 120 and the mean of goal means
    JsonNode result = mapper.readTree(post("/lakin/score?policy=configured", example()).body());
    assertThat(result.get("overall").get("achievement").asString()).isNotEqualTo("106.51");
  }

  @Test
  void auditsThePrintedFigures() throws Exception {
    HttpResponse<String> r = post("/lakin/audit?lang=en", example());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode audit = mapper.readTree(r.body());
    assertThat(audit.get("findings").size()).isGreaterThan(11);
    assertThat(audit.get("mismatches").asInt()).isEqualTo(audit.get("clean").asBoolean() ? 0 : audit.get("mismatches").asInt());
  }

  private JsonNode problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = mapper.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    return p;
  }

  @Test
  void everyBadBodyIsAProblemNamingThePointer() throws Exception {
    String example = new String(example(), StandardCharsets.UTF_8);
    assertThat(problem(post("/lakin/score", "null".getBytes(StandardCharsets.UTF_8)), 400).get("detail").asString()).contains("null");
    assertThat(problem(post("/lakin/score", new byte[0]), 400).get("pointer").asString()).isEmpty();
    assertThat(problem(post("/lakin/score", "{\"schema\":".getBytes(StandardCharsets.UTF_8)), 400).get("detail").asString()).contains("not JSON");
    assertThat(problem(post("/lakin/score", new byte[100_001]), 413).get("title").asString()).isEqualTo("Body too large");
    String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(problem(post("/lakin/score", deep.getBytes(StandardCharsets.UTF_8)), 400).get("detail").asString()).contains("nesting");
    String huge = example.replaceFirst("\"year\": 2023", "\"year\": " + "9".repeat(999));
    assertThat(problem(post("/lakin/score", huge.getBytes(StandardCharsets.UTF_8)), 400).get("pointer").asString()).isEqualTo("/year");
    String hugeText = example.replaceFirst("\"realisasi\": \"69,31\"", "\"realisasi\": \"" + "9".repeat(999) + "\"");
    assertThat(problem(post("/lakin/score", hugeText.getBytes(StandardCharsets.UTF_8)), 400).get("pointer").asString())
        .isEqualTo("/goals/0/indicators/0/realisasi");
    String exponent = example.replaceFirst("\"year\": 2023", "\"year\": 1e999999999");
    assertThat(problem(post("/lakin/score", exponent.getBytes(StandardCharsets.UTF_8)), 400).get("pointer").asString()).isEqualTo("/year");
    String badTarget = example.replaceFirst("\"target\": \"81\"", "\"target\": \"delapan puluh\"");
    JsonNode p = problem(post("/lakin/score", badTarget.getBytes(StandardCharsets.UTF_8)), 400);
    assertThat(p.get("pointer").asString()).isEqualTo("/goals/0/indicators/1/target");
    assertThat(p.get("detail").asString()).contains("delapan puluh");
    assertThat(problem(post("/lakin/score?lang=fr", example()), 400).get("detail").asString()).contains("lang");
  }

  @Test
  void aSlowClientDoesNotStopOthers() throws Exception {
    try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = slow.getOutputStream();
      out.write("POST /lakin/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"schema\":"
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      HttpResponse<String> r = post("/lakin/score", example());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"106.51\"");
    }
  }
}
