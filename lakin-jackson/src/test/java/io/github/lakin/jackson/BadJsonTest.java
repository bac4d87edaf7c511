/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static io.github.lakin.jackson.ModelJsonTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad JSON fails with a Jackson exception that names the JSON path and the bad value. */
class BadJsonTest {
  private final ObjectMapper mapper = LakinJson.mapper();

  private ObjectNode agreement() {
    return (ObjectNode) mapper.valueToTree(Biro2023.agreement());
  }

  private ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private JsonMappingException fails(Object json, Class<?> type) {
    try {
      mapper.readValue(json.toString(), type);
    } catch (JsonMappingException e) {
      return e;
    } catch (IOException e) {
      fail("expected a JsonMappingException, got " + e);
    }
    return fail("expected a JsonMappingException for " + json);
  }

  private static String refs(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
        .collect(Collectors.joining());
  }

  @Test
  void anUnknownTargetKind() {
    ObjectNode doc = agreement();
    at(doc, "/goals/1/indicators/0/target").put("kind", "percentage");
    JsonMappingException e = fails(doc, PerformanceAgreement.class);
    assertThat(e).isInstanceOf(InvalidFormatException.class);
    assertThat(e.getOriginalMessage()).isEqualTo(
        "/goals/1/indicators/0/target/kind: must be one of exact, range, comparator, category, but was \"percentage\"");
    assertThat(refs(e)).isEqualTo("/goals/1/indicators/0/target/kind");
    assertThat(((InvalidFormatException) e).getValue()).isEqualTo("percentage");
  }

  @Test
  void aValueThatIsNotADecimal() {
    ObjectNode doc = agreement();
    at(doc, "/goals/1/indicators/0/target").put("value", "abc");
    JsonMappingException e = fails(doc, PerformanceAgreement.class);
    assertThat(e).isInstanceOf(InvalidFormatException.class);
    assertThat(e.getOriginalMessage())
        .isEqualTo("/goals/1/indicators/0/target/value: must be a decimal number such as \"69.31\", but was \"abc\"");
    assertThat(e.getMessage()).contains("/goals/1/indicators/0/target/value").contains("line: 1");
    assertThat(refs(e)).isEqualTo("/goals/1/indicators/0/target/value");
    try {
      mapper.treeToValue(doc, PerformanceAgreement.class);
      fail("a tree with a bad value must not be read");
    } catch (IOException | IllegalArgumentException fromTree) {
      assertThat(fromTree).isInstanceOf(InvalidFormatException.class);
      assertThat(((JsonMappingException) fromTree).getOriginalMessage()).isEqualTo(e.getOriginalMessage());
    }
  }

  @Test
  void aRangeWithLowerAboveUpperIsRefusedByTheModelAndWrappedWithThePath() {
    ObjectNode doc = agreement();
    ObjectNode target = at(doc, "/goals/0/indicators/2/target");
    target.removeAll();
    target.put("kind", "range").put("lower", "90").put("upper", "80");
    JsonMappingException e = fails(doc, PerformanceAgreement.class);
    assertThat(e).isInstanceOf(ValueInstantiationException.class);
    assertThat(e.getOriginalMessage()).startsWith("/goals/0/indicators/2/target: ").contains("90").contains("80");
    assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
    assertThat(((InvalidValueException) e.getCause()).value()).isEqualTo("90");
    assertThat(refs(e)).isEqualTo("/goals/0/indicators/2/target");
  }

  @Test
  void aMissingCode() {
    ObjectNode doc = agreement();
    at(doc, "/goals/1").remove("code");
    JsonMappingException e = fails(doc, PerformanceAgreement.class);
    assertThat(e).isInstanceOf(MismatchedInputException.class);
    assertThat(e.getOriginalMessage()).isEqualTo("/goals/1/code: a required field is missing");
    assertThat(refs(e)).isEqualTo("/goals/1/code");

    ObjectNode doc2 = agreement();
    at(doc2, "/goals/3/indicators/2").putNull("code");
    assertThat(fails(doc2, PerformanceAgreement.class).getOriginalMessage())
        .isEqualTo("/goals/3/indicators/2/code: a required field is null");
  }

