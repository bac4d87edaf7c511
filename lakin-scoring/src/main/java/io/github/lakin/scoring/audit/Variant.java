package io.github.lakin.scoring.audit;

/** Varian rumus (formula variant): a way of computing that can explain a printed figure. */
public enum Variant {
  /** Truncation (dipotong) instead of rounding half-up. */
  TRUNCATION,
  /** Rounding half to even instead of half-up. */
  HALF_EVEN,
  /** Rounding up (ceiling away from zero). */
  ROUND_UP,
  /** Members rounded before averaging (each level) instead of once at the end, or the reverse. */
  ROUNDING_STAGE,
  /** Another aggregation: flat mean, mean of goal means, or weighted. */
  AGGREGATION,
  /** A cap of 120 per indicator (or the policy's cap removed). */
  CAP,
  /** The non-standard inverse ratio t / r × 100 for a lower-is-better indicator. */
  INVERSE_RATIO,
  /** A target printed elsewhere in the report. */
  OTHER_PRINTED_TARGET,
  /** A realisasi printed elsewhere in the report. */
  OTHER_PRINTED_REALISASI,
  /** The simplest target that gives the printed figure. */
  IMPLIED_TARGET,
  /** The simplest realisasi that gives the printed figure. */
  IMPLIED_REALISASI,
  /** Absorption against the initial pagu (pagu awal) instead of the final one, or the reverse. */
  PAGU_BASIS
}
