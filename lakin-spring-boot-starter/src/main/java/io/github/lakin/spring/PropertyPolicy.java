/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ZeroTargetRule;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.MissingRule;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;


/**
 * Kebijakan dari pengaturan (policy from properties): turns {@link LakinProperties} into a report
 * policy: the preset first, then each property that is set. Every bad value is an {@link
 * InvalidValueException} whose field is the property's name ({@code lakin.cap}) and whose message
 * shows the value and what was expected.
 *
 * @since 0.1.0
 */
public final class PropertyPolicy {
  /** The largest {@code lakin.rounding.scale}. */
  public static final int MAX_SCALE = 10;

  private static final Map<String, Supplier<ReportPolicy>> PRESETS = Map.of(
      "default", ReportPolicy::defaults,
      "biro-perencanaan-2023", ReportPolicy::biroPerencanaan2023,
      "kemensos-2020", ReportPolicy::kemensos2020);

  private PropertyPolicy() {}

  /**
   * Returns the validated policy.
   *
   * @param p the properties
   * @return the validated policy
   * @throws InvalidValueException naming the first bad property
   */
  public static ReportPolicy of(LakinProperties p) {
    Supplier<ReportPolicy> preset = PRESETS.get(p.getPreset().trim().toLowerCase(Locale.ROOT));
    if (preset == null) {
      throw InvalidValueException.of("lakin.preset", p.getPreset(), "must be one of " + String.join(", ", PRESETS.keySet().stream().sorted().toList()));
    }
    ReportPolicy base = preset.get();
    ScoringPolicy scoring = base.scoring();
    ScoringPolicy.Builder s = ScoringPolicy.builder();
    s.from(scoring);
    if (p.getCap() != null || p.getFloor() != null) {
      Optional<BigDecimal> max = p.getCap() == null ? scoring.limits().maximum() : percentOrNone("lakin.cap", p.getCap());
      Optional<BigDecimal> floor = p.getFloor() == null ? scoring.limits().floor() : percentOrNone("lakin.floor", p.getFloor());
      s.limits(limits(max, floor));
    }
    LakinProperties.ZeroTarget z = p.getZeroTarget();
    if (z.getBothZero() != null || z.getNonzero() != null) {
      Optional<BigDecimal> both = z.getBothZero() == null ? Optional.of(new BigDecimal("100")) : valueOrUndefined("lakin.zero-target.both-zero", z.getBothZero());
      Optional<BigDecimal> nonzero = z.getNonzero() == null ? Optional.empty() : valueOrUndefined("lakin.zero-target.nonzero", z.getNonzero());
      s.zeroTarget(ZeroTargetRule.of(both, nonzero));
    }
    LakinProperties.Rounding r = p.getRounding();
    if (r.getScale() != null || r.getMode() != null) {
      int scale = r.getScale() == null ? scoring.rounding().scale() : r.getScale();
      if (scale < 0 || scale > MAX_SCALE) {
        throw InvalidValueException.of("lakin.rounding.scale", scale, "must be between 0 and " + MAX_SCALE);
      }
      RoundingMode mode = r.getMode() == null ? scoring.rounding().mode() : choice("lakin.rounding.mode", r.getMode(), RoundingMode.class);
      if (mode == RoundingMode.UNNECESSARY) {
        throw InvalidValueException.of("lakin.rounding.mode", r.getMode(), "must round (half-up, half-even, half-down, down, up, floor or ceiling)");
      }
      s.rounding(RoundingPolicy.of(scale, mode));
    }
    ReportPolicy.Builder b = ReportPolicy.builder();
    b.from(base);
    b.scoring(s.build());
    if (p.getAggregate() != null) {
      b.shape(choice("lakin.aggregate", p.getAggregate(), AggregationShape.class));
    }
    if (r.getStage() != null) {
      b.roundingStage(choice("lakin.rounding.stage", r.getStage(), RoundingStage.class));
    }
    if (p.getProvisional() != null) {
      b.provisional(choice("lakin.provisional", p.getProvisional(), ProvisionalRule.class));
    }
    if (p.getMissing() != null) {
      b.missing(choice("lakin.missing", p.getMissing(), MissingRule.class));
    }
    return b.build();
  }

  private static CapRule limits(Optional<BigDecimal> max, Optional<BigDecimal> floor) {
    if (max.isPresent() && floor.isPresent()) {
      if (floor.get().compareTo(max.get()) > 0) {
        throw InvalidValueException.of("lakin.floor", floor.get(), "must not exceed lakin.cap " + max.get().toPlainString());
      }
      return CapRule.between(floor.get(), max.get());
    }
    return max.map(CapRule::maximum).orElseGet(() -> floor.map(CapRule::floor).orElseGet(CapRule::none));
  }

  private static Optional<BigDecimal> percentOrNone(String property, String text) {
    if (text.trim().equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    BigDecimal v = decimal(property, text, "a percentage such as 120, or none");
    if (v.signum() < 0) {
      throw InvalidValueException.of(property, text, "must be >= 0");
    }
    return Optional.of(v);
  }

  private static Optional<BigDecimal> valueOrUndefined(String property, String text) {
    if (text.trim().equalsIgnoreCase("undefined")) {
      return Optional.empty();
    }
    BigDecimal v = decimal(property, text, "a capaian such as 100, or undefined");
    if (v.signum() < 0) {
      throw InvalidValueException.of(property, text, "must be >= 0");
    }
    return Optional.of(v);
  }

  private static BigDecimal decimal(String property, String text, String expected) {
    String t = text.trim();
    // a plain decimal of at most 12 digits: a percentage, never an exponent
    if (!t.matches("-?\\d{1,6}(\\.\\d{1,6})?")) {
      throw InvalidValueException.of(property, text, "must be " + expected);
    }
    return new BigDecimal(t);
  }

  /**
   * @param property the property's name
   * @param text its value: the constant's name in lower case with dashes ({@code goal-means}), any case
   * @param type the enum
   * @return the constant
   */
  private static <E extends Enum<E>> E choice(String property, String text, Class<E> type) {
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    throw InvalidValueException.of(property, text, "must be one of " + names(type));
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(", "));
  }

}