  @Test
  void theModelsOwnChecksComeWithThePath() {
    ObjectNode negative = agreement();
    at(negative, "/goals/0/indicators/1/target").put("value", "-5");
    JsonMappingException e = fails(negative, PerformanceAgreement.class);
    assertThat(e).isInstanceOf(ValueInstantiationException.class);
    assertThat(e.getOriginalMessage()).startsWith("/goals/0/indicators/1: ").contains("indicator 1.2: target").contains("-5");

    ObjectNode duplicate = agreement();
    at(duplicate, "/goals/1").put("code", "SK1");
    JsonMappingException d = fails(duplicate, PerformanceAgreement.class);
    assertThat(d.getOriginalMessage()).startsWith("(root): ").contains("goal code").contains("SK1");
  }

  @Test
  void unknownAndRepeatedFields() throws IOException {
    ObjectNode doc = agreement();
    at(doc, "/goals/2/indicators/0").put("satuan", "%");
    JsonMappingException e = fails(doc, PerformanceAgreement.class);
    assertThat(e).isInstanceOf(UnrecognizedPropertyException.class);
    assertThat(e.getOriginalMessage()).startsWith("/goals/2/indicators/0/satuan: is not a field of Indicator");
    assertThat(refs(e)).isEqualTo("/goals/2/indicators/0/satuan");

    PerformanceAgreement lenient = mapper.readerFor(PerformanceAgreement.class)
        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(doc.toString());
    assertThat(lenient).isEqualTo(Biro2023.agreement());

    JsonMappingException kind = fails(json("{'kind':'exact','value':'1','upper':'2'}"), Target.class);
    assertThat(kind).isInstanceOf(UnrecognizedPropertyException.class);
    assertThat(kind.getOriginalMessage()).startsWith("/upper: is not a field of a target of kind exact");
    assertThat(((UnrecognizedPropertyException) kind).getKnownPropertyIds()).containsExactly("kind", "value");
    assertThat(mapper.readValue(json("{'kind':'exact','value':'1','lower':null,'scale':null}"), Target.class))
        .isEqualTo(Target.exact(BigDecimal.ONE));

    JsonMappingException twice = fails(json("{'kind':'exact','value':'1','value':'2'}"), Target.class);
    assertThat(twice.getOriginalMessage()).isEqualTo("/value: the field is given twice");
  }

  @Test
  void valuesOfTheWrongJsonType() {
    ObjectNode doc = agreement();
    at(doc, "/goals/0/indicators/0").put("target", "69");
    JsonMappingException e = fails(doc, PerformanceAgreement.class);
    assertThat(e).isInstanceOf(MismatchedInputException.class);
    assertThat(e.getOriginalMessage()).isEqualTo("/goals/0/indicators/0/target: must be a JSON object, but was \"69\"");

    assertThat(fails("[1]", Target.class).getOriginalMessage()).isEqualTo("(root): must be a JSON object, but was an array");
    assertThat(fails(json("{'unit':{'code':'U','name':'u','level':'SATKER'},'year':2023.5}"), PerformanceAgreement.class)
        .getOriginalMessage()).isEqualTo("/year: must be a whole number, but was 2023.5");
    ObjectNode nullGoal = agreement();
    ((ArrayNode) nullGoal.get("goals")).insertNull(1);
    assertThat(fails(nullGoal, PerformanceAgreement.class).getOriginalMessage()).isEqualTo("/goals/1: must not be null");
  }

  @Test
  void badPeriodsDatesEnumsAndUnits() {
    JsonMappingException period = fails(json("{'value':'82.96','provisional':{'from':'TW 5 2023'}}"), Realization.class);
    assertThat(period).isInstanceOf(InvalidFormatException.class);
    assertThat(period.getOriginalMessage()).startsWith("/provisional/from: ").contains("period.quarter must be between 1 and 4");
    assertThat(fails(json("{'value':'82.96','provisional':{'from':'TW V 2023'}}"), Realization.class).getOriginalMessage())
        .startsWith("/provisional/from: ").endsWith("but was \"TW V 2023\"");

    ObjectNode date = agreement();
    date.put("effectiveDate", "1 November 2023");
    assertThat(fails(date, PerformanceAgreement.class).getOriginalMessage())
        .isEqualTo("/effectiveDate: must be an ISO date such as \"2023-11-01\", but was \"1 November 2023\"");

    ObjectNode level = agreement();
    at(level, "/unit").put("level", "ESELON_V");
    assertThat(fails(level, PerformanceAgreement.class).getOriginalMessage()).startsWith("/unit/level: must be one of KEMENTERIAN_LEMBAGA, ")
        .endsWith(", but was \"ESELON_V\"");

    assertThat(fails(json("{'kind':'INDEX','label':'nilai'}"), MeasureUnit.class).getOriginalMessage())
        .startsWith("(root): label \"nilai\" is not the label of kind INDEX");
    assertThat(fails(json("'  '"), MeasureUnit.class).getOriginalMessage()).startsWith("(root): unit ");
    assertThat(fails(json("{'kind':'comparator','relation':'=','value':'1'}"), Target.class).getOriginalMessage())
        .startsWith("/relation: ").endsWith("\"=\"");
  }

