/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pembatas kerja (work limiter): scores at most {@code maxConcurrent} requests at once on its own
 * threads, lets at most {@code queue} more wait, and gives each at most {@code timeoutMillis} from
 * arrival to answer. A request beyond the queue, or past its time, is a {@link BusyException} (503
 * with Retry-After). Web threads only wait, so slow scoring never takes a connection's thread for
 * longer than the time bound. Close it to stop its threads.
 *
 * @since 0.1.0
 */
public final class WorkLimiter implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final long timeoutMillis;

  /** Sibuk (busy): the limiter refused or gave up on a request. */
  public static final class BusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BusyException(String message) {
      super(message);
    }
  }

  /**
   * @param maxConcurrent threads that score
   * @param queue requests that may wait
   * @param timeoutMillis the longest a request may wait and be scored
   */
  public WorkLimiter(int maxConcurrent, int queue, long timeoutMillis) {
    if (maxConcurrent < 1 || queue < 0 || timeoutMillis < 1) {
      throw new IllegalArgumentException("lakin.web: max-concurrent must be >= 1, queue >= 0 and timeout-millis >= 1, but were "
          + maxConcurrent + ", " + queue + ", " + timeoutMillis);
    }
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 0, TimeUnit.MILLISECONDS,
        queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
          Thread t = new Thread(r, "lakin-score-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Returns its answer.
   *
   * @param <T> the answer's type
   * @param work the work
   * @return its answer
   * @throws BusyException when the queue is full or the time is up (the work is then cancelled)
   * @throws RuntimeException the work's own unchecked exception
   */
  public <T> T run(Callable<T> work) {
    Future<T> f;
    try {
      f = pool.submit(work);
    } catch (RejectedExecutionException e) {
      throw new BusyException("all " + pool.getMaximumPoolSize() + " scorers are busy and the queue is full; try again shortly");
    }
    try {
      return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new BusyException("the request took longer than " + timeoutMillis + " ms and was stopped");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new BusyException("interrupted while waiting for a scorer");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    }
  }

  /** Stops the threads. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
