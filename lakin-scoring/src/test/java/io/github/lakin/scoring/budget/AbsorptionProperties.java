/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.Aggregate;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of budget absorption, the efficiency gap and the efficiency index (DOMAIN §7, §13). */
class AbsorptionProperties {
  private static final RoundingPolicy TWO = RoundingPolicy.defaults();

  /** A plain exact fraction kept in lowest terms, for the reference. */
  record Frac(BigInteger num, BigInteger den) {
    static final Frac ZERO = new Frac(BigInteger.ZERO, BigInteger.ONE);
    static final Frac HUNDRED = new Frac(BigInteger.valueOf(100), BigInteger.ONE);

    static Frac of(BigInteger n, BigInteger d) {
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      return g.signum() == 0 ? ZERO : new Frac(n.divide(g), d.divide(g));
    }

    static Frac of(BigDecimal d) {
      return d.scale() >= 0 ? of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
          : of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
    }

    static Frac from(Rational r) {
      return of(r.numerator(), r.denominator());
    }

    Frac add(Frac o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Frac sub(Frac o) {
      return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Frac mul(Frac o) {
      return of(num.multiply(o.num), den.multiply(o.den));
    }

    Frac div(Frac o) {
      return of(num.multiply(o.den), den.multiply(o.num));
    }

    Frac div(long n) {
      return of(num, den.multiply(BigInteger.valueOf(n)));
    }

    BigDecimal halfUp(int scale) {
      return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
    }
  }

  /** Rupiah amounts with 0–2 decimals (sen), unscaled up to 10^13. */
  static Gen<BigDecimal> rupiah(long minUnscaled) {
    return longs().between(minUnscaled, 10_000_000_000_000L).zip(integers().between(0, 2), BigDecimal::valueOf);
  }

  /** A budget line: pagu, realisasi between 0 and 1.2 × pagu, and an initial pagu. */
  static Gen<BigDecimal[]> amounts(long minPagu) {
    return rupiah(minPagu).flatMap(p -> longs().between(0, p.unscaledValue().longValueExact() * 12 / 10)
        .zip(rupiah(0), (r, initial) -> new BigDecimal[] {p, BigDecimal.valueOf(r, p.scale()), initial}));
  }

  static List<BudgetLine> lines(List<BigDecimal[]> amounts, boolean withInitial) {
    List<BudgetLine> out = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      BigDecimal[] a = amounts.get(i);
      BudgetLine.Builder b = BudgetLine.builder();
      b.code("O" + (i + 1)).name("output " + (i + 1)).finalPagu(a[0]).realization(a[1]);
      if (withInitial) {
        b.initialPagu(a[2]);
      }
      out.add(b.build());
    }
    return out;
  }

  private static Frac sum(List<BigDecimal[]> amounts, int column) {
    Frac s = Frac.ZERO;
    for (BigDecimal[] a : amounts) {
      s = s.add(Frac.of(a[column]));
    }
    return s;
  }

  @Test
  void absorptionOfSeveralLinesIsTheRatioOfSums() {
    qt().withExamples(400).forAll(lists().of(amounts(0)).ofSizeBetween(1, 8)).checkAssert(amounts -> {
      Absorption a = Absorption.of("unit", lines(amounts, false), PaguBasis.FINAL, TWO);
      Frac pagu = sum(amounts, 0);
      Frac real = sum(amounts, 1);
      assertThat(Frac.of(a.pagu())).isEqualTo(pagu);
      assertThat(Frac.of(a.realization())).isEqualTo(real);
      if (pagu.num().signum() == 0) {
        assertThat(a.percent()).isEmpty();
        assertThat(a.rounded()).isEmpty();
      } else {
        Frac expected = real.mul(Frac.HUNDRED).div(pagu);
        assertThat(Frac.from(a.percent().orElseThrow())).isEqualTo(expected);
        assertThat(a.rounded()).contains(expected.halfUp(2));
        assertThat(a.percent().orElseThrow().signum()).isGreaterThanOrEqualTo(0);
      }
      assertThat(a.lineCodes()).hasSize(amounts.size());
    });
  }

  @Test
  void absorptionIsNeverTheMeanOfTheLinePercentages() {
    Gen<List<BigDecimal[]>> differing = lists().of(amounts(1)).ofSizeBetween(2, 8).assuming(amounts -> {
      Frac mean = Frac.ZERO;
      for (BigDecimal[] x : amounts) {
        mean = mean.add(Frac.of(x[1]).mul(Frac.HUNDRED).div(Frac.of(x[0])));
      }
      mean = mean.div(amounts.size());
      return !mean.equals(sum(amounts, 1).mul(Frac.HUNDRED).div(sum(amounts, 0)));
    });
    qt().withExamples(300).forAll(differing).checkAssert(amounts -> {
      Frac meanOfPercentages = Frac.ZERO;
      for (BigDecimal[] x : amounts) {
        meanOfPercentages = meanOfPercentages.add(Frac.of(x[1]).mul(Frac.HUNDRED).div(Frac.of(x[0])));
      }
      meanOfPercentages = meanOfPercentages.div(amounts.size());
      Frac got = Frac.from(Absorption.of(lines(amounts, false)).percent().orElseThrow());
      assertThat(got).isEqualTo(sum(amounts, 1).mul(Frac.HUNDRED).div(sum(amounts, 0)));
      assertThat(got).isNotEqualTo(meanOfPercentages);
    });
  }

