/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.Rational;
import java.util.Objects;
import java.util.Optional;

/**
 * Hasil rumus (evaluation): what a {@link ScoringStrategy} computes for one available realisasi:
 * exactly one of a raw capaian with its derivation ({@link Computed}), an undefined outcome with
 * its reason ({@link Undefined}), or, for a categorical target, whether the category was reached
 * ({@link Categorical}).
 *
 * <p>Walk it with {@link #accept(Visitor)} or {@code instanceof}; the accessors {@link #raw()},
 * {@link #categoryMet()}, {@link #undefinedReason()} and {@link #isByRule()} read any of the three.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public sealed interface Evaluation permits Evaluation.Computed, Evaluation.Undefined, Evaluation.Categorical {

  /**
   * Capaian terhitung (computed): a raw capaian in percent, from a formula or, when
   * {@code byRule}, set by a policy rule (the zero-target rule).
   *
   * @param capaian the raw capaian in percent, before any cap or floor
   * @param derivation how it was computed
   * @param byRule whether a policy rule, not a formula, gave the value
   */
  record Computed(Rational capaian, Derivation derivation, boolean byRule) implements Evaluation {
    /** Checks the components. */
    public Computed {
      Objects.requireNonNull(capaian, "capaian");
      Objects.requireNonNull(derivation, "derivation");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.computed(this);
    }
  }

  /**
   * Tidak terdefinisi (undefined): no capaian exists, e.g. target 0 with realisasi 5.
   *
   * @param reason why, in English, e.g. {@code "target is 0 and realisation is 5"}
   * @param derivation the reason in the reader's language
   */
  record Undefined(String reason, Derivation derivation) implements Evaluation {
    /** Checks the components. */
    public Undefined {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(derivation, "derivation");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.undefined(this);
    }
  }

  /**
   * Kategori (categorical): whether a categorical target's category was reached; no percentage.
   *
   * @param met whether the required category was reached
   * @param derivation how it was decided, e.g. {@code "WTP ≥ WTP"}
   */
  record Categorical(boolean met, Derivation derivation) implements Evaluation {
    /** Checks the components. */
    public Categorical {
      Objects.requireNonNull(derivation, "derivation");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.categorical(this);
    }
  }

  /**
   * Pengunjung (visitor) over the three outcomes.
   *
   * @param <R> what the visit returns
   */
  interface Visitor<R> {
    /**
     * Returns the visit's result.
     *
     * @param e a computed capaian
     * @return the visit's result
     */
    R computed(Computed e);

    /**
     * Returns the visit's result.
     *
     * @param e an undefined outcome
     * @return the visit's result
     */
    R undefined(Undefined e);

    /**
     * Returns the visit's result.
     *
     * @param e a categorical outcome
     * @return the visit's result
     */
    R categorical(Categorical e);
  }

  /**
   * Returns the visitor's result for this outcome.
   *
   * @param visitor the visitor
   * @param <R> what it returns
   * @return the visitor's result for this outcome
   */
  <R> R accept(Visitor<R> visitor);

  /** Returns the derivation. */
  Derivation derivation();

  /**
   * Returns a computed evaluation.
   *
   * @param raw the raw capaian in percent
   * @param derivation how it was computed
   * @return a computed evaluation
   */
  static Evaluation value(Rational raw, Derivation derivation) {
    return new Computed(raw, derivation, false);
  }

  /**
   * A capaian set by a policy rule rather than a formula (e.g. target 0 and realisasi 0 → 100).
   *
   * @param value the capaian the rule gives
   * @param derivation the rule, as text
   * @return a computed evaluation flagged {@link Achievement.Flag#BY_RULE}
   */
  static Evaluation byRule(Rational value, Derivation derivation) {
    return new Computed(value, derivation, true);
  }

  /**
   * Returns an undefined evaluation.
   *
   * @param reason why no capaian exists, e.g. {@code "target is 0 and realisation is 5"}
   * @param explanation the reason in the reader's language
   * @return an undefined evaluation
   */
  static Evaluation undefined(String reason, Derivation explanation) {
    return new Undefined(reason, explanation);
  }

  /**
   * Returns a categorical evaluation.
   *
   * @param met whether the required category was reached
   * @param derivation how it was decided, e.g. {@code "WTP ≥ WTP"}
   * @return a categorical evaluation
   */
  static Evaluation category(boolean met, Derivation derivation) {
    return new Categorical(met, derivation);
  }

  /** Returns the raw capaian, when computed. */
  default Optional<Rational> raw() {
    return this instanceof Computed ? Optional.of(((Computed) this).capaian()) : Optional.empty();
  }

  /** Returns whether the category was reached, for a categorical target. */
  default Optional<Boolean> categoryMet() {
    return this instanceof Categorical ? Optional.of(((Categorical) this).met()) : Optional.empty();
  }

  /** Returns why the capaian is undefined, when it is. */
  default Optional<String> undefinedReason() {
    return this instanceof Undefined ? Optional.of(((Undefined) this).reason()) : Optional.empty();
  }

  /** Returns whether a policy rule, not a formula, gave the value. */
  default boolean isByRule() {
    return this instanceof Computed && ((Computed) this).byRule();
  }
}
