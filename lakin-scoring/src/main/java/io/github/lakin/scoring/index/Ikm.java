/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.band.Band;
import io.github.lakin.scoring.band.BandTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Indeks Kepuasan Masyarakat (IKM): the public satisfaction index of PermenPANRB 14/2017, computed
 * exactly from raw survey responses or from the NRR of each unsur.
 *
 * <ol>
 *   <li>NRR per unsur = sum of the filled scores / number of filled answers (blanks are excluded,
 *       never counted as 0).
 *   <li>IKM (1–4) = Σ NRR × nilai penimbang, where the penimbang is exactly {@code 1/n} for
 *       {@code n} unsur (the regulation prints it as 0,111; multiplying by 0.111 is wrong and only
 *       available as the non-standard {@link PenimbangMode#PRINTED_0_111}).
 *   <li>Konversi (25–100) = IKM × 25, optionally after rounding the IKM to {@code k} decimals
 *       ({@link IkmOptions#withIndexRoundedBeforeConversion(int)}).
 *   <li>Mutu pelayanan and kinerja unit from the konversi with the chosen {@link IkmTable}; per unsur
 *       the same from NRR × 25.
 * </ol>
 *
 * <p>Mutu is looked up on the konversi (25–100) column of the table, the figure reports print. For
 * the 2017 table this agrees with the NRR column on every value (3.5324 × 25 = 88.31, 3.0644 × 25 =
 * 76.61, 2.60 × 25 = 65.00), so an NRR of 3.5321 is B and 3.5324 is A; for the 2004 table the two
 * columns disagree between 81.26 and 81.50 (NRR 3.2504–3.26) and the konversi column decides.
 *
 * <p>Example, DOMAIN §12: the NRR 3.450, 3.515, 3.441, 3.416, 3.500, 3.619, 3.584, 3.906, 4.000
 * sum to 32.431; / 9 = 3.60344…; × 25 = 90.0861… → 90.09, mutu A.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class Ikm {
  /** The factor from the 1–4 scale to the 25–100 konversi scale: 25. */
  public static final Rational KONVERSI_FACTOR = Rational.of(25);

  private static final Rational MIN_KONVERSI = Rational.of(25);
  private static final Rational MIN_NRR = Rational.of(IkmSurvey.MIN_SCORE);
  private static final Rational MAX_NRR = Rational.of(IkmSurvey.MAX_SCORE);

  private Ikm() {}

  /**
   * The IKM of a survey with the standard options.
   *
   * @param survey the responses
   * @return the result
   */
  public static IkmResult fromResponses(IkmSurvey survey) {
    return fromResponses(survey, IkmOptions.defaults());
  }

  /**
   * The IKM of a survey.
   *
   * @param survey the responses (already checked when built: scores 1–4, rows of the right length,
   *     at least one respondent, every unsur with a filled answer)
   * @param options the choices
   * @return the result, with respondent counts and response rate
   */
  public static IkmResult fromResponses(IkmSurvey survey, IkmOptions options) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(options, "options");
    int n = survey.elementCount();
    int respondents = survey.respondentCount();
    long[] sums = new long[n];
    int[] counts = new int[n];
    int withAnswers = 0;
    int complete = 0;
    long answered = 0;
    for (int r = 0; r < respondents; r++) {
      int filled = 0;
      for (int e = 0; e < n; e++) {
        int s = survey.score(r, e);
        if (s != 0) {
          sums[e] += s;
          counts[e]++;
          filled++;
        }
      }
      answered += filled;
      if (filled > 0) {
        withAnswers++;
      }
      if (filled == n) {
        complete++;
      }
    }
    List<Rational> nrr = new ArrayList<>(n);
    List<OptionalInt> answeredPerElement = new ArrayList<>(n);
    for (int e = 0; e < n; e++) {
      // counts[e] > 0: IkmSurvey.Builder.build() refuses an unsur without a filled answer
      nrr.add(Rational.of(sums[e]).divide(counts[e]));
      answeredPerElement.add(OptionalInt.of(counts[e]));
    }
    IkmResponseStats stats = new IkmResponseStats(respondents, withAnswers, complete, n, answered);
    return compute(survey.elements(), nrr, answeredPerElement, respondents, Optional.of(stats), options);
  }

  /**
   * The IKM from NRR values with the standard options; the unsur are coded {@code U1} … {@code Un}.
   *
   * @param nrr the NRR of each unsur, each from 1 to 4, e.g. {@code 3.450, 3.515, …}
   * @return the result (without respondent counts)
   * @throws InvalidValueException if the list is empty or an NRR is outside 1–4; the message names
   *     the unsur and the value
   */
  public static IkmResult fromNrr(List<BigDecimal> nrr) {
    return fromNrr(nrr, IkmOptions.defaults());
  }

  /**
   * The IKM from NRR values; the unsur are coded {@code U1} … {@code Un}.
   *
   * @param nrr the NRR of each unsur, each from 1 to 4
   * @param options the choices
   * @return the result (without respondent counts)
   * @throws InvalidValueException if the list is empty or an NRR is outside 1–4
   */
  public static IkmResult fromNrr(List<BigDecimal> nrr, IkmOptions options) {
    Objects.requireNonNull(nrr, "nrr");
    if (nrr.isEmpty()) {
      throw InvalidValueException.of("NRR values: count", 0, "must be at least 1");
    }
    return fromNrr(IkmElement.numbered(nrr.size()), nrr, options);
  }

  /**
   * The IKM from the NRR of named unsur.
   *
   * @param elements the unsur, codes unique
   * @param nrr the NRR of each unsur, in the same order, each from 1 to 4
   * @param options the choices
   * @return the result (without respondent counts)
   * @throws InvalidValueException if the lists are empty or differ in length, or an NRR is outside
   *     1–4; the message names the unsur and the value
   */
  public static IkmResult fromNrr(List<IkmElement> elements, List<BigDecimal> nrr, IkmOptions options) {
    Objects.requireNonNull(nrr, "nrr");
    Objects.requireNonNull(options, "options");
    List<IkmElement> els = IkmElement.validateList(elements);
    if (nrr.size() != els.size()) {
      throw InvalidValueException.of("NRR values: count", nrr.size(), "must equal the number of unsur (" + els.size() + ")");
    }
    List<Rational> values = new ArrayList<>(nrr.size());
    List<OptionalInt> none = new ArrayList<>(nrr.size());
    for (int i = 0; i < nrr.size(); i++) {
      BigDecimal v = Objects.requireNonNull(nrr.get(i), "nrr");
      Rational r = Rational.of(v);
      if (r.compareTo(MIN_NRR) < 0 || r.compareTo(MAX_NRR) > 0) {
        throw InvalidValueException.of("unsur " + els.get(i).code() + ": NRR", v, "must be between 1 and 4");
      }
      values.add(r);
      none.add(OptionalInt.empty());
    }
    return compute(els, values, none, 0, Optional.empty(), options);
  }

  private static IkmResult compute(List<IkmElement> elements, List<Rational> nrr, List<OptionalInt> answered,
      int respondents, Optional<IkmResponseStats> stats, IkmOptions options) {
    int n = elements.size();
    Rational penimbang = options.penimbang().penimbang(n);
    Rational index = Rational.ZERO;
    List<IkmElementResult> results = new ArrayList<>(n);
    for (int e = 0; e < n; e++) {
      Rational weighted = nrr.get(e).multiply(penimbang);
      index = index.add(weighted);
      OptionalInt count = answered.get(e);
      OptionalInt blanks = count.isPresent() ? OptionalInt.of(respondents - count.getAsInt()) : OptionalInt.empty();
      Band mutu = mutu(nrr.get(e).multiply(KONVERSI_FACTOR), options);
      results.add(new IkmElementResult(elements.get(e), count, blanks, nrr.get(e), weighted, mutu, options));
    }
    Rational exactIndex = index;
    Rational forConversion = options.indexRounding().map(p -> Rational.of(p.round(exactIndex))).orElse(exactIndex);
    Band mutu = mutu(forConversion.multiply(KONVERSI_FACTOR), options);
    return new IkmResult(results, penimbang, exactIndex, forConversion, mutu, stats, options);
  }

  /**
   * Mutu pelayanan of a konversi value: the one place where the IKM consults a band table.
   *
   * <p>With the exact penimbang the konversi always lies in 25–100. Only the non-standard
   * {@link PenimbangMode#PRINTED_0_111} can push it outside (9 × 1 × 0.111 × 25 = 24.975; 6 × 4 ×
   * 0.167 × 25 = 100.2); such a value is graded as the nearest end band (D or A).
   *
   * @param konversi the exact konversi
   * @param options the table, display rounding and classification basis
   * @return the band
   */
  static Band mutu(Rational konversi, IkmOptions options) {
    Rational value = options.classificationBasis().select(konversi, options.rounding());
    BandTable table = options.table().konversiTable();
    if (options.penimbang() != PenimbangMode.EXACT && !table.inDomain(value)) {
      return value.compareTo(MIN_KONVERSI) < 0 ? table.lowest() : table.highest();
    }
    return table.classify(value);
  }
}
