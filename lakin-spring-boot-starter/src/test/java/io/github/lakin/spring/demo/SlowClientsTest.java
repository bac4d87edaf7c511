/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * More slow clients than Tomcat has request threads, each holding a request whose body is only
 * half sent, do not stop a normal client: bodies are received without holding a thread. Tomcat has
 * 4 threads here, its read timeout is 60 s and the body bound 50 s, so with blocking reads the
 * normal client could only be answered once slow clients were let go, after 50 s or more. It must
 * be answered (106.51) while every slow client is still waiting for its answer; no figure of speed
 * is asserted, so a busy build machine cannot make this fail. ({@link SlowBodyTest}: what the slow
 * clients themselves are told.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"lakin.web.enabled=true",
    "lakin.web.body-timeout-millis=50000", "server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=1",
    "server.tomcat.connection-timeout=60s"})
class SlowClientsTest {
  private static final int SLOW = 12;
  private static final int THREADS = 4;

  @LocalServerPort
  int port;

  @Test
  @Timeout(120)
  void aNormalClientIsAnsweredWhileMoreSlowClientsThanThreadsHoldHalfSentBodies() throws Exception {
    assertThat(SLOW).isGreaterThan(THREADS);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/lakin/score"))
        .timeout(Duration.ofSeconds(40)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(DemoApplicationTest.example())).build();
    // a first request, so that the one under test pays no start-up cost (servlet, mapper, classes)
    assertThat(http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        OutputStream out = s.getOutputStream();
        out.write(("POST /lakin/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
            + "{\"schema\":\"lakin-report/1\",").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(s);
      }
      // let Tomcat hand every slow request to the endpoint's filter
      Thread.sleep(500);
      HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).contains("\"106.51\"");
      // every slow client is still held, unanswered: the normal one did not get a freed thread
      for (Socket s : slow) {
        s.setSoTimeout(1);
        assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }
}
