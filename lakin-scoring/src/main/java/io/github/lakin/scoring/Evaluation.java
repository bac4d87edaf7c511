package io.github.lakin.scoring;

import io.github.lakin.core.Rational;
import java.util.Objects;
import java.util.Optional;

/**
 * Hasil rumus (evaluation): what a {@link ScoringStrategy} computes for one available realisasi:
 * a raw capaian with its derivation, an undefined outcome with its reason, or, for a categorical
 * target, whether the category was reached.
 */
public final class Evaluation {
  private final Optional<Rational> raw;
  private final Optional<Boolean> categoryMet;
  private final Optional<String> undefinedReason;
  private final Derivation derivation;
  private final boolean byRule;

  private Evaluation(Optional<Rational> raw, Optional<Boolean> categoryMet, Optional<String> undefinedReason, Derivation derivation, boolean byRule) {
    this.raw = raw;
    this.categoryMet = categoryMet;
    this.undefinedReason = undefinedReason;
    this.derivation = derivation;
    this.byRule = byRule;
  }

  /**
   * @param raw the raw capaian in percent
   * @param derivation how it was computed
   * @return a computed evaluation
   */
  public static Evaluation value(Rational raw, Derivation derivation) {
    return new Evaluation(Optional.of(Objects.requireNonNull(raw, "raw")), Optional.empty(), Optional.empty(), Objects.requireNonNull(derivation, "derivation"), false);
  }

  /**
   * A capaian set by a policy rule rather than a formula (e.g. target 0 and realisasi 0 → 100).
   *
   * @param value the capaian the rule gives
   * @param derivation the rule, as text
   * @return a computed evaluation flagged {@link Achievement.Flag#BY_RULE}
   */
  public static Evaluation byRule(Rational value, Derivation derivation) {
    return new Evaluation(Optional.of(Objects.requireNonNull(value, "value")), Optional.empty(), Optional.empty(), Objects.requireNonNull(derivation, "derivation"), true);
  }

  /**
   * @param reason why no capaian exists, e.g. {@code "target is 0 and realisasi is 5"}
   * @param explanation the reason in the reader's language
   * @return an undefined evaluation
   */
  public static Evaluation undefined(String reason, Derivation explanation) {
    return new Evaluation(Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(reason, "reason")), Objects.requireNonNull(explanation, "explanation"), false);
  }

  /**
   * @param met whether the required category was reached
   * @param derivation how it was decided, e.g. {@code "WTP ≥ WTP"}
   * @return a categorical evaluation
   */
  public static Evaluation category(boolean met, Derivation derivation) {
    return new Evaluation(Optional.empty(), Optional.of(met), Optional.empty(), Objects.requireNonNull(derivation, "derivation"), false);
  }

  /** @return the raw capaian, when computed */
  public Optional<Rational> raw() {
    return raw;
  }

  /** @return whether the category was reached, for a categorical target */
  public Optional<Boolean> categoryMet() {
    return categoryMet;
  }

  /** @return why the capaian is undefined, when it is */
  public Optional<String> undefinedReason() {
    return undefinedReason;
  }

  /** @return whether a policy rule, not a formula, gave the value */
  public boolean isByRule() {
    return byRule;
  }

  /** @return the derivation */
  public Derivation derivation() {
    return derivation;
  }
}
