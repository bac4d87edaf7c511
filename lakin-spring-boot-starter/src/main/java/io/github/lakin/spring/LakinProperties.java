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

  /** Returns the preset's name. */
  public String getPreset() {
    return preset;
  }

  /** Sets the preset's name. */
  public void setPreset(String preset) {
    this.preset = preset;
  }

  /** Returns the cap, or null for the preset's. */
  public @Nullable String getCap() {
    return cap;
  }

  /** Sets the cap in percent, or {@code none}. */
  public void setCap(@Nullable String cap) {
    this.cap = cap;
  }

  /** Returns the floor, or null for the preset's. */
  public @Nullable String getFloor() {
    return floor;
  }

  /** Sets the floor in percent, or {@code none}. */
  public void setFloor(@Nullable String floor) {
    this.floor = floor;
  }

  /** Returns the aggregation shape, or null for the preset's. */
  public @Nullable String getAggregate() {
    return aggregate;
  }

  /** Sets the aggregation shape. */
  public void setAggregate(@Nullable String aggregate) {
    this.aggregate = aggregate;
  }

  /** Returns the provisional rule, or null for the preset's. */
  public @Nullable String getProvisional() {
    return provisional;
  }

  /** Sets the provisional rule. */
  public void setProvisional(@Nullable String provisional) {
    this.provisional = provisional;
  }

  /** Returns the missing-value rule, or null for the preset's. */
  public @Nullable String getMissing() {
    return missing;
  }

  /** Sets the missing-value rule. */
  public void setMissing(@Nullable String missing) {
    this.missing = missing;
  }

  /** Returns the zero-target rule. */
  public ZeroTarget getZeroTarget() {
    return zeroTarget;
  }

  /** Returns the rounding. */
  public Rounding getRounding() {
    return rounding;
  }

  /** Returns the web endpoints' settings. */
  public Web getWeb() {
    return web;
  }

  /** Aturan target nol (zero-target rule): the capaian when the target is 0. */
  public static class ZeroTarget {
    /** The capaian when target and realisasi are both 0 (e.g. 100), or undefined. */
    private @Nullable String bothZero;

    /** The capaian when the target is 0 and the realisasi is not (e.g. 100), or undefined. */
    private @Nullable String nonzero;

    /** Returns the both-zero value. */
    public @Nullable String getBothZero() {
      return bothZero;
    }

    /** Sets the both-zero value, or {@code undefined}. */
    public void setBothZero(@Nullable String bothZero) {
      this.bothZero = bothZero;
    }

    /** Returns the nonzero value. */
    public @Nullable String getNonzero() {
      return nonzero;
    }

    /** Sets the nonzero value, or {@code undefined}. */
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

    /** Returns the scale. */
    public @Nullable Integer getScale() {
      return scale;
    }

    /** Sets the scale. */
    public void setScale(@Nullable Integer scale) {
      this.scale = scale;
    }

    /** Returns the mode. */
    public @Nullable String getMode() {
      return mode;
    }

    /** Sets the mode. */
    public void setMode(@Nullable String mode) {
      this.mode = mode;
    }

    /** Returns the stage. */
    public @Nullable String getStage() {
      return stage;
    }

    /** Sets the stage. */
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

    /** Returns the size from which a document is large. */
    public int getHeavyChars() {
      return heavyChars;
    }

    /** Sets the size from which a document is large. */
    public void setHeavyChars(int heavyChars) {
      this.heavyChars = heavyChars;
    }

    /** Returns how many large documents are scored at once. */
    public int getHeavyConcurrent() {
      return heavyConcurrent;
    }

    /** Sets how many large documents are scored at once. */
    public void setHeavyConcurrent(int heavyConcurrent) {
      this.heavyConcurrent = heavyConcurrent;
    }

    /** Returns how many large documents may wait. */
    public int getHeavyQueue() {
      return heavyQueue;
    }

    /** Sets how many large documents may wait. */
    public void setHeavyQueue(int heavyQueue) {
      this.heavyQueue = heavyQueue;
    }

    /** Returns whether the endpoints are served. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the endpoints are served. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns the body bound. */
    public int getMaxBodyBytes() {
      return maxBodyBytes;
    }

    /** Sets the body bound. */
    public void setMaxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
    }

    /** Returns the number bound. */
    public int getMaxNumberLength() {
      return maxNumberLength;
    }

    /** Sets the number bound. */
    public void setMaxNumberLength(int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    /** Returns the time bound on receiving a body. */
    public long getBodyTimeoutMillis() {
      return bodyTimeoutMillis;
    }

    /** Sets the time bound on receiving a body. */
    public void setBodyTimeoutMillis(long bodyTimeoutMillis) {
      this.bodyTimeoutMillis = bodyTimeoutMillis;
    }

    /** Returns the depth bound. */
    public int getMaxDepth() {
      return maxDepth;
    }

    /** Sets the depth bound. */
    public void setMaxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
    }

    /** Returns the concurrency bound. */
    public int getMaxConcurrent() {
      return maxConcurrent;
    }

    /** Sets the concurrency bound. */
    public void setMaxConcurrent(int maxConcurrent) {
      this.maxConcurrent = maxConcurrent;
    }

    /** Returns the queue bound. */
    public int getQueue() {
      return queue;
    }

    /** Sets the queue bound. */
    public void setQueue(int queue) {
      this.queue = queue;
    }

    /** Returns the time bound. */
    public long getTimeoutMillis() {
      return timeoutMillis;
    }

    /** Sets the time bound. */
    public void setTimeoutMillis(long timeoutMillis) {
      this.timeoutMillis = timeoutMillis;
    }
  }
}
