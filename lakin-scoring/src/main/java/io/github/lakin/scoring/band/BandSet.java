/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import io.github.lakin.core.Codes;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Himpunan tabel predikat (band set): one {@link BandTable} per organisation level (tingkat:
 * nasional, provinsi, kabupaten/kota, fasilitas) or per period (periode: 2023, 2024, …) for the
 * same indicator, where each level or period has its own thresholds. A value is classified with the
 * table of its key; a key without a table is an error naming the key and the keys there are, never
 * a fallback to another table.
 *
 * <pre>{@code
 * BandSet set = BandSet.builder("cakupan imunisasi", BandSet.Dimension.LEVEL)
 *     .table("nasional", nasional)
 *     .table("kabupaten/kota", kabupaten)
 *     .build();
 * set.classify("Kabupaten/Kota", new BigDecimal("87.5"));   // the kabupaten/kota table
 * set.classify("fasilitas", …);                              // InvalidValueException: no table for that level
 * }</pre>
 *
 * <p>Keys are matched in the normal form of codes ({@link Codes#normalize(String)}) ignoring case.
 * Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
public final class BandSet {
  /**
   * Dimensi himpunan (band set dimension): what the keys of a band set name. An enum: immutable and
   * safe to share between threads.
   */
  public enum Dimension {
    /** Tingkat organisasi: nasional, provinsi, kabupaten/kota, fasilitas, … */
    LEVEL("level", "tingkat"),
    /** Periode: a year, a semester, a quarter, as the tables are written. */
    PERIOD("period", "periode");

    private final String english;
    private final String indonesian;

    Dimension(String english, String indonesian) {
      this.english = english;
      this.indonesian = indonesian;
    }

    /** Returns the English word, {@code "level"} or {@code "period"}. */
    public String english() {
      return english;
    }

    /** Returns the Indonesian word, {@code "tingkat"} or {@code "periode"}. */
    public String indonesian() {
      return indonesian;
    }
  }

  private final String name;
  private final Dimension dimension;
  /** Key as given → table, in order. */
  private final Map<String, BandTable> tables;
  /** Lookup form of the key → key as given. */
  private final Map<String, String> lookup;

  private BandSet(String name, Dimension dimension, Map<String, BandTable> tables, Map<String, String> lookup) {
    this.name = name;
    this.dimension = dimension;
    this.tables = tables;
    this.lookup = lookup;
  }

  /**
   * Returns a builder of a band set.
   *
   * @param name the set's name, e.g. the indicator's
   * @param dimension what the keys name: levels or periods
   * @return a builder
   */
  public static Builder builder(String name, Dimension dimension) {
    return new Builder(Objects.requireNonNull(name, "name"), Objects.requireNonNull(dimension, "dimension"));
  }

  static String lookupKey(String key) {
    return Codes.normalize(key).toLowerCase(Locale.ROOT);
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns what the keys name. */
  public Dimension dimension() {
    return dimension;
  }

  /** Returns the keys as given, in order. */
  public List<String> keys() {
    return List.copyOf(tables.keySet());
  }

  /**
   * Finds the table of a level or period.
   *
   * @param key a level or period, matched ignoring case, e.g. {@code "Kabupaten/Kota"}
   * @return its table, or empty when the set has none for that key
   */
  public Optional<BandTable> find(String key) {
    Objects.requireNonNull(key, "key");
    String k = lookup.get(lookupKey(key));
    return k == null ? Optional.empty() : Optional.of(Objects.requireNonNull(tables.get(k)));
  }

  /**
   * Returns the table of a level or period.
   *
   * @param key a level or period, matched ignoring case
   * @return its table
   * @throws InvalidValueException if the set has no table for that key; the message names the
   *     key, the set and the keys there are
   */
  public BandTable table(String key) {
    return find(key).orElseThrow(() -> InvalidValueException.of("band set " + name + ": " + dimension.english(), key,
        "has no band table; the " + dimension.english() + "s with a table are " + String.join(", ", tables.keySet())));
  }

  /**
   * Classifies a value in the table of a level or period.
   *
   * @param key a level or period
   * @param value the value to classify
   * @return its band in that key's table
   * @throws InvalidValueException if there is no table for the key or the value is outside it
   */
  public Band classify(String key, BigDecimal value) {
    return table(key).classify(value);
  }

  /**
   * Classifies an exact value in the table of a level or period.
   *
   * @param key a level or period
   * @param value the exact value to classify
   * @return its band in that key's table
   * @throws InvalidValueException if there is no table for the key or the value is outside it
   */
  public Band classify(String key, Rational value) {
    return table(key).classify(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BandSet && ((BandSet) o).name.equals(name) && ((BandSet) o).dimension == dimension
        && ((BandSet) o).tables.equals(tables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, dimension, tables);
  }

  @Override
  public String toString() {
    return "BandSet " + name + " by " + dimension.english() + " " + tables.keySet();
  }

  /** Penyusun himpunan tabel (band set builder): collects one table per key. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Dimension dimension;
    private final Map<String, BandTable> tables = new LinkedHashMap<>();
    private final Map<String, String> lookup = new LinkedHashMap<>();

    private Builder(String name, Dimension dimension) {
      this.name = name;
      this.dimension = dimension;
    }

    /**
     * Adds the table of a level or period.
     *
     * @param key a level or period, non-blank, unique ignoring case
     * @param table its band table
     * @return this builder
     * @throws InvalidValueException if the key is blank or given twice
     */
    public Builder table(String key, BandTable table) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(table, "table");
      String k = Codes.normalize(key);
      if (k.isEmpty()) {
        throw InvalidValueException.of("band set " + name + ": " + dimension.english(), key, "must not be blank");
      }
      if (lookup.putIfAbsent(lookupKey(k), k) != null) {
        throw InvalidValueException.of("band set " + name + ": " + dimension.english(), key, "has two band tables");
      }
      tables.put(k, table);
      return this;
    }

    /**
     * Returns the band set.
     * @throws InvalidValueException if no table was given
     */
    public BandSet build() {
      if (tables.isEmpty()) {
        throw InvalidValueException.of("band set " + name + ": tables", 0, "must be at least 1");
      }
      return new BandSet(name, dimension, Collections.unmodifiableMap(new LinkedHashMap<>(tables)),
          Collections.unmodifiableMap(new LinkedHashMap<>(lookup)));
    }
  }

}
