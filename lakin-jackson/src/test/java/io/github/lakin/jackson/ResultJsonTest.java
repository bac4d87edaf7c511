/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static io.github.lakin.jackson.ModelJsonTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results written as JSON: the §12 report figure by figure, and each result type on its own. */
class ResultJsonTest {
  private final ObjectMapper mapper = LakinJson.mapper();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private JsonNode tree(Object value) throws IOException {
    return mapper.readTree(mapper.writeValueAsString(value));
  }

  @Test
  void aCappedAchievementKeepsItsRawValue() throws IOException {
    Indicator ind = Indicator.of("2.4", "Jumlah penerima manfaat", MeasureUnit.count("orang"), Target.exact(d("80")));
    Achievement a = Scorer.of(ScoringPolicy.defaults().withCap(d("120"))).score(ind, Realization.of("226.3"));
    assertThat(mapper.writeValueAsString(a)).isEqualTo(json("{'code':'2.4','strategy':'ratio','status':'COMPUTED',"
        + "'achievement':'120.00','raw':'282.88','exact':'120','rawExact':'282.875','met':true,'flags':['CAPPED'],"
        + "'target':'80','realisasi':'226.3','explanation':{'id':'226,3 / 80 × 100% = 282,88%; dibatasi menjadi 120,00%',"
        + "'en':'226.3 / 80 × 100% = 282.88%; capped at 120.00%'}}"));
  }

  @Test
  void roundedFiguresHaveExactlyThePolicyScale() throws IOException {
    Indicator ind = Indicator.of("5", "Indeks", MeasureUnit.index(), Target.exact(d("40")));
    Achievement twoPlaces = Scorer.defaults().score(ind, Realization.of("40"));
    assertThat(tree(twoPlaces).get("achievement").textValue()).isEqualTo("100.00");
    Achievement tie = Scorer.defaults().score(ind, Realization.of("40.594"));
    assertThat(tree(tie).get("achievement").textValue()).isEqualTo("101.49");
    assertThat(tree(tie).get("exact").textValue()).isEqualTo("101.485");
    Achievement whole = Scorer.of(ScoringPolicy.builder().rounding(RoundingPolicy.halfUp(0)).build()).score(ind, Realization.of("40.594"));
    assertThat(tree(whole).get("achievement").textValue()).isEqualTo("101");
  }

  @Test
  void absentValuesAreLeftOut() throws IOException {
    Indicator ind = Indicator.of("6", "Indeks", MeasureUnit.index(), Target.exact(d("40")));
    Achievement notAvailable = Scorer.defaults().score(ind, Realization.notAvailable("menunggu rilis BPS"));
    assertThat(mapper.writeValueAsString(notAvailable)).isEqualTo(json("{'code':'6','strategy':'ratio','status':'NOT_AVAILABLE',"
        + "'flags':[],'reason':'menunggu rilis BPS','target':'40','explanation':{'id':'realisasi belum tersedia (menunggu rilis BPS)',"
        + "'en':'realisation not available (menunggu rilis BPS)'}}"));
    JsonNode na = tree(notAvailable);
    assertThat(na.get("status").textValue()).isEqualTo("NOT_AVAILABLE");
    assertThat(na.has("achievement")).isFalse();
    assertThat(na.has("raw")).isFalse();
    assertThat(na.has("exact")).isFalse();
    assertThat(na.has("met")).isFalse();
    assertThat(na.has("realisasi")).isFalse();

    Indicator zero = Indicator.of("7", "Jumlah temuan", MeasureUnit.count("temuan"), Target.exact(d("0")));
    JsonNode undefined = tree(Scorer.defaults().score(zero, Realization.of("3")));
    assertThat(undefined.get("status").textValue()).isEqualTo("UNDEFINED");
    assertThat(undefined.get("reason").textValue()).isNotBlank();
    assertThat(undefined.has("achievement")).isFalse();
  }

  @Test
  void aCategoricalAchievementIsMetWithoutANumber() throws IOException {
    Indicator opinion = Indicator.of("8", "Opini BPK", MeasureUnit.other("opini"), Target.category("WTP", OrdinalScale.auditOpinion()));
    JsonNode a = tree(Scorer.defaults().score(opinion, Realization.ofCategory("WTP")));
    assertThat(a.get("strategy").textValue()).isEqualTo("categorical");
    assertThat(a.get("met").booleanValue()).isTrue();
    assertThat(a.has("achievement")).isFalse();
    assertThat(a.get("target").textValue()).isEqualTo("WTP");
    assertThat(a.get("realisasi").textValue()).isEqualTo("WTP");
  }

  @Test
  void absorptionAndEfficiencyGapOnTheirOwn() throws IOException {
    Absorption abs = Absorption.of(Biro2023.agreement().budget());
    Rational exact = Rational.ratio(d("9960052227"), d("9970949000")).multiply(Rational.HUNDRED);
    assertThat(mapper.writeValueAsString(abs)).isEqualTo(json("{'label':'unit','lines':['BIRO'],'pagu':'9970949000',"
        + "'realization':'9960052227','absorption':'99.89','exact':'" + exact + "','basis':'FINAL',"
        + "'explanation':{'id':'Rp9.960.052.227 / Rp9.970.949.000 × 100% = 99,89%',"
        + "'en':'Rp9,960,052,227 / Rp9,970,949,000 × 100% = 99.89%'}}"));
    EfficiencyGap gap = EfficiencyGap.of("unit", Rational.of(d("106.51")), Rational.of(d("99.89")), RoundingPolicy.defaults());
    assertThat(mapper.writeValueAsString(gap)).isEqualTo(json("{'label':'unit','gap':'6.62','exact':'6.62','efficient':true,"
        + "'explanation':{'id':'106,51 − 99,89 = 6,62 poin (efisien)','en':'106.51 − 99.89 = 6.62 points (efficient)'}}"));
  }

  @Test
  void goalsIndicatorsAndCountsOnTheirOwnUseTheResultForm() throws IOException {
    ReportResult report = Biro2023.report();
    JsonNode sk3 = tree(report.goal("SK3").orElseThrow());
    assertThat(sk3.get("code").textValue()).isEqualTo("SK3");
    assertThat(sk3.get("achievement").textValue()).isEqualTo("119.79");
    assertThat(sk3.get("exact").textValue()).isEqualTo("119.7875");   // 95.83 / 80 × 100
    assertThat(sk3.get("indicators")).hasSize(1);
    JsonNode agg = tree(report.goal("SK4").orElseThrow().aggregate());
    assertThat(agg.get("label").textValue()).isEqualTo("SK4");
    assertThat(agg.get("achievement").textValue()).isEqualTo("100.67");
    assertThat(tree(report.counts()).get("met").intValue()).isEqualTo(10);
    assertThat(tree(report.counts()).get("statement").get("id").textValue())
        .isEqualTo("10 dari 11 indikator mencapai atau melampaui target");
    JsonNode line = tree(report.indicators().get(7));
    assertThat(line.get("code").textValue()).isEqualTo("3.1");
    assertThat(line.get("target").textValue()).isEqualTo("80");
    assertThat(line.get("realisasi").textValue()).isEqualTo("95.83");
    assertThat(line.get("exact").textValue()).isEqualTo("119.7875");
  }
}
