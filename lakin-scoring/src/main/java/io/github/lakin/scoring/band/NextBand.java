/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import io.github.lakin.core.Rational;
import java.util.Objects;

/**
 * Predikat berikutnya (next band): the band above a value and how many points the value still
 * needs to reach it, a comparison every LAKIN shows (DOMAIN §6).
 *
 * <p>{@link #points()} is the exact distance from the value to the next band's lower bound. When
 * that bound is open ({@link #exclusive()}), reaching it is not enough: the value must
 * <em>exceed</em> the current one by more than {@code points}. Example: SAKIP 69,31 (B) is 0,69
 * points from BB, exclusive, because BB starts above 70.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class NextBand {
  private final Band band;
  private final Rational points;

  NextBand(Band band, Rational points) {
    this.band = band;
    this.points = points;
  }

  /** Returns the band above the value. */
  public Band band() {
    return band;
  }

  /** Returns the exact distance from the value to {@link #threshold()}, always &gt; 0. */
  public Rational points() {
    return points;
  }

  /** Returns the next band's lower bound, the threshold to reach or exceed. */
  public Bound threshold() {
    return band.lower();
  }

  /**
   * Whether the threshold is open.
   *
   * @return true when the value must rise by <em>more</em> than {@link #points()} (the next band's
   *     lower bound is exclusive); false when rising by exactly {@code points} reaches it
   */
  public boolean exclusive() {
    return !band.lower().inclusive();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof NextBand)) {
      return false;
    }
    NextBand o = (NextBand) obj;
    return band.equals(o.band) && points.equals(o.points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(band, points);
  }

  /** @return e.g. {@code "BB: 0.69 points to reach > 70"} */
  @Override
  public String toString() {
    return band.code() + ": " + points + " points to reach " + (exclusive() ? "> " : ">= ")
        + band.lower().valueText();
  }
}
