/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The options of issue 16 (first part): zero target as a function, negative targets, ordinal realisasi, precision. */
class RealisasiOptionsTest {
  private static final Locale ID = Locale.forLanguageTag("id");

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator exact(String target, Polarity p, MeasureUnit unit) {
    return Indicator.builder().code("X").name("indikator").unit(unit).target(Target.exact(d(target))).polarity(p).build();
  }

  private static final ZeroTargetRule R_TIMES_100_PLUS_100 =
      ZeroTargetRule.realizationLinear(Optional.of(d("100")), d("100"), d("100"));

  /** One e-SAKIP system: target 0, realisasi 2 → 2 × 100 + 100 = 300; realisasi 0,5 → 150; both 0 → 100. */
  @Test
  void zeroTargetAsAFunctionOfTheRealisasi() {
    Scorer s = Scorer.of(ScoringPolicy.builder().zeroTarget(R_TIMES_100_PLUS_100).build());
    Indicator zero = exact("0", Polarity.HIGHER_IS_BETTER, MeasureUnit.count("kasus"));
    Achievement two = s.score(zero, Realization.of(d("2")));
    assertThat(two.rounded()).contains(d("300.00"));
    assertThat(two.has(Achievement.Flag.BY_RULE)).isTrue();
    assertThat(two.explain(ID)).isEqualTo("target 0: 2 × 100 + 100 (aturan target nol) = 300,00%");
    assertThat(two.explain(Locale.ENGLISH)).isEqualTo("target 0: 2 × 100 + 100 (zero-target rule) = 300.00%");
    assertThat(s.score(zero, Realization.of(d("0.5"))).rounded()).contains(d("150.00"));
    assertThat(s.score(zero, Realization.of(d("0"))).rounded()).contains(d("100.00"));
    // the function applies only when the target is 0: 2 / 4 × 100 = 50
    assertThat(s.score(exact("4", Polarity.HIGHER_IS_BETTER, MeasureUnit.count("kasus")), Realization.of(d("2"))).rounded())
        .contains(d("50.00"));
    assertThat(R_TIMES_100_PLUS_100).hasToString("ZeroTargetRule{bothZero=100, targetZeroOnly=r × 100 + 100}")
        .isEqualTo(ZeroTargetRule.realizationLinear(Optional.of(d("100.0")), d("100"), d("100")))
        .isNotEqualTo(ZeroTargetRule.of(Optional.of(d("100")), Optional.empty()));
    assertThat(R_TIMES_100_PLUS_100.isFunctionOfRealization()).isTrue();
    assertThat(ZeroTargetRule.defaults().isFunctionOfRealization()).isFalse();
  }

  private static final Scorer DEVIATION = Scorer.of(ScoringPolicy.builder().negativeTarget(NegativeTargetRule.RELATIVE_DEVIATION).build());

  private static Indicator negative(String target, Polarity p) {
    return exact(target, p, MeasureUnit.percent().allowingNegative());
  }

  /**
   * Both negative: higher is better, target −2, realisasi −1 → 100 + (−1 − (−2)) / 2 × 100 = 150;
   * realisasi −3 → 100 + (−1) / 2 × 100 = 50. Lower is better: the mirror, 50 and 150.
   */
  @Test
  void negativeTargetsByRelativeDeviation() {
    Achievement a = DEVIATION.score(negative("-2", Polarity.HIGHER_IS_BETTER), Realization.of(d("-1")));
    assertThat(a.rounded()).contains(d("150.00"));
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("100 + (-1 − -2) / |-2| × 100% = 150.00%");
    assertThat(DEVIATION.score(negative("-2", Polarity.HIGHER_IS_BETTER), Realization.of(d("-3"))).rounded()).contains(d("50.00"));
    assertThat(DEVIATION.score(negative("-2", Polarity.LOWER_IS_BETTER), Realization.of(d("-1"))).rounded()).contains(d("50.00"));
    assertThat(DEVIATION.score(negative("-2", Polarity.LOWER_IS_BETTER), Realization.of(d("-3"))).rounded()).contains(d("150.00"));
    // a comparator: ≤ −4 (lower is better), realisasi −5 → 100 − (−5 + 4) / 4 × 100 = 125
    Indicator atMost = Indicator.builder().code("C").name("c").unit(MeasureUnit.percent().allowingNegative())
        .target(Target.atMost(d("-4"))).build();
    assertThat(DEVIATION.score(atMost, Realization.of(d("-5"))).rounded()).contains(d("125.00"));
    // on target: 100
    assertThat(DEVIATION.score(negative("-2.5", Polarity.HIGHER_IS_BETTER), Realization.of(d("-2.5"))).rounded()).contains(d("100.00"));
  }

