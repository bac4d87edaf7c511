/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.internal.DecimalText;
import io.github.lakin.scoring.internal.engine.Standing;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Capaian (achievement) of one indicator: the exact raw value, the value after the cap and floor,
 * its status and flags, and its derivation.
 *
 * <p>Nothing is silent: a missing realisasi is {@link Status#NOT_AVAILABLE}, a zero target that
 * no rule maps is {@link Status#UNDEFINED} with a {@link #reason()}, and a capped or floored value
 * keeps its {@link #raw()} beside it. Values are exact {@link Rational}s; {@link #rounded()}
 * rounds once with the policy's {@link RoundingPolicy}.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Achievement {
  Achievement() {}

  /** Status capaian. */
  public enum Status {
    /** A capaian (or, for a categorical target, a reached/not reached outcome) was computed. */
    COMPUTED,
    /** The realisasi is not available yet; no number is given. */
    NOT_AVAILABLE,
    /** No capaian exists (e.g. target 0 with realisasi ≠ 0); {@link #reason()} says why. */
    UNDEFINED
  }

  /** Penanda (flag) on a capaian. */
  public enum Flag {
    /** The realisasi is provisional (a previous period's value, marked {@code *}). */
    PROVISIONAL,
    /** The cap lowered the value; {@link #raw()} keeps the uncapped one. */
    CAPPED,
    /** The floor raised the value; {@link #raw()} keeps the lower one. */
    FLOORED,
    /** A policy rule (the zero-target rule), not a formula, gave the value. */
    BY_RULE
  }

  /** Returns the indicator's code. */
  public abstract String indicatorCode();

  /** Returns the name of the strategy that scored it. */
  public abstract String strategy();

  /** Returns the status. */
  public abstract Status status();

  /** Returns the exact capaian before any cap or floor, in percent. */
  public abstract Optional<Rational> raw();

  /** Returns the exact capaian after the cap and floor, in percent: the value that is averaged. */
  public abstract Optional<Rational> value();

  /** Returns for a categorical target, whether the category was reached. */
  public abstract Optional<Boolean> categoryMet();

  /** Returns the flags. */
  public abstract Set<Flag> flags();

  /** Returns why the capaian is undefined or not available, when known. */
  public abstract Optional<String> reason();

  /** Returns the target scored against. */
  public abstract Target target();

  /** Returns the realisasi scored. */
  public abstract Realization realization();

  /** Returns the rounding used by {@link #rounded()} and {@link #explain(Locale)}. */
  public abstract RoundingPolicy rounding();

  /** Returns the derivation, for {@link #explain(Locale)}. */
  @Value.Auxiliary
  abstract Derivation derivation();

  /**
   * Returns whether it is set.
   *
   * @param flag a flag
   * @return whether it is set
   */
  public boolean has(Flag flag) {
    return flags().contains(flag);
  }

  /** Returns whether a number or category outcome was computed. */
  public boolean isComputed() {
    return status() == Status.COMPUTED;
  }

  /**
   * Mencapai target: the capaian is at least 100 (for a category: the category was reached).
   * This is the reading of "mencapai atau melampaui target" in reports (DOMAIN §6); for a strict
   * comparator such as {@code < 20} a realisasi of exactly 20 scores 100 and counts as met.
   *
   * @return whether the target was met; false when not computed
   */
  public boolean isMet() {
    return Standing.of(this).isMet();
  }

  /** Returns the value after cap and floor, rounded once with {@link #rounding()}. */
  public Optional<BigDecimal> rounded() {
    return value().map(rounding()::round);
  }

  /**
   * Returns the value after cap and floor, rounded once with {@code policy}.
   *
   * @param policy another rounding
   * @return the value after cap and floor, rounded once with {@code policy}
   */
  public Optional<BigDecimal> rounded(RoundingPolicy policy) {
    return value().map(policy::round);
  }

  /** Returns the raw value, rounded once with {@link #rounding()}. */
  public Optional<BigDecimal> roundedRaw() {
    return raw().map(rounding()::round);
  }

  /**
   * The derivation in words, e.g. {@code "95,83 / 80 × 100% = 119,79%"} in Indonesian or
   * {@code "95.83 / 80 × 100% = 119.79%"} in English, with caps, floors and provisional values
   * noted.
   *
   * @param locale {@code Locale.forLanguageTag("id")} for Indonesian; any other for English
   * @return the explanation
   */
  public String explain(Locale locale) {
    boolean id = DecimalText.isIndonesian(locale);
    StringBuilder sb = new StringBuilder();
    switch (status()) {
      case NOT_AVAILABLE:
        sb.append(id ? "realisasi belum tersedia" : "realisation not available");
        reason().ifPresent(r -> sb.append(" (").append(r).append(')'));
        return sb.toString();
      case UNDEFINED:
        sb.append(derivation().render(locale, v -> number(v, locale)));
        break;
      default:
        sb.append(derivation().render(locale, v -> number(v, locale)));
        if (raw().isPresent()) {
          sb.append(" = ").append(percent(raw().get(), locale));
          if (has(Flag.CAPPED)) {
            sb.append(id ? "; dibatasi menjadi " : "; capped at ").append(percent(value().orElseThrow(), locale));
          }
          if (has(Flag.FLOORED)) {
            sb.append(id ? "; dinaikkan ke batas bawah " : "; raised to the floor ").append(percent(value().orElseThrow(), locale));
          }
        }
        break;
    }
    realization().provisional().ifPresent(p -> sb.append(id ? " (realisasi sementara: nilai " : " (provisional: value of ")
        .append(p.carriedFrom().label(locale)).append(')'));
    return sb.toString();
  }

  private String percent(Rational v, Locale locale) {
    return DecimalText.format(rounding().round(v), locale) + "%";
  }

  /** Writes an input number: exactly when it has at most 6 decimals, else rounded. */
  private String number(Rational v, Locale locale) {
    if (v.isTerminating()) {
      BigDecimal exact = v.toBigDecimalExact();
      if (exact.scale() <= 6) {
        return DecimalText.format(exact, locale);
      }
    }
    return DecimalText.format(rounding().round(v), locale);
  }

  @Override
  public String toString() {
    return indicatorCode() + ": " + (status() == Status.COMPUTED
        ? rounded().map(BigDecimal::toPlainString).orElse(isMet() ? "met" : "not met")
        : status().name()) + (flags().isEmpty() ? "" : " " + flags());
  }
}
