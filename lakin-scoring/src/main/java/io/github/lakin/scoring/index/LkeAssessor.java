/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

/**
 * Penilai LKE (LKE assessor): who answered a criterion of the worksheet. An evaluation has up to
 * three answers per criterion: the unit's own (penilaian mandiri), the evaluator's, and the quality
 * assurer's (penjamin mutu). {@link LkeOptions#withAssessor(LkeAssessor)} scores with one of them;
 * the default is the mean of those who answered.
 *
 * <p>An enum: immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum LkeAssessor {
  /** Penilaian mandiri: the unit's self-assessment. */
  SELF_ASSESSMENT("penilaian mandiri"),
  /** Evaluator: the evaluator's answer (inspektorat, Kementerian PANRB). */
  EVALUATOR("evaluator"),
  /** Penjamin mutu: the quality assurer's answer. */
  QUALITY_ASSURER("penjamin mutu");

  private final String indonesian;

  LkeAssessor(String indonesian) {
    this.indonesian = indonesian;
  }

  /** Returns the Indonesian name, e.g. {@code "penilaian mandiri"}. */
  public String indonesian() {
    return indonesian;
  }
}
