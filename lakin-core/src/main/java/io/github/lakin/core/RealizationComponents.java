/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Realisasi dari komponen (realisation from components): a realisasi computed from the values
 * of its components, as e-SAKIP systems define an indicator by a formula over data items.
 *
 * <ul>
 *   <li>{@link Method#RATIO_PERCENT} ({@code rasio_persen}): Σ(pembilang × bobot) / Σ(penyebut ×
 *       bobot) × 100; e.g. numerators 10 (weight 2) and 5 (weight 1), denominator 40 (weight 1):
 *       (10 × 2 + 5 × 1) / (40 × 1) × 100 = 62,5;
 *   <li>{@link Method#SUM} ({@code penjumlahan}): Σ(nilai × bobot).
 * </ul>
 *
 * <p>Two outcomes are statuses, never numbers: {@link State#NOT_FILLED} ("belum diisi") when a
 * component has no value yet, and {@link State#NOT_COMPUTABLE} ("tidak dapat dihitung") when the
 * weighted denominator is 0. {@link #toRealization()} turns them into a realisasi that is not
 * available, with the state in its note. Values and weights are exact decimals; a weight is 0 or
 * more (1 when not given).
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class RealizationComponents {

  /** Cara hitung (method): how the components make the realisasi. */
  public enum Method {
    /** {@code rasio_persen}: Σ(pembilang × bobot) / Σ(penyebut × bobot) × 100. */
    RATIO_PERCENT,
    /** {@code penjumlahan}: Σ(nilai × bobot). */
    SUM
  }

  /** Peran komponen (role): what a component is in the formula. */
  public enum Role {
    /** Pembilang: a numerator of {@link Method#RATIO_PERCENT}. */
    NUMERATOR,
    /** Penyebut: a denominator of {@link Method#RATIO_PERCENT}. */
    DENOMINATOR,
    /** Nilai: a value of {@link Method#SUM}. */
    VALUE
  }

  /** Status hitung (state): whether the components give a number. */
  public enum State {
    /** Every component has a value and the formula is defined. */
    COMPUTED,
    /** Belum diisi: at least one component has no value yet. */
    NOT_FILLED,
    /** Tidak dapat dihitung: the weighted denominator is 0. */
    NOT_COMPUTABLE
  }

  /** Komponen (component): a named data item with its role, value (when filled) and weight. */
  public static final class Component {
    private final String code;
    private final Role role;
    private final Optional<BigDecimal> value;
    private final BigDecimal weight;

    private Component(String code, Role role, Optional<BigDecimal> value, BigDecimal weight) {
      this.code = code;
      this.role = role;
      this.value = value;
      this.weight = weight;
    }

    /**
     * Returns a component with the given code, role, value and weight.
     *
     * @param code the component's code, unique among the components
     * @param role its role
     * @param value its value, or empty when not filled yet (belum diisi)
     * @param weight its weight (bobot), 0 or more
     * @return the component
     * @throws InvalidValueException for a blank code, a negative weight or a value out of bounds
     */
    public static Component of(String code, Role role, Optional<BigDecimal> value, BigDecimal weight) {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(weight, "weight");
      Checks.nonBlank("component.code", code);
      value.ifPresent(v -> Checks.bounded("component " + code + ": value", v));
      Checks.bounded("component " + code + ": weight", weight);
      Checks.nonNegative("component " + code + ": weight", weight);
      return new Component(code.trim(), role, value.map(Checks::stripped), Checks.stripped(weight));
    }

    /**
     * Returns a filled component of weight 1.
     *
     * @param code the component's code
     * @param role its role
     * @param value its value
     * @return a filled component of weight 1
     */
    public static Component of(String code, Role role, BigDecimal value) {
      return of(code, role, Optional.of(value), BigDecimal.ONE);
    }

    /** Returns the code. */
    public String code() {
      return code;
    }

    /** Returns the role. */
    public Role role() {
      return role;
    }

    /** Returns the value, empty when not filled yet. */
    public Optional<BigDecimal> value() {
      return value;
    }

    /** Returns the weight. */
    public BigDecimal weight() {
      return weight;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Component && code.equals(((Component) o).code) && role == ((Component) o).role
          && value.equals(((Component) o).value) && weight.equals(((Component) o).weight);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, role, value, weight);
    }

    @Override
    public String toString() {
      return code + " " + role + " " + value.map(BigDecimal::toPlainString).orElse("-") + " × " + weight.toPlainString();
    }
  }

  private final Method method;
  private final List<Component> components;

  private RealizationComponents(Method method, List<Component> components) {
    this.method = method;
    this.components = components;
  }

  /**
   * Returns the components of a formula, checked against its method.
   *
   * @param method the formula
   * @param components the components: for {@link Method#RATIO_PERCENT} at least one numerator and
   *     one denominator and nothing else; for {@link Method#SUM} at least one value and nothing else
   * @return the components
   * @throws InvalidValueException for a role the method does not take, a missing role, or a code
   *     given twice
   */
  public static RealizationComponents of(Method method, List<Component> components) {
    Objects.requireNonNull(method, "method");
    List<Component> list = List.copyOf(components);
    Checks.unique("component.code", list, Component::code);
    boolean numerator = false;
    boolean denominator = false;
    boolean value = false;
    for (Component c : list) {
      numerator |= c.role() == Role.NUMERATOR;
      denominator |= c.role() == Role.DENOMINATOR;
      value |= c.role() == Role.VALUE;
    }
    if (method == Method.RATIO_PERCENT && (value || !numerator || !denominator)) {
      throw InvalidValueException.of("components", list, "rasio_persen needs at least one numerator (pembilang) and one denominator"
          + " (penyebut), and no value (nilai)");
    }
    if (method == Method.SUM && (numerator || denominator || !value)) {
      throw InvalidValueException.of("components", list, "penjumlahan needs at least one value (nilai), and no numerator or denominator");
    }
    return new RealizationComponents(method, list);
  }

  /** Returns the formula. */
  public Method method() {
    return method;
  }

  /** Returns the components, in the order given. */
  public List<Component> components() {
    return components;
  }

  /** Returns the codes of the components without a value, in order. */
  public List<String> notFilled() {
    List<String> out = new ArrayList<>();
    for (Component c : components) {
      if (c.value().isEmpty()) {
        out.add(c.code());
      }
    }
    return out;
  }

  /** Returns whether the components give a number, and if not, why. */
  public State state() {
    if (!notFilled().isEmpty()) {
      return State.NOT_FILLED;
    }
    if (method == Method.RATIO_PERCENT && weightedSum(Role.DENOMINATOR).signum() == 0) {
      return State.NOT_COMPUTABLE;
    }
    return State.COMPUTED;
  }

  /** Returns the exact realisasi, when {@link #state()} is {@link State#COMPUTED}; else empty. */
  public Optional<Rational> value() {
    if (state() != State.COMPUTED) {
      return Optional.empty();
    }
    if (method == Method.SUM) {
      return Optional.of(Rational.of(weightedSum(Role.VALUE)));
    }
    BigDecimal num = weightedSum(Role.NUMERATOR);
    BigDecimal den = weightedSum(Role.DENOMINATOR);
    return Optional.of(Rational.of(num).divide(Rational.of(den)).multiply(Rational.HUNDRED));
  }

  private BigDecimal weightedSum(Role role) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Component c : components) {
      if (c.role() == role) {
        sum = sum.add(c.value().orElseThrow().multiply(c.weight()));
      }
    }
    return sum;
  }

  /**
   * The realisasi these components give: available with the exact value, or not available with a
   * note naming the state ("belum diisi: komponen B", "tidak dapat dihitung: penyebut 0").
   *
   * @return the realisasi
   * @throws InvalidValueException if the value is beyond the bounds of a realisasi
   */
  public Realization toRealization() {
    switch (state()) {
      case NOT_FILLED:
        return Realization.notAvailable("belum diisi: komponen " + String.join(", ", notFilled()));
      case NOT_COMPUTABLE:
        return Realization.notAvailable("tidak dapat dihitung: penyebut 0");
      default:
        return Realization.of(value().orElseThrow());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RealizationComponents && method == ((RealizationComponents) o).method
        && components.equals(((RealizationComponents) o).components);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, components);
  }

  @Override
  public String toString() {
    return method + " " + components;
  }
}
