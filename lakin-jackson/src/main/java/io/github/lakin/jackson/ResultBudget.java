package io.github.lakin.jackson;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Serapan anggaran dan efisiensi (budget absorption and efficiency) of the result form {@code
 * lakin-result/1}: pagu, realisasi, absorption %, and the efficiency gap (capaian − absorption, in
 * points). Immutable.
 */
public final class ResultBudget {
  private static final Locale ID = Locale.forLanguageTag("id");

  private final Optional<BigDecimal> pagu;
  private final Optional<BigDecimal> realisasi;
  private final Optional<BigDecimal> absorption;
  private final Optional<BigDecimal> efficiencyGap;
  private final Optional<Boolean> efficient;
  private final Optional<Absorption> absorptionSource;
  private final Optional<EfficiencyGap> gapSource;

  private ResultBudget(Optional<BigDecimal> pagu, Optional<BigDecimal> realisasi, Optional<BigDecimal> absorption,
      Optional<BigDecimal> efficiencyGap, Optional<Boolean> efficient, Optional<Absorption> absorptionSource,
      Optional<EfficiencyGap> gapSource) {
    this.pagu = pagu;
    this.realisasi = realisasi;
    this.absorption = absorption;
    this.efficiencyGap = efficiencyGap;
    this.efficient = efficient;
    this.absorptionSource = absorptionSource;
    this.gapSource = gapSource;
  }

  /**
   * @param pagu the total budget allocation, when known
   * @param realisasi the total spending, when known
   * @param absorption the absorption %, rounded at the policy's scale, when known
   * @param efficiencyGap the efficiency gap in points, rounded, when known
   * @param efficient whether the gap is positive, when known
   * @return the budget figures
   */
  public static ResultBudget of(Optional<BigDecimal> pagu, Optional<BigDecimal> realisasi, Optional<BigDecimal> absorption,
      Optional<BigDecimal> efficiencyGap, Optional<Boolean> efficient) {
    return new ResultBudget(pagu, realisasi, absorption, efficiencyGap, efficient, Optional.empty(), Optional.empty());
  }

  /**
   * @param absorption the unit's budget absorption
   * @param gap the unit's efficiency gap, when there is one
   * @return the figures, with exact values and explanations for the detailed mode
   */
  public static ResultBudget from(Absorption absorption, Optional<EfficiencyGap> gap) {
    return new ResultBudget(Optional.of(absorption.pagu()), Optional.of(absorption.realization()), absorption.rounded(),
        gap.map(EfficiencyGap::rounded), gap.map(EfficiencyGap::efficient), Optional.of(absorption), gap);
  }

  Optional<BigDecimal> pagu() {
    return pagu;
  }

  Optional<BigDecimal> realisasi() {
    return realisasi;
  }

  Optional<BigDecimal> absorption() {
    return absorption;
  }

  Optional<BigDecimal> efficiencyGap() {
    return efficiencyGap;
  }

  Optional<Boolean> efficient() {
    return efficient;
  }

  Optional<Rational> absorptionExact() {
    return absorptionSource.flatMap(Absorption::percent);
  }

  Optional<Rational> efficiencyGapExact() {
    return gapSource.map(EfficiencyGap::gap);
  }

  Optional<String[]> absorptionExplanation() {
    return absorptionSource.map(a -> new String[] {a.explain(ID), a.explain(Locale.ENGLISH)});
  }

  Optional<String[]> efficiencyGapExplanation() {
    return gapSource.map(g -> new String[] {g.explain(ID), g.explain(Locale.ENGLISH)});
  }
}
