/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static io.github.lakin.scoring.aggregate.ReportModel.targetAndRealization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the organisation roll-up: each parent is the mean of its children (DOMAIN §6). */
class OrgRollupProperties {

  /**
   * A tree of up to four levels: {@code shape.get(i).get(j)} is the number of units below the j-th
   * child of the root's i-th child. Leaf reports come from {@code reports} in turn; {@code present}
   * says which leaves have a report at all.
   */
  record Tree(List<List<Integer>> shape, List<BigDecimal[]> reports, List<Boolean> present) {}

  static Gen<Tree> trees() {
    Gen<List<List<Integer>>> shape = lists().of(lists().of(integers().between(0, 3)).ofSizeBetween(0, 3)).ofSizeBetween(1, 4);
    Gen<List<BigDecimal[]>> reports = lists().of(targetAndRealization()).ofSize(60);
    Gen<List<Boolean>> present = lists().of(integers().between(0, 5).map(i -> i > 0)).ofSize(60);
    return shape.zip(reports, present, Tree::new);
  }

  private static ReportResult report(OrgUnit unit, BigDecimal target, BigDecimal real) {
    PerformanceAgreement pk = PerformanceAgreement.builder().unit(unit).year(2023).effectiveDate(LocalDate.of(2023, 1, 2))
        .addGoals(Goal.of("G", "g", List.of(Indicator.of("I", "i", MeasureUnit.percent(), Target.exact(target)))))
        .build();
    return ReportScorer.of(ReportPolicy.defaults()).score(pk, Map.of("I", Realization.of(real)));
  }

  /** Builds the tree and its reports; returns the reference figure of every unit by code. */
  private static final class Built {
    final Map<String, ReportResult> results = new HashMap<>();
    final Map<String, Optional<Frac>> expected = new HashMap<>();
    final Map<String, List<String>> children = new HashMap<>();
    final List<Frac> leafFigures = new ArrayList<>();
    int next;
    final Tree tree;

    Built(Tree tree) {
      this.tree = tree;
    }

    OrgUnit leaf(String code) {
      OrgUnit u = OrgUnit.of(code, "unit " + code, OrgLevel.ESELON_II);
      int k = next++;
      children.put(code, List.of());
      if (tree.present().get(k)) {
        BigDecimal[] tr = tree.reports().get(k);
        results.put(code, report(u, tr[0], tr[1]));
        Frac f = Frac.of(tr[1]).mul(Frac.HUNDRED).div(Frac.of(tr[0]));
        expected.put(code, Optional.of(f));
        leafFigures.add(f);
      } else {
        expected.put(code, Optional.empty());
      }
      return u;
    }

    OrgUnit parent(String code, OrgLevel level, List<OrgUnit> kids) {
      OrgUnit u = OrgUnit.of(code, "unit " + code, level, kids);
      List<String> codes = new ArrayList<>();
      Frac sum = Frac.ZERO;
      int n = 0;
      for (OrgUnit k : kids) {
        codes.add(k.code());
        Optional<Frac> f = expected.get(k.code());
        if (f.isPresent()) {
          sum = sum.add(f.get());
          n++;
        }
      }
      children.put(code, codes);
      expected.put(code, n == 0 ? Optional.empty() : Optional.of(sum.div(n)));
      // a parent's own report is kept beside its roll-up figure but never mixed into it
      int k = next++;
      if (tree.present().get(k)) {
        BigDecimal[] tr = tree.reports().get(k);
        results.put(code, report(u, tr[0], tr[1]));
      }
      return u;
    }

    OrgUnit root() {
      List<OrgUnit> eselonI = new ArrayList<>();
      for (int i = 0; i < tree.shape().size(); i++) {
        String ci = "E" + i;
        List<Integer> below = tree.shape().get(i);
        if (below.isEmpty()) {
          eselonI.add(leaf(ci));
          continue;
        }
        List<OrgUnit> eselonII = new ArrayList<>();
        for (int j = 0; j < below.size(); j++) {
          String cj = ci + "-D" + j;
          if (below.get(j) == 0) {
            eselonII.add(leaf(cj));
          } else {
            List<OrgUnit> satker = new ArrayList<>();
            for (int m = 0; m < below.get(j); m++) {
              satker.add(leaf(cj + "-S" + m));
            }
            eselonII.add(parent(cj, OrgLevel.ESELON_II, satker));
          }
        }
        eselonI.add(parent(ci, OrgLevel.ESELON_I, eselonII));
      }
      return parent("K", OrgLevel.KEMENTERIAN_LEMBAGA, eselonI);
    }
  }

  @Test
  void aParentLiesBetweenTheMinimumAndMaximumOfItsChildren() {
    qt().withExamples(300).forAll(trees()).checkAssert(tree -> {
      Built b = new Built(tree);
      OrgUnit root = b.root();
      OrgRollup rollup = OrgRollup.of(root, b.results, RoundingPolicy.defaults());
      root.stream().forEach(u -> {
        OrgRollup node = rollup.find(u.code()).orElseThrow();
        Optional<Frac> got = node.figure().value().map(Frac::from);
        assertThat(got).as(u.code()).isEqualTo(b.expected.get(u.code()));
        if (u.isLeaf() || got.isEmpty()) {
          return;
        }
        List<Frac> kids = new ArrayList<>();
        for (OrgRollup c : node.children()) {
          c.figure().value().map(Frac::from).ifPresent(kids::add);
        }
        Frac min = kids.stream().reduce(Frac::min).orElseThrow();
        Frac max = kids.stream().reduce(Frac::max).orElseThrow();
        assertThat(got.get().compareTo(min)).as("%s >= min of children", u.code()).isGreaterThanOrEqualTo(0);
        assertThat(got.get().compareTo(max)).as("%s <= max of children", u.code()).isLessThanOrEqualTo(0);
        assertThat(node.figure().members()).hasSize(kids.size());
        assertThat(node.figure().excluded()).hasSize(node.children().size() - kids.size());
      });
      // and the top lies between the lowest and the highest unit at the bottom
      if (!b.leafFigures.isEmpty()) {
        Frac top = Frac.from(rollup.figure().value().orElseThrow());
        assertThat(top.compareTo(b.leafFigures.stream().reduce(Frac::min).orElseThrow())).isGreaterThanOrEqualTo(0);
        assertThat(top.compareTo(b.leafFigures.stream().reduce(Frac::max).orElseThrow())).isLessThanOrEqualTo(0);
      } else {
        assertThat(rollup.figure().value()).isEmpty();
      }
    });
  }
}
