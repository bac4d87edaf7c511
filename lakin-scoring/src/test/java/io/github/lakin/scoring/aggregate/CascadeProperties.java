/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the cascade (issue 16), against a slow recursive reference: a cascade of one child equals
 * the child for every rule; a tree of sums equals the sum of its leaves; any tree equals the
 * reference evaluated node by node from the definitions.
 */
class CascadeProperties {
  private static final CascadeRule[] RULES = CascadeRule.values();

  /**
   * A random tree as rows of 4 numbers: node i (from 1) hangs under node {@code parent % i}; its
   * rule, its value (−99999 … 99999 at scale 0–3) and its weight (0–5; a weighted parent whose
   * children all weigh 0 gets weight 1 on its first child).
   */
  private static Gen<List<List<Integer>>> trees() {
    return lists().of(lists().of(integers().between(0, 99_999)).ofSize(5)).ofSizeBetween(1, 25);
  }

  /** The tree's shape: parent of each node (−1 for node 0). */
  private static int[] parents(List<List<Integer>> rows) {
    int[] p = new int[rows.size()];
    p[0] = -1;
    for (int i = 1; i < rows.size(); i++) {
      p[i] = rows.get(i).get(0) % i;
    }
    return p;
  }

  private static BigDecimal value(List<Integer> row) {
    int sign = row.get(4) % 2 == 0 ? 1 : -1;
    return BigDecimal.valueOf((long) sign * row.get(2), row.get(3) % 4);
  }

  private static boolean hasChildren(int[] p, int i) {
    for (int k = 0; k < p.length; k++) {
      if (p[k] == i) {
        return true;
      }
    }
    return false;
  }

  /** Builds the tree; {@code rule} null gives each inner node the rule of its row. */
  private static CascadeTree build(List<List<Integer>> rows, CascadeRule rule) {
    int[] p = parents(rows);
    CascadeTree.Builder b = CascadeTree.builder();
    for (int i = 0; i < rows.size(); i++) {
      String parent = p[i] < 0 ? "" : "n" + p[i];
      if (hasChildren(p, i)) {
        b.derived("n" + i, "node " + i, parent, rule != null ? rule : RULES[rows.get(i).get(1) % RULES.length]);
      } else {
        b.leaf("n" + i, "node " + i, parent, value(rows.get(i)));
      }
    }
    for (int i = 1; i < rows.size(); i++) {
      if (ruleOf(rows, rule, p[i]) == CascadeRule.WEIGHTED) {
        b.weight("n" + i, BigDecimal.valueOf(weight(rows, p, i)));
      }
    }
    return b.build();
  }

  private static CascadeRule ruleOf(List<List<Integer>> rows, CascadeRule rule, int i) {
    return rule != null ? rule : RULES[rows.get(i).get(1) % RULES.length];
  }

  /** A child's weight: row value % 6, but 1 for the first child of a parent whose children all weigh 0. */
  private static int weight(List<List<Integer>> rows, int[] p, int i) {
    int w = rows.get(i).get(4) % 6;
    if (w != 0) {
      return w;
    }
    int first = -1;
    for (int k = 1; k < rows.size(); k++) {
      if (p[k] == p[i]) {
        if (first < 0) {
          first = k;
        }
        if (rows.get(k).get(4) % 6 != 0) {
          return 0;
        }
      }
    }
    return first == i ? 1 : 0;
  }

