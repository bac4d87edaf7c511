/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Realization;
import io.github.lakin.scoring.aggregate.Realizations;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Value types compare by value, so that configurations read back from JSON equal the originals. */
class ValueEqualityTest {

  @Test
  void zeroTargetRulesCompareByTheirValues() {
    ZeroTargetRule a = ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.empty());
    // 100.00 and 100 are the same number: the rule keeps exact values, not their printed scale
    ZeroTargetRule b = ZeroTargetRule.of(Optional.of(new BigDecimal("100.00")), Optional.empty());
    ZeroTargetRule c = ZeroTargetRule.of(Optional.of(new BigDecimal("100")), Optional.of(BigDecimal.ZERO));
    ZeroTargetRule d = ZeroTargetRule.of(Optional.empty(), Optional.empty());

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(ZeroTargetRule.defaults());
    assertThat(a).isNotEqualTo(c).isNotEqualTo(d);
    assertThat(c).isNotEqualTo(d);
    assertThat(a).isNotEqualTo("ZeroTargetRule");
  }

  @Test
  void realizationSetsCompareByCodeAndValueNotOrder() {
    Map<String, Realization> first = new LinkedHashMap<>();
    first.put("1.1", Realization.of(new BigDecimal("69.31")));
    first.put("1.2", Realization.of(new BigDecimal("88.83")));
    Map<String, Realization> reversed = new LinkedHashMap<>();
    reversed.put("1.2", Realization.of(new BigDecimal("88.83")));
    reversed.put("1.1", Realization.of(new BigDecimal("69.31")));
    Map<String, Realization> other = new LinkedHashMap<>(first);
    other.put("1.2", Realization.of(new BigDecimal("88.84")));

    assertThat(Realizations.of(first)).isEqualTo(Realizations.of(reversed))
        .hasSameHashCodeAs(Realizations.of(reversed));
    assertThat(Realizations.of(first)).isNotEqualTo(Realizations.of(other));
    assertThat(Realizations.of(first).toString()).contains("1.1").contains("1.2");
  }
}
