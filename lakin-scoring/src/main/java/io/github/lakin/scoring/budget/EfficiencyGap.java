package io.github.lakin.scoring.budget;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.internal.DecimalText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Analisis efisiensi (efficiency gap): capaian kinerja − serapan anggaran, in percentage points.
 * Positive means <i>efisien</i>: more performance than budget spent. Example (DOMAIN §12):
 * 106,51 − 99,89 = 6,62 points.
 *
 * <p>The gap is computed from the exact values and rounded once.
 */
public final class EfficiencyGap {
  private final String label;
  private final Rational achievement;
  private final Rational absorption;
  private final RoundingPolicy rounding;

  private EfficiencyGap(String label, Rational achievement, Rational absorption, RoundingPolicy rounding) {
    this.label = label;
    this.achievement = achievement;
    this.absorption = absorption;
    this.rounding = rounding;
  }

  /**
   * @param label what is compared, e.g. {@code "unit"} or a goal code
   * @param achievement the capaian kinerja in percent
   * @param absorption the budget absorption in percent
   * @param rounding the display rounding
   * @return the gap
   */
  public static EfficiencyGap of(String label, Rational achievement, Rational absorption, RoundingPolicy rounding) {
    return new EfficiencyGap(Objects.requireNonNull(label, "label"), Objects.requireNonNull(achievement, "achievement"),
        Objects.requireNonNull(absorption, "absorption"), Objects.requireNonNull(rounding, "rounding"));
  }

  /** @return what is compared */
  public String label() {
    return label;
  }

  /** @return the capaian kinerja */
  public Rational achievement() {
    return achievement;
  }

  /** @return the absorption */
  public Rational absorption() {
    return absorption;
  }

  /** @return capaian − absorption, exact, in points */
  public Rational gap() {
    return achievement.subtract(absorption);
  }

  /** @return the display rounding of {@link #rounded()} */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** @return the gap rounded once */
  public BigDecimal rounded() {
    return rounding.round(gap());
  }

  /** @return whether the gap is positive (efisien) */
  public boolean efficient() {
    return gap().signum() > 0;
  }

  /**
   * @param locale Indonesian ({@code id}) or English
   * @return e.g. {@code "106,51 − 99,89 = 6,62 poin (efisien)"}
   */
  public String explain(Locale locale) {
    boolean id = DecimalText.isIndonesian(locale);
    return DecimalText.format(rounding.round(achievement), locale) + " − " + DecimalText.format(rounding.round(absorption), locale)
        + " = " + DecimalText.format(rounded(), locale) + (id ? " poin (" : " points (")
        + (efficient() ? (id ? "efisien" : "efficient") : (id ? "tidak efisien" : "not efficient")) + ")";
  }

  @Override
  public String toString() {
    return label + ": " + rounded().toPlainString() + (efficient() ? " (efisien)" : "");
  }
}
