/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.Codes;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pohon kinerja (cascading indicator tree): indicators of units at several levels, where the
 * indicator of a parent unit is derived from its children's values by a {@link CascadeRule} (sum,
 * mean, weighted mean, minimum, maximum), and leaves carry their given values.
 *
 * <pre>{@code
 * CascadeTree tree = CascadeTree.builder()
 *     .derived("P", "Jumlah desa mandiri provinsi", "", CascadeRule.SUM)
 *     .derived("K1", "Kabupaten A", "P", CascadeRule.SUM)
 *     .leaf("D1", "Kecamatan A1", "K1", new BigDecimal("10"))
 *     .leaf("D2", "Kecamatan A2", "K1", new BigDecimal("5.5"))
 *     .leaf("K2", "Kabupaten B", "P", new BigDecimal("4"))
 *     .build();
 * tree.compute(RoundingPolicy.defaults()).node("P").rounded();   // Optional[19.50]
 * }</pre>
 *
 * <p>Checked when built, each error naming the codes: codes unique (in the normal form of
 * {@link Codes}), every parent a node of the tree, no cycle ({@code A → B → A}), a derived node
 * with at least one child, a leaf without children, and under a {@link CascadeRule#WEIGHTED}
 * parent every child with a weight ≥ 0 (not all 0) — a weight anywhere else is refused rather than
 * ignored. A leaf without a value is {@link CascadeStatus#MISSING}, and every node above it
 * {@link CascadeStatus#INCOMPLETE}, naming it: never a silent number.
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
public final class CascadeTree {
  private final List<Spec> specs;
  /** Children of each node, by index, in the order given. */
  private final List<List<Integer>> children;
  /** Every node after all of its children. */
  private final List<Integer> postOrder;

  private CascadeTree(List<Spec> specs, List<List<Integer>> children, List<Integer> postOrder) {
    this.specs = specs;
    this.children = children;
    this.postOrder = postOrder;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the node codes, in the order given. */
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    specs.forEach(s -> codes.add(s.code));
    return codes;
  }

  /**
   * Derives every node from the leaves up, exactly.
   *
   * @param rounding the display rounding of the values and explanations
   * @return every node's value and status
   */
  public CascadeResult compute(RoundingPolicy rounding) {
    Objects.requireNonNull(rounding, "rounding");
    CascadeNode[] done = new CascadeNode[specs.size()];
    for (int i : postOrder) {
      Spec s = specs.get(i);
      CascadeRule rule = s.rule;
      if (rule == null) {
        BigDecimal v = s.value;
        done[i] = new CascadeNode(s.code, s.name, s.parent, null, s.weight, v == null ? CascadeStatus.MISSING : CascadeStatus.GIVEN,
            v == null ? null : Rational.of(v), List.of(), v == null ? List.of(s.code) : List.of(), rounding);
        continue;
      }
      List<CascadeNode> kids = new ArrayList<>();
      List<Rational> values = new ArrayList<>();
      List<Rational> weights = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (int c : children.get(i)) {
        CascadeNode k = Objects.requireNonNull(done[c]);
        kids.add(k);
        missing.addAll(k.missingLeaves());
        k.value().ifPresent(values::add);
        weights.add(k.weight().map(Rational::of).orElse(Rational.ONE));
      }
      boolean complete = values.size() == kids.size();
      done[i] = new CascadeNode(s.code, s.name, s.parent, rule, s.weight, complete ? CascadeStatus.DERIVED : CascadeStatus.INCOMPLETE,
          complete ? rule.apply(values, weights) : null, kids, missing, rounding);
    }
    List<CascadeNode> nodes = new ArrayList<>();
    for (CascadeNode n : done) {
      nodes.add(Objects.requireNonNull(n));
    }
    return new CascadeResult(nodes);
  }

  @Override
  public String toString() {
    return "CascadeTree" + codes();
  }

  /** One node as given. */
  private static final class Spec {
    final String code;
    final String name;
    final @Nullable String parent;
    final @Nullable CascadeRule rule;
    final @Nullable BigDecimal value;
    @Nullable BigDecimal weight;

    Spec(String code, String name, @Nullable String parent, @Nullable CascadeRule rule, @Nullable BigDecimal value) {
      this.code = code;
      this.name = name;
      this.parent = parent;
      this.rule = rule;
      this.value = value;
    }

    Spec copy() {
      Spec s = new Spec(code, name, parent, rule, value);
      s.weight = weight;
      return s;
    }
  }

  /** Penyusun pohon kinerja (cascade tree builder): collects nodes, checked in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final List<Spec> specs = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    private Builder() {}

    private Builder add(String code, String name, String parent, @Nullable CascadeRule rule, @Nullable BigDecimal value) {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(parent, "parent");
      String c = Codes.normalize(code);
      if (c.isEmpty()) {
        throw InvalidValueException.of("cascade node code", code, "must not be blank");
      }
      if (index.containsKey(c)) {
        throw InvalidValueException.of("cascade node code", code, "must be unique (it is given twice)");
      }
      String p = Codes.normalize(parent);
      index.put(c, specs.size());
      specs.add(new Spec(c, name.strip(), p.isEmpty() ? null : p, rule, value));
      return this;
    }

    /**
     * A leaf with its given value.
     *
     * @param code its code
     * @param name its name
     * @param parent its parent's code, or {@code ""} for a top node
     * @param value its value
     * @return this builder
     * @throws InvalidValueException if the code is blank or given twice
     */
    public Builder leaf(String code, String name, String parent, BigDecimal value) {
      return add(code, name, parent, null, Objects.requireNonNull(value, "value"));
    }

    /**
     * A leaf without a value yet: {@link CascadeStatus#MISSING}, and every node above it
     * {@link CascadeStatus#INCOMPLETE}.
     *
     * @param code its code
     * @param name its name
     * @param parent its parent's code, or {@code ""} for a top node
     * @return this builder
     * @throws InvalidValueException if the code is blank or given twice
     */
    public Builder missing(String code, String name, String parent) {
      return add(code, name, parent, null, null);
    }

    /**
     * A node derived from its children.
     *
     * @param code its code
     * @param name its name
     * @param parent its parent's code, or {@code ""} for a top node
     * @param rule how its value comes from its children's
     * @return this builder
     * @throws InvalidValueException if the code is blank or given twice
     */
    public Builder derived(String code, String name, String parent, CascadeRule rule) {
      return add(code, name, parent, Objects.requireNonNull(rule, "rule"), null);
    }

    /**
     * The weight of a node in its parent's {@link CascadeRule#WEIGHTED} mean.
     *
     * @param code a node given before
     * @param weight ≥ 0
     * @return this builder
     * @throws InvalidValueException if there is no such node or the weight is negative
     */
    public Builder weight(String code, BigDecimal weight) {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(weight, "weight");
      Integer i = index.get(Codes.normalize(code));
      if (i == null) {
        throw InvalidValueException.of("cascade weight: node", code, "must be a node given before");
      }
      if (weight.signum() < 0) {
        throw InvalidValueException.of("cascade node " + code + ": weight", weight, "must be >= 0");
      }
      specs.get(i).weight = weight;
      return this;
    }

    /**
     * Checks and builds the tree.
     *
     * @return the tree
     * @throws InvalidValueException for an unknown parent, a cycle, a derived node without
     *     children, a leaf with children, or a weight that is missing, misplaced or all 0 under a
     *     weighted parent; the message names the codes
     */
    public CascadeTree build() {
      if (specs.isEmpty()) {
        throw InvalidValueException.of("cascade nodes", 0, "must be at least 1");
      }
      List<Spec> nodes = new ArrayList<>();
      specs.forEach(s -> nodes.add(s.copy()));
      List<List<Integer>> children = new ArrayList<>();
      nodes.forEach(s -> children.add(new ArrayList<>()));
      for (int i = 0; i < nodes.size(); i++) {
        String p = nodes.get(i).parent;
        if (p == null) {
          continue;
        }
        Integer pi = index.get(p);
        if (pi == null) {
          throw InvalidValueException.of("cascade node " + nodes.get(i).code + ": parent", p, "must be the code of a node of the tree");
        }
        children.get(pi).add(i);
      }
      checkCycles(nodes);
      for (int i = 0; i < nodes.size(); i++) {
        Spec s = nodes.get(i);
        List<String> kids = new ArrayList<>();
        children.get(i).forEach(c -> kids.add(nodes.get(c).code));
        if (s.rule == null && !kids.isEmpty()) {
          throw InvalidValueException.of("cascade node " + s.code + ": children", String.join(", ", kids),
              "must be none for a node with a given value; give it a rule (turunan) to derive it from them");
        }
        if (s.rule != null && kids.isEmpty()) {
          throw InvalidValueException.of("cascade node " + s.code + ": children", 0,
              "must be at least 1 for a node derived by " + s.rule.name().toLowerCase(java.util.Locale.ROOT));
        }
        boolean weighted = s.rule == CascadeRule.WEIGHTED;
        BigDecimal sum = BigDecimal.ZERO;
        for (int c : children.get(i)) {
          Spec k = nodes.get(c);
          BigDecimal w = k.weight;
          if (weighted && w == null) {
            throw InvalidValueException.of("cascade node " + k.code + ": weight", "",
                "must be given: its parent " + s.code + " is a weighted mean");
          }
          if (!weighted && w != null) {
            throw InvalidValueException.of("cascade node " + k.code + ": weight", w,
                "has no use: its parent " + s.code + " is not a weighted mean (leave the weight out)");
          }
          sum = w == null ? sum : sum.add(w);
        }
        if (weighted && sum.signum() == 0) {
          throw InvalidValueException.of("cascade node " + s.code + ": children's weights", sum, "must not all be 0");
        }
      }
      for (int i = 0; i < nodes.size(); i++) {
        if (nodes.get(i).parent == null && nodes.get(i).weight != null) {
          throw InvalidValueException.of("cascade node " + nodes.get(i).code + ": weight", nodes.get(i).weight,
              "has no use: the node has no parent");
        }
      }
      List<Integer> post = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        if (nodes.get(i).parent == null) {
          postOrder(i, children, post);
        }
      }
      return new CascadeTree(List.copyOf(nodes), children, List.copyOf(post));
    }

    /** Children first, iteratively (a deep chain must not overflow the stack). */
    private static void postOrder(int root, List<List<Integer>> children, List<Integer> out) {
      List<int[]> stack = new ArrayList<>();
      stack.add(new int[] {root, 0});
      while (!stack.isEmpty()) {
        int[] top = stack.get(stack.size() - 1);
        List<Integer> kids = children.get(top[0]);
        if (top[1] < kids.size()) {
          stack.add(new int[] {kids.get(top[1]++), 0});
        } else {
          out.add(top[0]);
          stack.remove(stack.size() - 1);
        }
      }
    }

    /** Follows each node's parents; a node met twice on one chain is a cycle, named in full. */
    private void checkCycles(List<Spec> nodes) {
      int[] state = new int[nodes.size()]; // 0 unvisited, 1 on the current chain, 2 leads to a top node
      for (int start = 0; start < nodes.size(); start++) {
        List<Integer> chain = new ArrayList<>();
        int i = start;
        while (state[i] == 0) {
          state[i] = 1;
          chain.add(i);
          String p = nodes.get(i).parent;
          if (p == null) {
            break;
          }
          i = Objects.requireNonNull(index.get(p));
        }
        if (state[i] == 1 && nodes.get(i).parent != null && chain.contains(i)) {
          Set<String> cycle = new LinkedHashSet<>();
          for (int k = chain.indexOf(i); k < chain.size(); k++) {
            cycle.add(nodes.get(chain.get(k)).code);
          }
          throw InvalidValueException.of("cascade parents", String.join(" → ", cycle) + " → " + nodes.get(i).code,
              "must not form a cycle: each chain of parents ends at a node without a parent");
        }
        for (int k : chain) {
          state[k] = 2;
        }
      }
    }
  }
}
