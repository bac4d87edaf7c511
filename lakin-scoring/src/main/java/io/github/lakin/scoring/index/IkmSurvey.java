/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Survei Kepuasan Masyarakat (SKM): the raw answers of a satisfaction survey, one row per
 * respondent and one score from 1 to 4 per unsur, with blanks allowed.
 *
 * <p>Build it with {@link #builder(List)}; each row is checked when it is added, so a bad score or
 * a row of the wrong length fails at once with a message naming the respondent (1-based row), the
 * unsur and the value, e.g. {@code "respondent 7, unsur U3: score must be between 1 and 4, but was
 * 5"}. A blank (unanswered) item is written explicitly: {@code null} in
 * {@link Builder#addRespondentWithBlanks(Integer...)}, {@link Optional#empty()} in
 * {@link Builder#addRespondent(List)}. Blanks are excluded from the unsur's mean, never counted as
 * 0. Instances are immutable.
 *
 * <pre>{@code
 * IkmSurvey survey = IkmSurvey.builder(IkmElement.standard2017())
 *     .addRespondent(4, 3, 3, 4, 3, 4, 4, 3, 4)
 *     .addRespondentWithBlanks(3, 3, null, 4, 3, 3, 4, null, 4)
 *     .build();
 * IkmResult result = Ikm.fromResponses(survey, IkmOptions.defaults());
 * }</pre>
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
public final class IkmSurvey {
  /** The lowest score on the 2017 answer scale (tidak sesuai / tidak baik). */
  public static final int MIN_SCORE = 1;
  /** The highest score on the 2017 answer scale (sangat sesuai / sangat baik). */
  public static final int MAX_SCORE = 4;

  private final List<IkmElement> elements;
  /** Scores by respondent, then unsur; 0 marks a blank. Never exposed. */
  private final byte[][] scores;

  private IkmSurvey(List<IkmElement> elements, byte[][] scores) {
    this.elements = elements;
    this.scores = scores;
  }

  /**
   * Starts a survey over the given unsur.
   *
   * @param elements the unsur, in the order of each response row; at least one, codes unique
   * @return a builder
   * @throws InvalidValueException if the list is empty or a code repeats
   */
  public static Builder builder(List<IkmElement> elements) {
    return new Builder(IkmElement.validateList(elements));
  }

  /**
   * Starts a survey over {@code count} unsur coded {@code U1} … {@code Un}.
   *
   * @param count the number of unsur, at least 1
   * @return a builder
   * @throws InvalidValueException if {@code count} is less than 1
   */
  public static Builder builder(int count) {
    return builder(IkmElement.numbered(count));
  }

  /** Returns the unsur, in column order. */
  public List<IkmElement> elements() {
    return elements;
  }

  /** Returns the number of unsur (columns). */
  public int elementCount() {
    return elements.size();
  }

  /** Returns the number of respondents (rows), counting rows that are entirely blank. */
  public int respondentCount() {
    return scores.length;
  }

  /**
   * One answer.
   *
   * @param respondent the row, 1-based as in messages
   * @param element the unsur column, 1-based
   * @return the score, or empty for a blank
   * @throws IndexOutOfBoundsException if either index is out of range
   */
  public Optional<Integer> answer(int respondent, int element) {
    Objects.checkIndex(respondent - 1, scores.length);
    Objects.checkIndex(element - 1, elements.size());
    int s = scores[respondent - 1][element - 1];
    return s == 0 ? Optional.empty() : Optional.of(s);
  }

  /** Returns every row, in order, as an immutable copy; an empty {@code Optional} marks a blank. */
  public List<List<Optional<Integer>>> rows() {
    List<List<Optional<Integer>>> rows = new ArrayList<>(scores.length);
    for (byte[] row : scores) {
      List<Optional<Integer>> r = new ArrayList<>(row.length);
      for (byte s : row) {
        r.add(s == 0 ? Optional.empty() : Optional.of((int) s));
      }
      rows.add(Collections.unmodifiableList(r));
    }
    return Collections.unmodifiableList(rows);
  }

  /** Score of a 0-based cell; 0 for a blank. */
  int score(int respondentIndex, int elementIndex) {
    return scores[respondentIndex][elementIndex];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof IkmSurvey)) {
      return false;
    }
    IkmSurvey s = (IkmSurvey) o;
    return elements.equals(s.elements) && Arrays.deepEquals(scores, s.scores);
  }

  @Override
  public int hashCode() {
    return elements.hashCode() * 31 + Arrays.deepHashCode(scores);
  }

  @Override
  public String toString() {
    return "IkmSurvey{unsur=" + elements.size() + ", respondents=" + scores.length + "}";
  }

  /**
   * Penyusun SKM: collects response rows, checking each when it is added. Not thread-safe; the
   * survey it builds is immutable.
   */
  public static final class Builder {
    private final List<IkmElement> elements;
    private final List<byte[]> rows = new ArrayList<>();

    private Builder(List<IkmElement> elements) {
      this.elements = elements;
    }

    /**
     * Adds a respondent who answered every unsur.
     *
     * @param scores one score from 1 to 4 per unsur, in column order
     * @return this builder
     * @throws InvalidValueException if the row has the wrong length or a score is outside 1–4; the
     *     message names the respondent, the unsur and the value
     */
    public Builder addRespondent(int... scores) {
      Objects.requireNonNull(scores, "scores");
      int respondent = rows.size() + 1;
      checkLength(respondent, scores.length);
      byte[] row = new byte[scores.length];
      for (int i = 0; i < scores.length; i++) {
        row[i] = check(respondent, i, scores[i]);
      }
      rows.add(row);
      return this;
    }

    /**
     * Adds a respondent who may have left items blank.
     *
     * @param scores one entry per unsur, in column order: a score from 1 to 4, or {@code null} for a
     *     blank
     * @return this builder
     * @throws InvalidValueException if the row has the wrong length or a score is outside 1–4
     */
    public Builder addRespondentWithBlanks(@Nullable Integer... scores) {
      Objects.requireNonNull(scores, "scores");
      int respondent = rows.size() + 1;
      checkLength(respondent, scores.length);
      byte[] row = new byte[scores.length];
      for (int i = 0; i < scores.length; i++) {
        Integer s = scores[i];
        row[i] = s == null ? 0 : check(respondent, i, s);
      }
      rows.add(row);
      return this;
    }

    /**
     * Adds a respondent who may have left items blank.
     *
     * @param scores one entry per unsur, in column order: a score from 1 to 4, or
     *     {@link Optional#empty()} for a blank
     * @return this builder
     * @throws InvalidValueException if the row has the wrong length or a score is outside 1–4
     */
    public Builder addRespondent(List<Optional<Integer>> scores) {
      Objects.requireNonNull(scores, "scores");
      int respondent = rows.size() + 1;
      checkLength(respondent, scores.size());
      byte[] row = new byte[scores.size()];
      for (int i = 0; i < row.length; i++) {
        Optional<Integer> s = Objects.requireNonNull(scores.get(i), "score");
        row[i] = s.isEmpty() ? 0 : check(respondent, i, s.get());
      }
      rows.add(row);
      return this;
    }

    /**
     * Builds the survey.
     *
     * @return the immutable survey
     * @throws InvalidValueException if there is no respondent, or an unsur has no filled answer (its
     *     NRR would be undefined); the message names the unsur
     */
    public IkmSurvey build() {
      if (rows.isEmpty()) {
        throw InvalidValueException.of("survey: respondents", 0, "must be at least 1");
      }
      for (int e = 0; e < elements.size(); e++) {
        boolean any = false;
        for (byte[] row : rows) {
          if (row[e] != 0) {
            any = true;
            break;
          }
        }
        if (!any) {
          throw InvalidValueException.of("unsur " + elements.get(e).code() + ": filled answers", 0,
              "must be at least 1 (its NRR is the mean of the filled answers)");
        }
      }
      byte[][] copy = new byte[rows.size()][];
      for (int r = 0; r < copy.length; r++) {
        copy[r] = rows.get(r).clone();
      }
      return new IkmSurvey(elements, copy);
    }

    private void checkLength(int respondent, int length) {
      if (length != elements.size()) {
        throw InvalidValueException.of("respondent " + respondent + ": number of answers", length,
            "must equal the number of unsur (" + elements.size() + ")");
      }
    }

    private byte check(int respondent, int elementIndex, int score) {
      if (score < MIN_SCORE || score > MAX_SCORE) {
        throw InvalidValueException.of(
            "respondent " + respondent + ", unsur " + elements.get(elementIndex).code() + ": score", score,
            "must be between " + MIN_SCORE + " and " + MAX_SCORE);
      }
      return (byte) score;
    }
  }
}
