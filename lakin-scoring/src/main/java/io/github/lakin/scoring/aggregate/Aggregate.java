/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.internal.ExactSum;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.internal.DecimalText;
import io.github.lakin.scoring.internal.ShownOperands;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Rata-rata capaian (aggregate): the exact mean or weighted mean of a goal's or a unit's members,
 * with the members it used, those it left out and why, and its derivation.
 *
 * <p>Immutable; safe to share between threads (an exact mean computed on first read is the same value whichever thread computes it).
 *
 * @since 0.1.0
 */
public final class Aggregate {

  /** Penanda agregat (flag). */
  public enum Flag {
    /** At least one member is a provisional value. */
    PROVISIONAL_INCLUDED,
    /** At least one member was left out (not available, undefined, provisional excluded, categorical). */
    MEMBERS_EXCLUDED,
    /** Members were rounded to the display scale before averaging. */
    MEMBERS_ROUNDED,
    /** Members were weighted. */
    WEIGHTED
  }

  /** Anggota (member): one value that entered the mean. */
  public static final class Member {
    private final String code;
    private final Rational value;
    private final Optional<Rational> weight;
    private final boolean provisional;

    Member(String code, Rational value, Optional<Rational> weight, boolean provisional) {
      this.code = code;
      this.value = value;
      this.weight = weight;
      this.provisional = provisional;
    }

    /** Returns the indicator's or goal's code. */
    public String code() {
      return code;
    }

    /** Returns the value used (after cap and floor; rounded when members are rounded first). */
    public Rational value() {
      return value;
    }

    /** Returns the weight, for a weighted mean. */
    public Optional<Rational> weight() {
      return weight;
    }

    /** Returns whether the value is provisional. */
    public boolean provisional() {
      return provisional;
    }

    @Override
    public String toString() {
      return code + "=" + value + weight.map(w -> " (w " + w + ")").orElse("");
    }
  }

  /** Dikecualikan (exclusion): a member left out of the mean, with the reason. */
  public static final class Exclusion {
    private final String code;
    private final String reason;
    private final String alasan;

    /**
     * @param reason why, in English
     * @param alasan why, in Indonesian
     */
    Exclusion(String code, String reason, String alasan) {
      this.code = code;
      this.reason = reason;
      this.alasan = alasan;
    }

    /** Returns the indicator's or goal's code. */
    public String code() {
      return code;
    }

    /** Returns why it was left out, in English (e.g. {@code "not available"}). */
    public String reason() {
      return reason;
    }

    /**
     * Returns why it was left out, in that language (e.g. {@code "tidak tersedia"}).
     *
     * @param locale Indonesian ({@code id}) or English
     * @return why it was left out, in that language (e.g. {@code "tidak tersedia"})
     */
    public String reason(Locale locale) {
      return DecimalText.isIndonesian(locale) ? alasan : reason;
    }

    @Override
    public String toString() {
      return code + " (" + reason + ")";
    }
  }

  private final String label;
  private final List<Member> members;
  private final List<Exclusion> excluded;
  /** The exact mean; null until first read when the rounding was decided without it. */
  @SuppressWarnings("NullableOptional") // three states: not computed yet (null), no mean (empty), the mean
  private volatile @Nullable Optional<Rational> value;
  /** The rounded mean when the engine's kernel decided it; null when it is rounded from {@link #value}. */
  private final @Nullable BigDecimal decidedRounded;
  private final RoundingPolicy rounding;
  private final Set<Flag> flags;

  @SuppressWarnings("NullableOptional") // value: null when not computed yet, as the field
  private Aggregate(String label, List<Member> members, List<Exclusion> excluded, @Nullable Optional<Rational> value,
      @Nullable BigDecimal decidedRounded, RoundingPolicy rounding, Set<Flag> flags) {
    this.label = label;
    this.members = List.copyOf(members);
    this.excluded = List.copyOf(excluded);
    this.value = value;
    this.decidedRounded = decidedRounded;
    this.rounding = rounding;
    this.flags = Collections.unmodifiableSet(flags);
  }

  private Aggregate(String label, List<Member> members, List<Exclusion> excluded, Optional<Rational> value,
      RoundingPolicy rounding, Set<Flag> flags) {
    this(label, members, excluded, value, null, rounding, flags);
  }

