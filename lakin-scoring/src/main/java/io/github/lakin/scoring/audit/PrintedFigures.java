/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Realization;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Angka tercetak (printed figures): what a report printed, each at the scale it was printed
 * ({@code 109.38}, {@code 100.1}), and input values it printed differently in other tables.
 * Immutable; build with {@link #builder()}.
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
public final class PrintedFigures {
  private final Map<String, BigDecimal> indicators;
  private final Map<String, BigDecimal> goals;
  private final Optional<BigDecimal> overall;
  private final Optional<BigDecimal> absorption;
  private final Optional<BigDecimal> efficiencyGap;
  private final Map<String, BigDecimal> lineAbsorption;
  private final Optional<BigDecimal> efficiencyIndex;
  private final Map<String, List<ExactTarget>> otherTargets;
  private final Map<String, List<Realization>> otherRealisasi;

  private PrintedFigures(Builder b) {
    this.indicators = Collections.unmodifiableMap(new LinkedHashMap<>(b.indicators));
    this.goals = Collections.unmodifiableMap(new LinkedHashMap<>(b.goals));
    this.overall = b.overall;
    this.absorption = b.absorption;
    this.efficiencyGap = b.efficiencyGap;
    this.lineAbsorption = Collections.unmodifiableMap(new LinkedHashMap<>(b.lineAbsorption));
    this.efficiencyIndex = b.efficiencyIndex;
    Map<String, List<ExactTarget>> t = new LinkedHashMap<>();
    b.otherTargets.forEach((k, v) -> t.put(k, List.copyOf(v)));
    this.otherTargets = Collections.unmodifiableMap(t);
    Map<String, List<Realization>> r = new LinkedHashMap<>();
    b.otherRealisasi.forEach((k, v) -> r.put(k, List.copyOf(v)));
    this.otherRealisasi = Collections.unmodifiableMap(r);
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns printed indicator capaian, by indicator code. */
  public Map<String, BigDecimal> indicators() {
    return indicators;
  }

  /** Returns printed goal capaian, by goal code. */
  public Map<String, BigDecimal> goals() {
    return goals;
  }

  /** Returns the printed capaian of the unit. */
  public Optional<BigDecimal> overall() {
    return overall;
  }

  /** Returns the printed budget absorption, in percent. */
  public Optional<BigDecimal> absorption() {
    return absorption;
  }

  /** Returns the printed efficiency gap, in points. */
  public Optional<BigDecimal> efficiencyGap() {
    return efficiencyGap;
  }

  /** Returns the printed absorption of single budget lines, in percent, by line code in the order given. */
  public Map<String, BigDecimal> lineAbsorption() {
    return lineAbsorption;
  }

  /** Returns the printed efficiency index (capaian ÷ serapan) of the unit. */
  public Optional<BigDecimal> efficiencyIndex() {
    return efficiencyIndex;
  }

  /** Returns whether no figure to check was given (inputs printed elsewhere are not figures). */
  public boolean isEmpty() {
    return indicators.isEmpty() && goals.isEmpty() && overall.isEmpty() && absorption.isEmpty() && efficiencyGap.isEmpty()
        && lineAbsorption.isEmpty() && efficiencyIndex.isEmpty();
  }

  /** Returns targets printed elsewhere in the report, by indicator code (a number, or counts n/T kept exact). */
  public Map<String, List<ExactTarget>> otherTargets() {
    return otherTargets;
  }

  /** Returns realisations printed elsewhere in the report, by indicator code (a number, or counts n/T kept exact). */
  public Map<String, List<Realization>> otherRealisasi() {
    return otherRealisasi;
  }

  /** Pembangun angka tercetak: collects printed figures; rejects a figure given twice. */
  public static final class Builder {
    private final Map<String, BigDecimal> indicators = new LinkedHashMap<>();
    private final Map<String, BigDecimal> goals = new LinkedHashMap<>();
    private Optional<BigDecimal> overall = Optional.empty();
    private Optional<BigDecimal> absorption = Optional.empty();
    private Optional<BigDecimal> efficiencyGap = Optional.empty();
    private final Map<String, BigDecimal> lineAbsorption = new LinkedHashMap<>();
    private Optional<BigDecimal> efficiencyIndex = Optional.empty();
    private final Map<String, List<ExactTarget>> otherTargets = new LinkedHashMap<>();
    private final Map<String, List<Realization>> otherRealisasi = new LinkedHashMap<>();

    Builder() {}

    private static BigDecimal check(String field, BigDecimal value) {
      Objects.requireNonNull(value, field);
      return value;
    }

    private static void once(Map<String, BigDecimal> map, String field, String code, BigDecimal value) {
      Objects.requireNonNull(code, field + " code");
      if (map.putIfAbsent(code, check(field, value)) != null) {
        throw InvalidValueException.of(field + " " + code, value, "must be given once");
      }
    }

    /**
     * Returns this builder.
     *
     * @param code indicator code
     * @param capaian the printed capaian in percent, at its printed scale
     * @return this builder
     */
    public Builder indicator(String code, BigDecimal capaian) {
      once(indicators, "printed indicator", code, capaian);
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param code goal code
     * @param capaian the printed capaian in percent
     * @return this builder
     */
    public Builder goal(String code, BigDecimal capaian) {
      once(goals, "printed goal", code, capaian);
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param capaian the printed capaian of the unit
     * @return this builder
     */
    public Builder overall(BigDecimal capaian) {
      overall = Optional.of(check("printed overall", capaian));
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param percent the printed absorption
     * @return this builder
     */
    public Builder absorption(BigDecimal percent) {
      absorption = Optional.of(check("printed absorption", percent));
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param points the printed efficiency gap
     * @return this builder
     */
    public Builder efficiencyGap(BigDecimal points) {
      efficiencyGap = Optional.of(check("printed efficiency gap", points));
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param code a budget line's code
     * @param percent the absorption printed for that line alone
     * @return this builder
     */
    public Builder lineAbsorption(String code, BigDecimal percent) {
      once(lineAbsorption, "printed absorption of budget line", code, percent);
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param index the printed efficiency index (capaian ÷ serapan), e.g. 1.063
     * @return this builder
     */
    public Builder efficiencyIndex(BigDecimal index) {
      efficiencyIndex = Optional.of(check("printed efficiency index", index));
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param code indicator code
     * @param target a target printed for it elsewhere in the report
     * @return this builder
     */
    public Builder otherTarget(String code, BigDecimal target) {
      return otherTarget(code, ExactTarget.of(check("other target", target)));
    }

    /**
     * Returns this builder.
     *
     * @param code indicator code
     * @param target a target printed for it elsewhere, e.g. counts {@code ExactTarget.ofCounts(36743, 39834)}
     * @return this builder
     */
    public Builder otherTarget(String code, ExactTarget target) {
      otherTargets.computeIfAbsent(Objects.requireNonNull(code, "code"), c -> new ArrayList<>())
          .add(Objects.requireNonNull(target, "other target"));
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param code indicator code
     * @param realisasi a realisasi printed for it elsewhere in the report
     * @return this builder
     */
    public Builder otherRealisasi(String code, BigDecimal realisasi) {
      return otherRealisasi(code, Realization.of(check("other realisasi", realisasi)));
    }

    /**
     * Returns this builder.
     *
     * @param code indicator code
     * @param realisasi a realisasi printed for it elsewhere: a number or counts, not provisional
     * @return this builder
     * @throws InvalidValueException if the realisasi has no number (not available, a category) or is provisional
     */
    public Builder otherRealisasi(String code, Realization realisasi) {
      Objects.requireNonNull(realisasi, "other realisasi");
      if (realisasi.value().isEmpty() || realisasi.isProvisional()) {
        throw InvalidValueException.of("other realisasi " + code, realisasi, "must be a number or counts, not provisional");
      }
      otherRealisasi.computeIfAbsent(Objects.requireNonNull(code, "code"), c -> new ArrayList<>()).add(realisasi);
      return this;
    }

    /** Returns the printed figures. */
    public PrintedFigures build() {
      return new PrintedFigures(this);
    }
  }
}
