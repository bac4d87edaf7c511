/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Beban layanan (service load): a bounded load test of a running lakin-server over loopback, with
 * the JDK's HTTP client on a fixed pool (no virtual threads on Java 17). Each phase runs for a fixed
 * number of seconds; the whole run takes about six phases of that length.
 *
 * <ol>
 *   <li>the bundled example report (11 indicators), many clients: throughput, p50/p95/p99;
 *   <li>a generated 10,000-indicator report, few clients: the same figures;
 *   <li>bad bodies ({@code null}, oversized, deeply nested, 999-digit numbers, ...): every status,
 *       none may be 5xx;
 *   <li>slow clients holding partial requests while others score the example: their latency, and
 *       when the server closes the slow connections;
 *   <li>heavy requests in progress while others score the example: their latency, and the 503s.
 * </ol>
 *
 * <pre>
 * java -cp lakin-benchmarks/target/classes io.github.lakin.benchmarks.ServiceLoad \
 *     http://127.0.0.1:8080 lakin-examples/reports/biro-perencanaan-2023.json 5
 * </pre>
 */
public final class ServiceLoad {
  /** Slow clients, each holding a partial request: -Dslow=N (default 100). */
  private static final int SLOW = Integer.getInteger("slow", 100);

  private final URI score;
  private final HttpClient http;
  private final PrintStream out;
  private final long phaseNanos;