  @Test
  void fullySpentLinesGiveExactlyOneHundred() {
    qt().withExamples(300).forAll(lists().of(rupiah(0)).ofSizeBetween(1, 8).assuming(ps -> ps.stream().anyMatch(p -> p.signum() > 0)))
        .checkAssert(pagus -> {
          List<BigDecimal[]> amounts = pagus.stream().map(p -> new BigDecimal[] {p, p, p}).collect(Collectors.toList());
          Absorption a = Absorption.of("unit", lines(amounts, true), PaguBasis.FINAL, TWO);
          assertThat(a.percent()).contains(Rational.HUNDRED);
          assertThat(a.rounded()).contains(new BigDecimal("100.00"));
          assertThat(Absorption.of("unit", lines(amounts, true), PaguBasis.INITIAL, TWO).percent()).contains(Rational.HUNDRED);
        });
  }

  @Test
  void initialBasisIsTheRatioOfSumsOfInitialPagu() {
    qt().withExamples(300).forAll(lists().of(amounts(0)).ofSizeBetween(1, 8)).checkAssert(amounts -> {
      Frac initial = sum(amounts, 2);
      Frac real = sum(amounts, 1);
      if (initial.num().signum() == 0 && real.num().signum() > 0) {
        assertThatThrownBy(() -> Absorption.of("unit", lines(amounts, true), PaguBasis.INITIAL, TWO))
            .isInstanceOf(InvalidValueException.class).hasMessageContaining("pagu");
        return;
      }
      Absorption a = Absorption.of("unit", lines(amounts, true), PaguBasis.INITIAL, TWO);
      assertThat(a.basis()).isEqualTo(PaguBasis.INITIAL);
      assertThat(Frac.of(a.pagu())).isEqualTo(initial);
      if (initial.num().signum() == 0) {
        assertThat(a.percent()).isEmpty();
      } else {
        assertThat(Frac.from(a.percent().orElseThrow())).isEqualTo(real.mul(Frac.HUNDRED).div(initial));
      }
    });
  }