  @Test
  void signsThatDifferAreUndefinedNeverANumber() {
    Achievement a = DEVIATION.score(negative("-2", Polarity.HIGHER_IS_BETTER), Realization.of(d("1")));
    assertThat(a.status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThat(a.value()).isEmpty();
    assertThat(a.explain(ID)).contains("tanda berbeda");
    assertThat(DEVIATION.score(negative("-2", Polarity.HIGHER_IS_BETTER), Realization.of(d("0"))).status())
        .isEqualTo(Achievement.Status.UNDEFINED);
  }

  @Test
  void aNegativeTargetWithoutTheRuleIsRefused() {
    assertThatThrownBy(() -> Scorer.defaults().score(negative("-2", Polarity.HIGHER_IS_BETTER), Realization.of(d("-1"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("indicator X: target")
        .hasMessageContaining("negative-target: deviation");
    // strategies without a negative-target rule still refuse it under the option
    assertThatThrownBy(() -> DEVIATION.score(negative("-2", Polarity.HIGHER_IS_BETTER), Realization.of(d("-1")),
        ScoringStrategy.closeness())).isInstanceOf(InvalidValueException.class);
  }

  private static Indicator opinion(Target target) {
    Indicator.Builder b = Indicator.builder().code("OP").name("Opini BPK").unit(MeasureUnit.other("opini")).target(target);
    if (target.isNumeric()) {
      b.ordinalScale(OrdinalScale.auditOpinion());
    }
    return b.build();
  }

  /** Opini BPK (TMP 1, TW 2, WDP 3, WTP 4): target WTP, realisasi WDP → 3 / 4 × 100 = 75. */
  @Test
  void ordinalRealisasiAsAPercentage() {
    Indicator wtp = opinion(Target.category("WTP", OrdinalScale.auditOpinion()));
    Achievement a = Scorer.defaults().score(wtp, Realization.ofCategory("WDP"), ScoringStrategy.ordinal());
    assertThat(a.rounded()).contains(d("75.00"));
    assertThat(a.explain(ID)).isEqualTo("WDP (3) / WTP (4) × 100% = 75,00%");
    // any case; TMP → 1 / 4 × 100 = 25
    assertThat(Scorer.defaults().score(wtp, Realization.ofCategory("wdp"), ScoringStrategy.ordinal()).rounded()).contains(d("75.00"));
    assertThat(Scorer.defaults().score(wtp, Realization.ofCategory("TMP"), ScoringStrategy.ordinal()).rounded()).contains(d("25.00"));
    // without the strategy a categorical target stays met / not met
    assertThat(Scorer.defaults().score(wtp, Realization.ofCategory("WDP")).isMet()).isFalse();
  }

  /** A numeric target 4 against the realisasi WDP (3) → 75; target 3 and WTP (4) → 133,33. */
  @Test
  void numericTargetAgainstAnOrdinalRealisasi() {
    Indicator four = opinion(Target.exact(d("4")));
    Achievement a = Scorer.defaults().score(four, Realization.ofCategory("WDP"));
    assertThat(a.strategy()).isEqualTo("ordinal");
    assertThat(a.rounded()).contains(d("75.00"));
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo("WDP (3) / 4 × 100% = 75.00%");
    assertThat(Scorer.defaults().score(opinion(Target.exact(d("3"))), Realization.ofCategory("wtp")).rounded()).contains(d("133.33"));
  }

  @Test
  void anUnknownCodeOrANumberIsAnError() {
    Indicator four = opinion(Target.exact(d("4")));
    assertThatThrownBy(() -> Scorer.defaults().score(four, Realization.ofCategory("WTT")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("indicator OP: realisasi").hasMessageContaining("WTT");
    assertThatThrownBy(() -> Scorer.defaults().score(four, Realization.of(d("3"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be a code on scale 'opini BPK'");
    Indicator noScale = exact("4", Polarity.HIGHER_IS_BETTER, MeasureUnit.index());
    assertThatThrownBy(() -> Scorer.defaults().score(noScale, Realization.ofCategory("WDP"), ScoringStrategy.ordinal()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ordinalScale");
  }

  @Test
  void aRealisasiWithMoreDecimalsThanAllowedIsRefusedWhenScored() {
    Indicator i = Indicator.builder().code("P").name("p").unit(MeasureUnit.index()).target(Target.exact(d("80"))).decimals(1).build();
    assertThat(Scorer.defaults().score(i, Realization.of(d("88.5"))).rounded()).contains(d("110.63")); // 88,5 / 80 × 100 = 110,625
    assertThatThrownBy(() -> Scorer.defaults().score(i, Realization.of(d("88.25"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("realisasi 88.25 has 2 decimals, but indicator P allows 1");
  }
}
