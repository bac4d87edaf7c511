/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lembar Kerja Evaluasi (LKE) SAKIP, filled in: the answers to every criterion of every
 * sub-component of a {@link LkeTemplate}.
 *
 * <p>Each criterion is answered on an {@link AnswerScale} given as data, so one sub-component may
 * mix Y/T and A–E criteria. Answers are checked when added, with a message naming the component,
 * sub-component, criterion and answer. Score it with {@link Lke#evaluate(LkeWorksheet)}.
 * Instances are immutable.
 *
 * <pre>{@code
 * LkeWorksheet ws = LkeWorksheet.builder()          // PermenPANRB 88/2021
 *     .answers("perencanaan", "keberadaan", AnswerScale.yesNo(), "Y", "Y", "T")
 *     .answers("perencanaan", "kualitas", AnswerScale.aToE(), "A", "B")
 *     // … every sub-component with a weight needs at least one answer
 *     .build();
 * }</pre>
 *
 * <p>Immutable, so safe to share between threads; a {@code Builder} is not: fill it from one thread.
 *
 * @since 0.1.0
 */
public final class LkeWorksheet {
  private final LkeTemplate template;
  /** Answers by component, then sub-component, in template order. */
  private final List<List<List<LkeAnswer>>> answers;

  private LkeWorksheet(LkeTemplate template, List<List<List<LkeAnswer>>> answers) {
    this.template = template;
    this.answers = answers;
  }

  /** Returns a builder over the PermenPANRB 88/2021 template. */
  public static Builder builder() {
    return builder(LkeTemplate.permenPanRb88Of2021());
  }

  /**
   * Returns a builder over that template.
   *
   * @param template the structure and weights
   * @return a builder over that template
   */
  public static Builder builder(LkeTemplate template) {
    return new Builder(Objects.requireNonNull(template, "template"));
  }

  /** Returns the template. */
  public LkeTemplate template() {
    return template;
  }

  /**
   * Returns its answers, in criterion order.
   *
   * @param component a component code
   * @param subComponent a sub-component code of that component
   * @return its answers, in criterion order (a criterion answered by several assessors has one
   *     answer each; an unanswered criterion has one answer with {@link LkeAnswer#answered()} false)
   * @throws InvalidValueException if either code is unknown
   */
  public List<LkeAnswer> answers(String component, String subComponent) {
    int c = template.indexOf(component);
    LkeComponent comp = template.components().get(c);
    int s = comp.subComponents().indexOf(comp.subComponent(subComponent));
    return answers.get(c).get(s);
  }

  List<LkeAnswer> answers(int component, int subComponent) {
    return answers.get(component).get(subComponent);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LkeWorksheet && ((LkeWorksheet) o).template.equals(template) && ((LkeWorksheet) o).answers.equals(answers);
  }

  @Override
  public int hashCode() {
    return template.hashCode() * 31 + answers.hashCode();
  }

  @Override
  public String toString() {
    return "LkeWorksheet" + answers;
  }

  /** Penyusun LKE: collects answers, checking each when added. Not thread-safe. */
  public static final class Builder {
    private final LkeTemplate template;
    private final List<List<List<LkeAnswer>>> answers = new ArrayList<>();

    private Builder(LkeTemplate template) {
      this.template = template;
      for (LkeComponent c : template.components()) {
        List<List<LkeAnswer>> subs = new ArrayList<>();
        for (int i = 0; i < c.subComponents().size(); i++) {
          subs.add(new ArrayList<>());
        }
        answers.add(subs);
      }
    }

    /**
     * Answers the next criterion of a sub-component.
     *
     * @param component a component code, e.g. {@code "perencanaan"}
     * @param subComponent a sub-component code, e.g. {@code "kualitas"}
     * @param scale the scale the criterion is answered on
     * @param answer the answer, e.g. {@code "B"}
     * @return this builder
     * @throws InvalidValueException if a code is unknown or the answer is not on the scale; the
     *     message names the component, sub-component, criterion and answer
     */
    public Builder answer(String component, String subComponent, AnswerScale scale, String answer) {
      Objects.requireNonNull(scale, "scale");
      Objects.requireNonNull(answer, "answer");
      List<LkeAnswer> list = criteria(component, subComponent);
      int criterion = nextCriterion(list);
      list.add(new LkeAnswer(criterion, scale, answer.strip(), scale.value(field(component, subComponent, criterion), answer), null));
      return this;
    }

    /**
     * Records the next criterion of a sub-component as not answered; {@link LkeOptions#unanswered()}
     * says what it counts for (by default it is not counted).
     *
     * @param component a component code
     * @param subComponent a sub-component code
     * @param scale the scale the criterion would be answered on
     * @return this builder
     * @throws InvalidValueException if a code is unknown
     */
    public Builder unanswered(String component, String subComponent, AnswerScale scale) {
      Objects.requireNonNull(scale, "scale");
      List<LkeAnswer> list = criteria(component, subComponent);
      list.add(new LkeAnswer(nextCriterion(list), scale, "", null, null));
      return this;
    }

    /**
     * Answers the next criterion of a sub-component by several assessors (penilaian mandiri,
     * evaluator, penjamin mutu). A blank answer means that assessor did not answer.
     * {@link LkeOptions#assessor()} says whose answer counts (by default the mean of those who
     * answered).
     *
     * @param component a component code
     * @param subComponent a sub-component code
     * @param scale the scale of the criterion
     * @param answers each assessor's answer, at least one assessor
     * @return this builder
     * @throws InvalidValueException if a code is unknown, no assessor is given, or an answer is not
     *     on the scale; the message names the component, sub-component, criterion and assessor
     */
    public Builder assessed(String component, String subComponent, AnswerScale scale, Map<LkeAssessor, String> answers) {
      Objects.requireNonNull(scale, "scale");
      Objects.requireNonNull(answers, "answers");
      List<LkeAnswer> list = criteria(component, subComponent);
      int criterion = nextCriterion(list);
      if (answers.isEmpty()) {
        throw InvalidValueException.of(field(component, subComponent, criterion) + "s", 0, "must name at least one assessor");
      }
      List<LkeAnswer> given = new ArrayList<>();
      for (Map.Entry<LkeAssessor, String> e : new EnumMap<>(answers).entrySet()) {
        LkeAssessor who = Objects.requireNonNull(e.getKey(), "assessor");
        String text = Objects.requireNonNull(e.getValue(), "answer");
        if (text.isBlank()) {
          given.add(new LkeAnswer(criterion, scale, "", null, who));
        } else {
          BigDecimal value = scale.value(field(component, subComponent, criterion) + " of the " + who.indonesian(), text);
          given.add(new LkeAnswer(criterion, scale, text.strip(), value, who));
        }
      }
      list.addAll(given); // all or nothing: a bad answer adds no criterion
      return this;
    }

    private List<LkeAnswer> criteria(String component, String subComponent) {
      int c = template.indexOf(component);
      LkeComponent comp = template.components().get(c);
      LkeSubComponent sub = comp.subComponent(subComponent);
      return answers.get(c).get(comp.subComponents().indexOf(sub));
    }

    private static int nextCriterion(List<LkeAnswer> list) {
      return list.isEmpty() ? 1 : list.get(list.size() - 1).criterion() + 1;
    }

    private String field(String component, String subComponent, int criterion) {
      LkeComponent comp = template.component(component);
      return "component " + comp.code() + ", sub-component " + comp.subComponent(subComponent).code() + ", criterion " + criterion
          + ": answer";
    }

    /**
     * Answers the next criteria of a sub-component, all on one scale.
     *
     * @param component a component code
     * @param subComponent a sub-component code
     * @param scale the scale of these criteria
     * @param answers the answers, in criterion order
     * @return this builder
     * @throws InvalidValueException if a code is unknown or an answer is not on the scale
     */
    public Builder answers(String component, String subComponent, AnswerScale scale, String... answers) {
      Objects.requireNonNull(answers, "answers");
      for (String a : answers) {
        answer(component, subComponent, scale, a);
      }
      return this;
    }

    /**
     * Builds the worksheet.
     *
     * @return the immutable worksheet
     * @throws InvalidValueException if a sub-component with a weight above zero has no answer; the
     *     message names the component and sub-component
     */
    public LkeWorksheet build() {
      List<List<List<LkeAnswer>>> copy = new ArrayList<>();
      for (int c = 0; c < answers.size(); c++) {
        LkeComponent comp = template.components().get(c);
        List<List<LkeAnswer>> subs = new ArrayList<>();
        for (int s = 0; s < answers.get(c).size(); s++) {
          LkeSubComponent sub = comp.subComponents().get(s);
          List<LkeAnswer> list = answers.get(c).get(s);
          if (list.isEmpty() && comp.weightOf(sub).signum() > 0) {
            throw InvalidValueException.of("component " + comp.code() + ", sub-component " + sub.code() + ": answers", 0,
                "must be at least 1 (its score is the mean of its answers)");
          }
          subs.add(List.copyOf(list));
        }
        copy.add(Collections.unmodifiableList(subs));
      }
      return new LkeWorksheet(template, Collections.unmodifiableList(copy));
    }
  }
}
