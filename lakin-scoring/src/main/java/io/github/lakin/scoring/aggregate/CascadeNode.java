/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.internal.DecimalText;
import io.github.lakin.scoring.internal.ShownOperands;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Simpul pohon kinerja (cascade node): one indicator of a performance tree with its value — given
 * for a leaf, derived from its children by a {@link CascadeRule} otherwise — its
 * {@link CascadeStatus}, and the derivation explained with the numbers shown.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class CascadeNode {
  private final String code;
  private final String name;
  private final Optional<String> parent;
  private final Optional<CascadeRule> rule;
  private final Optional<BigDecimal> weight;
  private final CascadeStatus status;
  private final Optional<Rational> value;
  private final List<CascadeNode> children;
  private final List<String> missingLeaves;
  private final RoundingPolicy rounding;

  CascadeNode(String code, String name, @Nullable String parent, @Nullable CascadeRule rule, @Nullable BigDecimal weight,
      CascadeStatus status, @Nullable Rational value, List<CascadeNode> children, List<String> missingLeaves,
      RoundingPolicy rounding) {
    this.code = code;
    this.name = name;
    this.parent = Optional.ofNullable(parent);
    this.rule = Optional.ofNullable(rule);
    this.weight = Optional.ofNullable(weight);
    this.status = status;
    this.value = Optional.ofNullable(value);
    this.children = List.copyOf(children);
    this.missingLeaves = List.copyOf(missingLeaves);
    this.rounding = rounding;
  }

  /** Returns the code, e.g. {@code "1.1.2"}. */
  public String code() {
    return code;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the parent's code, or empty for a top node. */
  public Optional<String> parent() {
    return parent;
  }

  /** Returns the rule that derives this node from its children, or empty for a leaf. */
  public Optional<CascadeRule> rule() {
    return rule;
  }

  /** Returns the weight of this node in its parent's weighted mean, when given. */
  public Optional<BigDecimal> weight() {
    return weight;
  }

  /** Returns where the value comes from, or why there is none. */
  public CascadeStatus status() {
    return status;
  }

  /** Returns the exact value; empty for {@link CascadeStatus#MISSING} and {@link CascadeStatus#INCOMPLETE}. */
  public Optional<Rational> value() {
    return value;
  }

  /** Returns the value rounded once for display. */
  public Optional<BigDecimal> rounded() {
    return value.map(rounding::round);
  }

  /** Returns the children, in the order given; empty for a leaf. */
  public List<CascadeNode> children() {
    return children;
  }

  /**
   * Returns for {@link CascadeStatus#INCOMPLETE}, the codes of the leaves below this node that have
   *     no value (for {@link CascadeStatus#MISSING}, this node's own code); else empty.
   */
  public List<String> missingLeaves() {
    return missingLeaves;
  }

  /**
   * The derivation with its numbers, e.g. {@code "jumlah dari 1.1, 1.2: 10,00 + 5,50 = 15,50"} or
   * {@code "weighted mean of 1.1, 1.2: (2 × 10.00 + 1 × 5.50) / (2 + 1) = 8.50"}. Children are
   * shown at the display scale, or with as many more decimals as it takes for the shown numbers to
   * give the shown result.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return the explanation
   */
  public String explain(Locale locale) {
    boolean id = DecimalText.isIndonesian(locale);
    if (rule.isEmpty()) {
      return value.map(v -> (id ? "nilai diisi: " : "value given: ") + DecimalText.format(rounding.round(v), locale))
          .orElse(id ? "belum ada nilai" : "no value yet");
    }
    CascadeRule r = rule.get();
    String codes = children.stream().map(CascadeNode::code).collect(Collectors.joining(", "));
    StringBuilder sb = new StringBuilder(r.name(locale)).append(id ? " dari " : " of ").append(codes).append(": ");
    if (value.isEmpty()) {
      List<String> without = children.stream().filter(c -> c.value.isEmpty()).map(CascadeNode::code).collect(Collectors.toList());
      sb.append(id ? "tidak dapat dihitung, belum ada nilai: " : "cannot be computed, no value yet: ").append(String.join(", ", without));
      if (!missingLeaves.equals(without)) {
        sb.append(id ? " (di bawahnya: " : " (below them: ").append(String.join(", ", missingLeaves)).append(')');
      }
      return sb.toString();
    }
    BigDecimal result = rounding.round(value.get());
    RoundingPolicy shown = ShownOperands.rounding(rounding, result, s -> r.apply(shownValues(s), weights()));
    List<String> vs = shownDecimals(shown).stream().map(v -> DecimalText.format(v, locale)).collect(Collectors.toList());
    String sep = id ? "; " : ", ";
    switch (r) {
      case SUM:
        sb.append(String.join(" + ", vs));
        break;
      case MEAN:
        sb.append('(').append(String.join(" + ", vs)).append(") / ").append(vs.size());
        break;
      case MIN:
        sb.append("min(").append(String.join(sep, vs)).append(')');
        break;
      case MAX:
        sb.append("max(").append(String.join(sep, vs)).append(')');
        break;
      default:
        List<String> terms = new ArrayList<>();
        List<String> ws = new ArrayList<>();
        for (int i = 0; i < vs.size(); i++) {
          String w = DecimalText.format(children.get(i).weight.orElseThrow(), locale);
          terms.add(w + " × " + vs.get(i));
          ws.add(w);
        }
        sb.append('(').append(String.join(" + ", terms)).append(") / (").append(String.join(" + ", ws)).append(')');
        break;
    }
    return sb.append(" = ").append(DecimalText.format(result, locale)).toString();
  }

  private List<BigDecimal> shownDecimals(RoundingPolicy shown) {
    return children.stream().map(c -> shown.round(c.value.orElseThrow())).collect(Collectors.toList());
  }

  private List<Rational> shownValues(RoundingPolicy shown) {
    return shownDecimals(shown).stream().map(Rational::of).collect(Collectors.toList());
  }

  private List<Rational> weights() {
    Function<CascadeNode, Rational> w = c -> c.weight.map(Rational::of).orElse(Rational.ONE);
    return children.stream().map(w).collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return code + " " + status + rounded().map(v -> " " + v.toPlainString()).orElse("");
  }
}
