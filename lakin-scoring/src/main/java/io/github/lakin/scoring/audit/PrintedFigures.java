package io.github.lakin.scoring.audit;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Angka tercetak (printed figures): what a report printed, each at the scale it was printed
 * ({@code 109.38}, {@code 100.1}), and input values it printed differently in other tables.
 * Immutable; build with {@link #builder()}.
 */
public final class PrintedFigures {
  private final Map<String, BigDecimal> indicators;
  private final Map<String, BigDecimal> goals;
  private final Optional<BigDecimal> overall;
  private final Optional<BigDecimal> absorption;
  private final Optional<BigDecimal> efficiencyGap;
  private final Map<String, List<BigDecimal>> otherTargets;
  private final Map<String, List<BigDecimal>> otherRealisasi;

  private PrintedFigures(Builder b) {
    this.indicators = Collections.unmodifiableMap(new LinkedHashMap<>(b.indicators));
    this.goals = Collections.unmodifiableMap(new LinkedHashMap<>(b.goals));
    this.overall = b.overall;
    this.absorption = b.absorption;
    this.efficiencyGap = b.efficiencyGap;
    Map<String, List<BigDecimal>> t = new LinkedHashMap<>();
    b.otherTargets.forEach((k, v) -> t.put(k, List.copyOf(v)));
    this.otherTargets = Collections.unmodifiableMap(t);
    Map<String, List<BigDecimal>> r = new LinkedHashMap<>();
    b.otherRealisasi.forEach((k, v) -> r.put(k, List.copyOf(v)));
    this.otherRealisasi = Collections.unmodifiableMap(r);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return printed indicator capaian, by indicator code */
  public Map<String, BigDecimal> indicators() {
    return indicators;
  }

  /** @return printed goal capaian, by goal code */
  public Map<String, BigDecimal> goals() {
    return goals;
  }

  /** @return the printed capaian of the unit */
  public Optional<BigDecimal> overall() {
    return overall;
  }

  /** @return the printed budget absorption, in percent */
  public Optional<BigDecimal> absorption() {
    return absorption;
  }

  /** @return the printed efficiency gap, in points */
  public Optional<BigDecimal> efficiencyGap() {
    return efficiencyGap;
  }

  /** @return targets printed elsewhere in the report, by indicator code */
  public Map<String, List<BigDecimal>> otherTargets() {
    return otherTargets;
  }

  /** @return realisations printed elsewhere in the report, by indicator code */
  public Map<String, List<BigDecimal>> otherRealisasi() {
    return otherRealisasi;
  }

  /** Pembangun angka tercetak: collects printed figures; rejects a figure given twice. */
  public static final class Builder {
    private final Map<String, BigDecimal> indicators = new LinkedHashMap<>();
    private final Map<String, BigDecimal> goals = new LinkedHashMap<>();
    private Optional<BigDecimal> overall = Optional.empty();
    private Optional<BigDecimal> absorption = Optional.empty();
    private Optional<BigDecimal> efficiencyGap = Optional.empty();
    private final Map<String, List<BigDecimal>> otherTargets = new LinkedHashMap<>();
    private final Map<String, List<BigDecimal>> otherRealisasi = new LinkedHashMap<>();

    Builder() {}

    private static BigDecimal check(String field, BigDecimal value) {
      Objects.requireNonNull(value, field);
      return value;
    }

    private static void once(Map<String, BigDecimal> map, String field, String code, BigDecimal value) {
      Objects.requireNonNull(code, field + " code");
      if (map.putIfAbsent(code, check(field, value)) != null) {
        throw InvalidValueException.of(field + " " + code, value, "must be given once");
      }
    }

    /**
     * @param code indicator code
     * @param capaian the printed capaian in percent, at its printed scale
     * @return this builder
     */
    public Builder indicator(String code, BigDecimal capaian) {
      once(indicators, "printed indicator", code, capaian);
      return this;
    }

    /**
     * @param code goal code
     * @param capaian the printed capaian in percent
     * @return this builder
     */
    public Builder goal(String code, BigDecimal capaian) {
      once(goals, "printed goal", code, capaian);
      return this;
    }

    /**
     * @param capaian the printed capaian of the unit
     * @return this builder
     */
    public Builder overall(BigDecimal capaian) {
      overall = Optional.of(check("printed overall", capaian));
      return this;
    }

    /**
     * @param percent the printed absorption
     * @return this builder
     */
    public Builder absorption(BigDecimal percent) {
      absorption = Optional.of(check("printed absorption", percent));
      return this;
    }

    /**
     * @param points the printed efficiency gap
     * @return this builder
     */
    public Builder efficiencyGap(BigDecimal points) {
      efficiencyGap = Optional.of(check("printed efficiency gap", points));
      return this;
    }

    /**
     * @param code indicator code
     * @param target a target printed for it elsewhere in the report
     * @return this builder
     */
    public Builder otherTarget(String code, BigDecimal target) {
      otherTargets.computeIfAbsent(Objects.requireNonNull(code, "code"), c -> new ArrayList<>()).add(check("other target", target));
      return this;
    }

    /**
     * @param code indicator code
     * @param realisasi a realisasi printed for it elsewhere in the report
     * @return this builder
     */
    public Builder otherRealisasi(String code, BigDecimal realisasi) {
      otherRealisasi.computeIfAbsent(Objects.requireNonNull(code, "code"), c -> new ArrayList<>())
          .add(check("other realisasi", realisasi));
      return this;
    }

    /** @return the printed figures */
    public PrintedFigures build() {
      return new PrintedFigures(this);
    }
  }
}
