/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import io.github.lakin.json.IndicatorLine;
import io.github.lakin.json.ResultBudget;
import io.github.lakin.json.ResultJsonWriter;
import static io.github.lakin.jackson.ModelJsonTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.aggregate.ReportResult;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The result form {@code lakin-result/1}: the DOMAIN.md §12 report figure by figure, the streaming
 * writer giving the same bytes as the object path, and results refused when read.
 */
class ResultFormTest {
  private final ObjectMapper mapper = LakinJson.mapper();

  /** DOMAIN.md §12: goal, code, target, realisasi, capaian as printed. */
  private static final String[][] TABLE = {
    {"SK1", "1.1", "69", "69.31", "100.45"},
    {"SK1", "1.2", "81", "88.83", "109.67"},
    {"SK1", "1.3", "70", "96.64", "138.06"},
    {"SK1", "1.4", "94", "95.50", "101.60"},
    {"SK1", "1.5", "3", "3", "100.00"},
    {"SK2", "2.1", "100", "100", "100.00"},
    {"SK2", "2.2", "100", "100", "100.00"},
    {"SK3", "3.1", "80", "95.83", "119.79"},
    {"SK4", "4.1", "90", "90.09", "100.10"},
    {"SK4", "4.2", "83", "82.96", "99.95"},
    {"SK4", "4.3", "90", "91.76", "101.96"},
  };

  private static final String[][] GOALS = {{"SK1", "109.95"}, {"SK2", "100.00"}, {"SK3", "119.79"}, {"SK4", "100.67"}};
  /** Each goal's counts from the table of DOMAIN §12: above, equal, below (SK4: 4.2 at 99,95 is below). */
  private static final MetCounts[] GOAL_COUNTS = {MetCounts.of(4, 1, 0, 0, 0, 0, 0), MetCounts.of(0, 2, 0, 0, 0, 0, 0),
      MetCounts.of(1, 0, 0, 0, 0, 0, 0), MetCounts.of(2, 0, 1, 0, 0, 0, 0)};

