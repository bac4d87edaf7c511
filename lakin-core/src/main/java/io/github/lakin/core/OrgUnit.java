/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Unit kerja (organisational unit: kementerian, eselon I, eselon II, satker, perangkat daerah) with
 * the units below it, as an immutable tree.
 *
 * <p>Codes are unique within the whole tree.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OrgUnit {
  OrgUnit() {}

  /** Returns the unit's code, unique in its tree. */
  public abstract String code();

  /** Returns the unit's name, e.g. {@code "Biro Perencanaan"}. */
  public abstract String name();

  /** Returns its level. */
  public abstract OrgLevel level();

  /** Returns the units directly below it. */
  public abstract List<OrgUnit> children();

  /**
   * Returns a unit without children.
   *
   * @param code the unit's code
   * @param name its name
   * @param level its level
   * @return a unit without children
   */
  public static OrgUnit of(String code, String name, OrgLevel level) {
    return ImmutableOrgUnit.builder().code(code).name(name).level(level).build();
  }

  /**
   * Returns a unit with children.
   *
   * @param code the unit's code
   * @param name its name
   * @param level its level
   * @param children the units below it
   * @return a unit with children
   */
  public static OrgUnit of(String code, String name, OrgLevel level, List<OrgUnit> children) {
    return ImmutableOrgUnit.builder().code(code).name(name).level(level).addAllChildren(children).build();
  }

  /** Returns this unit and every unit below it, parents before children. */
  public Stream<OrgUnit> stream() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(OrgUnit::stream));
  }

  /**
   * Returns the unit with that code in this tree.
   *
   * @param unitCode a code
   * @return the unit with that code in this tree
   */
  public Optional<OrgUnit> find(String unitCode) {
    return stream().filter(u -> u.code().equals(unitCode)).findFirst();
  }

  /** Returns whether no unit lies below this one. */
  public boolean isLeaf() {
    return children().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("unit.code", code());
    Checks.nonBlank("unit " + code() + ": name", name());
    List<OrgUnit> all = new ArrayList<>();
    stream().forEach(all::add);
    Checks.unique("unit code in tree " + code(), all, OrgUnit::code);
  }

  @Override
  public String toString() {
    return code() + " " + name() + " (" + level() + ")";
  }
}
