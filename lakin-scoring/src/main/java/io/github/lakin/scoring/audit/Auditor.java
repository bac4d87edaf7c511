/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.audit;

import io.github.lakin.core.CapRule;
import io.github.lakin.core.ExactTarget;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.IndonesianFormat;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.aggregate.Aggregate;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.Realizations;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.aggregate.RoundingStage;
import io.github.lakin.scoring.budget.PaguBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pemeriksa (auditor): recomputes the figures a report printed under a {@link ReportPolicy} and
 * explains each mismatch.
 *
 * <pre>{@code
 * AuditReport r = Auditor.of(ReportPolicy.biroPerencanaan2023()).audit(pk, realizations,
 *     PrintedFigures.builder().indicator("3.1", new BigDecimal("109.38")).build());
 * r.mismatches().get(0).explain(Locale.ENGLISH);
 *   // "indicator 3.1: printed 109.38, recomputed 119.79: mismatch; explained by: realisation 87.50 instead of 95.83 gives 109.38"
 * }</pre>
 *
 * <p>A printed figure matches when the recomputed exact value, rounded in the report's own mode
 * (the policy's {@link RoundingPolicy#mode()}: half-up, or truncation for a report that states
 * {@code rounding: down}) at the scale the figure was printed with, equals it ({@code 100.1}
 * matches 100.10); goals and the unit are recomputed at the policy's rounding stage. For a
 * mismatch every variant of {@link Variant} that applies is tried, and each that reproduces the
 * printed figure is listed; when none does, the finding says so. {@link AuditReport#explainingAll()}
 * names a variant that explains every mismatch of the report.
 *
 * <p>Immutable and thread-safe: one instance can audit many reports from many threads at once.
 *
 * @since 0.1.0
 */
public final class Auditor {
  private static final BigDecimal CAP = new BigDecimal("120");
  private final ReportPolicy policy;
  private final PaguBasis basis;
  /** The report's own rounding mode: a printed figure matches when the recomputation rounded so equals it. */
  private final RoundingMode mode;

  private Auditor(ReportPolicy policy, PaguBasis basis) {
    this.policy = policy;
    this.basis = basis;
    this.mode = policy.rounding().mode();
  }

  /**
   * Returns an auditor measuring budget against the final pagu.
   *
   * @param policy the report policy the report claims to follow
   * @return an auditor measuring budget against the final pagu
   */
  public static Auditor of(ReportPolicy policy) {
    return new Auditor(Objects.requireNonNull(policy, "policy"), PaguBasis.FINAL);
  }

  /**
   * Returns an auditor with that basis.
   *
   * @param newBasis the pagu the report measures absorption against
   * @return an auditor with that basis
   */
  public Auditor withPaguBasis(PaguBasis newBasis) {
    return new Auditor(policy, Objects.requireNonNull(newBasis, "basis"));
  }

  /**
   * Returns the findings.
   *
   * @param agreement the agreement
   * @param realizations the realisations
   * @param printed what the report printed
   * @return the findings
   * @throws InvalidValueException if a printed figure, or a target or realisasi printed elsewhere,
   *     names an indicator or goal that is not in the agreement, or as {@link ReportScorer#score(PerformanceAgreement, Realizations)}
   */
  public AuditReport audit(PerformanceAgreement agreement, Realizations realizations, PrintedFigures printed) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(realizations, "realizations");
    Objects.requireNonNull(printed, "printed");
    for (String code : printed.indicators().keySet()) {
      if (agreement.indicator(code).isEmpty()) {
        throw InvalidValueException.of("printed indicator", code, "must be in the agreement");
      }
    }
    for (String code : printed.goals().keySet()) {
      if (agreement.goal(code).isEmpty()) {
        throw InvalidValueException.of("printed goal", code, "must be in the agreement");
      }
    }
    for (String code : printed.otherTargets().keySet()) {
      if (agreement.indicator(code).isEmpty()) {
        throw InvalidValueException.of("target printed elsewhere", code, "must be in the agreement");
      }
    }
    for (String code : printed.otherRealisasi().keySet()) {
      if (agreement.indicator(code).isEmpty()) {
        throw InvalidValueException.of("realisasi printed elsewhere", code, "must be in the agreement");
      }
    }
    for (String code : printed.lineAbsorption().keySet()) {
      if (agreement.budget().stream().noneMatch(l -> l.code().equals(code))) {
        throw InvalidValueException.of("printed absorption of budget line", code, "must name a budget line of the agreement");
      }
    }
    ReportResult base = score(policy, basis, agreement, realizations);
    List<Finding> findings = new ArrayList<>();
    printed.indicators().forEach((code, p) -> findings.add(indicator(agreement, realizations, printed, base, code, p)));
    printed.goals().forEach((code, p) -> findings.add(aggregateFinding(Finding.Kind.GOAL, code, p, agreement, realizations, printed,
        r -> r.goal(code).flatMap(g -> g.aggregate().value()), base)));
    printed.overall().ifPresent(p -> findings.add(aggregateFinding(Finding.Kind.OVERALL, agreement.unit().code(), p, agreement,
        realizations, printed, r -> r.overall().value(), base)));
    printed.absorption().ifPresent(p -> findings.add(aggregateFinding(Finding.Kind.ABSORPTION, agreement.unit().code(), p, agreement,
        realizations, printed, r -> r.absorption().flatMap(a -> a.percent()), base)));
    printed.lineAbsorption().forEach((code, p) -> findings.add(aggregateFinding(Finding.Kind.BUDGET_LINE, code, p, agreement,
        realizations, printed, r -> r.lineAbsorption(code).flatMap(a -> a.percent()), base)));
    printed.efficiencyGap().ifPresent(p -> findings.add(aggregateFinding(Finding.Kind.EFFICIENCY_GAP, agreement.unit().code(), p,
        agreement, realizations, printed, r -> r.efficiency().map(e -> e.gap()), base)));
    printed.efficiencyIndex().ifPresent(p -> findings.add(aggregateFinding(Finding.Kind.EFFICIENCY_INDEX, agreement.unit().code(), p,
        agreement, realizations, printed, r -> r.efficiencyIndex().map(e -> e.index()), base)));
    for (String code : agreement.indicators().stream().map(Indicator::code).toArray(String[]::new)) {
      if (printed.otherTargets().containsKey(code) || printed.otherRealisasi().containsKey(code)) {
        findings.add(inputNote(agreement, realizations, printed, code));
      }
    }
    return new AuditReport(findings);
  }

  // --- indicators ---

  private Finding indicator(PerformanceAgreement pk, Realizations real, PrintedFigures printed, ReportResult base, String code,
      BigDecimal p) {
    int scale = Math.max(0, p.scale());
    Indicator ind = pk.indicator(code).orElseThrow();
    Realization r = real.get(code).orElseGet(Realization::notAvailable);
    Achievement a = base.achievement(code).orElseThrow();
    Optional<Rational> value = a.value();
    Optional<BigDecimal> recomputed = value.map(v -> v.round(scale, mode));
    boolean ok = recomputed.isPresent() && recomputed.get().compareTo(p) == 0;
    List<Explanation> why = new ArrayList<>();
    if (!ok && value.isPresent()) {
      roundingModes(value.get(), p, why);
      Scorer scorer = Scorer.of(policy.scoring());
      Rational raw = a.raw().orElse(value.get());
      if (policy.scoring().limits().maximum().isPresent() && hits(raw, p)) {
        why.add(new Explanation(Variant.CAP, "tanpa batas atas (nilai mentah " + fmt(raw, scale, true) + ")",
            "no cap (raw value " + fmt(raw, scale, false) + ")"));
      }
      if (policy.scoring().limits().maximum().isEmpty() && raw.compareTo(Rational.of(CAP)) > 0 && hits(Rational.of(CAP), p)) {
        why.add(new Explanation(Variant.CAP, "batas atas 120", "a cap of 120"));
      }
      if (ind.target() instanceof ExactTarget && ind.polarity() == io.github.lakin.core.Polarity.LOWER_IS_BETTER) {
        Optional<Rational> inv = scorer.score(ind, r, ScoringStrategy.inverseRatio()).value();
        if (inv.isPresent() && hits(inv.get(), p)) {
          why.add(new Explanation(Variant.INVERSE_RATIO, "rumus tidak baku target / realisasi × 100",
              "the non-standard formula target / realisation × 100"));
        }
      }
      for (ExactTarget t : printed.otherTargets().getOrDefault(code, List.of())) {
        if (hits(scoreWith(scorer, ind, t, r), p)) {
          why.add(new Explanation(Variant.OTHER_PRINTED_TARGET, "target " + text(t, true) + " yang tercetak di bagian lain",
              "the target " + text(t, false) + " printed elsewhere"));
        }
      }
      for (Realization x : printed.otherRealisasi().getOrDefault(code, List.of())) {
        if (hits(scoreWith(scorer, ind, ind.target(), x), p)) {
          why.add(new Explanation(Variant.OTHER_PRINTED_REALISASI, "realisasi " + text(x, true) + " yang tercetak di bagian lain",
              "the realisation " + text(x, false) + " printed elsewhere"));
        }
      }
      if (ind.target() instanceof ExactTarget && ((ExactTarget) ind.target()).counts().isEmpty() && decimal(r).isPresent()) {
        BigDecimal t = ((ExactTarget) ind.target()).value();
        BigDecimal x = decimal(r).get();
        implied(candidatesFor(p, t, true), x, c -> scoreWith(scorer, ind, ind.target(), Realization.of(c)), p)
            .ifPresent(c -> why.add(new Explanation(Variant.IMPLIED_REALISASI,
                "realisasi " + fmt(c, true) + " alih-alih " + fmt(x, true) + " menghasilkan " + fmt(p, true),
                "realisation " + fmt(c, false) + " instead of " + fmt(x, false) + " gives " + fmt(p, false))));
        implied(candidatesFor(p, x, false), t, c -> scoreWith(scorer, ind, Target.exact(c), r), p)
            .ifPresent(c -> why.add(new Explanation(Variant.IMPLIED_TARGET,
                "target " + fmt(c, true) + " alih-alih " + fmt(t, true) + " menghasilkan " + fmt(p, true),
                "target " + fmt(c, false) + " instead of " + fmt(t, false) + " gives " + fmt(p, false))));
      }
    }
    return finding(Finding.Kind.INDICATOR, code, p, recomputed, ok, why, value.isEmpty());
  }

  private Optional<Rational> scoreWith(Scorer scorer, Indicator ind, Target target, Realization r) {
    try {
      Indicator changed = Indicator.builder().from(ind).target(target).build();
      return scorer.score(changed, r).value();
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code v}, rounded in the report's own mode at the printed scale, is the printed figure. */
  private boolean hits(Rational v, BigDecimal p) {
    return hits(v, p, mode);
  }

  private static boolean hits(Rational v, BigDecimal p, RoundingMode m) {
    return v.round(Math.max(0, p.scale()), m).compareTo(p) == 0;
  }

  private static boolean hits(Optional<Rational> v, BigDecimal p, RoundingMode m) {
    return v.isPresent() && hits(v.get(), p, m);
  }

  private boolean hits(Optional<Rational> v, BigDecimal p) {
    return v.isPresent() && hits(v.get(), p);
  }

  /**
   * Each mode other than the report's own is tried on its own: where half-to-even differs from
   * half-up (an exact half after an even digit) it equals truncation, so both are listed. (For an
   * aggregate, truncation at each level — every member truncated before the mean — is tried by
   * the caller.)
   */
  private void roundingModes(Rational v, BigDecimal p, List<Explanation> why) {
    int scale = Math.max(0, p.scale());
    if (mode != RoundingMode.DOWN && hits(v, p, RoundingMode.DOWN)) {
      why.add(new Explanation(Variant.TRUNCATION, "dipotong, bukan dibulatkan (" + fmt(v, scale + 4, true) + "…)",
          "truncated instead of rounded (" + fmt(v, scale + 4, false) + "…)"));
    }
    if (mode != RoundingMode.HALF_UP && hits(v, p, RoundingMode.HALF_UP)) {
      why.add(new Explanation(Variant.HALF_UP, "dibulatkan setengah ke atas, bukan " + modeName(mode, true),
          "rounded half-up, not " + modeName(mode, false)));
    }
    if (mode != RoundingMode.HALF_EVEN && hits(v, p, RoundingMode.HALF_EVEN)) {
      why.add(new Explanation(Variant.HALF_EVEN, "pembulatan ke genap", "rounded half to even"));
    }
    if (mode != RoundingMode.UP && hits(v, p, RoundingMode.UP)) {
      why.add(new Explanation(Variant.ROUND_UP, "selalu dibulatkan ke atas", "always rounded up"));
    }
  }

  private static String modeName(RoundingMode m, boolean id) {
    switch (m) {
      case DOWN:
        return id ? "dipotong" : "truncated";
      case HALF_UP:
        return id ? "dibulatkan setengah ke atas" : "rounded half-up";
      case HALF_EVEN:
        return id ? "dibulatkan ke genap" : "rounded half to even";
      case UP:
        return id ? "dibulatkan ke atas" : "rounded up";
      default:
        return m.name().toLowerCase(Locale.ROOT);
    }
  }


  /**
   * Candidates for an input that would give the printed achievement p: for a realisasi with target t,
   * r = p × t / 100 (ratio) or (2 − p/100) × t (inverse); for a target with realisasi x,
   * t = x × 100 / p or x / (2 − p/100). {@code implied} tries each at 0 to (scale of the input + 1) decimals.
   */
  private static List<Rational> candidatesFor(BigDecimal p, BigDecimal other, boolean realisasi) {
    List<Rational> out = new ArrayList<>();
    Rational pr = Rational.of(p).divide(100);
    Rational o = Rational.of(other);
    Rational two = Rational.of(2);
    if (realisasi) {
      out.add(pr.multiply(o));
      out.add(two.subtract(pr).multiply(o));
    } else {
      if (pr.signum() > 0) {
        out.add(o.divide(pr));
      }
      if (two.subtract(pr).signum() > 0) {
        out.add(o.divide(two.subtract(pr)));
      }
    }
    return out;
  }

  private Optional<BigDecimal> implied(List<Rational> exact, BigDecimal actual, Function<BigDecimal, Optional<Rational>> score,
      BigDecimal p) {
    int max = Math.max(0, actual.scale()) + 1;
    for (int d = 0; d <= max; d++) {
      for (Rational e : exact) {
        if (e.signum() < 0) {
          continue;
        }
        BigDecimal c = e.round(d, RoundingMode.HALF_UP);
        BigDecimal step = BigDecimal.ONE.movePointLeft(d);
        for (BigDecimal cand : List.of(c, c.subtract(step), c.add(step))) {
          if (cand.signum() >= 0 && cand.compareTo(actual) != 0 && hits(score.apply(cand), p)) {
            return Optional.of(cand);
          }
        }
      }
    }
    return Optional.empty();
  }

  // --- goals, unit, budget ---

  private Finding aggregateFinding(Finding.Kind kind, String code, BigDecimal p, PerformanceAgreement pk, Realizations real,
      PrintedFigures printed, Function<ReportResult, Optional<Rational>> figure, ReportResult base) {
    int scale = Math.max(0, p.scale());
    Optional<Rational> value = figure.apply(base);
    Optional<BigDecimal> recomputed = value.map(v -> v.round(scale, mode));
    boolean ok = recomputed.isPresent() && recomputed.get().compareTo(p) == 0;
    List<Explanation> why = new ArrayList<>();
    if (!ok && value.isPresent()) {
      roundingModes(value.get(), p, why);
      boolean truncationAlone = why.stream().anyMatch(e -> e.variant() == Variant.TRUNCATION);
      if (kind != Finding.Kind.ABSORPTION && !truncationAlone
          && (mode != RoundingMode.DOWN || policy.roundingStage() != RoundingStage.EACH_LEVEL)) {
        ScoringPolicy truncated = ScoringPolicy.builder().from(policy.scoring()).rounding(RoundingPolicy.of(scale, RoundingMode.DOWN)).build();
        ReportPolicy eachLevel = ReportPolicy.builder().from(policy).scoring(truncated).roundingStage(RoundingStage.EACH_LEVEL).build();
        if (hits(figure.apply(score(eachLevel, basis, pk, real)), p, RoundingMode.DOWN)) {
          why.add(new Explanation(Variant.TRUNCATION, "setiap tingkat dipotong: anggota dipotong sebelum dirata-ratakan, rata-ratanya dipotong",
              "truncated at each level: members truncated before averaging, the mean truncated"));
        }
      }
      if (kind == Finding.Kind.GOAL || kind == Finding.Kind.OVERALL) {
        meansOfPrinted(kind, code, p, base, printed, why);
      }
      RoundingStage other = policy.roundingStage() == RoundingStage.END ? RoundingStage.EACH_LEVEL : RoundingStage.END;
      if (hits(figure.apply(score(withStage(policy, other), basis, pk, real)), p)) {
        why.add(new Explanation(Variant.ROUNDING_STAGE, other == RoundingStage.EACH_LEVEL
            ? "anggota dibulatkan dulu sebelum dirata-ratakan" : "dirata-ratakan dari nilai tepat, dibulatkan sekali",
            other == RoundingStage.EACH_LEVEL ? "members rounded before averaging" : "averaged exactly and rounded once"));
      }
      if (kind == Finding.Kind.OVERALL) {
        for (AggregationShape s : shapes(pk)) {
          if (s != policy.shape() && hits(figure.apply(score(ReportPolicy.builder().from(policy).shape(s).build(), basis, pk, real)), p)) {
            why.add(new Explanation(Variant.AGGREGATION, "agregasi " + shapeName(s, true), "aggregation: " + shapeName(s, false)));
          }
        }
      }
      boolean absorption = kind == Finding.Kind.ABSORPTION || kind == Finding.Kind.BUDGET_LINE;
      if (!absorption) {
        boolean capped = policy.scoring().limits().maximum().isPresent();
        ScoringPolicy sp = capped
            ? ScoringPolicy.builder().from(policy.scoring()).limits(CapRule.floor(policy.scoring().limits().floor().orElse(BigDecimal.ZERO))).build()
            : policy.scoring().withCap(CAP);
        for (RoundingStage st : RoundingStage.values()) {
          ReportPolicy variant = ReportPolicy.builder().from(policy).scoring(sp).roundingStage(st).build();
          if (hits(figure.apply(score(variant, basis, pk, real)), p)) {
            String stageId = st == RoundingStage.EACH_LEVEL ? ", anggota dibulatkan dulu" : ", dibulatkan sekali";
            String stageEn = st == RoundingStage.EACH_LEVEL ? ", members rounded first" : ", rounded once";
            why.add(new Explanation(Variant.CAP, (capped ? "tanpa batas atas" : "batas atas 120 per indikator") + stageId,
                (capped ? "no cap" : "a cap of 120 per indicator") + stageEn));
          }
        }
      }
      if (absorption) {
        otherLines(kind, code, p, base, why);
      }
      if (absorption || kind == Finding.Kind.EFFICIENCY_GAP || kind == Finding.Kind.EFFICIENCY_INDEX) {
        PaguBasis otherBasis = basis == PaguBasis.FINAL ? PaguBasis.INITIAL : PaguBasis.FINAL;
        try {
          if (hits(figure.apply(score(policy, otherBasis, pk, real)), p)) {
            why.add(new Explanation(Variant.PAGU_BASIS, otherBasis == PaguBasis.INITIAL ? "terhadap pagu awal" : "terhadap pagu akhir",
                otherBasis == PaguBasis.INITIAL ? "against the initial pagu" : "against the final pagu"));
          }
        } catch (InvalidValueException e) {
          // no initial pagu in the budget lines: the variant does not apply
        }
      }
      if (kind == Finding.Kind.GOAL || kind == Finding.Kind.OVERALL || kind == Finding.Kind.EFFICIENCY_GAP
          || kind == Finding.Kind.EFFICIENCY_INDEX) {
        memberAlternatives(kind, code, p, pk, real, printed, figure, why);
      }
    }
    return finding(kind, code, p, recomputed, ok, why, value.isEmpty());
  }

  /**
   * A printed absorption that is another line's (or, for a line, the total's): a figure copied
   * from the neighbouring row or from the total row.
   */
  private void otherLines(Finding.Kind kind, String code, BigDecimal p, ReportResult base, List<Explanation> why) {
    for (io.github.lakin.scoring.budget.Absorption other : base.lineAbsorption()) {
      if ((kind == Finding.Kind.ABSORPTION || !other.label().equals(code)) && hits(other.percent(), p)) {
        why.add(new Explanation(Variant.OTHER_BUDGET_LINE, "serapan baris anggaran " + other.label() + " ("
            + fmt(other.percent().orElseThrow(), Math.max(0, p.scale()), true) + ")",
            "the absorption of budget line " + other.label() + " (" + fmt(other.percent().orElseThrow(), Math.max(0, p.scale()), false) + ")"));
      }
    }
    if (kind == Finding.Kind.BUDGET_LINE && base.lineAbsorption().size() > 1 && hits(base.absorption().flatMap(a -> a.percent()), p)) {
      Rational total = base.absorption().flatMap(a -> a.percent()).orElseThrow();
      why.add(new Explanation(Variant.OTHER_BUDGET_LINE, "serapan seluruh anggaran (" + fmt(total, Math.max(0, p.scale()), true) + ")",
          "the absorption of the whole budget (" + fmt(total, Math.max(0, p.scale()), false) + ")"));
    }
  }

  /**
   * A goal's or the unit's printed figure as the mean of its members' printed figures (indicators
   * of the goal; for the unit the indicators or the goals, as the policy's shape averages them),
   * weighted when the members are, then rounded in the report's mode or truncated. Tried only when
   * every member has a printed figure.
   */
  private void meansOfPrinted(Finding.Kind kind, String code, BigDecimal p, ReportResult base, PrintedFigures printed,
      List<Explanation> why) {
    Optional<Aggregate> aggregate = kind == Finding.Kind.GOAL ? base.goal(code).map(GoalResult::aggregate) : Optional.of(base.overall());
    if (aggregate.isEmpty() || aggregate.get().members().isEmpty()) {
      return;
    }
    boolean ofGoals = kind == Finding.Kind.OVERALL
        && (policy.shape() == AggregationShape.GOAL_MEANS || policy.shape() == AggregationShape.WEIGHTED_GOALS);
    Map<String, BigDecimal> figures = ofGoals ? printed.goals() : printed.indicators();
    Rational sum = Rational.ZERO;
    Rational weights = Rational.ZERO;
    List<String> shown = new ArrayList<>();
    List<String> shownEn = new ArrayList<>();
    for (Aggregate.Member m : aggregate.get().members()) {
      BigDecimal x = figures.get(m.code());
      if (x == null) {
        return;
      }
      Rational w = m.weight().orElse(Rational.ONE);
      sum = sum.add(w.multiply(Rational.of(x)));
      weights = weights.add(w);
      shown.add(fmt(x, true));
      shownEn.add(fmt(x, false));
    }
    if (weights.signum() == 0) {
      return;
    }
    Rational mean = sum.divide(weights);
    String whose = ofGoals ? "sasaran" : "indikator";
    String whoseEn = ofGoals ? "goals" : "indicators";
    for (RoundingMode m : List.of(mode, RoundingMode.DOWN, RoundingMode.HALF_UP)) {
      if (hits(mean, p, m)) {
        boolean own = m == mode;
        why.add(new Explanation(Variant.MEANS_OF_PRINTED,
            "rata-rata angka tercetak " + whose + " (" + String.join("; ", shown) + ")" + (own ? "" : ", " + modeName(m, true)),
            "the mean of the printed figures of its " + whoseEn + " (" + String.join(", ", shownEn) + ")" + (own ? "" : ", " + modeName(m, false))));
        return;
      }
    }
  }

  private void memberAlternatives(Finding.Kind kind, String code, BigDecimal p, PerformanceAgreement pk, Realizations real,
      PrintedFigures printed, Function<ReportResult, Optional<Rational>> figure, List<Explanation> why) {
    for (Goal g : pk.goals()) {
      if (kind == Finding.Kind.GOAL && !g.code().equals(code)) {
        continue;
      }
      for (Indicator ind : g.indicators()) {
        for (Realization x : printed.otherRealisasi().getOrDefault(ind.code(), List.of())) {
          Map<String, Realization> m = new LinkedHashMap<>(real.asMap());
          m.put(ind.code(), x);
          if (hits(figure.apply(score(policy, basis, pk, Realizations.of(m))), p)) {
            why.add(new Explanation(Variant.OTHER_PRINTED_REALISASI,
                "realisasi " + ind.code() + " = " + text(x, true) + " (tercetak di bagian lain)",
                "realisation of " + ind.code() + " = " + text(x, false) + " (printed elsewhere)"));
          }
        }
        for (ExactTarget t : printed.otherTargets().getOrDefault(ind.code(), List.of())) {
          Optional<PerformanceAgreement> changed = replaceTarget(pk, ind.code(), t);
          if (changed.isPresent() && hits(figure.apply(score(policy, basis, changed.get(), real)), p)) {
            why.add(new Explanation(Variant.OTHER_PRINTED_TARGET,
                "target " + ind.code() + " = " + text(t, true) + " (tercetak di bagian lain)",
                "target of " + ind.code() + " = " + text(t, false) + " (printed elsewhere)"));
          }
        }
      }
    }
  }

  /** The agreement with one indicator's target replaced; empty when that target is not valid there. */
  private static Optional<PerformanceAgreement> replaceTarget(PerformanceAgreement pk, String code, ExactTarget t) {
    try {
      PerformanceAgreement.Builder b = PerformanceAgreement.builder().from(pk).goals(List.of());
      for (Goal g : pk.goals()) {
        List<Indicator> inds = new ArrayList<>();
        for (Indicator i : g.indicators()) {
          inds.add(i.code().equals(code) ? Indicator.builder().from(i).target(t).build() : i);
        }
        b.addGoals(Goal.builder().from(g).indicators(inds).build());
      }
      return Optional.of(b.build());
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private Finding inputNote(PerformanceAgreement pk, Realizations real, PrintedFigures printed, String code) {
    Indicator ind = pk.indicator(code).orElseThrow();
    Realization r = real.get(code).orElseGet(Realization::notAvailable);
    Optional<BigDecimal> p = Optional.ofNullable(printed.indicators().get(code));
    Scorer scorer = Scorer.of(policy.scoring());
    StringBuilder id = new StringBuilder("masukan " + code + ": ");
    StringBuilder en = new StringBuilder("input " + code + ": ");
    List<String> partsId = new ArrayList<>();
    List<String> partsEn = new ArrayList<>();
    for (ExactTarget t : printed.otherTargets().getOrDefault(code, List.of())) {
      String tt = ind.target() instanceof ExactTarget ? text((ExactTarget) ind.target(), true) : ind.target().toString();
      String te = ind.target() instanceof ExactTarget ? text((ExactTarget) ind.target(), false) : ind.target().toString();
      String agreeId = "";
      String agreeEn = "";
      if (p.isPresent()) {
        boolean withOther = hits(scoreWith(scorer, ind, t, r), p.get());
        boolean withThis = hits(scorer.score(ind, r).value(), p.get());
        agreeId = withThis ? "; capaian tercetak " + fmt(p.get(), true) + " sesuai dengan target " + tt
            : withOther ? "; capaian tercetak " + fmt(p.get(), true) + " sesuai dengan target " + text(t, true) : "";
        agreeEn = withThis ? "; the printed achievement " + fmt(p.get(), false) + " agrees with target " + te
            : withOther ? "; the printed achievement " + fmt(p.get(), false) + " agrees with target " + text(t, false) : "";
      }
      partsId.add("target tercetak " + tt + " di sini dan " + text(t, true) + " di bagian lain" + agreeId);
      partsEn.add("target printed as " + te + " here and " + text(t, false) + " elsewhere" + agreeEn);
    }
    for (Realization x : printed.otherRealisasi().getOrDefault(code, List.of())) {
      String rt = r.value().isPresent() ? text(r, true) : "-";
      String re = r.value().isPresent() ? text(r, false) : "-";
      partsId.add("realisasi tercetak " + rt + " di sini dan " + text(x, true) + " di bagian lain");
      partsEn.add("realisation printed as " + re + " here and " + text(x, false) + " elsewhere");
    }
    id.append(String.join("; ", partsId));
    en.append(String.join("; ", partsEn));
    return new Finding(Finding.Kind.INPUT, code, p.orElse(BigDecimal.ZERO), Optional.empty(), true, List.of(), id.toString(),
        en.toString());
  }

  private Finding finding(Finding.Kind kind, String code, BigDecimal p, Optional<BigDecimal> recomputed, boolean ok,
      List<Explanation> why, boolean noValue) {
    String what = label(kind, code, true);
    String whatEn = label(kind, code, false);
    String recId = recomputed.map(v -> fmt(v, true)).orElse("tidak ada");
    String recEn = recomputed.map(v -> fmt(v, false)).orElse("none");
    String id = what + ": tercetak " + fmt(p, true) + ", dihitung ulang " + recId + ": ";
    String en = whatEn + ": printed " + fmt(p, false) + ", recomputed " + recEn + ": ";
    if (ok) {
      id += "cocok";
      en += "matches";
    } else if (why.isEmpty()) {
      id += "tidak cocok; " + (noValue ? "tidak ada capaian untuk dibandingkan" : "tidak ada varian yang menjelaskannya");
      en += "mismatch; " + (noValue ? "there is no achievement to compare" : "no variant explains it");
    } else {
      id += "tidak cocok; dijelaskan oleh: " + String.join("; ", why.stream().map(e -> e.describe(Locale.forLanguageTag("id"))).toArray(String[]::new));
      en += "mismatch; explained by: " + String.join("; ", why.stream().map(e -> e.describe(Locale.ENGLISH)).toArray(String[]::new));
    }
    return new Finding(kind, code, p, recomputed, ok, why, id, en);
  }

  private static String label(Finding.Kind kind, String code, boolean id) {
    switch (kind) {
      case INDICATOR:
        return (id ? "indikator " : "indicator ") + code;
      case GOAL:
        return (id ? "sasaran " : "goal ") + code;
      case OVERALL:
        return (id ? "capaian unit " : "unit ") + code;
      case ABSORPTION:
        return id ? "serapan anggaran" : "budget absorption";
      case EFFICIENCY_GAP:
        return id ? "efisiensi" : "efficiency gap";
      case BUDGET_LINE:
        return (id ? "serapan anggaran baris " : "budget absorption of line ") + code;
      case EFFICIENCY_INDEX:
        return id ? "indeks efisiensi" : "efficiency index";
      default:
        return code;
    }
  }

  private static List<AggregationShape> shapes(PerformanceAgreement pk) {
    List<AggregationShape> s = new ArrayList<>(List.of(AggregationShape.FLAT, AggregationShape.GOAL_MEANS));
    if (pk.indicators().stream().allMatch(i -> i.weight().isPresent())) {
      s.add(AggregationShape.WEIGHTED_INDICATORS);
    }
    if (pk.goals().stream().allMatch(g -> g.weight().isPresent())) {
      s.add(AggregationShape.WEIGHTED_GOALS);
    }
    return s;
  }

  private static String shapeName(AggregationShape s, boolean id) {
    switch (s) {
      case GOAL_MEANS:
        return id ? "rata-rata capaian sasaran" : "mean of the goal means";
      case WEIGHTED_INDICATORS:
        return id ? "rata-rata berbobot indikator" : "weighted by indicator weights";
      case WEIGHTED_GOALS:
        return id ? "rata-rata berbobot sasaran" : "weighted by goal weights";
      default:
        return id ? "rata-rata seluruh indikator" : "flat mean of all indicators";
    }
  }

  private static ReportPolicy withStage(ReportPolicy p, RoundingStage stage) {
    return ReportPolicy.builder().from(p).roundingStage(stage).build();
  }

  private static ReportResult score(ReportPolicy p, PaguBasis b, PerformanceAgreement pk, Realizations real) {
    return ReportScorer.of(p).withPaguBasis(b).score(pk, real);
  }

  private static Optional<BigDecimal> decimal(Realization r) {
    return r.value().filter(Rational::isTerminating).map(Rational::toBigDecimalExact);
  }

  /** A target as printed: counts as n/T, a number in the locale's format. */
  private static String text(ExactTarget t, boolean id) {
    return t.counts().isPresent() ? t.counts().get().toString() : fmt(t.value(), id);
  }

  /** A realisasi as printed: counts as n/T, a number in the locale's format. */
  private static String text(Realization r, boolean id) {
    if (r.counts().isPresent()) {
      return r.counts().get().toString();
    }
    return decimal(r).map(v -> fmt(v, id)).orElse(r.toString());
  }

  private static String fmt(BigDecimal v, boolean id) {
    int scale = Math.max(0, v.scale());
    return id ? IndonesianFormat.format(v, scale) : v.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
  }

  private static String fmt(Rational v, int scale, boolean id) {
    return fmt(v.round(scale, RoundingMode.HALF_UP), id);
  }
}
