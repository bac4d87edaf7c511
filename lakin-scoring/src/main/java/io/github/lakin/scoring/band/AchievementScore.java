/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Nilai capaian (achievement score): the conversion of a capaian percentage into a 0–120 score
 * (PermenPANRB 8/2021, DOMAIN §9), with the segment of the conversion that produced it.
 *
 * <p>The regulation writes the segments on whole percentages ("≤ 59%", "60–79%", "80–99%",
 * "&gt; 110%"); Lakin reads them lower-bound inclusive, so every capaian ≥ 0 has exactly one
 * segment:
 *
 * <table>
 *   <caption>Segments of the conversion</caption>
 *   <tr><th>capaian c</th><th>nilai capaian</th><th>verified</th></tr>
 *   <tr><td>0 ≤ c &lt; 60</td><td>c / 59 × 49</td><td>yes</td></tr>
 *   <tr><td>60 ≤ c &lt; 80</td><td>50 + 19/19 × (c − 60)</td><td>yes</td></tr>
 *   <tr><td>80 ≤ c &lt; 100</td><td>70 + 19/19 × (c − 80)</td><td>yes</td></tr>
 *   <tr><td>100 ≤ c ≤ 110</td><td>90 + (c − 100)</td><td>no</td></tr>
 *   <tr><td>c &gt; 110</td><td>120</td><td>yes</td></tr>
 * </table>
 *
 * <p>Examples: 98 → 88, 80 → 70, 60 → 50, 59 → 49, 111 → 120. The 100–110 segment is not
 * confirmed by any source Lakin has; it is interpolated (100 → 90, 110 → 100) and its results say
 * {@link #verified()} {@code == false}. The conversion as a whole is therefore {@link
 * Verification#PARTLY_VERIFIED} ({@link #VERIFICATION}). Scores are exact {@link Rational}s (59,5
 * → 59,5 / 59 × 49 has no finite decimal); round them once with {@link #score(RoundingPolicy)}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class AchievementScore {
  /** How well this conversion's source was checked: partly, because of the 100–110 segment. */
  public static final Verification VERIFICATION = Verification.PARTLY_VERIFIED;

  /** The regulation this conversion comes from. */
  public static final String SOURCE =
      "Peraturan Menteri PANRB Nomor 8 Tahun 2021 tentang Sistem Manajemen Kinerja Pegawai Negeri Sipil";

  private static final Rational R49 = Rational.of(49);
  private static final Rational R50 = Rational.of(50);
  private static final Rational R59 = Rational.of(59);
  private static final Rational R60 = Rational.of(60);
  private static final Rational R70 = Rational.of(70);
  private static final Rational R80 = Rational.of(80);
  private static final Rational R90 = Rational.of(90);
  private static final Rational R110 = Rational.of(110);
  private static final Rational R120 = Rational.of(120);

  /** Segmen konversi (conversion segment): which part of the conversion applies to a capaian. */
  public enum Segment {
    /** 0 ≤ capaian &lt; 60 ("≤ 59%"): capaian / 59 × 49. */
    UNDER_60("capaian / 59 × 49", true),
    /** 60 ≤ capaian &lt; 80 ("60–79%"): 50 + 19/19 × (capaian − 60). */
    FROM_60_UNDER_80("50 + 19/19 × (capaian − 60)", true),
    /** 80 ≤ capaian &lt; 100 ("80–99%"): 70 + 19/19 × (capaian − 80). */
    FROM_80_UNDER_100("70 + 19/19 × (capaian − 80)", true),
    /** 100 ≤ capaian ≤ 110: 90 + (capaian − 100); not confirmed by any source, interpolated. */
    FROM_100_TO_110("90 + (capaian − 100)", false),
    /** capaian &gt; 110 ("&gt; 110%"): 120. */
    ABOVE_110("120", true);

    private final String formula;
    private final boolean verified;

    Segment(String formula, boolean verified) {
      this.formula = formula;
      this.verified = verified;
    }

    /** Returns the segment's formula as text, e.g. {@code "70 + 19/19 × (capaian − 80)"}. */
    public String formula() {
      return formula;
    }

    /** Returns false for the unconfirmed 100–110 segment, true otherwise. */
    public boolean verified() {
      return verified;
    }
  }

  private final Rational capaian;
  private final Rational score;
  private final Segment segment;

  private AchievementScore(Rational capaian, Rational score, Segment segment) {
    this.capaian = capaian;
    this.score = score;
    this.segment = segment;
  }

  /**
   * Converts an exact capaian.
   *
   * @param capaian the capaian in percent, e.g. {@code 98} for 98%; ≥ 0
   * @return the nilai capaian with its segment
   * @throws InvalidValueException if the capaian is negative
   */
  public static AchievementScore of(Rational capaian) {
    Objects.requireNonNull(capaian, "capaian");
    return convert(capaian, capaian);
  }

  /**
   * Converts a capaian given as a decimal.
   *
   * @param capaian the capaian in percent, e.g. {@code 98.00}; ≥ 0
   * @return the nilai capaian with its segment
   * @throws InvalidValueException if the capaian is negative
   */
  public static AchievementScore of(BigDecimal capaian) {
    Objects.requireNonNull(capaian, "capaian");
    return convert(Rational.of(capaian), capaian);
  }

  private static AchievementScore convert(Rational c, Object shown) {
    if (c.signum() < 0) {
      throw InvalidValueException.of("capaian", shown, "must be >= 0");
    }
    if (c.compareTo(R60) < 0) {
      return new AchievementScore(c, c.divide(R59).multiply(R49), Segment.UNDER_60);
    }
    if (c.compareTo(R80) < 0) {
      return new AchievementScore(c, R50.add(c.subtract(R60)), Segment.FROM_60_UNDER_80);
    }
    if (c.compareTo(Rational.HUNDRED) < 0) {
      return new AchievementScore(c, R70.add(c.subtract(R80)), Segment.FROM_80_UNDER_100);
    }
    if (c.compareTo(R110) <= 0) {
      return new AchievementScore(c, R90.add(c.subtract(Rational.HUNDRED)), Segment.FROM_100_TO_110);
    }
    return new AchievementScore(c, R120, Segment.ABOVE_110);
  }

  /** Returns the capaian that was converted, exactly. */
  public Rational capaian() {
    return capaian;
  }

  /** Returns the nilai capaian, exact, between 0 and 120. */
  public Rational score() {
    return score;
  }

  /**
   * The score rounded once.
   *
   * @param policy the report's rounding policy
   * @return the rounded nilai capaian
   */
  public BigDecimal score(RoundingPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return policy.round(score);
  }

  /** Returns the segment of the conversion that produced the score. */
  public Segment segment() {
    return segment;
  }

  /** Returns false when the score comes from the unconfirmed 100–110 segment; true otherwise. */
  public boolean verified() {
    return segment.verified();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof AchievementScore)) {
      return false;
    }
    AchievementScore o = (AchievementScore) obj;
    return capaian.equals(o.capaian) && score.equals(o.score) && segment == o.segment;
  }

  @Override
  public int hashCode() {
    return Objects.hash(capaian, score, segment);
  }

  /** @return e.g. {@code "nilai capaian 88 for capaian 98 (70 + 19/19 × (capaian − 80))"} */
  @Override
  public String toString() {
    return "nilai capaian " + score + " for capaian " + capaian + " (" + segment.formula() + ")"
        + (verified() ? "" : " [unverified segment]");
  }
}
