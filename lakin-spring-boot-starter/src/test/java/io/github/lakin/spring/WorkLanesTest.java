/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.spring.web.WorkLanes;
import io.github.lakin.spring.web.WorkLimiter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Large documents in progress do not hold up small ones; a full lane answers busy; time is bounded. */
class WorkLanesTest {
  @Test
  void aSmallDocumentIsNotHeldUpByALargeOneAndFullLanesAreBusy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try (WorkLanes lanes = new WorkLanes(new WorkLimiter(1, 0, 5_000), new WorkLimiter(1, 0, 5_000), 100)) {
      var unused = callers.submit(() -> lanes.run(1_000, () -> release.await(5, TimeUnit.SECONDS)));
      Thread.sleep(200);
      assertThat(lanes.<String>run(10, () -> "small")).isEqualTo("small");
      assertThatThrownBy(() -> lanes.run(1_000, () -> "second large")).isInstanceOf(WorkLimiter.BusyException.class)
          .hasMessageContaining("busy");
      release.countDown();
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void workPastItsTimeIsStopped() {
    try (WorkLimiter limiter = new WorkLimiter(1, 1, 100)) {
      assertThatThrownBy(() -> limiter.run(() -> {
        Thread.sleep(5_000);
        return "late";
      })).isInstanceOf(WorkLimiter.BusyException.class).hasMessageContaining("100 ms");
      assertThat(limiter.run(() -> "next")).isEqualTo("next");
    }
  }
}