  /**
   * The plain mean of unweighted, unrounded members whose rounded value the engine's kernel has
   * already decided exactly (from the same values): the exact mean is computed only when
   * {@link #value()} is first read. For a mean over many members that exact sum is the costly
   * part of a report, and most callers only show the rounded figure.
   *
   * @param rounded the mean rounded once with {@code rounding}
   */
  static Aggregate decided(String label, List<Member> members, List<Exclusion> excluded, RoundingPolicy rounding, BigDecimal rounded) {
    Objects.requireNonNull(label, "label");
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    for (Member m : members) {
      if (m.provisional()) {
        flags.add(Flag.PROVISIONAL_INCLUDED);
      }
      if (m.weight().isPresent()) {
        throw new IllegalArgumentException(label + ": a decided mean is unweighted");
      }
    }
    if (!excluded.isEmpty()) {
      flags.add(Flag.MEMBERS_EXCLUDED);
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException(label + ": a decided mean has members");
    }
    return new Aggregate(label, members, excluded, null, rounded, rounding, flags);
  }

  /**
   * The plain or weighted mean of the members.
   *
   * @param label what is averaged, e.g. {@code "SK1"} or {@code "unit"}
   * @param members the values; weighted when every member has a weight
   * @param excluded what was left out
   * @param rounding the display rounding
   * @param membersRounded whether members were rounded before averaging
   * @return the aggregate; empty (no value) when there are no members, or when every member left
   *     after exclusions has weight zero
   * @throws InvalidValueException if only some members have weights, or all weights are zero and
   *     nothing was excluded
   */
  static Aggregate of(String label, List<Member> members, List<Exclusion> excluded, RoundingPolicy rounding, boolean membersRounded) {
    Objects.requireNonNull(label, "label");
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (members.stream().anyMatch(Member::provisional)) {
      flags.add(Flag.PROVISIONAL_INCLUDED);
    }
    if (!excluded.isEmpty()) {
      flags.add(Flag.MEMBERS_EXCLUDED);
    }
    if (membersRounded) {
      flags.add(Flag.MEMBERS_ROUNDED);
    }
    if (members.isEmpty()) {
      return new Aggregate(label, members, excluded, Optional.empty(), rounding, flags);
    }
    long weighted = members.stream().filter(m -> m.weight().isPresent()).count();
    Rational result;
    if (weighted == 0) {
      // grouped by denominator and added in a balanced tree: linear-ish, not quadratic, in size
      ExactSum sum = new ExactSum();
      for (Member m : members) {
        sum.add(m.value());
      }
      result = sum.mean(members.size());
    } else {
      if (weighted != members.size()) {
        Member missing = members.stream().filter(m -> m.weight().isEmpty()).findFirst().orElseThrow();
        throw InvalidValueException.of(label + ": weight of " + missing.code(), null, "must be given when other members are weighted");
      }
      Rational sum = Rational.ZERO;
      Rational weights = Rational.ZERO;
      for (Member m : members) {
        Rational w = m.weight().orElseThrow();
        if (w.signum() < 0) {
          throw InvalidValueException.of(label + ": weight of " + m.code(), w, "must be >= 0");
        }
        sum = sum.add(w.multiply(m.value()));
        weights = weights.add(w);
      }
      if (weights.signum() == 0 && !excluded.isEmpty()) {
        // the members with a weight were left out: the weighted mean is undefined, so no number
        flags.add(Flag.WEIGHTED);
        return new Aggregate(label, members, excluded, Optional.empty(), rounding, flags);
      }
      if (weights.signum() == 0) {
        throw InvalidValueException.of(label + ": weights", members.stream().map(m -> m.weight().orElseThrow().toString())
            .collect(Collectors.joining(", ", "[", "]")), "must not all be zero");
      }
      result = sum.divide(weights);
      flags.add(Flag.WEIGHTED);
    }
    return new Aggregate(label, members, excluded, Optional.of(result), rounding, flags);
  }

  /** Returns what was averaged, e.g. {@code "SK1"}. */
  public String label() {
    return label;
  }

  /** Returns the members that entered the mean, in report order. */
  public List<Member> members() {
    return members;
  }

  /** Returns the members left out, with reasons. */
  public List<Exclusion> excluded() {
    return excluded;
  }

  /** Returns the exact mean; empty when no member could be averaged. */
  public Optional<Rational> value() {
    Optional<Rational> v = value;
    if (v == null) {
      // computed at most a few times under a race, always to the same value
      ExactSum sum = new ExactSum();
      for (Member m : members) {
        sum.add(m.value());
      }
      v = Optional.of(sum.mean(members.size()));
      value = v;
    }
    return v;
  }

