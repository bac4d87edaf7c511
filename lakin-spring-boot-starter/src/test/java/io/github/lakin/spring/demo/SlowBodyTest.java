/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that does not send its whole body within lakin.web.body-timeout-millis (1 s here) is
 * answered 408 with a problem detail, a 4xx and not a 5xx, and is not left hanging: with Tomcat's
 * read timeout at 1 s, the answer comes within 1 s + 1 s (+ start-up slack), not never.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"lakin.web.enabled=true",
    "lakin.web.body-timeout-millis=1000", "server.tomcat.connection-timeout=3s"})
class SlowBodyTest {
  @LocalServerPort
  int port;

  @Test
  @Timeout(20)
  void aBodyThatDoesNotArriveInTimeIsA408ProblemDetail() throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /lakin/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
          + "{\"schema\":\"lakin-report/1\",").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      String answer = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json").contains("\"title\":\"Body too slow\"")
          .contains("did not arrive within 1000 ms");
      assertThat(millis).as("ms until the answer").isBetween(900L, 6_000L);
    }
  }

  private static byte[] readAll(InputStream in) throws java.io.IOException {
    // Tomcat closes the connection after a 408, so the answer ends at end of stream
    return in.readAllBytes();
  }
}