  @Test
  void theBiroPerencanaan2023ReportInTheResultForm() throws IOException {
    String text = mapper.writeValueAsString(Biro2023.report());
    JsonNode r = mapper.readTree(text);
    assertThat(r.get("schema").textValue()).isEqualTo("lakin-result/1");
    assertThat(r.get("unit").textValue()).isEqualTo("Biro Perencanaan");
    assertThat(r.get("year").intValue()).isEqualTo(2023);
    assertThat(r.get("policy").textValue()).isEqualTo("biro-perencanaan-2023");
    assertThat(r.at("/overall/achievement").textValue()).isEqualTo("106.51");
    assertThat(r.at("/overall/explanation/id").textValue()).contains("/ 11 = 106,51%");

    List<String> goals = new ArrayList<>();
    r.get("goals").forEach(g -> goals.add(g.get("code").textValue() + " " + g.get("achievement").textValue()));
    assertThat(goals).containsExactly("SK1 109.95", "SK2 100.00", "SK3 119.79", "SK4 100.67");
    List<String> rates = new ArrayList<>();
    r.get("goals").forEach(g -> rates.add(g.at("/counts/met").intValue() + "/" + g.at("/counts/total").intValue() + " "
        + g.at("/counts/achievementRate").textValue()));
    // SK4: 4.1 and 4.3 met, 4.2 (99,95) not: 2/3 = 66,666…% → 66.67
    assertThat(rates).containsExactly("5/5 100.00", "2/2 100.00", "1/1 100.00", "2/3 66.67");

    List<String> lines = new ArrayList<>();
    r.get("goals").forEach(g -> g.get("indicators").forEach(i -> lines.add(i.get("code").textValue() + " "
        + i.get("target").textValue() + " " + i.get("realisasi").textValue() + " " + i.get("achievement").textValue())));
    List<String> expected = new ArrayList<>();
    for (String[] row : TABLE) {
      expected.add(row[1] + " " + row[2] + " " + new BigDecimal(row[3]).stripTrailingZeros().toPlainString() + " " + row[4]);
    }
    assertThat(lines).containsExactlyElementsOf(expected);

    assertThat(r.at("/goals/0/indicators/0").toString()).isEqualTo(json("{'code':'1.1',"
        + "'name':'Nilai akuntabilitas kinerja Kementerian Sosial','unit':'indeks','target':'69','realisasi':'69.31',"
        + "'achievement':'100.45','status':'COMPUTED','met':true,'flags':[],'exact':'6931/69',"
        + "'explanation':{'id':'69,31 / 69 × 100% = 100,45%','en':'69.31 / 69 × 100% = 100.45%'}}"));
    JsonNode provisional = r.at("/goals/3/indicators/1");
    assertThat(provisional.get("code").textValue()).isEqualTo("4.2");
    assertThat(provisional.get("met").booleanValue()).isFalse();
    assertThat(provisional.get("flags").toString()).isEqualTo(json("['PROVISIONAL']"));

    assertThat(r.get("counts").toString()).isEqualTo(json("{'total':11,'met':10,'notMet':1,'above':7,'equal':3,'below':1,"
        + "'notAvailable':0,'undefined':0,'achievementRate':'90.91',"
        // 10 of 11 met: 1000/11 = 90,909…% → 90.91
        + "'statement':{'id':'10 dari 11 indikator mencapai atau melampaui target',"
        + "'en':'10 of 11 indicators met or exceeded their target'}}"));

    JsonNode budget = r.get("budget");
    assertThat(budget.get("pagu").textValue()).isEqualTo("9970949000");
    assertThat(budget.get("realisasi").textValue()).isEqualTo("9960052227");
    assertThat(budget.get("absorption").textValue()).isEqualTo("99.89");
    assertThat(budget.get("efficiencyGap").textValue()).isEqualTo("6.62");
    assertThat(budget.get("efficient").booleanValue()).isTrue();
    assertThat(budget.at("/efficiencyGapExplanation/id").textValue()).isEqualTo("106,51 − 99,89 = 6,62 poin (efisien)");
  }

  @Test
  void anIndicatorWithoutRealisasiHasNullFiguresAndItsReasonInTheDetailedMode() throws IOException {
    java.util.Map<String, io.github.lakin.core.Realization> r = new java.util.LinkedHashMap<>(Biro2023.realizations());
    r.put("4.2", io.github.lakin.core.Realization.notAvailable("menunggu hasil evaluasi"));
    ReportResult report = io.github.lakin.scoring.aggregate.ReportScorer.of(io.github.lakin.scoring.aggregate.ReportPolicy.biroPerencanaan2023())
        .score(Biro2023.agreement(), r);
    JsonNode line = mapper.readTree(mapper.writeValueAsString(report)).at("/goals/3/indicators/1");
    assertThat(line.get("code").textValue()).isEqualTo("4.2");
    assertThat(line.get("status").textValue()).isEqualTo("NOT_AVAILABLE");
    assertThat(line.get("realisasi").isNull()).isTrue();
    assertThat(line.get("achievement").isNull()).isTrue();
    assertThat(line.get("met").booleanValue()).isFalse();
    assertThat(line.get("reason").textValue()).isEqualTo("menunggu hasil evaluasi");
    assertThat(objects(report, false)).doesNotContain("\"reason\"");
  }