  /** Returns the mean rounded once for display. */
  public Optional<BigDecimal> rounded() {
    return decidedRounded != null ? Optional.of(decidedRounded) : value().map(rounding::round);
  }

  /** Returns the display rounding. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /** Returns the flags. */
  public Set<Flag> flags() {
    return flags;
  }

  /**
   * Returns whether it is set.
   *
   * @param flag a flag
   * @return whether it is set
   */
  public boolean has(Flag flag) {
    return flags.contains(flag);
  }

  /**
   * The derivation, e.g. {@code "(100,45 + 109,67 + 138,06 + 101,60 + 100,00) / 5 = 109,95%"}.
   * Members and weights are shown at the display scale; when the mean of the shown numbers would
   * round to another figure than the mean of the exact values (106,505 and 100 give 103,2525 →
   * 103,25, but 106,51 and 100 give 103,255 → 103,26), they are shown with as many more decimals as
   * it takes for the shown numbers to give the shown result ({@code (106,505 + 100,00) / 2 =
   * 103,25%}).
   *
   * @param locale Indonesian ({@code id}) or English
   * @return the explanation
   */
  public String explain(Locale locale) {
    boolean id = DecimalText.isIndonesian(locale);
    StringBuilder sb = new StringBuilder();
    if (value().isEmpty()) {
      sb.append(id ? "tidak ada capaian yang dapat dirata-ratakan" : "no achievement could be averaged");
    } else {
      RoundingPolicy shown = shownRounding();
      if (has(Flag.WEIGHTED)) {
        List<String> terms = new ArrayList<>();
        List<String> ws = new ArrayList<>();
        for (Member m : members) {
          String w = DecimalText.format(shownWeight(m.weight().orElseThrow(), shown), locale);
          terms.add(w + " × " + DecimalText.format(shown.round(m.value()), locale));
          ws.add(w);
        }
        sb.append('(').append(String.join(" + ", terms)).append(") / (").append(String.join(" + ", ws)).append(") = ");
      } else {
        sb.append('(').append(members.stream().map(m -> DecimalText.format(shown.round(m.value()), locale)).collect(Collectors.joining(" + ")))
            .append(") / ").append(members.size()).append(" = ");
      }
      sb.append(DecimalText.format(rounded().orElseThrow(), locale)).append('%');
    }
    List<String> provisional = members.stream().filter(Member::provisional).map(Member::code).collect(Collectors.toList());
    if (!provisional.isEmpty()) {
      sb.append(id ? " (termasuk nilai sementara: " : " (includes provisional values: ").append(String.join(", ", provisional)).append(')');
    }
    if (!excluded.isEmpty()) {
      sb.append(id ? "; tidak dihitung: " : "; excluded: ")
          .append(excluded.stream().map(e -> e.code() + " (" + e.reason(locale) + ")").collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }

  /** The rounding the explanation shows members with (see {@link ShownOperands}). */
  private RoundingPolicy shownRounding() {
    return ShownOperands.rounding(rounding, rounded().orElseThrow(), this::meanOfShown);
  }

  /** The mean computed from the numbers as the explanation shows them at {@code shown}. */
  private Rational meanOfShown(RoundingPolicy shown) {
    Rational sum = Rational.ZERO;
    Rational weights = Rational.ZERO;
    for (Member m : members) {
      Rational v = Rational.of(shown.round(m.value()));
      Rational w = has(Flag.WEIGHTED) ? Rational.of(shownWeight(m.weight().orElseThrow(), shown)) : Rational.ONE;
      sum = sum.add(w.multiply(v));
      weights = weights.add(w);
    }
    if (weights.signum() == 0) {
      // every weight shows as 0 at this scale (0.1 at 0 decimals): the shown numbers give no mean,
      // so this scale cannot explain the result, whatever it is (it may be 0 itself)
      return Rational.of(rounded().orElseThrow()).add(Rational.ONE);
    }
    return sum.divide(weights);
  }

  /** A weight exactly when it has no more decimals than {@code shown}, else rounded to it. */
  private static BigDecimal shownWeight(Rational w, RoundingPolicy shown) {
    if (w.isTerminating() && w.toBigDecimalExact().scale() <= shown.scale()) {
      return w.toBigDecimalExact();
    }
    return shown.round(w);
  }

  @Override
  public String toString() {
    return label + ": " + rounded().map(BigDecimal::toPlainString).orElse("—") + (flags.isEmpty() ? "" : " " + flags);
  }
}
