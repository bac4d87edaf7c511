/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Unsur pelayanan (survey element): one of the elements a satisfaction survey asks about, with a
 * short code ({@code "U1"}) and a name ({@code "Persyaratan"}).
 *
 * <p>PermenPANRB 14/2017 lists nine unsur ({@link #standard2017()}); a unit may ask about fewer or
 * others. Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class IkmElement {
  private static final List<IkmElement> STANDARD_2017 = List.of(
      new IkmElement("U1", "Persyaratan"),
      new IkmElement("U2", "Sistem, Mekanisme, dan Prosedur"),
      new IkmElement("U3", "Waktu Penyelesaian"),
      new IkmElement("U4", "Biaya/Tarif"),
      new IkmElement("U5", "Produk Spesifikasi Jenis Pelayanan"),
      new IkmElement("U6", "Kompetensi Pelaksana"),
      new IkmElement("U7", "Perilaku Pelaksana"),
      new IkmElement("U8", "Penanganan Pengaduan, Saran dan Masukan"),
      new IkmElement("U9", "Sarana dan Prasarana"));

  private final String code;
  private final String name;

  private IkmElement(String code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * An unsur.
   *
   * @param code a short, non-blank code used in messages, e.g. {@code "U3"}
   * @param name the name, e.g. {@code "Waktu Penyelesaian"}; may be empty
   * @return the unsur
   * @throws InvalidValueException if the code is blank
   */
  public static IkmElement of(String code, String name) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.isBlank()) {
      throw InvalidValueException.of("unsur code", code, "must not be blank");
    }
    return new IkmElement(code.strip(), name.strip());
  }

  /**
   * The nine unsur of PermenPANRB 14/2017, coded {@code U1} to {@code U9}: Persyaratan; Sistem,
   * Mekanisme, dan Prosedur; Waktu Penyelesaian; Biaya/Tarif; Produk Spesifikasi Jenis Pelayanan;
   * Kompetensi Pelaksana; Perilaku Pelaksana; Penanganan Pengaduan, Saran dan Masukan; Sarana dan
   * Prasarana.
   *
   * @return the nine unsur, in that order
   */
  public static List<IkmElement> standard2017() {
    return STANDARD_2017;
  }

  /**
   * {@code count} unsur coded {@code U1} … {@code Un}, named {@code "Unsur 1"} … {@code "Unsur n"}.
   *
   * @param count the number of unsur, at least 1
   * @return the unsur, in order
   * @throws InvalidValueException if {@code count} is less than 1
   */
  public static List<IkmElement> numbered(int count) {
    if (count < 1) {
      throw InvalidValueException.of("unsur count", count, "must be at least 1");
    }
    List<IkmElement> list = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      list.add(new IkmElement("U" + i, "Unsur " + i));
    }
    return Collections.unmodifiableList(list);
  }

  /** Returns the code, e.g. {@code "U3"}. */
  public String code() {
    return code;
  }

  /** Returns the name, e.g. {@code "Waktu Penyelesaian"}. */
  public String name() {
    return name;
  }

  /** Checks a list of unsur: at least one, codes unique. Returns an immutable copy. */
  static List<IkmElement> validateList(List<IkmElement> elements) {
    Objects.requireNonNull(elements, "elements");
    if (elements.isEmpty()) {
      throw InvalidValueException.of("unsur count", 0, "must be at least 1");
    }
    Set<String> seen = new HashSet<>();
    for (IkmElement e : elements) {
      Objects.requireNonNull(e, "unsur");
      if (!seen.add(e.code())) {
        throw InvalidValueException.of("unsur code", e.code(), "must be unique");
      }
    }
    return List.copyOf(elements);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IkmElement && ((IkmElement) o).code.equals(code) && ((IkmElement) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return name.isEmpty() ? code : code + " " + name;
  }
}