  @Test
  void theResultFormHasNoFloatingPointNumbers() throws IOException {
    try (JsonParser p = mapper.createParser(mapper.writeValueAsString(Biro2023.report()))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        assertThat(t).isNotEqualTo(JsonToken.VALUE_NUMBER_FLOAT);
        if (t == JsonToken.VALUE_NUMBER_INT) {
          assertThat(p.currentName()).isIn("year", "total", "met", "notMet", "above", "equal", "below", "notAvailable", "undefined");
        }
      }
    }
  }

  /** Writes the §12 report row by row from the printed table, as the large-file path does. */
  private String streamed(boolean pretty) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = mapper.getFactory().createGenerator(text)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      ResultJsonWriter w = ResultJsonWriter.of(LakinJson.out(g), false);
      w.begin("Biro Perencanaan", 2023, "biro-perencanaan-2023");
      IndicatorLine line = new IndicatorLine();
      int row = 0;
      for (String[] goal : GOALS) {
        Goal model = Biro2023.agreement().goal(goal[0]).orElseThrow();
        w.beginGoal(goal[0], model.name());
        for (; row < TABLE.length && TABLE[row][0].equals(goal[0]); row++) {
          String[] r = TABLE[row];
          Indicator ind = model.indicator(r[1]).orElseThrow();
          BigDecimal capaian = new BigDecimal(r[4]);
          line.clear().code(r[1]).name(ind.name()).unit(ind.unit().label()).target(new BigDecimal(r[2]))
              .realisasi(new BigDecimal(r[3])).achievement(Optional.of(capaian)).raw(Optional.of(capaian))
              .status(Achievement.Status.COMPUTED).met(capaian.compareTo(new BigDecimal("100")) >= 0);
          if (r[1].equals("4.2")) {
            line.flag(Achievement.Flag.PROVISIONAL);
          }
          w.indicator(line);
        }
        w.endGoal(Optional.of(new BigDecimal(goal[1])), GOAL_COUNTS[java.util.Arrays.asList(GOALS).indexOf(goal)],
            io.github.lakin.core.RoundingPolicy.defaults());
      }
      w.end(Optional.of(new BigDecimal("106.51")), MetCounts.of(7, 3, 1, 0, 0, 0, 0), io.github.lakin.core.RoundingPolicy.defaults(),
          Optional.of(ResultBudget.of(Optional.of(new BigDecimal("9970949000")), Optional.of(new BigDecimal("9960052227")),
              Optional.of(new BigDecimal("99.89")), Optional.of(new BigDecimal("6.62")), Optional.of(true))
              // 106,51 / 99,89 = 1,06627… → 1,066; the one budget line of the example
              .with(Optional.of(new BigDecimal("1.066")), java.util.List.of(ResultBudget.Line.of("BIRO",
                  "Dukungan manajemen Biro Perencanaan", Optional.empty(), Optional.of(new BigDecimal("13393506000")),
                  new BigDecimal("9970949000"), new BigDecimal("9960052227"), Optional.of(new BigDecimal("99.89")))),
                  java.util.List.of())));
    }
    return text.toString();
  }

  private String objects(ReportResult report, boolean pretty) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = mapper.getFactory().createGenerator(text)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      ResultJsonWriter.write(report, LakinJson.out(g), false);
    }
    return text.toString();
  }

  @Test
  void theStreamingWriterAndTheObjectPathGiveTheSameBytes() throws IOException {
    assertThat(streamed(false)).isEqualTo(objects(Biro2023.report(), false));
    assertThat(streamed(true)).isEqualTo(objects(Biro2023.report(), true));
    assertThat(streamed(false)).doesNotContain("\"exact\"", "\"explanation\"", "\"statement\"");
  }

  @Test
  void theDetailedModeOnlyAddsFields() throws IOException {
    JsonNode summary = mapper.readTree(objects(Biro2023.report(), false));
    JsonNode detailed = mapper.readTree(mapper.writeValueAsString(Biro2023.report()));
    assertThat(detailed.at("/goals/0/indicators/0/exact").textValue()).isEqualTo("6931/69");
    assertThat(summary.at("/goals/0/indicators/0").has("exact")).isFalse();
    ((com.fasterxml.jackson.databind.node.ObjectNode) detailed.at("/goals/0/indicators/0")).remove(List.of("exact", "explanation"));
    assertThat(detailed.at("/goals/0/indicators/0")).isEqualTo(summary.at("/goals/0/indicators/0"));
  }

  @Test
  void otherTargetsAreObjectsAndPrintedCellsAreKept() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = mapper.getFactory().createGenerator(text)) {
      ResultJsonWriter w = ResultJsonWriter.of(LakinJson.out(g), false).begin("Unit X", 2024, "default").beginGoal("S1");
      w.indicator(new IndicatorLine().code("1").name("Waktu layanan").unit("hari kerja")
          .target(Target.comparator(Relation.AT_MOST, new BigDecimal("10"))).targetText("≤ 10 hari")
          .realisasi(new BigDecimal("4")).realisasiText("4*").achievement(Optional.of(new BigDecimal("120.00")))
          .raw(Optional.of(new BigDecimal("160.00"))).met(true).flag(Achievement.Flag.CAPPED).flag(Achievement.Flag.PROVISIONAL));
      w.indicator(new IndicatorLine().code("2").name("Indeks").unit("indeks").target(new BigDecimal("80"))
          .status(Achievement.Status.NOT_AVAILABLE));
      w.endGoal(Optional.empty()).end(Optional.empty(), MetCounts.of(1, 0, 0, 0, 0, 1, 0), Optional.empty());
    }
    JsonNode r = mapper.readTree(text.toString());
    JsonNode first = r.at("/goals/0/indicators/0");
    assertThat(first.get("target").toString()).isEqualTo(json("{'kind':'comparator','relation':'<=','value':'10'}"));
    assertThat(first.get("targetText").textValue()).isEqualTo("≤ 10 hari");
    assertThat(first.get("realisasiText").textValue()).isEqualTo("4*");
    assertThat(first.get("raw").textValue()).isEqualTo("160.00");
    assertThat(first.get("flags").toString()).isEqualTo(json("['PROVISIONAL','CAPPED']"));
    JsonNode second = r.at("/goals/0/indicators/1");
    assertThat(second.get("realisasi").isNull()).isTrue();
    assertThat(second.get("achievement").isNull()).isTrue();
    assertThat(second.has("raw")).isFalse();
    assertThat(second.get("status").textValue()).isEqualTo("NOT_AVAILABLE");
    assertThat(r.at("/goals/0/achievement").isNull()).isTrue();
    assertThat(r.has("budget")).isFalse();
  }

  @Test
  void callsOutOfOrderAreRefused() throws IOException {
    try (JsonGenerator g = mapper.getFactory().createGenerator(new StringWriter())) {
      ResultJsonWriter w = ResultJsonWriter.of(LakinJson.out(g), false);
      assertThatThrownBy(() -> w.beginGoal("S1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("before begin");
      w.begin("U", 2023, "p");
      assertThatThrownBy(() -> w.indicator(new IndicatorLine())).isInstanceOf(IllegalStateException.class);
      w.beginGoal("S1");
      assertThatThrownBy(() -> w.end(Optional.empty(), MetCounts.of(0, 0, 0, 0, 0, 0, 0), Optional.empty()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a goal");
    }
  }

  @Test
  void resultsAreComputedSoReadingThemIsRefused() throws IOException {
    String text = mapper.writeValueAsString(Biro2023.report());
    assertThatThrownBy(() -> mapper.readValue(text, ReportResult.class))
        .isInstanceOf(JsonMappingException.class)
        .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
            .isEqualTo("(root): a ReportResult cannot be read from JSON: results are computed; read the report "
                + "(PerformanceAgreement, Realizations, ReportPolicy) and score it with ReportScorer"));
    assertThatThrownBy(() -> mapper.readValue(json("{'goal':{}}"), GoalHolder.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("/goal: a GoalResult cannot be read");
    assertThatThrownBy(() -> mapper.readValue("{}", MetCounts.class)).hasMessageContaining("results are computed");
  }

  /** A document holding a goal's result. */
  static final class GoalHolder {
    public GoalResult goal;
  }
}
