/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.benchmarks;

import io.github.lakin.core.Polarity;
import io.github.lakin.scoring.bulk.BulkInput;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * Data uji (benchmark data): a seeded, realistic report of {@code n} indicators, held once and
 * offered in the shape each variant reads (primitive columns, decimals, doubles), so every
 * variant scores the same numbers.
 *
 * <ul>
 *   <li>goals of 1 to 6 indicators (3.5 on average);
 *   <li>four kinds of indicator: percentages (target 50–100, 0–2 decimals, 40%), indices
 *       (60–95 or NRR 3–4, 2 decimals, 25%), counts (1–500, whole, 25%) and durations in days
 *       (1–30, whole, lower is better, 10%);
 *   <li>realisasi between 60% and 140% of the target (50–150% for durations), with 0–2 decimals
 *       (whole for counts and days);
 *   <li>1% of realisasi missing; no zero targets.
 * </ul>
 */
public final class Dataset {
  /** The seed the benchmarks use. */
  public static final long SEED = 20_231_231L;

  /** Kinds of indicator, with a unit label and a name for the CSV. */
  enum Kind {
    PERCENT("%", "Persentase dokumen perencanaan yang tepat waktu"),
    INDEX("indeks", "Indeks Perencanaan Pembangunan"),
    COUNT("dokumen", "Jumlah dokumen rekomendasi kebijakan"),
    DAYS("hari kerja", "Rata-rata waktu penyelesaian layanan, \"SLA\"");

    final String unit;
    final String name;

    Kind(String unit, String name) {
      this.unit = unit;
      this.name = name;
    }
  }

  final int size;
  final long[] targetUnscaled;
  final byte[] targetScale;
  final long[] realisasiUnscaled;
  final byte[] realisasiScale;
  final boolean[] lowerIsBetter;
  final boolean[] available;
  final int[] goal;
  final int goalCount;
  final Kind[] kind;

  private Dataset(int n) {
    size = n;
    targetUnscaled = new long[n];
    targetScale = new byte[n];
    realisasiUnscaled = new long[n];
    realisasiScale = new byte[n];
    lowerIsBetter = new boolean[n];
    available = new boolean[n];
    goal = new int[n];
    kind = new Kind[n];
    SplittableRandom rnd = new SplittableRandom(SEED ^ n);
    int g = -1;
    int left = 0;
    for (int i = 0; i < n; i++) {
      if (left == 0) {
        g++;
        left = 1 + rnd.nextInt(6);
      }
      left--;
      goal[i] = g;
      fill(i, rnd);
    }
    goalCount = g + 1;
  }

  /**
   * Returns the data for that size, always the same for the same size.
   *
   * @param n the number of indicators
   * @return the data for that size, always the same for the same size
   */
  public static Dataset generate(int n) {
    return new Dataset(n);
  }

  private void fill(int i, SplittableRandom rnd) {
    int p = rnd.nextInt(100);
    Kind k = p < 40 ? Kind.PERCENT : p < 65 ? Kind.INDEX : p < 90 ? Kind.COUNT : Kind.DAYS;
    kind[i] = k;
    int ts;
    long tu;
    int rs;
    switch (k) {
      case PERCENT:
        ts = rnd.nextInt(3);
        tu = between(rnd, 50 * pow10(ts), 100 * pow10(ts));
        rs = rnd.nextInt(3);
        break;
      case INDEX:
        ts = 2;
        tu = rnd.nextBoolean() ? between(rnd, 6_000, 9_500) : between(rnd, 300, 400);
        rs = 2;
        break;
      case COUNT:
        ts = 0;
        tu = between(rnd, 1, 500);
        rs = 0;
        break;
      default:
        ts = 0;
        tu = between(rnd, 1, 30);
        rs = rnd.nextInt(2);
        break;
    }
    boolean lower = k == Kind.DAYS;
    long permille = lower ? between(rnd, 500, 1_500) : between(rnd, 600, 1_400);
    // realisasi = target × permille / 1000 at scale rs, rounded half-up in integers
    long num = tu * permille * pow10(rs);
    long den = 1_000 * pow10(ts);
    long ru = (num + den / 2) / den;
    targetUnscaled[i] = tu;
    targetScale[i] = (byte) ts;
    realisasiUnscaled[i] = ru;
    realisasiScale[i] = (byte) rs;
    lowerIsBetter[i] = lower;
    available[i] = rnd.nextInt(100) != 0;
  }

  private static long between(SplittableRandom rnd, long lo, long hi) {
    return lo + rnd.nextLong(hi - lo + 1);
  }

  static long pow10(int e) {
    long p = 1;
    for (int i = 0; i < e; i++) {
      p *= 10;
    }
    return p;
  }

  /** Returns the number of indicators. */
  public int size() {
    return size;
  }

  /** Returns the number of goals. */
  public int goalCount() {
    return goalCount;
  }

  /** Returns the data as a bulk input, built from the columns. */
  public BulkInput bulkInput() {
    return BulkInput.of(targetUnscaled, targetScale, realisasiUnscaled, realisasiScale, lowerIsBetter, available, goal);
  }

  /**
   * Returns its target as a decimal.
   *
   * @param i a row
   * @return its target as a decimal
   */
  public BigDecimal target(int i) {
    return BigDecimal.valueOf(targetUnscaled[i], targetScale[i]);
  }

  /**
   * Returns its realisasi as a decimal, or null when missing.
   *
   * @param i a row
   * @return its realisasi as a decimal, or null when missing
   */
  public BigDecimal realisasi(int i) {
    return available[i] ? BigDecimal.valueOf(realisasiUnscaled[i], realisasiScale[i]) : null;
  }

  /**
   * Returns its polarity.
   *
   * @param i a row
   * @return its polarity
   */
  public Polarity polarity(int i) {
    return lowerIsBetter[i] ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
  }
}
