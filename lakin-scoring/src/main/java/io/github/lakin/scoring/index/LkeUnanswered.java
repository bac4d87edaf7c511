/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

/**
 * Kriteria tidak dijawab (unanswered criterion rule): what a criterion without an answer counts for
 * (one added with {@link LkeWorksheet.Builder#unanswered(String, String, AnswerScale)}, or one
 * whose chosen assessor gave no answer).
 *
 * <p>An enum: immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum LkeUnanswered {
  /**
   * Not counted (the default, as for IKM blanks): the sub-component is scored from its answered
   * criteria, and {@link LkeSubComponentScore#unanswered()} says how many were left out. A
   * sub-component with a weight and no answered criterion is an error.
   */
  EXCLUDE,
  /** Counted as 0 (as some e-SAKIP systems do): Y, Y and one unanswered → mean 2/3, not 1. */
  ZERO,
  /** An error naming the component, sub-component and criterion. */
  FAIL
}
