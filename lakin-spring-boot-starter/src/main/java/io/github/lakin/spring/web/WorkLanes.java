/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.web;

import java.util.concurrent.Callable;

/**
 * Jalur kerja (work lanes): two {@link WorkLimiter}s, one for small documents and one for large
 * ones (more than {@code heavyChars} characters), so that a few large reports in progress do not
 * make the small ones wait behind them. Close it to stop both.
 *
 * @since 0.1.0
 */
public final class WorkLanes implements AutoCloseable {
  private final WorkLimiter light;
  private final WorkLimiter heavy;
  private final int heavyChars;

  /**
   * @param light the lane of small documents
   * @param heavy the lane of large documents
   * @param heavyChars the size from which a document is large
   */
  public WorkLanes(WorkLimiter light, WorkLimiter heavy, int heavyChars) {
    this.light = light;
    this.heavy = heavy;
    this.heavyChars = heavyChars;
  }

  /**
   * Returns its answer, from the lane of its size.
   *
   * @param <T> the answer's type
   * @param size the document's length in characters
   * @param work the work
   * @return its answer, from the lane of its size
   * @throws WorkLimiter.BusyException when that lane is full or the time is up
   */
  public <T> T run(int size, Callable<T> work) {
    return (size > heavyChars ? heavy : light).run(work);
  }

  /** Stops both lanes. */
  @Override
  public void close() {
    light.close();
    heavy.close();
  }
}
