/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.jackson.LakinJson;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Contoh layanan penilaian kinerja: Lakin embedded in a small HTTP service, with the JDK's own
 * {@link HttpServer} and lakin-jackson. {@code POST /capaian} takes a performance agreement and its
 * realisations as JSON ({@link ScoreRequest}) and answers with the scored {@link ReportResult} as
 * JSON; bad input gets a 400 whose message names the JSON path or the field ({@code null} and an
 * empty body included), a body over {@link #MAX_BODY_BYTES} 413, and a client that does not send its
 * body within {@link #READ_TIMEOUT_MILLIS} 408, so slow clients cannot hold the {@link #THREADS}
 * handler threads for long. It needs nothing but the JDK and lakin-jackson; {@code lakin-server} is
 * the same service on Spring Boot, with more bounds.
 *
 * <p>Each {@code ServiceEmbedding} is its own server with its own mapper; nothing is static or
 * shared, so a test can start several on port 0. It listens on the loopback address only: a real
 * deployment chooses its address, and adds authentication, TLS and logging.
 *
 * <p>Run it with {@code ./mvnw -q -pl lakin-examples exec:java
 * -Dexec.mainClass=io.github.lakin.examples.ServiceEmbedding} (port 8080, or
 * {@code -Dexec.args=9090}); stop it with Ctrl-C. {@code -Dexec.args=--once} starts it on a free
 * port, posts the 2023 report of DOMAIN.md §12 and prints the response.
 */
public final class ServiceEmbedding implements AutoCloseable {
  /** The endpoint's path. */
  public static final String PATH = "/capaian";
  /** The largest request body accepted, in bytes (1 MiB); a larger one gets 413. */
  public static final int MAX_BODY_BYTES = 1 << 20;
  /** Handler threads; a slow client holds one for at most {@link #READ_TIMEOUT_MILLIS}. */
  public static final int THREADS = 32;
  /** The longest a client may take to send its body; a slower one gets 408 and its connection is closed. */
  public static final int READ_TIMEOUT_MILLIS = 5_000;
  /** The bundled request: the 2023 report of DOMAIN.md §12, the same figures as {@link BiroPerencanaan2023}. */
  public static final String EXAMPLE_REQUEST = "biro-perencanaan-2023-request.json";

  /**
   * Permintaan penilaian (score request): the JSON body of {@code POST /capaian}, in the format of
   * {@link io.github.lakin.jackson.LakinModule}:
   * {@code {"policy": {...}, "agreement": {...}, "realizations": {"1.1": {"value": "69.31"}, ...}}}.
   *
   * @param policy the report policy; optional, {@link ReportPolicy#defaults()} when left out
   * @param agreement the performance agreement (PK) in force; required
   * @param realizations the realisations by indicator code; required
   */
  public record ScoreRequest(ReportPolicy policy, PerformanceAgreement agreement, Realizations realizations) {}

  private final ObjectMapper mapper = LakinJson.mapper();
  private final HttpServer server;
  private final ExecutorService executor;
  // reads request bodies, so that a handler can stop waiting for a slow client; at most one read per handler thread
  private final ExecutorService readers = Executors.newFixedThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "body-reader");
    t.setDaemon(true);
    return t;
  });

  private ServiceEmbedding(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server on the loopback address.
   *
   * @param port the port; 0 for any free port
   * @return the running server; {@link #close()} it
   * @throws IOException if the port cannot be bound
   */
  public static ServiceEmbedding start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    ServiceEmbedding service = new ServiceEmbedding(server, executor);
    server.createContext(PATH, service::handle);
    server.setExecutor(executor);
    server.start();
    return service;
  }

  /** Returns the endpoint's address, e.g. {@code http://127.0.0.1:8080/capaian}. */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + PATH);
  }

  /** Stops the server at once and releases its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    readers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Reply reply;
      try {
        reply = reply(exchange);
      } catch (RuntimeException e) {
        reply = new Reply(500, error("internal error"));   // a bug, not bad input: a real service logs it
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(reply.status(), reply.json().length);
      exchange.getResponseBody().write(reply.json());
    }
  }

  /** A response: the HTTP status and the JSON body. */
  @SuppressWarnings("ArrayRecordComponent") // a private carrier, never compared or hashed
  private record Reply(int status, byte[] json) {}

  private Reply reply(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      return new Reply(405, error("use POST with a JSON score request"));
    }
    byte[] body;
    Future<byte[]> read = readers.submit(() -> exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1));
    try {
      body = read.get(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      read.cancel(true);
      exchange.getResponseHeaders().set("Connection", "close");
      return new Reply(408, error("the body did not arrive within " + READ_TIMEOUT_MILLIS + " ms"));
    } catch (ExecutionException e) {
      return new Reply(400, error("the body could not be read"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(503, error("the server is stopping"));
    }
    if (body.length > MAX_BODY_BYTES) {
      return new Reply(413, error("request body larger than " + MAX_BODY_BYTES + " bytes"));
    }
    ReportResult result;
    try {
      ScoreRequest request = body.length == 0 ? null : mapper.readValue(body, ScoreRequest.class);
      if (request == null) {
        // the JSON text null (or nothing at all) is a valid JSON value, but not a score request
        return new Reply(400, error("the body must be one JSON object, a score request, not null or empty"));
      }
      if (request.agreement() == null || request.realizations() == null) {
        return new Reply(400, error("the request needs \"agreement\" and \"realizations\""));
      }
      ReportPolicy policy = request.policy() != null ? request.policy() : ReportPolicy.defaults();
      result = ReportScorer.of(policy).score(request.agreement(), request.realizations());
    } catch (JsonProcessingException e) {
      // bad JSON, or a value the model refuses: the message starts with the JSON path
      return new Reply(400, error(e.getOriginalMessage()));
    } catch (InvalidValueException e) {
      // valid JSON that does not score, e.g. a realisasi for an indicator the agreement lacks
      return new Reply(400, error(e.getMessage()));
    } catch (IOException e) {
      // not JSON at all, e.g. bytes that are not UTF-8
      return new Reply(400, error("the body is not JSON: " + e.getMessage()));
    }
    return new Reply(200, mapper.writeValueAsBytes(result));
  }

  private byte[] error(String message) throws JsonProcessingException {
    return mapper.writeValueAsBytes(Map.of("error", message));
  }

  /** Returns the bundled request {@link #EXAMPLE_REQUEST}. */
  public static byte[] exampleRequest() {
    try (InputStream in = ServiceEmbedding.class.getResourceAsStream(EXAMPLE_REQUEST)) {
      if (in == null) {
        throw new IllegalStateException("resource " + EXAMPLE_REQUEST + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a server on a free port, posts the bundled request as any HTTP client would, prints the
   * response, and stops the server.
   *
   * @param out where to print
   * @throws IOException if the server cannot start or the exchange fails
   * @throws InterruptedException if interrupted while waiting for the response
   */
  public static void once(PrintStream out) throws IOException, InterruptedException {
    try (ServiceEmbedding service = start(0)) {
      HttpRequest request = HttpRequest.newBuilder(service.uri())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(exampleRequest()))
          .build();
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      out.println("POST " + service.uri() + " → HTTP " + response.statusCode());
      ObjectMapper mapper = LakinJson.mapper();
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(response.body())));
    }
  }

  /**
   * Serves the example endpoint, or answers one request with {@code --once}.
   *
   * @param args {@code [port]} (default 8080) to serve until stopped, or {@code --once}
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--once")) {
      once(System.out);
      return;
    }
    ServiceEmbedding service = start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
    Runtime.getRuntime().addShutdownHook(new Thread(service::close));
    System.out.println("Lakin is listening on " + service.uri() + " (Ctrl-C stops it). Try:");
    System.out.println("  curl -s --data-binary @lakin-examples/src/main/resources/io/github/lakin/examples/"
        + EXAMPLE_REQUEST + " " + service.uri());
  }
}