  @Test
  void efficiencyGapIsCapaianMinusAbsorptionExactly() {
    // exact values with awkward denominators (…/3, …/7, …/9) as capaian and absorption really are
    Gen<Rational> values = longs().between(0, 30_000_000).zip(arbitrary().pick(1L, 3L, 7L, 9L, 100L, 1000L, 300_000L),
        (n, d) -> Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d)));
    qt().withExamples(400).forAll(values, values, integers().between(0, 4)).checkAssert((c, a0, same) -> {
      Rational a = same == 0 ? c : a0; // equal now and then: a zero gap is not efficient
      EfficiencyGap g = EfficiencyGap.of("unit", c, a, TWO);
      Frac expected = Frac.from(c).sub(Frac.from(a));
      assertThat(Frac.from(g.gap())).isEqualTo(expected);
      assertThat(g.efficient()).isEqualTo(expected.num().signum() > 0);
      assertThat(g.rounded()).isEqualTo(expected.halfUp(2));
      assertThat(g.achievement()).isEqualTo(c);
      assertThat(g.absorption()).isEqualTo(a);
    });
  }

  /** A report with budget lines: its efficiency gaps are its capaian minus its absorption, unit and per goal. */
  @Test
  void reportEfficiencyIsItsCapaianMinusItsAbsorption() {
    Gen<BigDecimal[]> indicator = longs().between(1, 100_000).zip(longs().between(0, 250_000), integers().between(0, 3),
        (t, r, s) -> new BigDecimal[] {BigDecimal.valueOf(t, s), BigDecimal.valueOf(r, s)});
    Gen<List<List<BigDecimal[]>>> goals = lists().of(lists().of(indicator).ofSizeBetween(1, 3)).ofSizeBetween(1, 4);
    Gen<List<BigDecimal[]>> budget = lists().of(amounts(0)).ofSizeBetween(1, 6);
    Gen<List<Integer>> owners = lists().of(integers().between(0, 4)).ofSize(6);
    qt().withExamples(300).forAll(goals, budget, owners, arbitrary().enumValues(RoundingStage.class)).checkAssert((gs, amounts, own, stage) -> {
      PerformanceAgreement.Builder pk = PerformanceAgreement.builder();
      pk.unit(OrgUnit.of("U", "Unit", OrgLevel.ESELON_II)).year(2024).effectiveDate(LocalDate.of(2024, 1, 2));
      Map<String, Realization> real = new LinkedHashMap<>();
      for (int g = 0; g < gs.size(); g++) {
        List<Indicator> inds = new ArrayList<>();
        for (int i = 0; i < gs.get(g).size(); i++) {
          String code = (g + 1) + "." + (i + 1);
          inds.add(Indicator.of(code, "indikator " + code, MeasureUnit.percent(), Target.exact(gs.get(g).get(i)[0])));
          real.put(code, Realization.of(gs.get(g).get(i)[1]));
        }
        pk.addGoals(Goal.of("G" + (g + 1), "sasaran " + (g + 1), inds));
      }
      Map<String, List<BigDecimal[]>> byGoal = new LinkedHashMap<>();
      for (int l = 0; l < amounts.size(); l++) {
        BigDecimal[] x = amounts.get(l);
        int owner = own.get(l) % (gs.size() + 1); // 0: a line for the whole unit
        BudgetLine.Builder b = BudgetLine.builder();
        b.code("O" + (l + 1)).name("output " + (l + 1)).finalPagu(x[0]).realization(x[1]);
        if (owner > 0) {
          b.goalCode("G" + owner);
          byGoal.computeIfAbsent("G" + owner, k -> new ArrayList<>()).add(x);
        }
        pk.addBudget(b.build());
      }
      ReportResult r = ReportScorer.of(ReportPolicy.builder().roundingStage(stage).build()).score(pk.build(), real);

      Frac pagu = sum(amounts, 0);
      Frac spent = sum(amounts, 1);
      check(r.overall(), pagu, spent, r.absorption().orElseThrow(), r.efficiency(), r.efficiencyIndex(), stage);
      assertThat(r.goalAbsorption().keySet()).isEqualTo(byGoal.keySet());
      byGoal.forEach((goal, xs) -> check(r.goal(goal).orElseThrow().aggregate(), sum(xs, 0), sum(xs, 1),
          r.goalAbsorption().get(goal), Optional.ofNullable(r.goalEfficiency().get(goal)),
          Optional.ofNullable(r.goalEfficiencyIndex().get(goal)), stage));
      // each line on its own, in the agreement's order
      assertThat(r.lineAbsorption()).hasSameSizeAs(amounts);
      for (int l = 0; l < amounts.size(); l++) {
        BigDecimal[] x = amounts.get(l);
        Absorption line = r.lineAbsorption().get(l);
        assertThat(line.label()).isEqualTo("O" + (l + 1));
        if (x[0].signum() == 0) {
          assertThat(line.percent()).isEmpty();
        } else {
          assertThat(Frac.from(line.percent().orElseThrow())).isEqualTo(Frac.of(x[1]).mul(Frac.HUNDRED).div(Frac.of(x[0])));
        }
      }
    });
  }

  private static void check(Aggregate capaian, Frac pagu, Frac spent, Absorption absorption, Optional<EfficiencyGap> gap,
      Optional<EfficiencyIndex> index, RoundingStage stage) {
    if (pagu.num().signum() == 0) {
      assertThat(absorption.percent()).isEmpty();
      assertThat(gap).isEmpty();
      assertThat(index).isEmpty();
      return;
    }
    Frac a = spent.mul(Frac.HUNDRED).div(pagu);
    assertThat(Frac.from(absorption.percent().orElseThrow())).isEqualTo(a);
    Frac c = Frac.from(capaian.value().orElseThrow());
    Frac expected = stage == RoundingStage.END ? c.sub(a) : Frac.of(c.halfUp(2)).sub(Frac.of(a.halfUp(2)));
    EfficiencyGap g = gap.orElseThrow();
    assertThat(Frac.from(g.gap())).as(capaian.label()).isEqualTo(expected);
    assertThat(g.efficient()).isEqualTo(expected.num().signum() > 0);
    assertThat(g.rounded()).isEqualTo(expected.halfUp(2));
    // the index divides the same two figures the gap subtracts; nothing spent (as compared) gives none
    Frac cs = stage == RoundingStage.END ? c : Frac.of(c.halfUp(2));
    Frac as = stage == RoundingStage.END ? a : Frac.of(a.halfUp(2));
    if (as.num().signum() == 0) {
      assertThat(index).isEmpty();
    } else {
      EfficiencyIndex i = index.orElseThrow();
      assertThat(Frac.from(i.index())).as(capaian.label()).isEqualTo(cs.div(as));
      assertThat(i.rounded()).isEqualTo(cs.div(as).halfUp(3));
      assertThat(i.efficient()).isEqualTo(g.efficient());
    }
  }
}
