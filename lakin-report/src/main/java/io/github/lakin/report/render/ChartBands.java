/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Pita warna grafik (chart bands): the colour of a capaian in the report's charts. By default a
 * capaian of 100% or more is green (the target is met), from 90% up to below 100% yellow, and below
 * 90% red; both bounds are options ({@link #of}). The bands colour a chart only: they are not a
 * predikat and change no figure. Immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ChartBands {
  /** Green: the target is met. */
  static final String GREEN = "#2e7d32";
  /** Yellow: close to the target. */
  static final String YELLOW = "#f9a825";
  /** Red: far from the target. */
  static final String RED = "#c62828";

  private static final ChartBands DEFAULTS = new ChartBands(new BigDecimal("100"), new BigDecimal("90"));

  private final BigDecimal met;
  private final BigDecimal near;

  private ChartBands(BigDecimal met, BigDecimal near) {
    this.met = met;
    this.near = near;
  }

  /** Returns green from 100%, yellow from 90% to below 100%, red below 90%. */
  public static ChartBands defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the bands.
   *
   * @param met the lowest capaian shown green, in percent (e.g. 100)
   * @param near the lowest capaian shown yellow, in percent (e.g. 90); not above {@code met}
   * @return the bands
   * @throws IllegalArgumentException if {@code near} is above {@code met}
   */
  public static ChartBands of(BigDecimal met, BigDecimal near) {
    Objects.requireNonNull(met, "met");
    Objects.requireNonNull(near, "near");
    if (near.compareTo(met) > 0) {
      throw new IllegalArgumentException("the yellow band must start at or below the green band (" + met.toPlainString()
          + "), but was " + near.toPlainString());
    }
    return new ChartBands(met, near);
  }

  /** Returns the lowest capaian shown green. */
  public BigDecimal met() {
    return met;
  }

  /** Returns the lowest capaian shown yellow. */
  public BigDecimal near() {
    return near;
  }

  /** Returns the colour (CSS hex) of a capaian. */
  String colour(BigDecimal capaian) {
    return capaian.compareTo(met) >= 0 ? GREEN : capaian.compareTo(near) >= 0 ? YELLOW : RED;
  }

  /** Returns the legend, e.g. "hijau ≥ 100%, kuning 90% – < 100%, merah < 90%". */
  String legend(Locale locale) {
    boolean id = ScoreRenderer.indonesian(locale);
    String m = ScoreRenderer.percent(java.util.Optional.of(met), met.scale() < 0 ? 0 : met.scale(), locale);
    String n = ScoreRenderer.percent(java.util.Optional.of(near), near.scale() < 0 ? 0 : near.scale(), locale);
    return id ? "hijau ≥ " + m + ", kuning " + n + " – < " + m + ", merah < " + n
        : "green ≥ " + m + ", yellow " + n + " – < " + m + ", red < " + n;
  }

  @Override
  public String toString() {
    return "ChartBands{met=" + met.toPlainString() + ", near=" + near.toPlainString() + "}";
  }
}
