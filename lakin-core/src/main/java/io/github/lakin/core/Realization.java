/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Realisasi (actual value) of an indicator: an exact number, a category, or not available yet.
 *
 * <p>A realisasi defined as a share ("23 dari 24 daerah") keeps its counts, so the percentage is
 * exact (23/24 × 100 = 95,8333…) rather than the printed 95,83. A provisional realisasi (the
 * previous period's value carried forward, marked {@code *} in reports) says where it came from.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Realization {
  Realization() {}

  /** Status realisasi: whether a value is there. */
  public enum Status {
    /** A number or a category is available. */
    AVAILABLE,
    /** Not available yet (N/A, "-"): no number is invented. */
    NOT_AVAILABLE
  }

  /** Returns whether a value is available. */
  public abstract Status status();

  /** Returns the exact number, for a numeric realisasi. */
  public abstract Optional<Rational> value();

  /** Returns the counts the number was built from, when it is a share n/T × 100. */
  public abstract Optional<Counts> counts();

  /** Returns the category, for a categorical realisasi (e.g. {@code "WTP"}). */
  public abstract Optional<String> category();

  /** Returns where a provisional value came from; empty for a final value. */
  public abstract Optional<Provisional> provisional();

  /** Returns why the value is not available, when the source says. */
  public abstract Optional<String> note();

  /** Returns whether a value is available. */
  public boolean isAvailable() {
    return status() == Status.AVAILABLE;
  }

  /** Returns whether this is a provisional (carried-forward) value. */
  public boolean isProvisional() {
    return provisional().isPresent();
  }

  /**
   * Returns an available numeric realisasi.
   *
   * @param value the realised number
   * @return an available numeric realisasi
   */
  public static Realization of(BigDecimal value) {
    java.util.Objects.requireNonNull(value, "realisasi");
    Checks.bounded("realisasi", value);
    return ImmutableRealization.builder().status(Status.AVAILABLE).value(Rational.of(value)).build();
  }

  /**
   * Returns an available numeric realisasi.
   *
   * @param value the realised number as plain text, e.g. {@code "69.31"}
   * @return an available numeric realisasi
   * @throws InvalidValueException if the text is not a plain decimal
   */
  public static Realization of(String value) {
    java.util.Objects.requireNonNull(value, "realisasi");
    return of(Decimals.parsePlain("realisasi", value));
  }

  /**
   * Returns an available numeric realisasi.
   *
   * @param value an exact value, e.g. a mean duration
   * @return an available numeric realisasi
   */
  public static Realization of(Rational value) {
    java.util.Objects.requireNonNull(value, "realisasi");
    int bits = (int) Math.ceil((Rational.MAX_INTEGER_DIGITS + Rational.MAX_FRACTION_DIGITS) * 3.33);
    if (value.numerator().bitLength() > bits || value.denominator().bitLength() > bits) {
      throw InvalidValueException.of("realisasi", value.toString().length() > 80 ? value.toString().substring(0, 40) + "…" : value,
          "must have a numerator and denominator of at most " + (Rational.MAX_INTEGER_DIGITS + Rational.MAX_FRACTION_DIGITS)
              + " digits");
    }
    return ImmutableRealization.builder().status(Status.AVAILABLE).value(value).build();
  }

  /**
   * A share in percent: {@code n / total × 100}, kept exact.
   *
   * @param n how many qualify, at least 0
   * @param total of how many, more than 0
   * @return the realisasi {@code n/total × 100}
   * @throws InvalidValueException if {@code n < 0}, {@code total <= 0} or {@code n > total}
   */
  public static Realization ofCounts(long n, long total) {
    Counts c = Counts.of(n, total);
    return ImmutableRealization.builder().status(Status.AVAILABLE).value(c.percent()).counts(c).build();
  }

  /**
   * Returns an available categorical realisasi.
   *
   * @param category the realised category, e.g. {@code "WTP"}
   * @return an available categorical realisasi
   */
  public static Realization ofCategory(String category) {
    return ImmutableRealization.builder().status(Status.AVAILABLE).category(category).build();
  }

  /** Returns a realisasi that is not available yet. */
  public static Realization notAvailable() {
    return ImmutableRealization.builder().status(Status.NOT_AVAILABLE).build();
  }

  /**
   * Returns a realisasi that is not available yet, with the reason.
   *
   * @param note why, e.g. {@code "menunggu rilis BPS"}
   * @return a realisasi that is not available yet, with the reason
   */
  public static Realization notAvailable(String note) {
    return ImmutableRealization.builder().status(Status.NOT_AVAILABLE).note(note).build();
  }

  /**
   * Returns the same value marked provisional.
   *
   * @param carriedFrom the period whose value this is (e.g. 2022 for a 2023 report)
   * @param note the report's footnote, may be empty
   * @return the same value marked provisional
   */
  public Realization provisional(Period carriedFrom, String note) {
    return ImmutableRealization.builder().from(this).provisional(Provisional.of(carriedFrom, note)).build();
  }

  @Value.Check
  void check() {
    if (status() == Status.AVAILABLE) {
      if (value().isPresent() == category().isPresent()) {
        throw InvalidValueException.of("realisasi", value().map(Object::toString).orElse(category().orElse(null)),
            "must be either a number or a category");
      }
    } else {
      if (value().isPresent() || category().isPresent()) {
        throw InvalidValueException.of("realisasi", value().map(Object::toString).orElse(category().orElse(null)),
            "must carry no value when not available");
      }
      if (provisional().isPresent()) {
        throw InvalidValueException.of("realisasi.provisional", provisional().get(), "needs an available value");
      }
    }
    category().ifPresent(c -> Checks.nonBlank("realisasi.category", c));
    if (counts().isPresent() && !Optional.of(counts().get().percent()).equals(value())) {
      throw InvalidValueException.of("realisasi", value().orElse(null), "must equal its counts " + counts().get());
    }
  }

  @Override
  public String toString() {
    if (!isAvailable()) {
      return "N/A";
    }
    String v = value().map(Rational::toString).orElseGet(() -> category().orElse(""));
    return isProvisional() ? v + "*" : v;
  }

  /** Cacah (counts) n of T behind a percentage realisasi. */
  @Value.Immutable
  public abstract static class Counts {
    Counts() {}

    /** Returns how many qualify. */
    @Value.Parameter
    public abstract long n();

    /** Returns of how many. */
    @Value.Parameter
    public abstract long total();

    /**
     * Returns the counts.
     *
     * @param n how many qualify, 0 to {@code total}
     * @param total of how many, more than 0
     * @return the counts
     */
    public static Counts of(long n, long total) {
      return ImmutableCounts.of(n, total);
    }

    /** Returns {@code n / total × 100}, exact. */
    public Rational percent() {
      return Rational.of(BigInteger.valueOf(n()).multiply(BigInteger.valueOf(100)), BigInteger.valueOf(total()));
    }

    @Value.Check
    void check() {
      if (n() < 0) {
        throw InvalidValueException.of("realisasi.n", n(), "must be >= 0");
      }
      if (total() <= 0) {
        throw InvalidValueException.of("realisasi.total", total(), "must be > 0");
      }
      if (n() > total()) {
        throw InvalidValueException.of("realisasi.n", n(), "must not exceed the total " + total() + " (n of T)");
      }
    }

    @Override
    public String toString() {
      return n() + "/" + total();
    }
  }

  /** Nilai sementara (provisional value): the period it was carried from and the footnote. */
  @Value.Immutable
  public abstract static class Provisional {
    Provisional() {}

    /** Returns the period whose value is used. */
    @Value.Parameter
    public abstract Period carriedFrom();

    /** Returns the report's footnote; may be empty. */
    @Value.Parameter
    public abstract String note();

    /**
     * Returns the marker.
     *
     * @param carriedFrom the period whose value is used
     * @param note the footnote
     * @return the marker
     */
    public static Provisional of(Period carriedFrom, String note) {
      return ImmutableProvisional.of(carriedFrom, note);
    }

    @Override
    public String toString() {
      return "provisional from " + carriedFrom() + (note().isEmpty() ? "" : " (" + note() + ")");
    }
  }
}
