/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Pengaturan Lakin (Lakin settings): the {@code lakin.*} properties of a Spring Boot application.
 * {@link #getPreset() lakin.preset} names a known report's policy; the other properties override
 * it one by one. {@code PolicyProperties.policy(LakinProperties)} turns them into a validated
 * report policy, and a bad value stops the application with a message naming the property.
 *
 * <pre>
 * lakin.preset=kemensos-2020
 * lakin.rounding.scale=2
 * lakin.web.enabled=true
 * </pre>
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "lakin")
public class LakinProperties {
  /**
   * The named policy the other properties start from: default, biro-perencanaan-2023 (flat mean,
   * no cap) or kemensos-2020 (cap 120, mean of goal means).
   */
  private String preset = "default";

  /** The cap on each indicator's capaian, in percent (e.g. 120), or none. Unset: the preset's. */
  private @Nullable String cap;

  /** The floor of each indicator's capaian, in percent (e.g. 0), or none. Unset: the preset's. */
  private @Nullable String floor;

  /** How the unit's capaian is aggregated: flat, goal-means, weighted-indicators or weighted-goals. */
  private @Nullable String aggregate;

  /** What a provisional realisasi (e.g. last year's value) does: include-and-flag or exclude. */
  private @Nullable String provisional;

  /** What a missing realisasi does: exclude-and-flag or fail. */
  private @Nullable String missing;

  private final ZeroTarget zeroTarget = new ZeroTarget();
  private final Rounding rounding = new Rounding();
  private final Web web = new Web();

  /** @return the preset's name */
  public String getPreset() {
    return preset;
  }

  /** @param preset the preset's name */
  public void setPreset(String preset) {
    this.preset = preset;
  }

  /** @return the cap, or null for the preset's */
  public @Nullable String getCap() {
    return cap;
  }

  /** @param cap the cap in percent, or {@code none} */
  public void setCap(@Nullable String cap) {
    this.cap = cap;
  }

  /** @return the floor, or null for the preset's */
  public @Nullable String getFloor() {
    return floor;
  }

  /** @param floor the floor in percent, or {@code none} */
  public void setFloor(@Nullable String floor) {
    this.floor = floor;
  }

  /** @return the aggregation shape, or null for the preset's */
  public @Nullable String getAggregate() {
    return aggregate;
  }

  /** @param aggregate the aggregation shape */
  public void setAggregate(@Nullable String aggregate) {
    this.aggregate = aggregate;
  }

  /** @return the provisional rule, or null for the preset's */
  public @Nullable String getProvisional() {
    return provisional;
  }

  /** @param provisional the provisional rule */
  public void setProvisional(@Nullable String provisional) {
    this.provisional = provisional;
  }

  /** @return the missing-value rule, or null for the preset's */
  public @Nullable String getMissing() {
    return missing;
  }

  /** @param missing the missing-value rule */
  public void setMissing(@Nullable String missing) {
    this.missing = missing;
  }

  /** @return the zero-target rule */
  public ZeroTarget getZeroTarget() {
    return zeroTarget;
  }

  /** @return the rounding */
  public Rounding getRounding() {
    return rounding;
  }

  /** @return the web endpoints' settings */
  public Web getWeb() {
    return web;
  }

  /** Aturan target nol (zero-target rule): the capaian when the target is 0. */
  public static class ZeroTarget {
    /** The capaian when target and realisasi are both 0 (e.g. 100), or undefined. */
    private @Nullable String bothZero;

    /** The capaian when the target is 0 and the realisasi is not (e.g. 100), or undefined. */
    private @Nullable String nonzero;

    /** @return the both-zero value */
    public @Nullable String getBothZero() {
      return bothZero;
    }

    /** @param bothZero the both-zero value, or {@code undefined} */
    public void setBothZero(@Nullable String bothZero) {
      this.bothZero = bothZero;
    }

    /** @return the nonzero value */
    public @Nullable String getNonzero() {
      return nonzero;
    }

    /** @param nonzero the nonzero value, or {@code undefined} */
    public void setNonzero(@Nullable String nonzero) {
      this.nonzero = nonzero;
    }
  }

  /** Pembulatan (rounding): scale, mode and stage. */
  public static class Rounding {
    /** Decimal places of every shown capaian, 0 to 10. Unset: the preset's (2). */
    private @Nullable Integer scale;

    /** The rounding mode: half-up, half-even, half-down, down, up, floor or ceiling. */
    private @Nullable String mode;

    /** When rounding happens: end (once, at the end) or each-level. */
    private @Nullable String stage;

