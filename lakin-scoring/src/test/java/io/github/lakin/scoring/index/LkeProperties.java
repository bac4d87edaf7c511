/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.Rational;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LkeProperties {
  private static final String[] AE = {"A", "B", "C", "D", "E"};

  /** Answers for the 12 sub-components of 88/2021: per sub-component 1–5 answers on A–E (0 = A … 4 = E). */
  private static Gen<List<List<Integer>>> sheets() {
    return lists().of(lists().of(integers().between(0, 4)).ofSizeBetween(1, 5)).ofSize(12);
  }

  private static LkeWorksheet worksheet(List<List<Integer>> answers) {
    LkeWorksheet.Builder b = LkeWorksheet.builder();
    int i = 0;
    for (LkeComponent c : LkeTemplate.permenPanRb88Of2021().components()) {
      for (LkeSubComponent s : c.subComponents()) {
        for (int a : answers.get(i)) {
          b.answer(c.code(), s.code(), AnswerScale.aToE(), AE[a]);
        }
        i++;
      }
    }
    return b.build();
  }

  @Test
  void totalIsBetween0And100AndIsTheSumOfItsParts() {
    qt().forAll(sheets()).checkAssert(answers -> {
      LkeResult r = Lke.evaluate(worksheet(answers));
      assertThat(r.total()).isBetween(Rational.ZERO, Rational.HUNDRED);
      Rational sum = Rational.ZERO;
      for (LkeComponentScore c : r.components()) {
        Rational subs = Rational.ZERO;
        for (LkeSubComponentScore s : c.subComponents()) {
          assertThat(s.score()).isBetween(Rational.ZERO, Rational.of(s.weight()));
          subs = subs.add(s.score());
        }
        assertThat(c.score()).isEqualTo(subs);
        assertThat(c.score()).isLessThanOrEqualTo(Rational.of(c.component().weight()));
        sum = sum.add(c.score());
      }
      assertThat(r.total()).isEqualTo(sum);
    });
  }

  @Test
  void improvingOneAnswerNeverLowersTheTotal() {
    qt().forAll(sheets(), integers().between(0, 11), integers().between(0, 4)).checkAssert((answers, sub, pick) -> {
      List<List<Integer>> better = new ArrayList<>();
      answers.forEach(a -> better.add(new ArrayList<>(a)));
      List<Integer> target = better.get(sub);
      int idx = pick % target.size();
      target.set(idx, Math.max(0, target.get(idx) - 1)); // one step towards A
      Rational before = Lke.evaluate(worksheet(answers)).total();
      Rational after = Lke.evaluate(worksheet(better)).total();
      assertThat(after).isGreaterThanOrEqualTo(before);
    });
  }
}
