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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WeightedIndexProperties {
  /** Components as (value, max, weight) with value ≤ max; weights 0–1000, the first one positive. */
  private static Gen<List<WeightedComponent>> components() {
    return lists().of(integers().between(0, 10_000).zip(integers().between(1, 10_000), integers().between(0, 1000),
        (v, m, w) -> new int[] {Math.min(v, m), m, w})).ofSizeBetween(1, 8)
        .map(list -> {
          List<WeightedComponent> out = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            int[] c = list.get(i);
            int w = i == 0 ? c[2] + 1 : c[2];
            out.add(WeightedComponent.of("c" + i, BigDecimal.valueOf(c[0], 2), BigDecimal.valueOf(c[1], 2), BigDecimal.valueOf(w)));
          }
          return out;
        });
  }

  @Test
  void weightsScaledByAConstantGiveTheSameIndex() {
    qt().forAll(components(), integers().between(1, 10_000), integers().between(0, 4)).checkAssert((cs, k, scale) -> {
      BigDecimal factor = BigDecimal.valueOf(k, scale); // 0.0001 … 10000
      List<WeightedComponent> scaled = new ArrayList<>();
      cs.forEach(c -> scaled.add(c.withWeight(c.weight().multiply(factor))));
      assertThat(WeightedIndex.of(scaled).value()).isEqualTo(WeightedIndex.of(cs).value());
    });
  }

  @Test
  void indexLiesBetweenTheSmallestAndLargestRatio() {
    qt().forAll(components()).checkAssert(cs -> {
      Rational min = null;
      Rational max = null;
      for (WeightedComponent c : cs) {
        if (c.weight().signum() == 0) {
          continue;
        }
        Rational r = c.ratio().multiply(Rational.HUNDRED);
        min = min == null ? r : min.min(r);
        max = max == null ? r : max.max(r);
      }
      Rational v = WeightedIndex.of(cs).value();
      assertThat(v).isBetween(min, max);
    });
  }

  @Test
  void contributionsAddUpToTheIndex() {
    qt().forAll(components()).checkAssert(cs -> {
      WeightedIndex idx = WeightedIndex.of(cs);
      Rational sum = idx.contributions().stream().reduce(Rational.ZERO, Rational::add);
      assertThat(sum).isEqualTo(idx.value());
    });
  }

  @Test
  void orderOfComponentsDoesNotMatter() {
    qt().forAll(components()).checkAssert(cs -> {
      List<WeightedComponent> reversed = new ArrayList<>(cs);
      java.util.Collections.reverse(reversed);
      assertThat(WeightedIndex.of(reversed).value()).isEqualTo(WeightedIndex.of(cs).value());
    });
  }

  @Test
  @SuppressWarnings("EnumOrdinal") // the property draws the education level by index
  void ipAsnBandIsDefinedForEveryValidInput() {
    qt().forAll(integers().between(0, 5), integers().between(0, 4000), integers().between(0, 3000), integers().between(0, 500))
        .checkAssert((e, kom, kin, dis) -> {
          WeightedIndex ip = WeightedIndex.indeksProfesionalitasAsn(Education.values()[e], BigDecimal.valueOf(kom, 2),
              BigDecimal.valueOf(kin, 2), BigDecimal.valueOf(dis, 2));
          // weights add up to 100 and max = weight, so the index is the plain sum of the points
          Rational expected = Rational.of(Education.values()[e].points()
              .add(BigDecimal.valueOf(kom, 2)).add(BigDecimal.valueOf(kin, 2)).add(BigDecimal.valueOf(dis, 2)));
          assertThat(ip.value()).isEqualTo(expected);
          assertThat(ip.band()).isPresent();
        });
  }
}
