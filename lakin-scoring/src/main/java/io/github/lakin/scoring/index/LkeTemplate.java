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
 * Struktur LKE (worksheet template): the components of a SAKIP Lembar Kerja Evaluasi, their weights
 * and sub-components. {@link #permenPanRb88Of2021()} is the structure of PermenPANRB 88/2021.
 *
 * <p>Component weights are in points on the 0–100 scale of the SAKIP predikat, so they must add up
 * to exactly 100 (they are not normalised: a component's score is read in points); each
 * component's sub-component shares must add up to exactly 100 percent. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeTemplate {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final LkeTemplate PERMENPANRB_88_2021 = of(List.of(
      LkeComponent.standard("perencanaan", "Perencanaan Kinerja", BigDecimal.valueOf(30)),
      LkeComponent.standard("pengukuran", "Pengukuran Kinerja", BigDecimal.valueOf(30)),
      LkeComponent.standard("pelaporan", "Pelaporan Kinerja", BigDecimal.valueOf(15)),
      LkeComponent.standard("evaluasi", "Evaluasi Akuntabilitas Kinerja Internal", BigDecimal.valueOf(25))));

  private final List<LkeComponent> components;

  private LkeTemplate(List<LkeComponent> components) {
    this.components = components;
  }

  /**
   * PermenPANRB 88/2021: components {@code perencanaan} (Perencanaan Kinerja) 30, {@code pengukuran}
   * (Pengukuran Kinerja) 30, {@code pelaporan} (Pelaporan Kinerja) 15 and {@code evaluasi}
   * (Evaluasi Akuntabilitas Kinerja Internal) 25, each with sub-components {@code keberadaan} 20%,
   * {@code kualitas} 30% and {@code pemanfaatan} 50%.
   *
   * @return the template
   */
  public static LkeTemplate permenPanRb88Of2021() {
    return PERMENPANRB_88_2021;
  }

  /**
   * A custom template.
   *
   * @param components at least one, codes unique, weights ≥ 0 adding up to exactly 100
   * @return the template
   * @throws InvalidValueException if the components do not validate
   */
  public static LkeTemplate of(List<LkeComponent> components) {
    Objects.requireNonNull(components, "components");
    if (components.isEmpty()) {
      throw InvalidValueException.of("LKE components", 0, "must be at least 1");
    }
    Set<String> seen = new HashSet<>();
    List<BigDecimal> weights = new ArrayList<>();
    for (LkeComponent c : components) {
      Objects.requireNonNull(c, "component");
      if (!seen.add(c.code())) {
        throw InvalidValueException.of("LKE component code", c.code(), "must be unique");
      }
      weights.add(c.weight());
    }
    Weights.validateSum(weights, i -> "component " + components.get(i).code() + ": weight", "LKE component weights", HUNDRED);
    return new LkeTemplate(List.copyOf(components));
  }

  /** Returns the components, in order. */
  public List<LkeComponent> components() {
    return components;
  }

  /**
   * Returns that component.
   *
   * @param code a component code, e.g. {@code "pelaporan"}
   * @return that component
   * @throws InvalidValueException if there is no such component
   */
  public LkeComponent component(String code) {
    for (LkeComponent c : components) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    List<String> codes = new ArrayList<>();
    components.forEach(c -> codes.add(c.code()));
    throw InvalidValueException.of("component", code, "must be one of " + String.join(", ", codes));
  }

  int indexOf(String code) {
    return components.indexOf(component(code));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LkeTemplate && ((LkeTemplate) o).components.equals(components);
  }

  @Override
  public int hashCode() {
    return components.hashCode();
  }

  @Override
  public String toString() {
    return "LkeTemplate" + components;
  }
}
