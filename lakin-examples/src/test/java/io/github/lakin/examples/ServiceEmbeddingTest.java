/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.examples.ServiceEmbedding.ScoreRequest;
import io.github.lakin.jackson.LakinJson;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceEmbeddingTest {
  private final ObjectMapper mapper = LakinJson.mapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private ServiceEmbedding service;

  @BeforeEach
  void start() throws IOException {
    service = ServiceEmbedding.start(0);
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void scoresThe2023Report() throws Exception {
    HttpResponse<String> response = post(service.uri(), ServiceEmbedding.exampleRequest());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(response.body()).contains("\"106.51\"");
    // DOMAIN.md §12
    JsonNode json = mapper.readTree(response.body());
    assertThat(json.at("/overall/achievement").asText()).isEqualTo("106.51");
    assertThat(json.at("/goals/0/achievement").asText()).isEqualTo("109.95");
    assertThat(json.at("/goals/3/achievement").asText()).isEqualTo("100.67");
    assertThat(json.at("/counts/met").asInt()).isEqualTo(10);
    assertThat(json.at("/counts/total").asInt()).isEqualTo(11);
    assertThat(json.at("/budget/absorption").asText()).isEqualTo("99.89");
    assertThat(json.at("/budget/efficiencyGap").asText()).isEqualTo("6.62");
    assertThat(json.at("/policy").asText()).isEqualTo("biro-perencanaan-2023");
  }

  @Test
  void theBundledRequestIsTheModelOfBiroPerencanaan2023() throws Exception {
    ScoreRequest request = mapper.readValue(ServiceEmbedding.exampleRequest(), ScoreRequest.class);
    assertThat(request.agreement()).isEqualTo(BiroPerencanaan2023.agreement());
    assertThat(request.realizations().asMap()).isEqualTo(BiroPerencanaan2023.realizations());   // Realizations has no equals()
    assertThat(request.policy()).isEqualTo(ReportPolicy.biroPerencanaan2023());
  }

  @Test
  void onceModePostsTheReportAndPrintsTheResponse() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ServiceEmbedding.once(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("→ HTTP 200", "\"achievement\" : \"106.51\"");
  }

  @Test
  void withoutAPolicyTheDefaultsApply() throws Exception {
    String body = "{\"agreement\":" + agreementJson("80") + ",\"realizations\":{\"1\":{\"value\":\"84\"}}}";
    HttpResponse<String> response = post(service.uri(), body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = mapper.readTree(response.body());
    assertThat(json.at("/policy").asText()).isEqualTo("default");
    assertThat(json.at("/overall/achievement").asText()).isEqualTo("105.00");   // 84 / 80 × 100
  }

  @Test
  void badJsonGets400NamingThePath() throws Exception {
    String body = "{\"agreement\":" + agreementJson("\"abc\"") + ",\"realizations\":{}}";
    HttpResponse<String> response = post(service.uri(), body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(mapper.readTree(response.body()).get("error").asText())
        .startsWith("/agreement/goals/0/indicators/0/target/value: ").contains("abc");
  }

  @Test
  void aRealisationOfAnUnknownIndicatorGets400() throws Exception {
    String body = "{\"agreement\":" + agreementJson("80") + ",\"realizations\":{\"9.9\":{\"value\":\"1\"}}}";
    HttpResponse<String> response = post(service.uri(), body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(mapper.readTree(response.body()).get("error").asText()).contains("9.9");
  }

  @Test
  void aMissingAgreementGets400() throws Exception {
    HttpResponse<String> response = post(service.uri(), "{\"realizations\":{}}".getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("agreement");
  }

  @Test
  void nullAndEmptyAndNonJsonBodiesGet400() throws Exception {
    for (byte[] body : new byte[][] {"null".getBytes(StandardCharsets.UTF_8), new byte[0], "[]".getBytes(StandardCharsets.UTF_8),
        "{\"agreement\":".getBytes(StandardCharsets.UTF_8), {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, "42".getBytes(StandardCharsets.UTF_8)}) {
      HttpResponse<String> response = post(service.uri(), body);
      assertThat(response.statusCode()).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(400);
      assertThat(mapper.readTree(response.body()).get("error").asText()).isNotBlank();
    }
  }

  @Test
  void slowClientsDoNotStopOthers() throws Exception {
    java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        java.net.Socket s = new java.net.Socket(service.uri().getHost(), service.uri().getPort());
        s.getOutputStream().write(("POST " + ServiceEmbedding.PATH + " HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"agreement\":")
            .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      long t0 = System.nanoTime();
      HttpResponse<String> response = post(service.uri(), ServiceEmbedding.exampleRequest());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"106.51\"");
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(ServiceEmbedding.READ_TIMEOUT_MILLIS);
      // and a slow one is answered 408, or its connection closed, once its time is up (not left open)
      slow.get(0).setSoTimeout(ServiceEmbedding.READ_TIMEOUT_MILLIS * 3);
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(slow.get(0).getInputStream(), StandardCharsets.US_ASCII)).readLine();
      assertThat(status == null || status.contains("408")).as(String.valueOf(status)).isTrue();
    } finally {
      for (java.net.Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void onlyPostIsAllowed() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(service.uri()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void aBodyOverTheLimitGets413() throws Exception {
    byte[] body = new byte[ServiceEmbedding.MAX_BODY_BYTES + 1];
    Arrays.fill(body, (byte) ' ');
    assertThat(post(service.uri(), body).statusCode()).isEqualTo(413);
  }

  @Test
  void eachServerIsItsOwnInstance() throws Exception {
    try (ServiceEmbedding other = ServiceEmbedding.start(0)) {
      assertThat(other.uri()).isNotEqualTo(service.uri());
      assertThat(post(other.uri(), ServiceEmbedding.exampleRequest()).body()).contains("\"106.51\"");
      assertThat(post(service.uri(), ServiceEmbedding.exampleRequest()).body()).contains("\"106.51\"");
    }
    // closing the other leaves this one serving
    assertThat(post(service.uri(), ServiceEmbedding.exampleRequest()).statusCode()).isEqualTo(200);
  }

  /** A one-indicator agreement whose target value is the given JSON. */
  private static String agreementJson(String targetValue) {
    return "{\"unit\":{\"code\":\"X\",\"name\":\"Unit X\",\"level\":\"ESELON_II\"},\"year\":2023,\"effectiveDate\":\"2023-01-02\","
        + "\"goals\":[{\"code\":\"S1\",\"name\":\"Sasaran\",\"indicators\":[{\"code\":\"1\",\"name\":\"Persentase\",\"unit\":\"%\","
        + "\"target\":{\"kind\":\"exact\",\"value\":" + targetValue + "}}]}]}";
  }

  private HttpResponse<String> post(URI uri, byte[] body) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
