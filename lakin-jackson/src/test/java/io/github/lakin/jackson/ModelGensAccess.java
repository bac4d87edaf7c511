/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import org.quicktheories.core.Gen;

/** The model generators of {@link ModelGens}, for the tests of the schema package. */
public final class ModelGensAccess {
  private ModelGensAccess() {}

  public static final Gen<Target> TARGET = ModelGens.TARGET;
  public static final Gen<Realization> REALIZATION = ModelGens.REALIZATION;
  public static final Gen<MeasureUnit> UNIT = ModelGens.UNIT;
  public static final Gen<CapRule> CAP_RULE = ModelGens.CAP_RULE;
  public static final Gen<Indicator> INDICATOR = ModelGens.INDICATOR;
  public static final Gen<OrgUnit> ORG_UNIT = ModelGens.ORG_UNIT;
  public static final Gen<PerformanceAgreement> AGREEMENT = ModelGens.AGREEMENT;
  public static final Gen<Period> PERIOD = ModelGens.PERIOD;
  public static final Gen<Rational> RATIONAL = ModelGens.RATIONAL;
  public static final Gen<ReportPolicy> REPORT_POLICY = ModelGens.REPORT_POLICY;
}
