/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples;

import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.IndonesianFormat;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.index.Ikm;
import io.github.lakin.scoring.index.IkmElement;
import io.github.lakin.scoring.index.IkmElementResult;
import io.github.lakin.scoring.index.IkmOptions;
import io.github.lakin.scoring.index.IkmResult;
import io.github.lakin.scoring.index.IkmSurvey;
import io.github.lakin.scoring.index.PenimbangMode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Contoh Survei Kepuasan Masyarakat 2023: computes the IKM (PermenPANRB 14/2017, DOMAIN.md §9)
 * from 1000 individual questionnaires whose NRR per unsur are those of the 2023 report (DOMAIN.md
 * §12), prints the per-unsur table and the result, and scores the IKM against its target of 90.
 *
 * <p>Run it with {@code ./mvnw -q -pl lakin-examples exec:java
 * -Dexec.mainClass=io.github.lakin.examples.IkmSurvey2023}.
 */
public final class IkmSurvey2023 {
  private IkmSurvey2023() {}

  /** Number of questionnaires returned. */
  public static final int RESPONDENTS = 1000;

  /**
   * Rekapitulasi jawaban, as survey reports print it: per unsur U1–U9, how many respondents
   * answered 1 (tidak baik), 2, 3 and 4 (sangat baik). NRR = sum of scores / filled answers.
   */
  private static final int[][] TALLY = {
      // "1" "2"  "3"  "4"       NRR
      {2, 28, 488, 482},     // U1: (2 + 56 + 1464 + 1928) / 1000 = 3450 / 1000 = 3,450
      {0, 20, 445, 535},     // U2: (40 + 1335 + 2140) / 1000 = 3,515
      {5, 35, 474, 486},     // U3: (5 + 70 + 1422 + 1944) / 1000 = 3,441
      {3, 30, 442, 400},     // U4: 875 answers, 125 blank: (3 + 60 + 1326 + 1600) / 875 = 2989 / 875 = 3,416
      {0, 25, 450, 525},     // U5: (50 + 1350 + 2100) / 1000 = 3,500
      {0, 10, 361, 629},     // U6: (20 + 1083 + 2516) / 1000 = 3,619
      {0, 12, 392, 596},     // U7: (24 + 1176 + 2384) / 1000 = 3,584
      {0, 0, 94, 906},       // U8: (282 + 3624) / 1000 = 3,906
      {0, 0, 0, 1000},       // U9: 4000 / 1000 = 4,000
  };

  /**
   * The questionnaires, one row per respondent with one answer per unsur. A real survey arrives
   * as such rows (a spreadsheet, a form backend); here they are made from {@link #TALLY}:
   * respondent {@code r} gives, for each unsur, the {@code r}-th of its answers sorted 1s first.
   * Respondents 876–1000 left U4 (Biaya/Tarif) blank: a blank is left out of the NRR, never counted
   * as 0 (counted as 0, U4 would drop to 2989 / 1000 = 2,989).
   *
   * @return the survey
   */
  public static IkmSurvey survey() {
    List<IkmElement> unsur = IkmElement.standard2017();
    IkmSurvey.Builder survey = IkmSurvey.builder(unsur);
    for (int r = 0; r < RESPONDENTS; r++) {
      Integer[] answers = new Integer[unsur.size()];
      for (int e = 0; e < unsur.size(); e++) {
        answers[e] = answer(TALLY[e], r);
      }
      survey.addRespondentWithBlanks(answers);   // null = blank
    }
    return survey.build();
  }

  /** The {@code r}-th answer (0-based) when the answers counted in {@code tally} are sorted; null past the last. */
  private static Integer answer(int[] tally, int r) {
    int upTo = 0;
    for (int score = IkmSurvey.MIN_SCORE; score <= IkmSurvey.MAX_SCORE; score++) {
      upTo += tally[score - 1];
      if (r < upTo) {
        return score;
      }
    }
    return null;
  }

  /** Returns the IKM of {@link #survey()} under the standard options (penimbang exactly 1/9). */
  public static IkmResult result() {
    return Ikm.fromResponses(survey(), IkmOptions.defaults());
  }

  /** Returns the performance indicator the IKM is reported under, with its 2023 target of 90. */
  public static Indicator indicator() {
    return Indicator.of("4.1", "Nilai kepuasan stakeholder (IKM)", MeasureUnit.index(), Target.exact("90"));
  }

  /**
   * The IKM figure as the report's indicator table uses it: the konversi as published, 90,09.
   *
   * @param ikm the survey result
   * @return the capaian of {@link #indicator()}
   */
  public static Achievement achievement(IkmResult ikm) {
    return Scorer.defaults().score(indicator(), Realization.of(ikm.konversiRounded()));
  }

  /**
   * Prints the per-unsur table, the IKM with its mutu, two non-standard variants for comparison,
   * and the capaian against the target.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    Locale id = Locale.forLanguageTag("id");
    IkmResult ikm = result();
    out.println("Survei Kepuasan Masyarakat 2023 — " + ikm.responses().orElseThrow().respondents() + " responden, "
        + ikm.elements().size() + " unsur (PermenPANRB 14/2017)");
    out.println();
    out.printf("%-4s %-42s %7s %7s %7s %10s %9s %5s%n", "", "Unsur", "Terisi", "Kosong", "NRR", "NRR × 1/9", "Konversi", "Mutu");
    for (IkmElementResult e : ikm.elements()) {
      out.printf("%-4s %-42s %7d %7d %7s %10s %9s %5s%n", e.element().code(), e.element().name(),
          e.answered().orElseThrow(), e.blanks().orElseThrow(),
          IndonesianFormat.format(e.nrrRounded(), 3),
          IndonesianFormat.format(ikm.options().nrrRounding().round(e.weighted()), 3),
          IndonesianFormat.format(e.konversiRounded(), 2), e.mutu().code());
    }
    out.println();
    // Σ NRR × 1/9 = 32,431 / 9 = 3,60344…; × 25 = 90,0861… → 90,09: mutu A (88,31–100,00)
    out.println("IKM (1–4)          : " + IndonesianFormat.format(ikm.indexRounded(), 3));
    out.println("IKM unit pelayanan : " + IndonesianFormat.format(ikm.konversiRounded(), 2)
        + " (× 25), mutu " + ikm.mutu().code() + ", kinerja " + ikm.kinerja());
    // Variants some units use, each a named option, never the default:
    IkmResult printed = Ikm.fromResponses(survey(), IkmOptions.defaults().withPenimbang(PenimbangMode.PRINTED_0_111));
    IkmResult rounded = Ikm.fromResponses(survey(), IkmOptions.defaults().withIndexRoundedBeforeConversion(3));
    out.println("  varian: penimbang tercetak 0,111 → " + IndonesianFormat.format(printed.konversiRounded(), 2)
        + "; indeks dibulatkan 3 desimal sebelum × 25 → " + IndonesianFormat.format(rounded.konversiRounded(), 2));
    out.println();
    Achievement a = achievement(ikm);
    out.println("Capaian " + indicator().code() + " " + indicator().name() + ": " + a.explain(id));
  }

  /**
   * Prints this example to standard output.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
