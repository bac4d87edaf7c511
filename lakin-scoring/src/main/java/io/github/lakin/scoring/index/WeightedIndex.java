/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.band.Band;
import io.github.lakin.scoring.band.BandTable;
import io.github.lakin.scoring.band.StockTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Indeks komposit berbobot (weighted composite index): Σ (value_i / max_i) × weight_i, with the
 * weights normalised by their sum, on a scale (100 by default):
 *
 * <pre>
 *   index = Σ (value_i / max_i) × weight_i / Σ weight_i × scale
 * </pre>
 *
 * <p>Weights are validated (≥ 0, not all zero; a {@link BigDecimal} is always finite) and, as
 * DOMAIN §6 asks, normalised by their sum rather than assumed to add up to 100: weights 25/40/30/5
 * and 5/8/6/1 give the same index. When the weights do add up to the scale (as in the presets) the
 * index is exactly Σ (value_i / max_i) × weight_i.
 *
 * <p>Presets: {@link #indeksProfesionalitasAsn} and {@link #indeksPerencanaanPembangunan}, each with
 * its stock band table. Values are exact; {@link #rounded()} rounds once for display. Instances are
 * immutable; the {@code with…} methods return changed copies.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class WeightedIndex {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<WeightedComponent> components;
  private final BigDecimal scale;
  private final RoundingPolicy rounding;
  private final @Nullable BandTable bands;
  private final ClassificationBasis basis;
  private final Rational weightSum;
  private final Rational value;

  private WeightedIndex(List<WeightedComponent> components, BigDecimal scale, RoundingPolicy rounding,
      @Nullable BandTable bands, ClassificationBasis basis) {
    this.components = components;
    this.scale = scale;
    this.rounding = rounding;
    this.bands = bands;
    this.basis = basis;
    List<BigDecimal> weights = new ArrayList<>();
    components.forEach(c -> weights.add(c.weight()));
    this.weightSum = Weights.validate(weights, i -> "component " + components.get(i).name() + ": weight", "weights");
    Rational sum = Rational.ZERO;
    for (WeightedComponent c : components) {
      sum = sum.add(c.ratio().multiply(Rational.of(c.weight())));
    }
    this.value = sum.divide(weightSum).multiply(Rational.of(scale));
  }

  /**
   * An index on the scale 0–100, without a band table.
   *
   * @param components at least one, names unique, weights not all zero
   * @return the index
   * @throws InvalidValueException if there is no component, a name repeats or the weights are all
   *     zero
   */
  public static WeightedIndex of(List<WeightedComponent> components) {
    Objects.requireNonNull(components, "components");
    if (components.isEmpty()) {
      throw InvalidValueException.of("components", 0, "must be at least 1");
    }
    Set<String> names = new HashSet<>();
    for (WeightedComponent c : components) {
      Objects.requireNonNull(c, "component");
      if (!names.add(c.name())) {
        throw InvalidValueException.of("component name", c.name(), "must be unique");
      }
    }
    return new WeightedIndex(List.copyOf(components), HUNDRED, RoundingPolicy.defaults(), null, ClassificationBasis.EXACT);
  }

  /**
   * An index on the scale 0–100, without a band table.
   *
   * @param components at least one, names unique, weights not all zero
   * @return the index
   * @throws InvalidValueException if the components do not validate
   */
  public static WeightedIndex of(WeightedComponent... components) {
    return of(Arrays.asList(components));
  }

  /**
   * Indeks Profesionalitas ASN (PermenPANRB 38/2018) of one ASN: kualifikasi 25, kompetensi 40,
   * kinerja 30, disiplin 5, each given in points out of its weight, so the index is the sum of the
   * points (0–100). The arguments are on different scales: kompetensi 0–40, kinerja 0–30, disiplin
   * 0–5 — not a 0–100 score each (a kinerja score of 90 out of 100 is 27 points here; a value above
   * its weight is an error naming the dimension). Banded with {@code StockTables.indeksProfesionalitasAsn()}: Sangat Tinggi 91–100,
   * Tinggi 81–90, Sedang 71–80, Rendah 61–70, Sangat Rendah ≤ 60.
   *
   * @param kualifikasi the education level, giving 1–25 points ({@link Education#points()})
   * @param kompetensi kompetensi points, 0–40
   * @param kinerja kinerja points, 0–30
   * @param disiplin disiplin points, 0–5
   * @return the index, with its band table
   * @throws InvalidValueException if a value is outside its range; the message names the dimension
   */
  public static WeightedIndex indeksProfesionalitasAsn(Education kualifikasi, BigDecimal kompetensi, BigDecimal kinerja,
      BigDecimal disiplin) {
    Objects.requireNonNull(kualifikasi, "kualifikasi");
    BigDecimal k = BigDecimal.valueOf(25);
    BigDecimal kom = BigDecimal.valueOf(40);
    BigDecimal kin = BigDecimal.valueOf(30);
    BigDecimal dis = BigDecimal.valueOf(5);
    return of(
        WeightedComponent.of("kualifikasi", kualifikasi.points(), k, k),
        WeightedComponent.of("kompetensi", kompetensi, kom, kom),
        WeightedComponent.of("kinerja", kinerja, kin, kin),
        WeightedComponent.of("disiplin", disiplin, dis, dis))
        .withBands(StockTables.indeksProfesionalitasAsn());
  }

  /**
   * Indeks Perencanaan Pembangunan: integrasi 60, sinkronisasi 30, keterhubungan perencanaan
   * pembangunan dengan perencanaan kinerja 10, each dimension given as a score from 0 to 100, so the
   * index is 0.6 × integrasi + 0.3 × sinkronisasi + 0.1 × keterhubungan. Banded with
   * {@code StockTables.indeksPerencanaanPembangunan()}: Sangat Baik 91–100, Baik 81–90, Cukup Baik
   * 71–80, Kurang 61–70, Sangat Kurang ≤ 60. If your source gives the dimensions in points out of
   * 60/30/10 instead, use {@link #of(List)} with those maxima.
   *
   * @param integrasi the integrasi score, 0–100
   * @param sinkronisasi the sinkronisasi score, 0–100
   * @param keterhubungan the keterhubungan score, 0–100
   * @return the index, with its band table
   * @throws InvalidValueException if a score is outside 0–100; the message names the dimension
   */
  public static WeightedIndex indeksPerencanaanPembangunan(BigDecimal integrasi, BigDecimal sinkronisasi,
      BigDecimal keterhubungan) {
    return of(
        WeightedComponent.of("integrasi", integrasi, HUNDRED, BigDecimal.valueOf(60)),
        WeightedComponent.of("sinkronisasi", sinkronisasi, HUNDRED, BigDecimal.valueOf(30)),
        WeightedComponent.of("keterhubungan", keterhubungan, HUNDRED, BigDecimal.valueOf(10)))
        .withBands(StockTables.indeksPerencanaanPembangunan());
  }

  /**
   * Returns this index on that scale.
   *
   * @param newScale the value of a perfect index, &gt; 0 (100 by default; 4 or 5 for some indices)
   * @return this index on that scale
   * @throws InvalidValueException if the scale is not positive
   */
  public WeightedIndex withScale(BigDecimal newScale) {
    Objects.requireNonNull(newScale, "scale");
    if (newScale.signum() <= 0) {
      throw InvalidValueException.of("scale", newScale, "must be > 0");
    }
    return new WeightedIndex(components, newScale, rounding, bands, basis);
  }

  /**
   * Returns this index with that table.
   *
   * @param table the band table that classifies the index
   * @return this index with that table
   */
  public WeightedIndex withBands(BandTable table) {
    return new WeightedIndex(components, scale, rounding, Objects.requireNonNull(table, "table"), basis);
  }

  /**
   * Returns this index with that rounding.
   *
   * @param policy the display rounding (2 decimals half-up by default)
   * @return this index with that rounding
   */
  public WeightedIndex withRounding(RoundingPolicy policy) {
    return new WeightedIndex(components, scale, Objects.requireNonNull(policy, "policy"), bands, basis);
  }

  /**
   * Returns this index with that basis.
   *
   * @param newBasis whether the band is looked up with the exact or the displayed value
   * @return this index with that basis
   */
  public WeightedIndex withClassificationBasis(ClassificationBasis newBasis) {
    return new WeightedIndex(components, scale, rounding, bands, Objects.requireNonNull(newBasis, "basis"));
  }

  /** Returns the components, in order. */
  public List<WeightedComponent> components() {
    return components;
  }

  /** Returns the scale, 100 by default. */
  public BigDecimal scale() {
    return scale;
  }

  /** Returns the exact sum of the weights, &gt; 0. */
  public Rational weightSum() {
    return weightSum;
  }

  /** Returns the exact index, from 0 to the scale. */
  public Rational value() {
    return value;
  }

  /** Returns the index rounded once for display. */
  public BigDecimal rounded() {
    return rounding.round(value);
  }

  /**
   * Returns each component's exact contribution to the index, value / max × weight / Σ weights ×
   * scale, in component order; they add up to {@link #value()}.
   *
   * @return each component's exact contribution to the index, value / max × weight / Σ weights ×
   *     scale, in component order; they add up to {@link #value()}
   */
  public List<Rational> contributions() {
    List<Rational> list = new ArrayList<>(components.size());
    Rational s = Rational.of(scale);
    for (WeightedComponent c : components) {
      list.add(c.ratio().multiply(Rational.of(c.weight())).divide(weightSum).multiply(s));
    }
    return List.copyOf(list);
  }

  /** Returns the band table, when one was given (always for the presets). */
  public Optional<BandTable> bandTable() {
    return Optional.ofNullable(bands);
  }

  /** Returns the band of the index (exact or displayed, by the classification basis); empty without a table. */
  public Optional<Band> band() {
    return bandTable().map(t -> t.classify(basis.select(value, rounding)));
  }

  /** Returns the display rounding. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** Returns the classification basis, {@link ClassificationBasis#EXACT} by default. */
  public ClassificationBasis classificationBasis() {
    return basis;
  }

  @Override
  public String toString() {
    return "WeightedIndex " + rounded().toPlainString() + band().map(b -> " (" + b.code() + ")").orElse("") + " " + components;
  }
}
