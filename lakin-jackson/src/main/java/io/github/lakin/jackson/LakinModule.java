/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.lakin.core.AgreementRevisions;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.CapRule;
import io.github.lakin.core.CategoricalTarget;
import io.github.lakin.core.ComparatorTarget;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.RangeTarget;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Relation;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.Aggregate;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import io.github.lakin.jackson.schema.Binding;
import io.github.lakin.json.ResultForm;
import io.github.lakin.json.ResultJsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * Modul JSON Lakin (Jackson module): reads and writes every Lakin model type and writes every
 * result as JSON, each number an exact decimal string.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new LakinModule()).build();
 * PerformanceAgreement pk = mapper.readValue(json, PerformanceAgreement.class);
 * String report = mapper.writeValueAsString(ReportScorer.of(policy).score(pk, realizations));
 * }</pre>
 *
 * <p>{@link LakinJson#mapper()} gives a mapper with this module and strict reading already set;
 * {@code ObjectMapper.findAndRegisterModules()} also finds this module (it is a {@code
 * java.util.ServiceLoader} provider of {@link Module}).
 *
 * <h2>Numbers</h2>
 *
 * Every decimal is written as a JSON string holding its exact plain decimal, with its own scale:
 * {@code "69.31"}, {@code "9960052227"}. A {@link Rational} is written as its exact decimal when it
 * terminates, else as {@code "numerator/denominator"} ({@code "329/3"}). No JSON floating-point
 * number is ever written; JSON integers are written only for counts, years and the rounding scale.
 * When reading, a decimal may be a string ({@code "69.31"}, {@code "1e3"}) or a JSON number; a
 * JSON number is read exactly from its text, never through {@code double}, whatever the mapper's
 * {@link DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS} says. A decimal text longer than 1000
 * characters or with an exponent beyond ±1000 is refused.
 *
 * <h2>Model (read and write)</h2>
 *
 * Each JSON field of each model type is declared once in {@code ModelSchema} (module lakin-json), which drives both the
 * reader and the writer; the form is described field by field in {@code docs/json.md} (checked
 * against the declarations by a test).
 *
 * <ul>
 *   <li>{@link Target}: {@code {"kind":"exact","value":"69"}}, {@code
 *       {"kind":"range","lower":"80","upper":"90"}}, {@code
 *       {"kind":"comparator","relation":"<=","value":"10"}} (relation {@code <}, {@code <=},
 *       {@code >}, {@code >=}; {@code ≤} and {@code ≥} are read too), {@code
 *       {"kind":"category","required":"WTP","scale":{"name":"opini BPK","categories":["TMP","TW","WDP","WTP"]}}}.
 *       The four kinds ({@link ExactTarget} ...) can also be read on their own; the JSON must then
 *       be of that kind.
 *   <li>{@link MeasureUnit}: {@code {"kind":"PERCENT","label":"%"}}, with {@code
 *       "negativeAllowed":true} only when true; a plain label ({@code "%"}) is read too.
 *   <li>{@link Realization}: {@code {"value":"82.96"}}, {@code {"n":23,"total":24}}, {@code
 *       {"category":"WTP"}}, each with an optional {@code "provisional":{"from":"2022","note":"nilai
 *       2022"}}, or {@code {"notAvailable":true,"note":"menunggu rilis BPS"}}.
 *   <li>{@link Period}: its label, {@code "TW II 2023"}; {@link CapRule} {@code
 *       {"maximum":"120","floor":"0"}}; {@link Indicator}, {@link Goal}, {@link OrgUnit}, {@link
 *       BudgetLine}, {@link PerformanceAgreement}, {@link AgreementRevisions}, {@link OrdinalScale},
 *       {@link Realization.Counts}, {@link Realization.Provisional}, {@link Relation}, {@link
 *       Rational}, and {@link Realizations} (an object from indicator code to realisasi).
 * </ul>
 *
 * <h2>Policies (read and write)</h2>
 *
 * {@link ReportPolicy}: {@code
 * {"name":"biro-perencanaan-2023","shape":"FLAT","roundingStage":"END","provisional":"INCLUDE_AND_FLAG",
 * "missing":"EXCLUDE_AND_FLAG","cap":"120","floor":"0","scale":2,"roundingMode":"HALF_UP",
 * "zeroTarget":{"bothZero":"100","targetZeroOnly":null}}}; a {@link ScoringPolicy} is the same
 * without the first five fields; {@link RoundingPolicy} is {@code {"scale","roundingMode"}} and
 * {@link ZeroTargetRule} {@code {"bothZero","targetZeroOnly"}}. When reading, an absent field takes
 * the library's default and {@code null} means none ({@code "cap":null} no cap, {@code
 * "floor":null} no floor, a zero-target field {@code null} undefined). Writing gives {@code cap}
 * only when there is one, and {@code floor} and both zero-target fields always, {@code null} when
 * there is none. Scoring strategies per indicator are not part of the format yet: a policy that
 * has some cannot be written (a {@link JsonMappingException} says so) and a policy read has none.
 *
 * <h2>Results (write only)</h2>
 *
 * Every result type of {@link ResultForm#ALL} is written by its one writer in module lakin-json, the
 * same as the Jackson 3 module's. A {@link ReportResult} is written in the one result form {@code
 * lakin-result/1} by {@link ResultJsonWriter} in its detailed mode (see {@code docs/json.md}): {@code schema}, {@code unit},
 * {@code year}, {@code policy}, {@code goals} (each with its {@code indicators} and then its {@code
 * achievement}), {@code overall}, {@code counts}, {@code budget}. {@link IndicatorResult}, {@link
 * GoalResult} and {@link MetCounts} on their own take the same shape as in a report. {@link
 * Achievement}, {@link Aggregate}, {@link Absorption} and {@link EfficiencyGap} on their own are
 * written as objects of their own fields: rounded figures ({@code achievement}, {@code raw}, {@code
 * absorption}, {@code gap}) at exactly the result's rounding scale, {@code exact} the exact value,
 * {@code explanation} {@code {"id":...,"en":...}}, absent values left out.
 *
 * <p>Results are computed, not read: reading any of these types fails with a {@link
 * JsonMappingException} saying so ("read the report and score it").
 *
 * <h2>Errors</h2>
 *
 * Bad JSON fails with a {@link JsonMappingException} whose message starts with the JSON Pointer
 * (RFC 6901) of the bad value from the document root and shows the value: {@code
 * /goals/1/indicators/0/target/value: must be a decimal number such as "69.31", but was "abc"}
 * ({@code (root)} is the document root). The path is also in {@link JsonMappingException#getPath()};
 * {@link JsonMappingException#getOriginalMessage()} is the message without Jackson's location.
 *
 * <ul>
 *   <li>a value of the wrong JSON type, a missing required field, a field given twice, or fields
 *       that do not go together: {@link MismatchedInputException};
 *   <li>a value that cannot be read (not a decimal, an unknown target kind or enum constant, a bad
 *       period label or date): {@link InvalidFormatException};
 *   <li>an unknown field: {@link UnrecognizedPropertyException} listing the declared fields, unless
 *       {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is off, when it is skipped;
 *   <li>a value the model refuses ({@link InvalidValueException}): {@link
 *       ValueInstantiationException} at the pointer of the object being built, with the model's
 *       message and the {@code InvalidValueException} as its cause.
 * </ul>
 *
 * <p>Holds no state; a mapper it is registered with stays thread-safe.
 *
 * @since 0.1.0
 */
public final class LakinModule extends Module {
  private static final Version VERSION = readVersion();

  /** Creates the module; it holds no state, so one instance may serve many mappers. */
  public LakinModule() {}

  /**
   * The module's name.
   *
   * @return {@code "lakin"}
   */
  @Override
  public String getModuleName() {
    return "lakin";
  }

  /**
   * The version of lakin-jackson.
   *
   * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Registers the serializers and deserializers described on this class.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleDeserializers d = new SimpleDeserializers();
    SimpleSerializers s = new SimpleSerializers();
    for (Binding<?> b : Binding.MODEL) {
      bind(d, s, b);
    }
    context.addDeserializers(d);

    SimpleDeserializers computed = new SimpleDeserializers();
    for (ResultForm<?> form : ResultForm.ALL) {
      result(computed, s, form);
    }
    context.addSerializers(s);
    context.addDeserializers(computed);
  }

  private static <T> void result(SimpleDeserializers d, SimpleSerializers s, ResultForm<T> form) {
    s.addSerializer(form.type(), new ResultSerializer<>(form));
    d.addDeserializer(form.type(), new ComputedResultDeserializer<>(form));
  }

  private static <T> void bind(SimpleDeserializers d, SimpleSerializers s, Binding<T> b) {
    d.addDeserializer(b.type(), new SchemaJackson.Deserializer<>(b.type(), b.kind()));
    if (b.writes()) {
      s.addSerializer(b.type(), new SchemaJackson.Serializer<>(b.type(), b.kind()));
    }
  }

  private static Version readVersion() {
    Properties props = new Properties();
    try (InputStream in = LakinModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      props.load(in);
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(props.getProperty("version", ""), props.getProperty("groupId", ""), props.getProperty("artifactId", ""));
  }
}