  private ServiceLoad(URI base, int seconds, PrintStream out) {
    this.score = base.resolve("/lakin/score");
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(4, r -> {
          Thread t = new Thread(r, "http-client");
          t.setDaemon(true);
          return t;
        })).build();
    this.out = out;
    this.phaseNanos = TimeUnit.SECONDS.toNanos(seconds);
  }

  /** One phase's outcome: latencies of the 2xx answers and counts by status. */
  private static final class Tally {
    final List<long[]> latencies = new ArrayList<>();
    final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    long elapsedNanos;

    void status(int s) {
      statuses.computeIfAbsent(s, k -> new LongAdder()).increment();
    }

    long[] sorted() {
      int n = 0;
      for (long[] l : latencies) {
        n += (int) l[0];
      }
      long[] all = new long[n];
      int i = 0;
      for (long[] l : latencies) {
        System.arraycopy(l, 1, all, i, (int) l[0]);
        i += (int) l[0];
      }
      Arrays.sort(all);
      return all;
    }

    String row(String what, int clients) {
      long[] all = sorted();
      double seconds = elapsedNanos / 1e9;
      return String.format("| %s | %d | %d | %.0f | %s | %s | %s | %s | %s |", what, clients, all.length, all.length / seconds,
          ms(all, 50), ms(all, 95), ms(all, 99), all.length == 0 ? "–" : String.format("%.1f", all[all.length - 1] / 1e6), statuses);
    }

    private static String ms(long[] sorted, int percentile) {
      if (sorted.length == 0) {
        return "–";
      }
      int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
      return String.format("%.1f", sorted[Math.max(0, i)] / 1e6);
    }
  }

  private HttpResponse<Void> post(byte[] body) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(score).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return http.send(r, HttpResponse.BodyHandlers.discarding());
  }

  /** Runs {@code clients} loops posting {@code body} until the phase ends or {@code stop} is set. */
  private Tally hammer(byte[] body, int clients, AtomicBoolean stop) throws Exception {
    Tally t = new Tally();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + phaseNanos;
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end && !stop.get()) {
          long t0 = System.nanoTime();
          int status = post(body).statusCode();
          long took = System.nanoTime() - t0;
          t.status(status);
          if (status / 100 == 2 && n + 1 < lat.length) {
            lat[++n] = took;
          }
        }
        lat[0] = n;
        return lat;
      }));
    }
    for (Future<long[]> f : futures) {
      t.latencies.add(f.get());
    }
    t.elapsedNanos = System.nanoTime() - start;
    pool.shutdown();
    return t;
  }

  /** Returns a lakin-report/1 document with {@code n} indicators in goals of 100. */
  static byte[] generated(int n) {
    StringBuilder b = new StringBuilder(n * 110);
    b.append("{\"schema\":\"lakin-report/1\",\"unit\":{\"code\":\"GEN\",\"name\":\"Generated unit\"},\"year\":2023,")
        .append("\"policy\":{\"cap\":\"120\",\"aggregate\":\"goals\",\"scale\":2,\"roundingStage\":\"end\"},\"goals\":[");
    for (int g = 0; g < (n + 99) / 100; g++) {
      b.append(g == 0 ? "" : ",").append("{\"code\":\"G").append(g).append("\",\"name\":\"Goal ").append(g).append("\",\"indicators\":[");
      for (int i = 0; i < 100 && g * 100 + i < n; i++) {
        int k = g * 100 + i;
        int target = 50 + k % 50;
        b.append(i == 0 ? "" : ",").append("{\"code\":\"").append(g).append('.').append(i).append("\",\"name\":\"Indikator ").append(k)
            .append("\",\"unit\":\"persen\",\"target\":\"").append(target).append("\",\"realisasi\":\"")
            .append(target - 10 + k % 23).append(',').append(k % 100).append("\"}");
      }
      b.append("]}");
    }
    return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private void badBodies(byte[] example) throws Exception {
    String ex = new String(example, StandardCharsets.UTF_8);
    Map<String, byte[]> bad = new LinkedHashMap<>();
    bad.put("null", "null".getBytes(StandardCharsets.UTF_8));
    bad.put("empty", new byte[0]);
    bad.put("array", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
    bad.put("truncated", Arrays.copyOf(example, example.length / 2));
    bad.put("oversized (3 MB)", new byte[3 << 20]);
    bad.put("nested 10,000 deep", ("{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8));
    bad.put("999-digit number", ex.replaceFirst("\"year\": 2023", "\"year\": " + "9".repeat(999)).getBytes(StandardCharsets.UTF_8));
    bad.put("999-digit string", ex.replaceFirst("\"69,31\"", "\"" + "9".repeat(999) + "\"").getBytes(StandardCharsets.UTF_8));
    bad.put("exponent 1e999999999", ex.replaceFirst("\"year\": 2023", "\"year\": 1e999999999").getBytes(StandardCharsets.UTF_8));
    bad.put("not UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
    bad.put("bad target", ex.replaceFirst("\"target\": \"81\"", "\"target\": \"delapan\"").getBytes(StandardCharsets.UTF_8));
    bad.put("unknown field", ex.replaceFirst("\"year\"", "\"yaer\"").getBytes(StandardCharsets.UTF_8));
    out.println("| bad body | status |");
    out.println("|---|---|");
    int fivexx = 0;
    for (Map.Entry<String, byte[]> e : bad.entrySet()) {
      int s;
      try {
        s = post(e.getValue()).statusCode();
      } catch (IOException x) {
        s = -1;   // the server closed the connection (e.g. while the client was still sending 3 MB)
      }
      fivexx += s >= 500 ? 1 : 0;
      out.println("| " + e.getKey() + " | " + (s < 0 ? "connection closed by the server" : s) + " |");
    }
    out.println();
    out.println("5xx answers to bad bodies: " + fivexx);
  }

  /** Opens {@code n} connections that send headers and part of a body, then nothing. */
  private List<Socket> slowClients(int n) throws IOException {
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Socket s = new Socket();
      s.connect(new InetSocketAddress(score.getHost(), score.getPort()), 5000);
      OutputStream o = s.getOutputStream();
      o.write("POST /lakin/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"schema\":\"lakin"
          .getBytes(StandardCharsets.US_ASCII));
      o.flush();
      sockets.add(s);
    }
    return sockets;
  }

  /** @return how long until the server closed each slow connection, in seconds (max of all) */
  private static double closedAfter(List<Socket> sockets, long opened) throws IOException {
    double worst = 0;
    for (Socket s : sockets) {
      s.setSoTimeout(30_000);
      InputStream in = s.getInputStream();
      try {
        while (in.read() >= 0) {
          // the server's answer (408 or 400), then end of stream
        }
      } catch (IOException e) {
        // reset by the server: closed too
      }
      worst = Math.max(worst, (System.nanoTime() - opened) / 1e9);
      s.close();
    }
    return worst;
  }

  private void run(byte[] example, int clients) throws Exception {
    AtomicBoolean never = new AtomicBoolean();
    byte[] big = generated(10_000);
    // warm up both paths
    for (int i = 0; i < 200; i++) {
      post(example);
    }
    for (int i = 0; i < 5; i++) {
      post(big);
    }
    out.println("| load | clients | requests (2xx) | per second | p50 ms | p95 ms | p99 ms | max ms | statuses |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    out.println(hammer(example, clients, never).row("example report (11 indicators)", clients));
    out.println(hammer(big, 2, never).row("generated report (10,000 indicators, " + big.length / 1024 + " KB)", 2));

    List<Socket> slow = slowClients(SLOW);
    long opened = System.nanoTime();
    out.println(hammer(example, clients, never).row("example report while " + SLOW + " slow clients hold partial requests", clients));
    double closed = closedAfter(slow, opened);

    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService heavy = Executors.newSingleThreadExecutor();
    Future<Tally> heavyLoad = heavy.submit(() -> hammer(big, 4, stop));
    Tally light = hammer(example, 2, never);
    stop.set(true);
    Tally h = heavyLoad.get();
    heavy.shutdown();
    out.println(light.row("example report while 4 clients post 10,000-indicator reports", 2));
    out.println(h.row("…those 10,000-indicator reports meanwhile", 4));
    out.println();
    out.printf("The %d slow connections were all closed by the server %.1f s after they were opened.%n%n", SLOW, closed);
    badBodies(example);
  }

  /**
   * Loads a running server with clients and prints what they measured.
   *
   * @param args base URL (default {@code http://127.0.0.1:8080}), the example report's path, seconds
   *     per phase (default 5), clients (default 8)
   * @throws Exception if the server cannot be reached
   */
  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
    byte[] example = Files.readAllBytes(Path.of(args.length > 1 ? args[1] : "lakin-examples/reports/biro-perencanaan-2023.json"));
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    new ServiceLoad(base, seconds, System.out).run(example, clients);
    System.exit(0);
  }
}
