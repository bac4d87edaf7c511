/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  // ---- exact ----

  @Test
  void exactTargetIsNormalised() {
    ExactTarget a = Target.exact(dec("69.00"));
    ExactTarget b = Target.exact("69");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.value()).isEqualTo(dec("69"));
    assertThat(a.value().scale()).isZero();
    assertThat(a).hasToString("69");
    // 100 stays 100, not 1E+2
    assertThat(Target.exact("100.0").value()).isEqualTo(dec("100"));
    assertThat(Target.exact("100.0")).hasToString("100");
    assertThat(Target.exact("0.50").value()).isEqualTo(dec("0.5"));
    assertThat(Target.exact("0.00").value()).isEqualTo(BigDecimal.ZERO);
    assertThat(Target.exact(" 40.5 ").value()).isEqualTo(dec("40.5"));
    assertThat(ExactTarget.of(dec("1E+2"))).isEqualTo(Target.exact("100"));
  }

  @Test
  void exactTargetFromBadTextNamesTheText() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Target.exact("sembilan"));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("target");
    assertThat(e).hasMessageContaining("sembilan");
  }

  @Test
  void exactTargetHasNoDirectionAndIsNumeric() {
    assertThat(Target.exact("69").impliedPolarity()).isEmpty();
    assertThat(Target.exact("69").isNumeric()).isTrue();
  }

  // ---- range ----

  @Test
  void rangeTarget() {
    RangeTarget r = Target.range(dec("80"), dec("90"));
    assertThat(r.lower()).isEqualTo(dec("80"));
    assertThat(r.upper()).isEqualTo(dec("90"));
    assertThat(r).isEqualTo(RangeTarget.of(dec("80.0"), dec("90.00"))).hasSameHashCodeAs(RangeTarget.of(dec("80.0"), dec("90.00")));
    assertThat(RangeTarget.of(dec("80.0"), dec("90.00")).upper().scale()).isZero();
    assertThat(r).hasToString("80–90");
    assertThat(r.impliedPolarity()).isEmpty();
    assertThat(r.isNumeric()).isTrue();
    // a degenerate range is allowed
    assertThat(Target.range(dec("7"), dec("7.0")).lower()).isEqualTo(Target.range(dec("7"), dec("7.0")).upper());
  }

  @Test
  void rangeWithLowerAboveUpperNamesBothValues() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Target.range(dec("90"), dec("80")));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("target.lower");
    assertThat(e).hasMessageContaining("90").hasMessageContaining("80");
    // 8.5 > 7.25: decimals shown as written
    assertThatThrownBy(() -> Target.range(dec("8.5"), dec("7.25")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("8.5").hasMessageContaining("7.25");
  }

  // ---- comparator ----

  @ParameterizedTest
  @CsvSource({
    "LESS_THAN, LOWER_IS_BETTER, <",
    "AT_MOST, LOWER_IS_BETTER, ≤",
    "GREATER_THAN, HIGHER_IS_BETTER, >",
    "AT_LEAST, HIGHER_IS_BETTER, ≥"
  })
  void comparatorImpliesPolarity(Relation relation, Polarity polarity, String symbol) {
    ComparatorTarget t = Target.comparator(relation, dec("20"));
    assertThat(t.impliedPolarity()).contains(polarity);
    assertThat(relation.impliedPolarity()).isEqualTo(polarity);
    assertThat(relation.symbol()).isEqualTo(symbol);
    assertThat(t).hasToString(symbol + " 20");
    assertThat(t.isNumeric()).isTrue();
  }

  @Test
  void comparatorShortcuts() {
    assertThat(Target.lessThan(dec("20"))).isEqualTo(ComparatorTarget.of(Relation.LESS_THAN, dec("20.0")));
    assertThat(Target.atMost(dec("10")).relation()).isEqualTo(Relation.AT_MOST);
    assertThat(Target.atLeast(dec("95")).relation()).isEqualTo(Relation.AT_LEAST);
    assertThat(Target.greaterThan(dec("95")).relation()).isEqualTo(Relation.GREATER_THAN);
    assertThat(Target.lessThan(dec("20.00")).value()).isEqualTo(dec("20"));
    assertThat(Target.lessThan(dec("20"))).isNotEqualTo(Target.atMost(dec("20")));
  }

  @ParameterizedTest
  @CsvSource({"<, LESS_THAN", "<=, AT_MOST", "≤, AT_MOST", "=<, AT_MOST", ">, GREATER_THAN", ">=, AT_LEAST",
    "≥, AT_LEAST", "=>, AT_LEAST", "' ≤ ', AT_MOST"})
  void relationParse(String symbol, Relation expected) {
    assertThat(Relation.parse(symbol)).isEqualTo(expected);
  }

  @Test
  void relationParseRejectsOtherText() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Relation.parse("="));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("relation");
    assertThat(e).hasMessageContaining("\"=\"");
  }

  @Test
  void relationIsSatisfied() {
    Rational twenty = Rational.of(20);
    Rational nineteen = Rational.of(19);
    assertThat(Relation.LESS_THAN.isSatisfied(nineteen, twenty)).isTrue();
    assertThat(Relation.LESS_THAN.isSatisfied(twenty, twenty)).isFalse();
    assertThat(Relation.AT_MOST.isSatisfied(twenty, twenty)).isTrue();
    assertThat(Relation.AT_MOST.isSatisfied(Rational.parse("20.01"), twenty)).isFalse();
    assertThat(Relation.GREATER_THAN.isSatisfied(twenty, twenty)).isFalse();
    assertThat(Relation.GREATER_THAN.isSatisfied(Rational.parse("20.01"), twenty)).isTrue();
    assertThat(Relation.AT_LEAST.isSatisfied(twenty, twenty)).isTrue();
    assertThat(Relation.AT_LEAST.isSatisfied(nineteen, twenty)).isFalse();
  }

  // ---- categorical and scales ----

  @Test
  void categoricalTargetOnTheWtpScale() {
    CategoricalTarget wtp = Target.category("WTP", OrdinalScale.auditOpinion());
    assertThat(wtp.required()).isEqualTo("WTP");
    assertThat(wtp.isNumeric()).isFalse();
    assertThat(wtp.impliedPolarity()).isEmpty();
    assertThat(wtp.isMetBy("WTP")).isTrue();
    assertThat(wtp.isMetBy("WDP")).isFalse();
    assertThat(wtp.isMetBy("TW")).isFalse();
    assertThat(wtp.isMetBy("TMP")).isFalse();
    CategoricalTarget wdp = Target.category("WDP", OrdinalScale.auditOpinion());
    assertThat(wdp.isMetBy("WTP")).isTrue();
    assertThat(wdp.isMetBy("WDP")).isTrue();
    assertThat(wdp.isMetBy("TW")).isFalse();
  }

  @Test
  void categoricalTargetOnTheSakipScale() {
    CategoricalTarget bb = Target.category("BB", OrdinalScale.sakipPredicate());
    for (String met : List.of("BB", "A", "AA")) {
      assertThat(bb.isMetBy(met)).as(met).isTrue();
    }
    for (String notMet : List.of("D", "C", "CC", "B")) {
      assertThat(bb.isMetBy(notMet)).as(notMet).isFalse();
    }
    // CC is above C, below B (PermenPANRB 88/2021 order)
    assertThat(Target.category("CC", OrdinalScale.sakipPredicate()).isMetBy("C")).isFalse();
    assertThat(Target.category("CC", OrdinalScale.sakipPredicate()).isMetBy("B")).isTrue();
  }

  @Test
  void categoryNotOnTheScaleIsRejected() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Target.category("WTX", OrdinalScale.auditOpinion()));
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo("category");
    assertThat(e).hasMessageContaining("WTX").hasMessageContaining("opini BPK");
    // a SAKIP grade is not an audit opinion
    assertThatThrownBy(() -> Target.category("AA", OrdinalScale.auditOpinion())).isInstanceOf(InvalidValueException.class);
    // and a realised category off the scale is rejected too, not treated as unmet
    CategoricalTarget wtp = Target.category("WTP", OrdinalScale.auditOpinion());
    assertThatThrownBy(() -> wtp.isMetBy("Disclaimer")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Disclaimer");
  }

  @Test
  void ordinalScaleRanksAndValidates() {
    OrdinalScale sakip = OrdinalScale.sakipPredicate();
    assertThat(sakip.rank("D")).isZero();
    assertThat(sakip.rank("AA")).isEqualTo(6);
    assertThat(sakip.rank(" B ")).isEqualTo(3);
    assertThat(OrdinalScale.auditOpinion().categories()).containsExactly("TMP", "TW", "WDP", "WTP");
    assertThatThrownBy(() -> OrdinalScale.of("kosong", List.of())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("kosong");
    assertThatThrownBy(() -> OrdinalScale.of("dup", List.of("A", "B", "A"))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"A\"");
    assertThatThrownBy(() -> OrdinalScale.of("blank", List.of("A", " "))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> OrdinalScale.of(" ", List.of("A"))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void ordinalScaleToStringSeparatesNameFromCategories() {
    assertThat(OrdinalScale.auditOpinion().toString()).isEqualTo("opini BPK: TMP < TW < WDP < WTP");
  }

  // ---- visitor ----

  @Test
  void visitorDispatchesOnTheKind() {
    Target.Visitor<String> kind = new Target.Visitor<>() {
      @Override
      public String exact(ExactTarget t) {
        return "exact " + t.value();
      }

      @Override
      public String range(RangeTarget t) {
        return "range " + t.lower() + ".." + t.upper();
      }

      @Override
      public String comparator(ComparatorTarget t) {
        return "comparator " + t.relation() + " " + t.value();
      }

      @Override
      public String categorical(CategoricalTarget t) {
        return "categorical " + t.required();
      }
    };
    assertThat(Target.exact("69").accept(kind)).isEqualTo("exact 69");
    assertThat(Target.range(dec("80"), dec("90")).accept(kind)).isEqualTo("range 80..90");
    assertThat(Target.lessThan(dec("20")).accept(kind)).isEqualTo("comparator LESS_THAN 20");
    assertThat(Target.category("WTP", OrdinalScale.auditOpinion()).accept(kind)).isEqualTo("categorical WTP");
  }

  @Test
  void impliedPolarityOnlyForComparators() {
    List<Target> targets = List.of(Target.exact("1"), Target.range(dec("1"), dec("2")),
        Target.atMost(dec("10")), Target.category("WTP", OrdinalScale.auditOpinion()));
    assertThat(targets).extracting(Target::impliedPolarity)
        .containsExactly(Optional.empty(), Optional.empty(), Optional.of(Polarity.LOWER_IS_BETTER), Optional.empty());
  }
}
