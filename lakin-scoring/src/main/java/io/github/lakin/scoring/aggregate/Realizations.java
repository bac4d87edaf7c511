/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Realization;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Daftar realisasi: the realisations of a report, keyed by indicator code; a code given twice is
 * rejected.
 *
 * <p>Immutable; safe to share between threads. Its {@link Builder} is not thread-safe: fill it from one thread.
 *
 * @since 0.1.0
 */
public final class Realizations {
  private final Map<String, Realization> byCode;

  private Realizations(Map<String, Realization> byCode) {
    this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
  }

  /**
   * Returns the realisations.
   *
   * @param byCode realisations by indicator code
   * @return the realisations
   */
  public static Realizations of(Map<String, Realization> byCode) {
    Objects.requireNonNull(byCode, "byCode");
    Builder b = builder();
    byCode.forEach(b::put);
    return b.build();
  }

  /** Returns a builder that rejects duplicate codes. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns its realisation, when given.
   *
   * @param code an indicator code
   * @return its realisation, when given
   */
  public Optional<Realization> get(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Returns the indicator codes given. */
  public Set<String> codes() {
    return byCode.keySet();
  }

  /** Returns the realisations by code, in the order given. */
  public Map<String, Realization> asMap() {
    return byCode;
  }

  /** Equal when the same codes carry equal realisations (order does not matter). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Realizations && byCode.equals(((Realizations) o).byCode);
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  @Override
  public String toString() {
    return "Realizations" + byCode;
  }

  /** Pembangun daftar realisasi: collects realisations, rejecting a code given twice. */
  public static final class Builder {
    private final Map<String, Realization> map = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Returns this builder.
     *
     * @param code the indicator code
     * @param realization its realisation
     * @return this builder
     * @throws InvalidValueException if the code was already given
     */
    public Builder put(String code, Realization realization) {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(realization, "realization");
      if (map.containsKey(code)) {
        throw InvalidValueException.of("realisasi for indicator", code, "must be given once");
      }
      map.put(code, realization);
      return this;
    }

    /** Returns the realisations. */
    public Realizations build() {
      return new Realizations(map);
    }
  }
}