  /** The slow reference: recursion from the definitions, each rule written out again. */
  private static Rational reference(List<List<Integer>> rows, CascadeRule rule, int i) {
    int[] p = parents(rows);
    if (!hasChildren(p, i)) {
      return Rational.of(value(rows.get(i)));
    }
    List<Rational> vs = new ArrayList<>();
    List<Integer> ws = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      if (p[k] == i) {
        vs.add(reference(rows, rule, k));
        ws.add(weight(rows, p, k));
      }
    }
    switch (ruleOf(rows, rule, i)) {
      case SUM:
        return vs.stream().reduce(Rational.ZERO, Rational::add);
      case MEAN:
        return vs.stream().reduce(Rational.ZERO, Rational::add).divide(vs.size());
      case MIN:
        return vs.stream().min(Comparator.naturalOrder()).orElseThrow();
      case MAX:
        return vs.stream().max(Comparator.naturalOrder()).orElseThrow();
      default:
        Rational num = Rational.ZERO;
        long den = 0;
        for (int k = 0; k < vs.size(); k++) {
          num = num.add(vs.get(k).multiply(Rational.of(ws.get(k))));
          den += ws.get(k);
        }
        return num.divide(den);
    }
  }

  @Test
  void anyTreeEqualsTheReferenceAtEveryNode() {
    qt().forAll(trees()).checkAssert(rows -> {
      CascadeResult r = build(rows, null).compute(RoundingPolicy.defaults());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(r.node("n" + i).value()).contains(reference(rows, null, i));
      }
    });
  }

  @Test
  void aTreeOfSumsEqualsTheSumOfItsLeaves() {
    qt().forAll(trees()).checkAssert(rows -> {
      int[] p = parents(rows);
      BigDecimal leaves = BigDecimal.ZERO;
      for (int i = 0; i < rows.size(); i++) {
        if (!hasChildren(p, i)) {
          leaves = leaves.add(value(rows.get(i)));
        }
      }
      assertThat(build(rows, CascadeRule.SUM).compute(RoundingPolicy.defaults()).node("n0").value()).contains(Rational.of(leaves));
    });
  }

  @Test
  void aCascadeOfOneChildEqualsTheChildForEveryRule() {
    qt().forAll(trees(), integers().between(0, RULES.length - 1), integers().between(1, 5)).checkAssert((rows, r, w) -> {
      CascadeRule rule = RULES[r];
      // the random tree under n0, and above it one parent "top" with n0 as its only child
      CascadeTree inner = build(rows, null);
      CascadeTree.Builder b = CascadeTree.builder().derived("top", "top", "", rule);
      int[] p = parents(rows);
      for (int i = 0; i < rows.size(); i++) {
        String parent = p[i] < 0 ? "top" : "n" + p[i];
        if (hasChildren(p, i)) {
          b.derived("n" + i, "node " + i, parent, RULES[rows.get(i).get(1) % RULES.length]);
        } else {
          b.leaf("n" + i, "node " + i, parent, value(rows.get(i)));
        }
      }
      for (int i = 1; i < rows.size(); i++) {
        if (ruleOf(rows, null, p[i]) == CascadeRule.WEIGHTED) {
          b.weight("n" + i, BigDecimal.valueOf(weight(rows, p, i)));
        }
      }
      if (rule == CascadeRule.WEIGHTED) {
        b.weight("n0", BigDecimal.valueOf(w));
      }
      CascadeResult withTop = b.build().compute(RoundingPolicy.defaults());
      assertThat(withTop.node("top").value()).isEqualTo(inner.compute(RoundingPolicy.defaults()).node("n0").value());
      assertThat(withTop.node("top").value()).isPresent();
    });
  }

  @Test
  void aMissingLeafLeavesEveryAncestorWithoutAValue() {
    qt().forAll(trees(), integers().between(0, 1000)).checkAssert((rows, pick) -> {
      int[] p = parents(rows);
      List<Integer> leaves = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (!hasChildren(p, i)) {
          leaves.add(i);
        }
      }
      int gone = leaves.get(pick % leaves.size());
      CascadeTree.Builder b = CascadeTree.builder();
      for (int i = 0; i < rows.size(); i++) {
        String parent = p[i] < 0 ? "" : "n" + p[i];
        if (hasChildren(p, i)) {
          b.derived("n" + i, "node " + i, parent, CascadeRule.MEAN);
        } else if (i == gone) {
          b.missing("n" + i, "node " + i, parent);
        } else {
          b.leaf("n" + i, "node " + i, parent, value(rows.get(i)));
        }
      }
      CascadeResult r = b.build().compute(RoundingPolicy.defaults());
      for (int a = gone; a >= 0; a = p[a]) {
        assertThat(r.node("n" + a).value()).isEmpty();
        assertThat(r.node("n" + a).missingLeaves()).contains("n" + gone);
      }
    });
  }
}
