/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static io.github.lakin.core.CoreGen.periods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PeriodProperties {
  /** Few years, so that periods often overlap, share an end, or are equal. */
  private static final Gen<Period> NEAR = periods(2022, 2024);
  private static final Gen<Period> ANY = periods(1901, 2998);

  /**
   * The documented order, computed from (year, index, months) by hand rather than through dates:
   * earlier last month first; for the same last month the later first month comes first.
   */
  private static int reference(Period a, Period b) {
    int aLast = a.year() * 12 + a.index() * a.type().months();
    int bLast = b.year() * 12 + b.index() * b.type().months();
    if (aLast != bLast) {
      return Integer.compare(aLast, bLast);
    }
    int aFirst = a.year() * 12 + (a.index() - 1) * a.type().months();
    int bFirst = b.year() * 12 + (b.index() - 1) * b.type().months();
    return Integer.compare(bFirst, aFirst);
  }

  @Test
  void orderIsTheDocumentedRule() {
    qt().forAll(NEAR, NEAR).checkAssert((a, b) ->
        assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(reference(a, b)));
    qt().forAll(ANY, ANY).checkAssert((a, b) ->
        assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(reference(a, b)));
  }

  @Test
  void orderIsAntisymmetricAndConsistentWithEquals() {
    qt().forAll(NEAR, NEAR).checkAssert((a, b) -> {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void orderIsTransitive() {
    qt().forAll(NEAR, NEAR, NEAR).checkAssert((a, b, c) -> {
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
      }
      if (a.compareTo(b) < 0 && b.compareTo(c) < 0) {
        assertThat(a.compareTo(c)).isNegative();
      }
    });
  }

  @Test
  void orderIsTotal() {
    qt().forAll(NEAR, NEAR).checkAssert((a, b) -> {
      int ab = a.compareTo(b);
      // exactly one of <, =, > holds
      assertThat((ab < 0 ? 1 : 0) + (ab == 0 ? 1 : 0) + (ab > 0 ? 1 : 0)).isEqualTo(1);
    });
  }

  @Test
  void aPeriodComesAfterEveryPeriodItContains() {
    qt().forAll(NEAR, NEAR).checkAssert((outer, inner) -> {
      if (outer.contains(inner)) {
        assertThat(outer.compareTo(inner)).as("%s contains %s", outer, inner).isGreaterThanOrEqualTo(0);
        if (!outer.equals(inner)) {
          assertThat(outer.compareTo(inner)).isPositive();
        }
      }
    });
  }

  @Test
  void containmentAgreesWithMonths() {
    qt().forAll(NEAR, NEAR).checkAssert((a, b) -> {
      boolean months = !b.firstMonth().isBefore(a.firstMonth()) && !b.lastMonth().isAfter(a.lastMonth());
      assertThat(a.contains(b)).isEqualTo(months);
      assertThat(a.contains(b.start())).isEqualTo(!b.start().isBefore(a.start()) && !b.start().isAfter(a.end()));
    });
  }

  @Test
  void aPeriodSpansItsNumberOfMonths() {
    qt().forAll(ANY).checkAssert(p -> {
      assertThat(ChronoUnit.MONTHS.between(p.start(), p.end().plusDays(1))).isEqualTo(p.type().months());
      assertThat(p.start().getDayOfMonth()).isEqualTo(1);
      assertThat(p.end().plusDays(1).getDayOfMonth()).isEqualTo(1);
      assertThat(p.wholeYear().contains(p)).isTrue();
      assertThat(p.contains(p.start())).isTrue();
      assertThat(p.contains(p.end())).isTrue();
      assertThat(p.contains(p.start().minusDays(1))).isFalse();
      assertThat(p.contains(p.end().plusDays(1))).isFalse();
    });
  }

  @Test
  void nextAndPreviousAreAdjacentAndInverse() {
    qt().forAll(ANY).checkAssert(p -> {
      Period n = p.next();
      assertThat(n.type()).isEqualTo(p.type());
      assertThat(n.start()).isEqualTo(p.end().plusDays(1));
      assertThat(n.previous()).isEqualTo(p);
      assertThat(p.previous().next()).isEqualTo(p);
      assertThat(n).isGreaterThan(p);
      assertThat(p.previous()).isLessThan(p);
    });
  }

  @Test
  void parseOfLabelRoundTrips() {
    qt().forAll(ANY).checkAssert(p -> {
      String id = p.label(Locale.forLanguageTag("id"));
      String en = p.label(Locale.ENGLISH);
      assertThat(Period.parse(id)).as(id).isEqualTo(p);
      assertThat(Period.parse(en)).as(en).isEqualTo(p);
      assertThat(Period.parse(id.toUpperCase(Locale.ROOT))).isEqualTo(p);
      assertThat(Period.parse("  " + en.toLowerCase(Locale.ROOT).replace(" ", "   ") + " ")).isEqualTo(p);
      assertThat(Period.parse(p.toString())).isEqualTo(p);
    });
  }
}
