/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Uraian kebijakan (policy text): one sentence that says which rules a report was scored under,
 * in Indonesian or English, as the score output's "Kebijakan:" line shows it.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class PolicyText {
  private PolicyText() {}

  /**
   * Returns e.g. "rata-rata seluruh indikator, tanpa batas, 2 desimal, pembulatan setengah ke atas,
   * dibulatkan sekali di akhir".
   *
   * @param policy the report policy
   * @param locale Indonesian ({@code id}) or English
   * @return e.g. "rata-rata seluruh indikator, tanpa batas, 2 desimal, pembulatan setengah ke atas,
   *     dibulatkan sekali di akhir"
   */
  public static String describe(ReportPolicy policy, Locale locale) {
    boolean id = ScoreRenderer.indonesian(locale);
    String c = policy.scoring().limits().maximum().map(x -> (id ? "batas " : "cap ") + x.toPlainString())
        .orElse(id ? "tanpa batas" : "no cap");
    String a;
    switch (policy.shape()) {
      case GOAL_MEANS:
        a = id ? "rata-rata capaian sasaran" : "mean of goal means";
        break;
      case WEIGHTED_INDICATORS:
      case WEIGHTED_GOALS:
        a = id ? "rata-rata berbobot" : "weighted mean";
        break;
      default:
        a = id ? "rata-rata seluruh indikator" : "flat mean of all indicators";
    }
    RoundingPolicy r = policy.scoring().rounding();
    String rounding = r.scale() + (id ? " desimal, " : " decimals, ") + mode(r.mode(), id);
    String s = policy.roundingStage() == RoundingStage.EACH_LEVEL ? (id ? "dibulatkan di tiap tingkat" : "rounded at each level")
        : (id ? "dibulatkan sekali di akhir" : "rounded once at the end");
    return a + ", " + c + ", " + rounding + ", " + s;
  }

  private static String mode(RoundingMode mode, boolean id) {
    switch (mode) {
      case HALF_UP:
        return id ? "pembulatan setengah ke atas" : "half-up";
      case HALF_EVEN:
        return id ? "pembulatan setengah ke genap" : "half-even";
      case DOWN:
        return id ? "pemotongan" : "truncated";
      case HALF_DOWN:
        return id ? "pembulatan setengah ke bawah" : "half-down";
      case UP:
        return id ? "pembulatan menjauhi nol" : "rounded away from zero";
      case FLOOR:
        return id ? "pembulatan ke bawah" : "rounded towards negative infinity";
      case CEILING:
        return id ? "pembulatan ke atas" : "rounded towards positive infinity";
      default:
        return mode.name();
    }
  }
}
