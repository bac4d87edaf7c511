/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.json;

import io.github.lakin.jackson.schema.JsonOut;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.Aggregate;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Bentuk JSON hasil (result form): how one result type is written as JSON. {@link #ALL} is the one
 * table of result types that every JSON adapter registers (the Jackson 2 and the Jackson 3 module),
 * each written by the one writer declared here and refused when read, so the two modules cannot
 * drift apart.
 *
 * <p>{@link ReportResult} is written in the detailed mode of {@link ResultJsonWriter}; {@link
 * IndicatorResult}, {@link GoalResult} and {@link MetCounts} on their own take the same shape as
 * in a report; {@link Achievement}, {@link Aggregate}, {@link Absorption} and {@link EfficiencyGap}
 * are objects of their own fields.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @param <T> the result type
 * @since 0.1.0
 */
public final class ResultForm<T> {
  /**
   * Penulis satu hasil: writes one whole value.
   *
   * @param <T> the type written
   */
  @FunctionalInterface
  private interface Body<T> {
    void write(T value, JsonOut out) throws IOException;
  }

  /** Every result type: computed by scoring, written by the adapters, never read from JSON. */
  public static final List<ResultForm<?>> ALL = List.of(
      new ResultForm<>(ReportResult.class, (r, out) -> ResultJsonWriter.write(r, out, true)),
      new ResultForm<>(GoalResult.class, ResultJsonWriter::writeGoal),
      new ResultForm<>(IndicatorResult.class, ResultJsonWriter::writeIndicator),
      new ResultForm<>(Achievement.class, ResultWriters::achievement),
      new ResultForm<>(Aggregate.class, ResultWriters::aggregate),
      new ResultForm<>(MetCounts.class, ResultJsonWriter::writeCounts),
      new ResultForm<>(Absorption.class, ResultWriters::absorption),
      new ResultForm<>(EfficiencyGap.class, ResultWriters::efficiencyGap));

  private final Class<T> type;
  private final Body<T> body;

  private ResultForm(Class<T> type, Body<T> body) {
    this.type = type;
    this.body = body;
  }

  /** Returns the result type. */
  public Class<T> type() {
    return type;
  }

  /**
   * Writes one whole value.
   *
   * @param value the result
   * @param out where to write; the value is written as one JSON value at its position
   * @throws IOException if the output fails
   */
  public void write(T value, JsonOut out) throws IOException {
    body.write(Objects.requireNonNull(value, "value"), out);
  }

  /**
   * The message of the error an adapter raises when asked to read a result.
   *
   * @return the message, without the pointer
   */
  public String unreadable() {
    return "a " + type.getSimpleName() + " cannot be read from JSON: results are computed; read the report "
        + "(PerformanceAgreement, Realizations, ReportPolicy) and score it with ReportScorer";
  }
}
