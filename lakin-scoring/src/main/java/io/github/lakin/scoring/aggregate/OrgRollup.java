/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rekapitulasi organisasi (organisation roll-up): a tree of units (eselon II → eselon I →
 * kementerian) where each unit with units below it gets the mean of their figures, and each leaf
 * its own report's capaian. Every level's figure is an {@link Aggregate} that explains itself.
 *
 * <p>A unit's own report, when given, is kept beside its roll-up figure: a ministry's own IKU
 * capaian and the mean of its eselon I units are different numbers, and both are shown.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class OrgRollup {
  private final OrgUnit unit;
  private final Optional<ReportResult> own;
  private final List<OrgRollup> children;
  private final Aggregate figure;

  private OrgRollup(OrgUnit unit, Optional<ReportResult> own, List<OrgRollup> children, Aggregate figure) {
    this.unit = unit;
    this.own = own;
    this.children = List.copyOf(children);
    this.figure = figure;
  }

  /**
   * Returns the roll-up tree.
   *
   * @param root the top of the tree
   * @param resultsByUnitCode each unit's scored report, by unit code (leaves need one to have a figure)
   * @param rounding the display rounding
   * @return the roll-up tree
   * @throws InvalidValueException if a result names a unit that is not in the tree, or is filed
   *     under another unit's code than the unit of its agreement
   */
  public static OrgRollup of(OrgUnit root, Map<String, ReportResult> resultsByUnitCode, RoundingPolicy rounding) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(resultsByUnitCode, "resultsByUnitCode");
    Objects.requireNonNull(rounding, "rounding");
    Set<String> codes = root.stream().map(OrgUnit::code).collect(Collectors.toCollection(HashSet::new));
    for (String code : resultsByUnitCode.keySet()) {
      if (!codes.contains(code)) {
        throw InvalidValueException.of("roll-up result for unit", code, "must name a unit of the tree " + root.code());
      }
      String scored = Objects.requireNonNull(resultsByUnitCode.get(code), "result for " + code).agreement().unit().code();
      if (!scored.equals(code)) {
        throw InvalidValueException.of("roll-up result for unit " + code, scored, "must be the report of that unit");
      }
    }
    return build(root, resultsByUnitCode, rounding);
  }

  private static OrgRollup build(OrgUnit unit, Map<String, ReportResult> results, RoundingPolicy rounding) {
    Optional<ReportResult> own = Optional.ofNullable(results.get(unit.code()));
    if (unit.isLeaf()) {
      List<Aggregate.Member> members = new ArrayList<>();
      List<Aggregate.Exclusion> excluded = new ArrayList<>();
      Optional<Rational> v = own.flatMap(r -> r.overall().value());
      if (v.isPresent()) {
        members.add(new Aggregate.Member(unit.code(), v.get(), Optional.empty(), own.get().overall().has(Aggregate.Flag.PROVISIONAL_INCLUDED)));
      } else {
        excluded.add(own.isPresent() ? new Aggregate.Exclusion(unit.code(), "no achievement", "tidak ada capaian")
            : new Aggregate.Exclusion(unit.code(), "no report", "tidak ada laporan"));
      }
      return new OrgRollup(unit, own, List.of(), Aggregate.of(unit.code(), members, excluded, rounding, false));
    }
    List<OrgRollup> children = new ArrayList<>();
    List<Aggregate.Member> members = new ArrayList<>();
    List<Aggregate.Exclusion> excluded = new ArrayList<>();
    for (OrgUnit child : unit.children()) {
      OrgRollup c = build(child, results, rounding);
      children.add(c);
      Optional<Rational> v = c.figure().value();
      if (v.isPresent()) {
        members.add(new Aggregate.Member(child.code(), v.get(), Optional.empty(), c.figure().has(Aggregate.Flag.PROVISIONAL_INCLUDED)));
      } else {
        excluded.add(new Aggregate.Exclusion(child.code(), "no figure", "tidak ada angka"));
      }
    }
    return new OrgRollup(unit, own, children, Aggregate.of(unit.code(), members, excluded, rounding, false));
  }

  /** Returns the unit. */
  public OrgUnit unit() {
    return unit;
  }

  /** Returns the unit's own scored report, when given. */
  public Optional<ReportResult> own() {
    return own;
  }

  /** Returns the roll-ups of the units directly below. */
  public List<OrgRollup> children() {
    return children;
  }

  /** Returns the unit's figure: its report's capaian for a leaf, the mean of its children's otherwise. */
  public Aggregate figure() {
    return figure;
  }

  /**
   * Returns the roll-up node of that unit in this tree.
   *
   * @param code a unit code
   * @return the roll-up node of that unit in this tree
   */
  public Optional<OrgRollup> find(String code) {
    if (unit.code().equals(code)) {
      return Optional.of(this);
    }
    return children.stream().map(c -> c.find(code)).flatMap(Optional::stream).findFirst();
  }

  /**
   * Returns one line per unit, indented by depth: code, name and the figure's derivation.
   *
   * @param locale Indonesian ({@code id}) or English
   * @return one line per unit, indented by depth: code, name and the figure's derivation
   */
  public String explain(Locale locale) {
    StringBuilder sb = new StringBuilder();
    explain(sb, 0, locale);
    return sb.toString();
  }

  private void explain(StringBuilder sb, int depth, Locale locale) {
    sb.append("  ".repeat(depth)).append(unit.code()).append(' ').append(unit.name()).append(": ").append(figure.explain(locale)).append('\n');
    for (OrgRollup c : children) {
      c.explain(sb, depth + 1, locale);
    }
  }
}
