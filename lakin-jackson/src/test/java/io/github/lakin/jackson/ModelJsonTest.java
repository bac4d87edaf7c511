/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.lakin.core.AgreementRevisions;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.Realizations;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model's JSON, written by hand from the format on {@link LakinModule}, both ways. */
class ModelJsonTest {
  private final ObjectMapper mapper = LakinJson.mapper();

  /** JSON written with single quotes for readability. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private String write(Object value) throws IOException {
    return mapper.writeValueAsString(value);
  }

  private <T> T read(String singleQuoted, Class<T> type) throws IOException {
    return mapper.readValue(json(singleQuoted), type);
  }

  /** Writes the value, checks the JSON, and reads it back to an equal value. */
  private <T> void both(T value, Class<T> type, String singleQuoted) throws IOException {
    assertThat(write(value)).isEqualTo(json(singleQuoted));
    assertThat(read(singleQuoted, type)).isEqualTo(value);
  }

  @Test
  void targetsOfEveryKind() throws IOException {
    both(Target.exact(d("69")), Target.class, "{'kind':'exact','value':'69'}");
    both(Target.range(d("80"), d("90")), Target.class, "{'kind':'range','lower':'80','upper':'90'}");
    both(Target.atMost(d("10")), Target.class, "{'kind':'comparator','relation':'<=','value':'10'}");
    both(Target.lessThan(d("20")), Target.class, "{'kind':'comparator','relation':'<','value':'20'}");
    both(Target.greaterThan(d("0.5")), Target.class, "{'kind':'comparator','relation':'>','value':'0.5'}");
    both(Target.atLeast(d("95")), Target.class, "{'kind':'comparator','relation':'>=','value':'95'}");
    both(Target.category("WTP", OrdinalScale.auditOpinion()), Target.class,
        "{'kind':'category','required':'WTP','scale':{'name':'opini BPK','categories':['TMP','TW','WDP','WTP']}}");
  }

  @Test
  void targetsAreReadInAnyFieldOrderWithUnicodeComparatorsAndJsonNumbers() throws IOException {
    assertThat(read("{'value':'10','relation':'≤','kind':'comparator'}", Target.class)).isEqualTo(Target.atMost(d("10")));
    assertThat(read("{'kind':'comparator','relation':'≥','value':95}", Target.class)).isEqualTo(Target.atLeast(d("95")));
    assertThat(read("{'kind':'exact','value':69.310}", Target.class)).isEqualTo(Target.exact(d("69.31")));
    assertThat(read("{'kind':'exact','value':'  40.5 '}", Target.class)).isEqualTo(Target.exact(d("40.5")));
  }

