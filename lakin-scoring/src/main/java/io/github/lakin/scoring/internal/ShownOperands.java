/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal;

import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Angka yang ditampilkan (shown operands): the rounding an explanation shows its operands with, so
 * that the shown operands give the shown result. A result is computed from exact values and
 * rounded once; operands shown at the display scale can give another figure ((106,51 + 100,00) / 2
 * = 103,255 → 103,26, while the exact 106,505 gives 103,25). Then the operands are shown with as
 * many more decimals as that takes.
 *
 * @since 0.1.0
 */
public final class ShownOperands {
  /** At most this many decimals more than the display scale. */
  static final int MAX_EXTRA_DECIMALS = 8;
  /** The largest scale {@link RoundingPolicy#of} takes. */
  static final int MAX_SCALE = 20;

  private ShownOperands() {}

  /**
   * Returns the display rounding when it suffices, else the first rounding with more decimals that
   * reproduces {@code result} (the last one tried when none does).
   *
   * @param display the display rounding of the result
   * @param result the shown result, rounded once from the exact value
   * @param fromShown the result computed from the operands as shown with the given rounding
   * @return the display rounding when it suffices, else the first rounding with more decimals that
   *     reproduces {@code result} (the last one tried when none does)
   */
  public static RoundingPolicy rounding(RoundingPolicy display, BigDecimal result, Function<RoundingPolicy, Rational> fromShown) {
    int last = Math.min(MAX_SCALE, display.scale() + MAX_EXTRA_DECIMALS);
    for (int scale = display.scale(); scale < last; scale++) {
      RoundingPolicy shown = display.withScale(scale);
      if (display.round(fromShown.apply(shown)).compareTo(result) == 0) {
        return shown;
      }
    }
    return display.withScale(last);
  }
}