  @Test
  void realisationsThatMixForms() {
    assertThat(fails(json("{'value':'1','category':'WTP'}"), Realization.class).getOriginalMessage())
        .startsWith("(root): a realisasi must have exactly one of");
    assertThat(fails(json("{}"), Realization.class).getOriginalMessage()).endsWith("but had none");
    assertThat(fails(json("{'notAvailable':true,'value':'1'}"), Realization.class).getOriginalMessage())
        .startsWith("(root): a realisasi with \"notAvailable\":true must have no value");
    assertThat(fails(json("{'value':'1','note':'x'}"), Realization.class)).isInstanceOf(MismatchedInputException.class);
    assertThat(fails(json("{'n':1}"), Realization.class).getOriginalMessage()).isEqualTo("(root): a realisasi given as counts needs both \"n\" and \"total\"");
    JsonMappingException counts = fails(json("{'n':25,'total':-1}"), Realization.class);
    assertThat(counts).isInstanceOf(ValueInstantiationException.class);
    assertThat(counts.getOriginalMessage()).startsWith("(root): realisasi.total ").endsWith("-1");
    assertThat(fails(json("{'value':'1/0'}"), Realization.class).getOriginalMessage())
        .startsWith("/value: denominator ");
  }

  @Test
  void hugeOrNonFiniteNumbersAreRefusedWithoutExpandingThem() {
    assertThat(fails(json("{'kind':'exact','value':'1e999999999'}"), Target.class).getOriginalMessage())
        .isEqualTo("/value: must have an exponent between -1000 and 1000, but was \"1e999999999\"");
    assertThat(fails(json("{'kind':'exact','value':1e999999999}"), Target.class).getOriginalMessage())
        .startsWith("/value: must have an exponent between");
    assertThat(fails(json("{'kind':'exact','value':'NaN'}"), Target.class)).isInstanceOf(InvalidFormatException.class);
    assertThat(fails(json("{'kind':'exact','value':'1".repeat(1) + "0".repeat(1200) + "'}"), Target.class).getOriginalMessage())
        .startsWith("/value: must be a decimal number of at most 1000 characters");
  }

  @Test
  void badPolicies() {
    JsonMappingException e = fails(json("{'name':'x','cap':'100','floor':'120'}"), ReportPolicy.class);
    assertThat(e).isInstanceOf(ValueInstantiationException.class);
    assertThat(e.getOriginalMessage()).startsWith("(root): cap.floor ").contains("120");
    assertThat(fails(json("{'roundingMode':'HALF_DOWNWARDS'}"), ReportPolicy.class).getOriginalMessage())
        .startsWith("/roundingMode: must be one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY");
    assertThat(fails(json("{'roundingMode':'UNNECESSARY'}"), ReportPolicy.class).getOriginalMessage())
        .startsWith("(root): mode ").contains("UNNECESSARY");
    assertThat(fails(json("{'zeroTarget':{'bothZero':'-1'}}"), ReportPolicy.class).getOriginalMessage())
        .startsWith("/zeroTarget: zeroTarget.whenBothZero ").contains("-1");
  }

  @Test
  void pathsStartFromTheDocumentRootWhateverIsRead() throws IOException {
    String list = json("[{'code':'1','name':'a','unit':'%','target':{'kind':'exact','value':'1'}},"
        + "{'code':'2','name':'b','unit':'%','target':{'kind':'exact','value':'x'}}]");
    JsonMappingException e = fails(list, Indicator[].class);
    assertThat(e.getOriginalMessage()).startsWith("/1/target/value: must be a decimal number");
    assertThat(mapper.readValue(json("{'kind':'exact','value':'2'}"), Target.class)).isEqualTo(Target.exact(new BigDecimal("2")));
    assertThat(List.of(e.getPath().get(0).getIndex())).containsExactly(1);
  }
}
