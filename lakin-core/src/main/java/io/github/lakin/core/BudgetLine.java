/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Anggaran (budget line): the pagu (initial and final, after revisi/pergeseran) and the realisasi
 * anggaran of one output or goal, in Rupiah.
 *
 * <p>Amounts are exact and not negative; a realisation without any final pagu is rejected.
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BudgetLine {
  BudgetLine() {}

  /** Returns the output's or line's code. */
  public abstract String code();

  /** Returns the output's name. */
  public abstract String name();

  /** Returns the goal this line finances, when known. */
  public abstract Optional<String> goalCode();

  /** Returns the initial pagu (pagu awal), when known. */
  public abstract Optional<BigDecimal> initialPagu();

  /** Returns the final, revised pagu (pagu akhir), against which absorption is measured. */
  public abstract BigDecimal finalPagu();

  /** Returns the amount spent (realisasi anggaran). */
  public abstract BigDecimal realization();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Pembangun baris anggaran: builds a {@link BudgetLine}; {@code build()} validates. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }

  /** Amounts in one scale (1.0 and 1.00 are one amount), so equal budget lines are equal. */
  @SuppressWarnings("BigDecimalEquals") // equals, not compareTo: the question is whether the scale is already the normal one
  @Value.Check
  BudgetLine normalized() {
    Optional<BigDecimal> i = initialPagu().map(Checks::stripped);
    BigDecimal f = Checks.stripped(finalPagu());
    BigDecimal r = Checks.stripped(realization());
    if (i.equals(initialPagu()) && f.equals(finalPagu()) && r.equals(realization())) {
      return this;
    }
    return builder().from(this).initialPagu(i).finalPagu(f).realization(r).build();
  }

  @Value.Check
  void check() {
    String where = "budget " + code();
    Checks.nonBlank("budget.code", code());
    Checks.nonBlank(where + ": name", name());
    initialPagu().ifPresent(p -> Checks.nonNegative(where + ": initialPagu", p));
    Checks.nonNegative(where + ": finalPagu", finalPagu());
    Checks.nonNegative(where + ": realization", realization());
    if (finalPagu().signum() == 0 && realization().signum() > 0) {
      throw InvalidValueException.of(where + ": finalPagu", finalPagu(),
          "must be > 0 when there is a realization (" + realization().toPlainString() + ")");
    }
    goalCode().ifPresent(g -> Checks.nonBlank(where + ": goalCode", g));
  }

  @Override
  public String toString() {
    return code() + " " + name() + ": " + realization().toPlainString() + " / " + finalPagu().toPlainString();
  }
}