    /** @return the scale */
    public @Nullable Integer getScale() {
      return scale;
    }

    /** @param scale the scale */
    public void setScale(@Nullable Integer scale) {
      this.scale = scale;
    }

    /** @return the mode */
    public @Nullable String getMode() {
      return mode;
    }

    /** @param mode the mode */
    public void setMode(@Nullable String mode) {
      this.mode = mode;
    }

    /** @return the stage */
    public @Nullable String getStage() {
      return stage;
    }

    /** @param stage the stage */
    public void setStage(@Nullable String stage) {
      this.stage = stage;
    }
  }

  /** Layanan web (web endpoints): POST /lakin/score and POST /lakin/audit, and their bounds. */
  public static class Web {
    /** Whether to serve POST /lakin/score and POST /lakin/audit. */
    private boolean enabled;

    /** The largest request body, in bytes; a larger one gets 413. */
    private int maxBodyBytes = 2 * 1024 * 1024;

    /** The most characters of a JSON number (digits, sign, point and exponent); a longer one gets 400. */
    private int maxNumberLength = 40;

    /**
     * The longest a client may take to send its whole body, in milliseconds; beyond it, 408. The
     * body is received without holding a request thread, so slow clients do not stop others.
     */
    private long bodyTimeoutMillis = 5_000;

    /** The deepest nesting of JSON objects and arrays; a deeper body gets 400. */
    private int maxDepth = 32;

    /** How many requests are scored at once; the rest wait in the queue. */
    private int maxConcurrent = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** How many requests may wait for a scorer; beyond that a request gets 503 with Retry-After. */
    private int queue = 64;

    /** The longest a request may wait and be scored, in milliseconds; beyond it, 503 with Retry-After. */
    private long timeoutMillis = 10_000;

    /** From this many characters a document is large and is scored in its own lane, so small ones need not wait behind it. */
    private int heavyChars = 256 * 1024;

    /** How many large documents are scored at once. */
    private int heavyConcurrent = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    /** How many large documents may wait; beyond that, 503 with Retry-After. */
    private int heavyQueue = 8;

    /** @return the size from which a document is large */
    public int getHeavyChars() {
      return heavyChars;
    }

    /** @param heavyChars the size from which a document is large */
    public void setHeavyChars(int heavyChars) {
      this.heavyChars = heavyChars;
    }

    /** @return how many large documents are scored at once */
    public int getHeavyConcurrent() {
      return heavyConcurrent;
    }

    /** @param heavyConcurrent how many large documents are scored at once */
    public void setHeavyConcurrent(int heavyConcurrent) {
      this.heavyConcurrent = heavyConcurrent;
    }

    /** @return how many large documents may wait */
    public int getHeavyQueue() {
      return heavyQueue;
    }

    /** @param heavyQueue how many large documents may wait */
    public void setHeavyQueue(int heavyQueue) {
      this.heavyQueue = heavyQueue;
    }

    /** @return whether the endpoints are served */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the endpoints are served */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return the body bound */
    public int getMaxBodyBytes() {
      return maxBodyBytes;
    }

    /** @param maxBodyBytes the body bound */
    public void setMaxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
    }

    /** @return the number bound */
    public int getMaxNumberLength() {
      return maxNumberLength;
    }

    /** @param maxNumberLength the number bound */
    public void setMaxNumberLength(int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    /** @return the time bound on receiving a body */
    public long getBodyTimeoutMillis() {
      return bodyTimeoutMillis;
    }

    /** @param bodyTimeoutMillis the time bound on receiving a body */
    public void setBodyTimeoutMillis(long bodyTimeoutMillis) {
      this.bodyTimeoutMillis = bodyTimeoutMillis;
    }

    /** @return the depth bound */
    public int getMaxDepth() {
      return maxDepth;
    }

    /** @param maxDepth the depth bound */
    public void setMaxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
    }

    /** @return the concurrency bound */
    public int getMaxConcurrent() {
      return maxConcurrent;
    }

    /** @param maxConcurrent the concurrency bound */
    public void setMaxConcurrent(int maxConcurrent) {
      this.maxConcurrent = maxConcurrent;
    }

    /** @return the queue bound */
    public int getQueue() {
      return queue;
    }

    /** @param queue the queue bound */
    public void setQueue(int queue) {
      this.queue = queue;
    }

    /** @return the time bound */
    public long getTimeoutMillis() {
      return timeoutMillis;
    }

    /** @param timeoutMillis the time bound */
    public void setTimeoutMillis(long timeoutMillis) {
      this.timeoutMillis = timeoutMillis;
    }
  }
}
