/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

/**
 * Format keluaran (score format): how {@link ScoreRenderer} writes a {@link ScoreView} — the
 * Chapter III table for people, Markdown, machine-readable CSV, or JSON.
 *
 * @since 0.1.0
 */
public enum ScoreFormat {
  /** A fixed-width table in the reader's language and number style, as {@code lakin score} prints it. */
  TABLE,
  /** The result JSON form (every decimal an exact decimal string). */
  JSON,
  /** One row per indicator, goal and the unit; decimals with a point; cells safe to open in a spreadsheet. */
  CSV,
  /** A Markdown table in the reader's language, for a report draft. */
  MARKDOWN
}
