/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static io.github.lakin.scoring.aggregate.ReportModel.targetAndRealization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the "x dari n indikator mencapai target" counts (DOMAIN §6). */
class MetCountsProperties {
  private static final OrdinalScale OPINION = OrdinalScale.auditOpinion(); // TMP < TW < WDP < WTP

  enum Kind { HIGHER, LOWER, HIT, ZERO_BOTH, ZERO_TARGET_ONLY, NOT_AVAILABLE, CATEGORY, PROVISIONAL }

  record Case(Kind kind, BigDecimal target, BigDecimal real, int category) {
    boolean numericComputed() {
      return kind == Kind.HIGHER || kind == Kind.LOWER || kind == Kind.HIT || kind == Kind.ZERO_BOTH || kind == Kind.PROVISIONAL;
    }

    /** The reference capaian after cap and floor 0, for numeric computed kinds. */
    Frac value(Optional<BigDecimal> cap) {
      Frac raw;
      switch (kind) {
        case ZERO_BOTH: // the default zero-target rule: 0 of 0 is 100
        case HIT: // realisasi == target
          raw = Frac.HUNDRED;
          break;
        case LOWER:
          raw = Frac.TWO.sub(Frac.of(real).div(Frac.of(target))).mul(Frac.HUNDRED);
          break;
        default:
          raw = Frac.of(real).mul(Frac.HUNDRED).div(Frac.of(target));
      }
      if (cap.isPresent() && raw.compareTo(Frac.of(cap.get())) > 0) {
        raw = Frac.of(cap.get());
      }
      return raw.signum() < 0 ? Frac.ZERO : raw;
    }
  }

  static Gen<Case> cases() {
    return arbitrary().enumValues(Kind.class).zip(targetAndRealization(), integers().between(0, 3),
        (k, tr, c) -> new Case(k, tr[0], tr[1], c));
  }

  private static Indicator indicator(String code, Case c) {
    Indicator.Builder b = Indicator.builder();
    b.code(code).name("indikator " + code).unit(MeasureUnit.percent()).weight(BigDecimal.ONE);
    switch (c.kind()) {
      case ZERO_BOTH:
      case ZERO_TARGET_ONLY:
        b.target(Target.exact(BigDecimal.ZERO));
        break;
      case HIT:
        b.target(Target.exact(c.real().add(BigDecimal.ONE)));
        break;
      case CATEGORY:
        b.target(Target.category("WDP", OPINION));
        break;
      case LOWER:
        b.target(Target.exact(c.target())).polarity(Polarity.LOWER_IS_BETTER);
        break;
      default:
        b.target(Target.exact(c.target()));
    }
    return b.build();
  }

  private static Optional<Realization> realization(Case c) {
    switch (c.kind()) {
      case ZERO_BOTH:
        return Optional.of(Realization.of(BigDecimal.ZERO));
      case ZERO_TARGET_ONLY:
        return Optional.of(Realization.of(c.real().add(new BigDecimal("0.01"))));
      case HIT:
        return Optional.of(Realization.of(c.real().add(BigDecimal.ONE)));
      case NOT_AVAILABLE:
        // either given as N/A or not given at all
        return c.category() % 2 == 0 ? Optional.of(Realization.notAvailable("menunggu data")) : Optional.empty();
      case CATEGORY:
        return Optional.of(Realization.ofCategory(OPINION.categories().get(c.category())));
      case PROVISIONAL:
        return Optional.of(Realization.of(c.real()).provisional(Period.year(2023), "nilai 2023"));
      default:
        return Optional.of(Realization.of(c.real()));
    }
  }

  @Test
  void countsAddUpAndMatchTheReference() {
    Gen<Optional<BigDecimal>> caps = arbitrary().pick(List.of(Optional.empty(), Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal("120"))));
    Gen<ProvisionalRule> provisional = arbitrary().pick(ProvisionalRule.INCLUDE_AND_FLAG, ProvisionalRule.EXCLUDE);
    Gen<AggregationShape> shapes = arbitrary().enumValues(AggregationShape.class);
    qt().withExamples(400).forAll(lists().of(cases()).ofSizeBetween(1, 14), caps, provisional, shapes).checkAssert((cases, cap, prov, shape) -> {
      PerformanceAgreement.Builder pk = PerformanceAgreement.builder();
      pk.unit(ReportModel.UNIT).year(2024).effectiveDate(LocalDate.of(2024, 1, 2));
      Map<String, Realization> real = new LinkedHashMap<>();
      List<Indicator> goal = new ArrayList<>();
      int goals = 0;
      for (int k = 0; k < cases.size(); k++) {
        String code = "I" + (k + 1);
        Case c = cases.get(k);
        goal.add(indicator(code, c));
        realization(c).ifPresent(r -> real.put(code, r));
        if (goal.size() == 3 || k == cases.size() - 1) {
          goals++;
          pk.addGoals(Goal.builder().code("G" + goals).name("sasaran " + goals).weight(BigDecimal.ONE).addAllIndicators(goal).build());
          goal = new ArrayList<>();
        }
      }
      ScoringPolicy scoring = cap.map(x -> ScoringPolicy.defaults().withCap(x)).orElse(ScoringPolicy.defaults());
      ReportPolicy policy = ReportPolicy.builder().scoring(scoring).provisional(prov).shape(shape).build();
      MetCounts counts = ReportScorer.of(policy).score(pk.build(), real).counts();

      int numeric = 0;
      int met = 0;
      int above = 0;
      int equal = 0;
      int below = 0;
      int computed = 0;
      int na = 0;
      int undefined = 0;
      for (Case c : cases) {
        if (c.kind() == Kind.NOT_AVAILABLE) {
          na++;
        } else if (c.kind() == Kind.ZERO_TARGET_ONLY) {
          undefined++;
        } else if (c.kind() == Kind.CATEGORY) {
          computed++;
          if (c.category() >= OPINION.categories().indexOf("WDP")) {
            met++;
          }
        } else {
          computed++;
          numeric++;
          int cmp = c.value(cap).compareTo(Frac.HUNDRED);
          if (cmp >= 0) {
            met++;
          }
          if (cmp > 0) {
            above++;
          } else if (cmp == 0) {
            equal++;
          } else {
            below++;
          }
        }
      }
      assertThat(counts.total()).isEqualTo(cases.size());
      assertThat(counts.met() + counts.notMet() + counts.notAvailable() + counts.undefined()).isEqualTo(counts.total());
      assertThat(counts.above() + counts.equal() + counts.below()).isEqualTo(numeric);
      assertThat(counts.met()).as("met").isEqualTo(met);
      assertThat(counts.notMet()).as("not met").isEqualTo(computed - met);
      assertThat(counts.above()).as("above").isEqualTo(above);
      assertThat(counts.equal()).as("equal").isEqualTo(equal);
      assertThat(counts.below()).as("below").isEqualTo(below);
      assertThat(counts.notAvailable()).as("not available").isEqualTo(na);
      assertThat(counts.undefined()).as("undefined").isEqualTo(undefined);
      int without = na + undefined;
      assertThat(counts.statement(Locale.forLanguageTag("id")))
          .isEqualTo(met + " dari " + cases.size() + " indikator mencapai atau melampaui target"
              + (without > 0 ? " (" + without + " tanpa capaian)" : ""));
      assertThat(counts.statement(Locale.ENGLISH))
          .isEqualTo(met + " of " + cases.size() + " indicators met or exceeded their target"
              + (without > 0 ? " (" + without + " without an achievement)" : ""));
    });
  }
}
