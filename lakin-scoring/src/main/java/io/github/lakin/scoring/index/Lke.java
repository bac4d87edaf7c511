/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.band.Band;
import io.github.lakin.scoring.band.StockTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lembar Kerja Evaluasi (LKE) SAKIP: scores a filled worksheet (PermenPANRB 88/2021) and gives the
 * total and predikat.
 *
 * <ul>
 *   <li>sub-component score = mean of its answers' values × its weight in points (component weight
 *       × share / 100: perencanaan 30 × kualitas 30% = 9 points);
 *   <li>component score = Σ its sub-component scores;
 *   <li>total = Σ component scores (the template's weights add up to 100);
 *   <li>predikat from the SAKIP table: AA &gt; 90, A &gt; 80, BB &gt; 70, B &gt; 60, CC &gt; 50,
 *       C &gt; 30, D otherwise (lower bounds open: 90 is A, 90.01 is AA).
 * </ul>
 *
 * <p>When only the component scores are known, {@link #fromComponentScores(BigDecimal...)} adds
 * them up: 22.97 + 19.11 + 11.05 + 16.18 = 69.31 → B.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class Lke {
  private Lke() {}

  /**
   * Scores a worksheet, showing values at 2 decimals half-up, predikat from the exact total.
   *
   * @param worksheet the filled worksheet
   * @return the result
   */
  public static LkeResult evaluate(LkeWorksheet worksheet) {
    return evaluate(worksheet, RoundingPolicy.defaults(), ClassificationBasis.EXACT);
  }

  /**
   * Scores a worksheet.
   *
   * @param worksheet the filled worksheet
   * @param rounding the display rounding of scores and total
   * @param basis whether the predikat is looked up with the exact or the displayed total
   * @return the result
   */
  public static LkeResult evaluate(LkeWorksheet worksheet, RoundingPolicy rounding, ClassificationBasis basis) {
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(basis, "basis");
    return evaluate(worksheet, LkeOptions.defaults().withRounding(rounding).withBasis(basis));
  }

  /**
   * Scores a worksheet with named options: the method (rata-rata or akumulasi), whose answer
   * counts when several assessors answered, and what an unanswered criterion counts for.
   *
   * @param worksheet the filled worksheet
   * @param options the options
   * @return the result
   * @throws InvalidValueException if an unanswered criterion meets {@link LkeUnanswered#FAIL}, a
   *     sub-component with a weight has no counted criterion, or an akumulasi sum exceeds its
   *     sub-component's weight; the message names the component, sub-component (and criterion)
   */
  public static LkeResult evaluate(LkeWorksheet worksheet, LkeOptions options) {
    Objects.requireNonNull(worksheet, "worksheet");
    Objects.requireNonNull(options, "options");
    RoundingPolicy rounding = options.rounding();
    LkeTemplate template = worksheet.template();
    List<LkeComponentScore> components = new ArrayList<>();
    Rational total = Rational.ZERO;
    for (int c = 0; c < template.components().size(); c++) {
      LkeComponent comp = template.components().get(c);
      List<LkeSubComponentScore> subs = new ArrayList<>();
      Rational componentScore = Rational.ZERO;
      for (int s = 0; s < comp.subComponents().size(); s++) {
        LkeSubComponent sub = comp.subComponents().get(s);
        LkeSubComponentScore score = subComponent(comp, sub, worksheet.answers(c, s), options);
        componentScore = componentScore.add(score.score());
        subs.add(score);
      }
      components.add(new LkeComponentScore(comp, componentScore, subs, rounding));
      total = total.add(componentScore);
    }
    return new LkeResult(template, components, total, predikat(options.basis().select(total, rounding)), rounding,
        options.basis());
  }

  private static LkeSubComponentScore subComponent(LkeComponent comp, LkeSubComponent sub, List<LkeAnswer> answers,
      LkeOptions options) {
    String where = "component " + comp.code() + ", sub-component " + sub.code();
    BigDecimal weight = comp.weightOf(sub);
    Rational sum = Rational.ZERO;
    int counted = 0;
    int answered = 0;
    int unanswered = 0;
    for (int i = 0; i < answers.size(); ) {
      int criterion = answers.get(i).criterion();
      int j = i;
      while (j < answers.size() && answers.get(j).criterion() == criterion) {
        j++;
      }
      Optional<Rational> value = criterionValue(answers.subList(i, j), options);
      i = j;
      if (value.isPresent()) {
        answered++;
        counted++;
        sum = sum.add(value.get());
        continue;
      }
      unanswered++;
      switch (options.unanswered()) {
        case ZERO:
          counted++;
          break;
        case FAIL:
          throw InvalidValueException.of(where + ", criterion " + criterion + ": answer", "",
              "must be given (unanswered criteria are refused; LkeUnanswered.EXCLUDE leaves them out, ZERO counts them as 0)");
        default:
          break;
      }
    }
    if (counted == 0) {
      if (weight.signum() > 0) {
        throw InvalidValueException.of(where + ": answered criteria", 0,
            "must be at least 1 (" + unanswered + " criteria without an answer are left out)");
      }
      return new LkeSubComponentScore(sub, weight, answered, unanswered, Optional.empty(), Rational.ZERO, options.rounding());
    }
    Rational mean = sum.divide(counted);
    Rational score;
    if (options.method() == LkeMethod.ACCUMULATION) {
      if (sum.compareTo(Rational.of(weight)) > 0) {
        throw InvalidValueException.of(where + ": sum of answers", sum,
            "must not exceed the sub-component's weight " + weight.toPlainString()
                + " (by the akumulasi method each answer's value is its points)");
      }
      score = sum;
    } else {
      score = mean.multiply(Rational.of(weight));
    }
    return new LkeSubComponentScore(sub, weight, answered, unanswered, Optional.of(mean), score, options.rounding());
  }

  /** The value of one criterion from its answers (one, or one per assessor); empty when unanswered. */
  private static Optional<Rational> criterionValue(List<LkeAnswer> answers, LkeOptions options) {
    Optional<LkeAssessor> chosen = options.assessor();
    Rational sum = Rational.ZERO;
    int n = 0;
    for (LkeAnswer a : answers) {
      boolean counts = a.assessor().isEmpty() || chosen.isEmpty() || chosen.equals(a.assessor());
      if (counts && a.answered()) {
        sum = sum.add(Rational.of(a.value()));
        n++;
      }
    }
    return n == 0 ? Optional.empty() : Optional.of(sum.divide(n));
  }

  /**
   * The total and predikat from the four component scores of PermenPANRB 88/2021 (perencanaan,
   * pengukuran, pelaporan, evaluasi), e.g. 22.97, 19.11, 11.05, 16.18 → 69.31 → B.
   *
   * @param scores the component scores in points, in template order, each from 0 to its component's
   *     weight (30, 30, 15, 25)
   * @return the result, without sub-component detail
   * @throws InvalidValueException if the count is not 4 or a score is outside 0 – its weight; the
   *     message names the component and the value
   */
  public static LkeResult fromComponentScores(BigDecimal... scores) {
    Objects.requireNonNull(scores, "scores");
    return fromComponentScores(LkeTemplate.permenPanRb88Of2021(), Arrays.asList(scores), RoundingPolicy.defaults(),
        ClassificationBasis.EXACT);
  }

  /**
   * The total and predikat from component scores.
   *
   * @param template the components and their weights
   * @param scores the component scores in points, in template order, each from 0 to its weight
   * @param rounding the display rounding
   * @param basis whether the predikat is looked up with the exact or the displayed total
   * @return the result, without sub-component detail
   * @throws InvalidValueException if the count differs from the template or a score is out of range
   */
  public static LkeResult fromComponentScores(LkeTemplate template, List<BigDecimal> scores, RoundingPolicy rounding,
      ClassificationBasis basis) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(basis, "basis");
    List<LkeComponent> comps = template.components();
    if (scores.size() != comps.size()) {
      throw InvalidValueException.of("component scores: count", scores.size(),
          "must equal the number of components (" + comps.size() + ")");
    }
    List<LkeComponentScore> components = new ArrayList<>();
    Rational total = Rational.ZERO;
    for (int i = 0; i < comps.size(); i++) {
      LkeComponent comp = comps.get(i);
      BigDecimal score = Objects.requireNonNull(scores.get(i), "score");
      if (score.signum() < 0 || score.compareTo(comp.weight()) > 0) {
        throw InvalidValueException.of("component " + comp.code() + ": score", score,
            "must be between 0 and " + comp.weight().toPlainString());
      }
      Rational exact = Rational.of(score);
      components.add(new LkeComponentScore(comp, exact, List.of(), rounding));
      total = total.add(exact);
    }
    return new LkeResult(template, components, total, predikat(basis.select(total, rounding)), rounding, basis);
  }

  /**
   * Predikat SAKIP of a total: the one place where the LKE consults a band table
   * ({@code StockTables.sakip()}, PermenPANRB 88/2021).
   *
   * @param total a total from 0 to 100
   * @return its predikat, e.g. B for 69.31
   */
  public static Band predikat(Rational total) {
    return StockTables.sakip().classify(total);
  }
}
