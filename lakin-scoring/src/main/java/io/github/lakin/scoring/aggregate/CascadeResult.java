/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Hasil pohon kinerja (cascade result): every node of a {@link CascadeTree} with its value, status
 * and derivation.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class CascadeResult {
  private final List<CascadeNode> nodes;

  CascadeResult(List<CascadeNode> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  /** Returns every node, in the order the tree was given. */
  public List<CascadeNode> nodes() {
    return nodes;
  }

  /** Returns the nodes without a parent, in order. */
  public List<CascadeNode> roots() {
    return nodes.stream().filter(n -> n.parent().isEmpty()).collect(Collectors.toList());
  }

  /**
   * Returns the node of a code.
   *
   * @param code a node code
   * @return that node
   * @throws InvalidValueException if the tree has no such node
   */
  public CascadeNode node(String code) {
    Objects.requireNonNull(code, "code");
    String c = io.github.lakin.core.Codes.normalize(code);
    for (CascadeNode n : nodes) {
      if (n.code().equals(c)) {
        return n;
      }
    }
    throw InvalidValueException.of("cascade node", code, "must be a node of the tree");
  }

  /**
   * Explains every node's value, one line per node.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return one line per node, top nodes first, children indented below their parent: code, name,
   *     and the value's derivation
   */
  @SuppressWarnings("ListRemoveAmbiguous") // remove(0) takes the queue's head by index (removeFirst is Java 21)
  public String explain(Locale locale) {
    StringBuilder sb = new StringBuilder();
    List<CascadeNode> todo = new ArrayList<>(roots());
    List<Integer> depth = new ArrayList<>();
    todo.forEach(n -> depth.add(0));
    while (!todo.isEmpty()) {
      CascadeNode n = todo.remove(0);
      int d = depth.remove(0);
      sb.append("  ".repeat(d)).append(n.code()).append(' ').append(n.name()).append(": ").append(n.explain(locale)).append('\n');
      for (int i = n.children().size() - 1; i >= 0; i--) {
        todo.add(0, n.children().get(i));
        depth.add(0, d + 1);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "CascadeResult" + nodes;
  }
}
