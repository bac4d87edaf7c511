/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Tabel predikat (band table): an ordered list of {@link Band}s that turns a value (a SAKIP score,
 * an IKM, an index, a capaian) into its predikat, with the table's source, how well that source was
 * {@link Verification verified}, and the {@link GapPolicy} that decides values between bands.
 *
 * <p>Stock tables of the regulations are in {@link StockTables}; local scales are built with
 * {@link #builder(String)}:
 *
 * <pre>{@code
 * BandTable scale = BandTable.builder("capaian-daerah")
 *     .source("Peraturan Bupati ...")
 *     .band("KB", "Kurang Berhasil", Bound.inclusive("0"), Bound.exclusive("55"))
 *     .band("CB", "Cukup Berhasil", Bound.inclusive("55"), Bound.exclusive("75"))
 *     .band("B", "Berhasil", Bound.inclusive("75"), Bound.exclusive("100"))
 *     .band("SB", "Sangat Berhasil", Bound.inclusive("100"), Bound.unbounded())
 *     .build();
 * scale.classify(new BigDecimal("99.95")).label(); // "Berhasil"
 * }</pre>
 *
 * <p>The table's <em>domain</em> runs from the lowest band's lower bound to the top band's upper
 * bound; values outside it are refused. A table is validated when built: at least one band, codes
 * unique, every band non-empty, bands listed in ascending order and not overlapping (not even at
 * one shared value where both sides are inclusive). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BandTable {
  private final String name;
  private final String source;
  private final String notes;
  private final Verification verification;
  private final GapPolicy gapPolicy;
  private final List<Band> bands;
  private final List<Band> effective;

  private BandTable(Builder b, List<Band> bands) {
    this.name = b.name;
    this.source = b.source;
    this.notes = b.notes;
    this.verification = b.verification;
    this.gapPolicy = b.gapPolicy;
    this.bands = List.copyOf(bands);
    List<Band> eff = new ArrayList<>(bands.size());
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      if (gapPolicy == GapPolicy.LOWER_BOUND_INCLUSIVE && i + 1 < bands.size()) {
        eff.add(band.withUpper(bands.get(i + 1).lower().complement()));
      } else {
        eff.add(band);
      }
    }
    this.effective = List.copyOf(eff);
  }

  /**
   * Starts a user-defined table. Defaults: empty source and notes, {@link Verification#UNVERIFIED},
   * {@link GapPolicy#STRICT}.
   *
   * @param name the table's name, used in every error message; not blank
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(Objects.requireNonNull(name, "name"));
  }

  /** Returns the table's name, e.g. {@code "sakip"}. */
  public String name() {
    return name;
  }

  /** Returns the regulation or document the table comes from; empty when not given. */
  public String source() {
    return source;
  }

  /** Returns remarks on the source and its verification; empty when none. */
  public String notes() {
    return notes;
  }

  /** Returns how well the source was checked. */
  public Verification verification() {
    return verification;
  }

  /** Returns how values between the written bands are treated. */
  public GapPolicy gapPolicy() {
    return gapPolicy;
  }

  /** Returns the bands as written, in ascending order of value (lowest band first). */
  public List<Band> bands() {
    return bands;
  }

  /** Returns the lowest band. */
  public Band lowest() {
    return bands.get(0);
  }

  /** Returns the top band. */
  public Band highest() {
    return bands.get(bands.size() - 1);
  }

  /**
   * The band with the given code.
   *
   * @param code a band code, e.g. {@code "BB"}
   * @return the band
   * @throws InvalidValueException if the table has no band with that code; the message lists the
   *     codes it has
   */
  public Band band(String code) {
    Objects.requireNonNull(code, "code");
    return findBand(code)
        .orElseThrow(
            () -> InvalidValueException.of(
                "band table '" + name + "': band code",
                code,
                "must be one of " + bands.stream().map(Band::code).collect(Collectors.joining(", "))));
  }

  /**
   * The band with the given code, if any.
   *
   * @param code a band code
   * @return the band, or empty
   */
  public Optional<Band> findBand(String code) {
    Objects.requireNonNull(code, "code");
    for (Band b : bands) {
      if (b.code().equals(code)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * The position of a band in ascending order: 0 for the lowest band. Useful for categorical
   * targets ("predikat BB"), achieved when the rank of the actual band is at least the target's.
   *
   * @param band a band of this table
   * @return its index in {@link #bands()}
   * @throws InvalidValueException if the band is not in this table
   */
  public int rank(Band band) {
    Objects.requireNonNull(band, "band");
    int i = bands.indexOf(band);
    if (i < 0) {
      throw InvalidValueException.of("band table '" + name + "': band", band.code(), "must be a band of this table");
    }
    return i;
  }

  /**
   * The band above the given one.
   *
   * @param band a band of this table
   * @return the next higher band, or empty for the top band
   * @throws InvalidValueException if the band is not in this table
   */
  public Optional<Band> next(Band band) {
    int i = rank(band);
    return i + 1 < bands.size() ? Optional.of(bands.get(i + 1)) : Optional.empty();
  }

  /**
   * The band as this table applies it. Under {@link GapPolicy#STRICT}, and for the top band, the
   * band as written; under {@link GapPolicy#LOWER_BOUND_INCLUSIVE}, the band with its upper bound
   * replaced by the next band's lower bound (open where that one is closed, closed where it is
   * open), so that the effective bands cover the domain without gaps.
   *
   * @param band a band of this table
   * @return the band with its effective bounds; {@link Band#contains(Rational)} on it agrees with
   *     {@link #classify(Rational)}
   * @throws InvalidValueException if the band is not in this table
   */
  public Band effective(Band band) {
    return effective.get(rank(band));
  }

  /**
   * Whether the value lies in the table's domain, from the lowest band's lower bound to the top
   * band's upper bound.
   *
   * @param value the value
   * @return true when inside the domain (possibly in a gap under {@link GapPolicy#STRICT})
   */
  public boolean inDomain(Rational value) {
    Objects.requireNonNull(value, "value");
    return lowest().lower().admitsFromBelow(value) && highest().upper().admitsFromAbove(value);
  }

  /**
   * The band of a value, with the exact edge semantics of the table and its gap policy.
   *
   * @param value the value, e.g. a SAKIP score {@code 69.31}
   * @return the band
   * @throws InvalidValueException if the value is outside the domain or, under {@link
   *     GapPolicy#STRICT}, in a gap between bands; the message names the table and the value
   */
  public Band classify(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return classify(Rational.of(value), value);
  }

  /**
   * The band of an exact value, e.g. an unrounded capaian.
   *
   * @param value the value
   * @return the band
   * @throws InvalidValueException if the value is outside the domain or, under {@link
   *     GapPolicy#STRICT}, in a gap between bands; the message names the table and the value
   */
  public Band classify(Rational value) {
    Objects.requireNonNull(value, "value");
    return classify(value, value);
  }

  /**
   * The band of a value, if it has one.
   *
   * @param value the value
   * @return the band, or empty when the value is outside the domain or in a gap
   */
  public Optional<Band> find(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return find(Rational.of(value));
  }

  /**
   * The band of an exact value, if it has one.
   *
   * @param value the value
   * @return the band, or empty when the value is outside the domain or in a gap
   */
  public Optional<Band> find(Rational value) {
    Objects.requireNonNull(value, "value");
    return Optional.ofNullable(lookup(value));
  }

  /**
   * The next band above the value and the points still needed to reach it.
   *
   * @param value the value, e.g. SAKIP {@code 69.31}
   * @return the next band with the exact distance (for 69.31: BB, 0.69, exclusive); empty when the
   *     value is already in the top band
   * @throws InvalidValueException if the value is outside the domain
   */
  public Optional<NextBand> pointsToNextBand(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return pointsToNextBand(Rational.of(value), value);
  }

  /**
   * The next band above an exact value and the points still needed to reach it. A value in a gap
   * (under {@link GapPolicy#STRICT}) is measured against the band above the gap.
   *
   * @param value the value
   * @return the next band with the exact distance; empty when the value is in the top band
   * @throws InvalidValueException if the value is outside the domain
   */
  public Optional<NextBand> pointsToNextBand(Rational value) {
    Objects.requireNonNull(value, "value");
    return pointsToNextBand(value, value);
  }

  private Optional<NextBand> pointsToNextBand(Rational value, Object shown) {
    requireInDomain(value, shown);
    for (Band b : bands) {
      Rational lo = b.lower().exact();
      if (!b.lower().admitsFromBelow(value) && lo != null) {
        return Optional.of(new NextBand(b, lo.subtract(value)));
      }
    }
    return Optional.empty();
  }

  private Band classify(Rational value, Object shown) {
    requireInDomain(value, shown);
    Band found = lookup(value);
    if (found != null) {
      return found;
    }
    Band below = lowest();
    Band above = highest();
    for (Band b : bands) {
      if (!b.upper().admitsFromAbove(value)) {
        below = b;
      }
    }
    for (int i = bands.size() - 1; i >= 0; i--) {
      if (!bands.get(i).lower().admitsFromBelow(value)) {
        above = bands.get(i);
      }
    }
    String text = shown instanceof BigDecimal ? ((BigDecimal) shown).toPlainString() : shown.toString();
    throw InvalidValueException.withMessage(
        "band table '" + name + "': value",
        text,
        "band table '" + name + "': value " + text + " lies in the gap between band " + below.code()
            + " (upper bound " + below.upper().describe() + ") and band " + above.code()
            + " (lower bound " + above.lower().describe() + "), and the gap policy is " + gapPolicy);
  }

  private void requireInDomain(Rational value, Object shown) {
    if (!inDomain(value)) {
      throw InvalidValueException.of(
          "band table '" + name + "': value",
          shown,
          "must lie in the table's domain " + domain());
    }
  }

  private @Nullable Band lookup(Rational value) {
    for (int i = effective.size() - 1; i >= 0; i--) {
      Band e = effective.get(i);
      if (e.contains(value)) {
        return bands.get(i);
      }
    }
    return null;
  }

  private String domain() {
    return Band.of("domain", "domain", lowest().lower(), highest().upper()).interval();
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof BandTable)) {
      return false;
    }
    BandTable o = (BandTable) obj;
    return name.equals(o.name)
        && source.equals(o.source)
        && notes.equals(o.notes)
        && verification == o.verification
        && gapPolicy == o.gapPolicy
        && bands.equals(o.bands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, source, notes, verification, gapPolicy, bands);
  }

  /**
   * @return e.g. {@code "BandTable 'sakip' [D Sangat Kurang [0, 30], ..., AA Sangat Memuaskan (90,
   *     100]], STRICT, VERIFIED, source: Peraturan Menteri PANRB Nomor 88 Tahun 2021 ..."}
   */
  @Override
  public String toString() {
    return "BandTable '" + name + "' "
        + bands.stream().map(Band::toString).collect(Collectors.joining(", ", "[", "]"))
        + ", " + gapPolicy + ", " + verification
        + (source.isEmpty() ? "" : ", source: " + source);
  }

  /**
   * Penyusun tabel predikat (band table builder): collects bands in ascending order and validates
   * the whole table in {@link #build()}. Not thread-safe; the table it builds is immutable.
   */
  public static final class Builder {
    private final String name;
    private String source = "";
    private String notes = "";
    private Verification verification = Verification.UNVERIFIED;
    private GapPolicy gapPolicy = GapPolicy.STRICT;
    private final List<Spec> specs = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    private static final class Spec {
      final String code;
      final String label;
      final String description;
      final Bound lower;
      final Bound upper;

      Spec(String code, String label, String description, Bound lower, Bound upper) {
        this.code = code;
        this.label = label;
        this.description = description;
        this.lower = lower;
        this.upper = upper;
      }
    }

    /**
     * Returns this builder.
     *
     * @param source the regulation or document, e.g. {@code "Peraturan Bupati X Nomor 5 Tahun 2022"}
     * @return this builder
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param notes remarks on the source or its verification
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = Objects.requireNonNull(notes, "notes");
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param verification how well the source was checked (default {@link Verification#UNVERIFIED})
     * @return this builder
     */
    public Builder verification(Verification verification) {
      this.verification = Objects.requireNonNull(verification, "verification");
      return this;
    }

    /**
     * Returns this builder.
     *
     * @param gapPolicy how values between bands are treated (default {@link GapPolicy#STRICT})
     * @return this builder
     */
    public Builder gapPolicy(GapPolicy gapPolicy) {
      this.gapPolicy = Objects.requireNonNull(gapPolicy, "gapPolicy");
      return this;
    }

    /**
     * Adds the next band up. Bands must be added in ascending order of value.
     *
     * @param code the short code, e.g. {@code "AA"}
     * @param label the Indonesian label, e.g. {@code "Sangat Memuaskan"}
     * @param lower the lower bound, e.g. {@code Bound.exclusive("90")}
     * @param upper the upper bound, e.g. {@code Bound.inclusive("100")}
     * @return this builder
     */
    public Builder band(String code, String label, Bound lower, Bound upper) {
      return band(code, label, "", lower, upper);
    }

    /**
     * Adds the next band up, with a description. Bands must be added in ascending order of value.
     *
     * @param code the short code, e.g. {@code "A"}
     * @param label the Indonesian label, e.g. {@code "Sangat Baik"}
     * @param description free text, e.g. {@code "mutu pelayanan A"}
     * @param lower the lower bound
     * @param upper the upper bound
     * @return this builder
     */
    public Builder band(String code, String label, String description, Bound lower, Bound upper) {
      specs.add(new Spec(
          Objects.requireNonNull(code, "code"),
          Objects.requireNonNull(label, "label"),
          Objects.requireNonNull(description, "description"),
          Objects.requireNonNull(lower, "lower"),
          Objects.requireNonNull(upper, "upper")));
      return this;
    }

    /**
     * Adds an existing band as the next band up.
     *
     * @param band the band
     * @return this builder
     */
    public Builder band(Band band) {
      Objects.requireNonNull(band, "band");
      return band(band.code(), band.label(), band.description(), band.lower(), band.upper());
    }

    /**
     * Validates and builds the table.
     *
     * @return the table
     * @throws InvalidValueException if the name is blank, there is no band, a code is repeated, a
     *     band is empty or has its lower bound above its upper bound, the bands are not in
     *     ascending order, or two bands overlap; the message names the table, the band(s) and the
     *     value
     */
    public BandTable build() {
      if (name.isBlank()) {
        throw InvalidValueException.of("band table name", name, "must not be blank");
      }
      String ctx = "band table '" + name + "': ";
      if (specs.isEmpty()) {
        throw InvalidValueException.of(ctx + "bands", 0, "must hold at least one band");
      }
      List<Band> bands = new ArrayList<>(specs.size());
      Set<String> codes = new HashSet<>();
      for (Spec s : specs) {
        Band b = Band.create(ctx, s.code, s.label, s.description, s.lower, s.upper);
        if (!codes.add(b.code())) {
          throw InvalidValueException.of(ctx + "band code", b.code(), "must be unique");
        }
        bands.add(b);
      }
      for (int i = 1; i < bands.size(); i++) {
        Band prev = bands.get(i - 1);
        Band cur = bands.get(i);
        if (Bound.compareAsLower(cur.lower(), prev.lower()) <= 0) {
          throw InvalidValueException.withMessage(
              ctx + "band " + cur.code() + ": lower bound",
              cur.lower().valueOrNull(),
              ctx + "bands must be listed in ascending order, but band " + cur.code()
                  + " lower bound " + cur.lower().describe() + " does not start above band "
                  + prev.code() + " lower bound " + prev.lower().describe());
        }
        if (overlaps(prev.upper(), cur.lower())) {
          boolean sharedEdge = !prev.upper().isUnbounded()
              && cur.lower().valueOrNull() != null
              && cur.lower().value().compareTo(prev.upper().value()) == 0;
          throw InvalidValueException.withMessage(
              ctx + "band " + cur.code() + ": lower bound",
              cur.lower().valueOrNull(),
              ctx + "band " + cur.code() + " lower bound "
                  + (sharedEdge ? cur.lower().describe() : cur.lower().valueText())
                  + " overlaps band " + prev.code() + " upper bound "
                  + (sharedEdge ? prev.upper().describe() : prev.upper().valueText()));
        }
      }
      return new BandTable(this, bands);
    }

    /** True when an upper bound of one band and the lower bound of the band above share a value. */
    private static boolean overlaps(Bound upperOfLower, Bound lowerOfUpper) {
      Rational hi = upperOfLower.exact();
      Rational lo = lowerOfUpper.exact();
      if (hi == null || lo == null) {
        return true;
      }
      int c = hi.compareTo(lo);
      return c > 0 || (c == 0 && upperOfLower.inclusive() && lowerOfUpper.inclusive());
    }
  }
}
