/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Komponen LKE (worksheet component): a component of the SAKIP evaluation with its weight in points
 * and its sub-components. PermenPANRB 88/2021: perencanaan kinerja 30, pengukuran kinerja 30,
 * pelaporan kinerja 15, evaluasi akuntabilitas kinerja internal 25. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeComponent {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String code;
  private final String name;
  private final BigDecimal weight;
  private final List<LkeSubComponent> subComponents;

  private LkeComponent(String code, String name, BigDecimal weight, List<LkeSubComponent> subComponents) {
    this.code = code;
    this.name = name;
    this.weight = weight;
    this.subComponents = subComponents;
  }

  /**
   * A component.
   *
   * @param code a short, non-blank code used to address it, e.g. {@code "perencanaan"}
   * @param name its name, e.g. {@code "Perencanaan Kinerja"}
   * @param weight its weight in points, ≥ 0 (the weights of a worksheet must add up to 100)
   * @param subComponents at least one, codes unique, shares ≥ 0 adding up to exactly 100
   * @return the component
   * @throws InvalidValueException if the code is blank, the weight negative, or the sub-components
   *     do not validate; the message names the component
   */
  public static LkeComponent of(String code, String name, BigDecimal weight, List<LkeSubComponent> subComponents) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(subComponents, "subComponents");
    if (code.isBlank()) {
      throw InvalidValueException.of("component code", code, "must not be blank");
    }
    String c = code.strip();
    if (weight.signum() < 0) {
      throw InvalidValueException.of("component " + c + ": weight", weight, "must be >= 0");
    }
    if (subComponents.isEmpty()) {
      throw InvalidValueException.of("component " + c + ": sub-components", 0, "must be at least 1");
    }
    Set<String> seen = new HashSet<>();
    List<BigDecimal> shares = new ArrayList<>();
    for (LkeSubComponent s : subComponents) {
      Objects.requireNonNull(s, "subComponent");
      if (!seen.add(s.code())) {
        throw InvalidValueException.of("component " + c + ": sub-component code", s.code(), "must be unique");
      }
      shares.add(s.share());
    }
    Weights.validateSum(shares, i -> "component " + c + ", sub-component " + subComponents.get(i).code() + ": share",
        "component " + c + ": sub-component shares", HUNDRED);
    return new LkeComponent(c, name.strip(), weight, List.copyOf(subComponents));
  }

  /**
   * A component with the standard sub-components of PermenPANRB 88/2021 (keberadaan 20%, kualitas
   * 30%, pemanfaatan 50%).
   *
   * @param code the code
   * @param name the name
   * @param weight the weight in points, ≥ 0
   * @return the component
   * @throws InvalidValueException if the code is blank or the weight negative
   */
  public static LkeComponent standard(String code, String name, BigDecimal weight) {
    return of(code, name, weight, LkeSubComponent.standard());
  }

  /** Returns the code, e.g. {@code "perencanaan"}. */
  public String code() {
    return code;
  }

  /** Returns the name, e.g. {@code "Perencanaan Kinerja"}. */
  public String name() {
    return name;
  }

  /** Returns the weight in points, e.g. 30. */
  public BigDecimal weight() {
    return weight;
  }

  /** Returns the sub-components, in order. */
  public List<LkeSubComponent> subComponents() {
    return subComponents;
  }

  /**
   * Returns that sub-component.
   *
   * @param subComponentCode a sub-component code
   * @return that sub-component
   * @throws InvalidValueException if this component has no such sub-component
   */
  public LkeSubComponent subComponent(String subComponentCode) {
    for (LkeSubComponent s : subComponents) {
      if (s.code().equals(subComponentCode)) {
        return s;
      }
    }
    List<String> codes = new ArrayList<>();
    subComponents.forEach(s -> codes.add(s.code()));
    throw InvalidValueException.of("component " + code + ": sub-component", subComponentCode,
        "must be one of " + String.join(", ", codes));
  }

  /**
   * Bobot sub-komponen in points: the component's weight × the sub-component's share / 100, e.g.
   * perencanaan 30 × kualitas 30% = 9.
   *
   * @param sub one of this component's sub-components
   * @return its weight in points, exact
   */
  public BigDecimal weightOf(LkeSubComponent sub) {
    return weight.multiply(sub.share()).divide(HUNDRED);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LkeComponent)) {
      return false;
    }
    LkeComponent c = (LkeComponent) o;
    return c.code.equals(code) && c.name.equals(name) && c.weight.compareTo(weight) == 0 && c.subComponents.equals(subComponents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, subComponents);
  }

  @Override
  public String toString() {
    return code + " " + weight.toPlainString() + " " + subComponents;
  }
}