  @Test
  void aKindOfTargetCanBeReadOnItsOwn() throws IOException {
    ComparatorTarget t = read("{'kind':'comparator','relation':'<','value':'20'}", ComparatorTarget.class);
    assertThat(t.relation()).isEqualTo(Relation.LESS_THAN);
    assertThat(write(t)).isEqualTo(json("{'kind':'comparator','relation':'<','value':'20'}"));
    assertThatThrownBy(() -> read("{'kind':'range','lower':'1','upper':'2'}", ComparatorTarget.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("(root): must be of kind comparator, but was of kind range");
  }

  @Test
  void unitsAsObjectsOrPrintedLabels() throws IOException {
    both(MeasureUnit.percent(), MeasureUnit.class, "{'kind':'PERCENT','label':'%'}");
    both(MeasureUnit.percent().allowingNegative(), MeasureUnit.class, "{'kind':'PERCENT','label':'%','negativeAllowed':true}");
    both(MeasureUnit.workingDays(), MeasureUnit.class, "{'kind':'WORKING_DAYS','label':'hari kerja'}");
    both(MeasureUnit.count("dokumen"), MeasureUnit.class, "{'kind':'COUNT','label':'dokumen'}");
    both(MeasureUnit.other("km"), MeasureUnit.class, "{'kind':'OTHER','label':'km'}");
    assertThat(read("'%'", MeasureUnit.class)).isEqualTo(MeasureUnit.percent());
    assertThat(read("'hari kerja'", MeasureUnit.class)).isEqualTo(MeasureUnit.workingDays());
    assertThat(read("'dokumen'", MeasureUnit.class)).isEqualTo(MeasureUnit.count("dokumen"));
    assertThat(read("{'kind':'INDEX'}", MeasureUnit.class)).isEqualTo(MeasureUnit.index());
    assertThat(read("{'kind':'RUPIAH','label':'Rp','negativeAllowed':false}", MeasureUnit.class)).isEqualTo(MeasureUnit.rupiah());
  }

  @Test
  void realisationsOfEveryKind() throws IOException {
    both(Realization.of("82.96"), Realization.class, "{'value':'82.96'}");
    both(Realization.of("82.96").provisional(Period.year(2022), "nilai 2022"), Realization.class,
        "{'value':'82.96','provisional':{'from':'2022','note':'nilai 2022'}}");
    both(Realization.of("82.96").provisional(Period.quarter(2022, 4), ""), Realization.class,
        "{'value':'82.96','provisional':{'from':'TW IV 2022'}}");
    both(Realization.ofCounts(23, 24), Realization.class, "{'n':23,'total':24}");
    both(Realization.ofCategory("WTP"), Realization.class, "{'category':'WTP'}");
    both(Realization.notAvailable("menunggu rilis BPS"), Realization.class, "{'notAvailable':true,'note':'menunggu rilis BPS'}");
    both(Realization.notAvailable(), Realization.class, "{'notAvailable':true}");
    both(Realization.of(Rational.of(BigInteger.ONE, BigInteger.valueOf(3))), Realization.class, "{'value':'1/3'}");
  }

  @Test
  void realisationNumbersAndCountsMayBeJsonNumbersOrStrings() throws IOException {
    assertThat(read("{'value':95.50}", Realization.class)).isEqualTo(Realization.of("95.5"));
    assertThat(read("{'n':'23','total':24}", Realization.class)).isEqualTo(Realization.ofCounts(23, 24));
    assertThat(read("{'value':'575/6'}", Realization.class))
        .isEqualTo(Realization.of(Rational.of(BigInteger.valueOf(575), BigInteger.valueOf(6))));
    assertThat(read("{'value':'1','provisional':{'from':2022}}", Realization.class))
        .isEqualTo(Realization.of("1").provisional(Period.year(2022), ""));
  }

  @Test
  void periodsAsLabels() throws IOException {
    both(Period.quarter(2023, 2), Period.class, "'TW II 2023'");
    both(Period.year(2023), Period.class, "'2023'");
    both(Period.month(2023, 3), Period.class, "'Maret 2023'");
    both(Period.semester(2023, 1), Period.class, "'Semester I 2023'");
    assertThat(read("'Q2 2023'", Period.class)).isEqualTo(Period.quarter(2023, 2));
    assertThat(read("'2023-03'", Period.class)).isEqualTo(Period.month(2023, 3));
  }

  @Test
  void rationalsRelationsAndCapRules() throws IOException {
    both(Rational.of(new BigDecimal("69.31")), Rational.class, "'69.31'");
    both(Rational.of(BigInteger.valueOf(2961), BigInteger.valueOf(27)), Rational.class, "'329/3'");
    both(Relation.AT_MOST, Relation.class, "'<='");
    assertThat(read("'≥'", Relation.class)).isEqualTo(Relation.AT_LEAST);
    both(CapRule.between(d("0"), d("120")), CapRule.class, "{'maximum':'120','floor':'0'}");
    both(CapRule.maximum(d("120")), CapRule.class, "{'maximum':'120'}");
    both(CapRule.none(), CapRule.class, "{}");
  }

  @Test
  void indicatorsWithAndWithoutOptionalFields() throws IOException {
    Indicator plain = Indicator.of("1.1", "Nilai akuntabilitas kinerja", MeasureUnit.index(), Target.exact(d("69")));
    both(plain, Indicator.class,
        "{'code':'1.1','name':'Nilai akuntabilitas kinerja','unit':{'kind':'INDEX','label':'indeks'},"
            + "'target':{'kind':'exact','value':'69'},'polarity':'HIGHER_IS_BETTER'}");
    Indicator full = Indicator.builder()
        .code("2.3").name("Rata-rata waktu penyelesaian").unit(MeasureUnit.workingDays())
        .target(Target.atMost(d("10"))).weight(d("0.25")).capRule(CapRule.maximum(d("120")))
        .consolidation(ConsolidationMode.AVERAGE).baseline(d("14"))
        .build();
    both(full, Indicator.class,
        "{'code':'2.3','name':'Rata-rata waktu penyelesaian','unit':{'kind':'WORKING_DAYS','label':'hari kerja'},"
            + "'target':{'kind':'comparator','relation':'<=','value':'10'},'polarity':'LOWER_IS_BETTER',"
            + "'weight':'0.25','cap':{'maximum':'120'},'consolidation':'AVERAGE','baseline':'14'}");
  }

  @Test
  void polarityMayBeLeftOutWhenReading() throws IOException {
    Indicator i = read("{'code':'3','name':'Persentase berita negatif','unit':'%',"
        + "'target':{'kind':'comparator','relation':'<','value':'20'}}", Indicator.class);
    assertThat(i.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(i.unit()).isEqualTo(MeasureUnit.percent());
    Indicator lower = read("{'code':'4','name':'Lama proses','unit':'hari','polarity':'LOWER_IS_BETTER',"
        + "'target':{'kind':'exact','value':'7'}}", Indicator.class);
    assertThat(lower.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
  }

  @Test
  void goalsUnitsAndBudgetLines() throws IOException {
    Goal goal = Goal.builder().code("SK3").name("Meningkatnya kemampuan daerah")
        .addIndicators(Indicator.of("3.1", "Persentase daerah", MeasureUnit.percent(), Target.exact(d("80"))))
        .weight(d("2")).build();
    both(goal, Goal.class,
        "{'code':'SK3','name':'Meningkatnya kemampuan daerah','indicators':[{'code':'3.1','name':'Persentase daerah',"
            + "'unit':{'kind':'PERCENT','label':'%'},'target':{'kind':'exact','value':'80'},'polarity':'HIGHER_IS_BETTER'}],"
            + "'weight':'2'}");
    OrgUnit tree = OrgUnit.of("SETJEN", "Sekretariat Jenderal", OrgLevel.ESELON_I,
        List.of(OrgUnit.of("BIRO-PERENCANAAN", "Biro Perencanaan", OrgLevel.ESELON_II)));
    both(tree, OrgUnit.class,
        "{'code':'SETJEN','name':'Sekretariat Jenderal','level':'ESELON_I',"
            + "'children':[{'code':'BIRO-PERENCANAAN','name':'Biro Perencanaan','level':'ESELON_II'}]}");
    BudgetLine line = BudgetLine.builder().code("BIRO").name("Dukungan manajemen").goalCode("SK1")
        .initialPagu(d("13393506000")).finalPagu(d("9970949000")).realization(d("9960052227")).build();
    both(line, BudgetLine.class,
        "{'code':'BIRO','name':'Dukungan manajemen','goal':'SK1','initialPagu':'13393506000',"
            + "'finalPagu':'9970949000','realization':'9960052227'}");
    BudgetLine minimal = BudgetLine.builder().code("X").name("x").finalPagu(d("0")).realization(d("0")).build();
    both(minimal, BudgetLine.class, "{'code':'X','name':'x','finalPagu':'0','realization':'0'}");
  }

  @Test
  void theBiroPerencanaan2023AgreementWrittenAndReadBack() throws IOException {
    PerformanceAgreement pk = Biro2023.agreement();
    String json = write(pk);
    assertThat(json).startsWith(json("{'unit':{'code':'BIRO-PERENCANAAN','name':'Biro Perencanaan','level':'ESELON_II'},"
        + "'year':2023,'version':'revisi','effectiveDate':'2023-11-01','goals':[{'code':'SK1',"));
    assertThat(json).contains(json("{'code':'1.5','name':'Jumlah dokumen rekomendasi kebijakan',"
        + "'unit':{'kind':'COUNT','label':'dokumen'},'target':{'kind':'exact','value':'3'},'polarity':'HIGHER_IS_BETTER'}"));
    assertThat(json).endsWith(json("'budget':[{'code':'BIRO','name':'Dukungan manajemen Biro Perencanaan',"
        + "'initialPagu':'13393506000','finalPagu':'9970949000','realization':'9960052227'}]}"));
    PerformanceAgreement back = mapper.readValue(json, PerformanceAgreement.class);
    assertThat(back).isEqualTo(pk);
    assertThat(back.indicators()).hasSize(11);
  }

  @Test
  void anAgreementWithoutVersionOrBudgetTakesTheDefaults() throws IOException {
    PerformanceAgreement pk = read("{'unit':{'code':'U','name':'Unit','level':'SATKER'},'year':'2024','effectiveDate':'2024-01-02',"
        + "'goals':[{'code':'G','name':'g','indicators':[{'code':'1','name':'i','unit':'%','target':{'kind':'exact','value':'1'}}]}]}",
        PerformanceAgreement.class);
    assertThat(pk.version()).isEqualTo("awal");
    assertThat(pk.budget()).isEmpty();
    assertThat(pk.year()).isEqualTo(2024);
  }

  @Test
  void revisionsAndRealisationsByCode() throws IOException {
    PerformanceAgreement revised = Biro2023.agreement();
    PerformanceAgreement first = PerformanceAgreement.builder().from(revised).version("awal")
        .effectiveDate(LocalDate.of(2023, 1, 10)).build();
    AgreementRevisions revisions = AgreementRevisions.of(List.of(revised, first));
    String json = write(revisions);
    assertThat(json).startsWith(json("{'versions':[{'unit':")).contains(json("'version':'awal','effectiveDate':'2023-01-10'"));
    AgreementRevisions back = mapper.readValue(json, AgreementRevisions.class);
    assertThat(back.versions()).isEqualTo(revisions.versions());

    Realizations r = Realizations.of(Map.of("4.2", Realization.of("82.96").provisional(Period.year(2022), "")));
    String expected = "{'4.2':{'value':'82.96','provisional':{'from':'2022'}}}";
    assertThat(write(r)).isEqualTo(json(expected));
    assertThat(read(expected, Realizations.class).asMap()).isEqualTo(r.asMap());
  }

  @Test
  void listsAndMapsOfModelValuesUseTheModule() throws IOException {
    List<Target> targets = mapper.readValue(json("[{'kind':'exact','value':'1'},{'kind':'range','lower':'1','upper':'2'}]"),
        new TypeReference<List<Target>>() {});
    assertThat(targets).containsExactly(Target.exact(d("1")), Target.range(d("1"), d("2")));
    Map<String, Realization> byCode = mapper.readValue(json("{'1.1':{'value':'69.31'}}"), new TypeReference<Map<String, Realization>>() {});
    assertThat(byCode).containsEntry("1.1", Realization.of("69.31"));
  }

  @Test
  void jsonNumbersAreExactEvenWithoutBigDecimalForFloats() throws IOException {
    ObjectMapper plain = JsonMapper.builder().addModule(new LakinModule()).build();
    // 20 decimals, the most a decimal may have (Rational.MAX_FRACTION_DIGITS); a double would give 0.1
    String digits = "0.10000000000000000555";
    Target t = plain.readValue("{\"kind\":\"exact\",\"value\":" + digits + "}", Target.class);
    assertThat(((io.github.lakin.core.ExactTarget) t).value()).isEqualByComparingTo(new BigDecimal(digits));
    String longer = "0.1000000000000000055511151231257827021181583404541015625000001";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.readValue("{\"kind\":\"exact\",\"value\":" + longer + "}", Target.class))
        .hasMessageContaining("20 after");
    Realization r = plain.readValue("{\"value\":40.594}", Realization.class);
    assertThat(r.value()).contains(Rational.of(new BigDecimal("40.594")));
  }
}
