/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Penerima badan permintaan (body receiver): a servlet filter in front of the endpoints that
 * receives a request's body with the container's non-blocking input (a Servlet {@link
 * ReadListener}), so a client that sends its body slowly holds no request thread while it does.
 * The whole body must arrive within {@code timeoutMillis} (else 408) and at most {@code maxBytes}
 * of it is taken (else 413); then the request is dispatched again and the endpoint reads the body
 * from memory, through the same {@link BodyGuard} as before; a 408 or 413 is sent whole and
 * flushed at once with {@code Connection: close}. (Tomcat then still reads away what the client
 * sends, up to {@code server.tomcat.max-swallow-size}, each read bounded by {@code
 * server.tomcat.connection-timeout}: that is the longest a slow client holds a thread.) A declared length over the bound, a
 * method other than POST, and a container without non-blocking input (MockMvc) go straight on to
 * the endpoint, which reads the body on its own thread. Thread-safe.
 *
 * @since 0.1.0
 */
public final class BodyReadFilter implements Filter {
  /** The request attribute that carries the received body (a {@code byte[]}) or why there is none. */
  static final String RECEIVED = BodyReadFilter.class.getName() + ".received";

  private final int maxBytes;
  private final long timeoutMillis;

  /**
   * @param maxBytes the largest body taken; one byte more is 413
   * @param timeoutMillis the longest a client may take to send its whole body; beyond it, 408
   */
  public BodyReadFilter(int maxBytes, long timeoutMillis) {
    if (maxBytes < 1 || timeoutMillis < 1) {
      throw new IllegalArgumentException("lakin.web: max-body-bytes and body-timeout-millis must be >= 1, but were "
          + maxBytes + " and " + timeoutMillis);
    }
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    Object received = request.getAttribute(RECEIVED);
    if (received instanceof byte[]) {
      request.removeAttribute(RECEIVED);
      chain.doFilter(new Received(request, received), res);
      return;
    }
    if (received != null) {
      // no body (408, 413, or the connection failed): the problem detail is sent whole and at once,
      // with its length, before Tomcat reads away what the client may still send
      request.removeAttribute(RECEIVED);
      ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper((HttpServletResponse) res);
      chain.doFilter(new Received(request, received), whole);
      whole.setHeader("Connection", "close");
      whole.copyBodyToResponse();
      res.flushBuffer();
      return;
    }
    if (request.getDispatcherType() != DispatcherType.REQUEST || !"POST".equals(request.getMethod()) || !request.isAsyncSupported()
        || request.getContentLengthLong() > maxBytes) {
      chain.doFilter(req, res);
      return;
    }
    AsyncContext async = request.startAsync(req, res);
    async.setTimeout(timeoutMillis);
    ServletInputStream in = request.getInputStream();
    Receiver receiver = new Receiver(request, async, in);
    async.addListener(receiver);
    try {
      in.setReadListener(receiver);
    } catch (UnsupportedOperationException e) {
      // a mock container without non-blocking input: the endpoint reads the body itself
      receiver.done.set(true);
      async.complete();
      chain.doFilter(req, res);
    }
  }

  /** Penerima: takes the body as it comes, then dispatches the request with it, or with why not. */
  private final class Receiver implements ReadListener, AsyncListener {
    private final HttpServletRequest request;
    private final AsyncContext async;
    private final ServletInputStream in;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[8192];
    final AtomicBoolean done = new AtomicBoolean();

    Receiver(HttpServletRequest request, AsyncContext async, ServletInputStream in) {
      this.request = request;
      this.async = async;
      this.in = in;
    }

    private void finish(Object outcome) {
      if (done.compareAndSet(false, true)) {
        request.setAttribute(RECEIVED, outcome);
        async.dispatch();
      }
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (!done.get() && in.isReady()) {
        int n = in.read(chunk);
        if (n < 0) {
          return;
        }
        body.write(chunk, 0, n);
        if (body.size() > maxBytes) {
          finish(new BadBodyException(413, "", "the body is larger than " + maxBytes + " bytes"));
        }
      }
    }

    @Override
    public void onAllDataRead() {
      finish(body.toByteArray());
    }

    @Override
    public void onError(Throwable t) {
      finish(t instanceof IOException ? t : new IOException(t));
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      finish(new BadBodyException(408, "", "the body did not arrive within " + timeoutMillis + " ms"));
    }

    @Override
    public void onError(AsyncEvent event) {
      Throwable t = event.getThrowable();
      onError(t == null ? new IOException("the connection failed") : t);
    }

    @Override
    public void onComplete(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {}
  }

  /** Badan diterima: the request as the endpoint sees it, its body read from memory. */
  private static final class Received extends HttpServletRequestWrapper {
    private final Object outcome;

    Received(HttpServletRequest request, Object outcome) {
      super(request);
      this.outcome = outcome;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (outcome instanceof BadBodyException) {
        throw (BadBodyException) outcome;
      }
      if (outcome instanceof IOException) {
        throw (IOException) outcome;
      }
      return new Memory((byte[]) outcome);
    }

    @Override
    public long getContentLengthLong() {
      return outcome instanceof byte[] ? ((byte[]) outcome).length : -1;
    }

    @Override
    public int getContentLength() {
      return (int) getContentLengthLong();
    }
  }

  /** Masukan dari memori: a received body as a servlet input stream. */
  private static final class Memory extends ServletInputStream {
    private final ByteArrayInputStream bytes;

    Memory(byte[] body) {
      this.bytes = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return bytes.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return bytes.read(b, off, len);
    }

    @Override
    public boolean isFinished() {
      return bytes.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new IllegalStateException("the body has been received already");
    }
  }
}
