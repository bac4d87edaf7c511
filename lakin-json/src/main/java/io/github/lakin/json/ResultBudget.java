/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.json;

import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Rational;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import io.github.lakin.scoring.budget.EfficiencyIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Serapan anggaran dan efisiensi (budget absorption and efficiency) of the result form {@code
 * lakin-result/1}: pagu, realisasi, absorption %, the efficiency gap (capaian − absorption, in
 * points) and the efficiency index (capaian ÷ absorption) of the unit, and, when given, each budget
 * line with its absorption and each goal with its absorption, gap and index.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ResultBudget {
  private static final Locale ID = Locale.forLanguageTag("id");

  private final Optional<BigDecimal> pagu;
  private final Optional<BigDecimal> realisasi;
  private final Optional<BigDecimal> absorption;
  private final Optional<BigDecimal> efficiencyGap;
  private final Optional<Boolean> efficient;
  private final Optional<Absorption> absorptionSource;
  private final Optional<EfficiencyGap> gapSource;
  private Optional<BigDecimal> efficiencyIndex = Optional.empty();
  private Optional<EfficiencyIndex> indexSource = Optional.empty();
  private List<Line> lines = List.of();
  private List<GoalFigures> goals = List.of();

  /**
   * Baris anggaran (budget line) of the result form: code, name, goal, pagu awal, pagu,
   * realisasi and absorption of one line. Immutable.
   */
  public static final class Line {
    private final String code;
    private final String name;
    private final Optional<String> goal;
    private final Optional<BigDecimal> initialPagu;
    private final BigDecimal pagu;
    private final BigDecimal realisasi;
    private final Optional<BigDecimal> absorption;

    private Line(String code, String name, Optional<String> goal, Optional<BigDecimal> initialPagu, BigDecimal pagu,
        BigDecimal realisasi, Optional<BigDecimal> absorption) {
      this.code = code;
      this.name = name;
      this.goal = goal;
      this.initialPagu = initialPagu;
      this.pagu = pagu;
      this.realisasi = realisasi;
      this.absorption = absorption;
    }

    /**
     * Returns the line, from plain values (for a writer that streams).
     *
     * @param code the line's code
     * @param name the line's name
     * @param goal the goal it finances, when known
     * @param initialPagu the pagu awal, when known
     * @param pagu the final pagu
     * @param realisasi the realisasi anggaran
     * @param absorption the absorption rounded at the policy's scale; empty when the pagu is 0
     * @return the line, from plain values (for a writer that streams)
     */
    public static Line of(String code, String name, Optional<String> goal, Optional<BigDecimal> initialPagu, BigDecimal pagu,
        BigDecimal realisasi, Optional<BigDecimal> absorption) {
      return new Line(Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"), goal, initialPagu,
          Objects.requireNonNull(pagu, "pagu"), Objects.requireNonNull(realisasi, "realisasi"), absorption);
    }

    /**
     * Returns the line as the result form shows it.
     *
     * @param line the budget line
     * @param absorption its absorption
     * @return the line as the result form shows it
     */
    public static Line of(BudgetLine line, Absorption absorption) {
      return new Line(line.code(), line.name(), line.goalCode(), line.initialPagu(), line.finalPagu(), line.realization(),
          absorption.rounded());
    }

    /** Returns the line's code. */
    public String code() {
      return code;
    }

    /** Returns the line's name. */
    public String name() {
      return name;
    }

    /** Returns the goal it finances, when known. */
    public Optional<String> goal() {
      return goal;
    }

    /** Returns the pagu awal, when known. */
    public Optional<BigDecimal> initialPagu() {
      return initialPagu;
    }

    /** Returns the pagu (final). */
    public BigDecimal pagu() {
      return pagu;
    }

    /** Returns the realisasi anggaran. */
    public BigDecimal realisasi() {
      return realisasi;
    }

    /** Returns the absorption, rounded; empty when the pagu is 0. */
    public Optional<BigDecimal> absorption() {
      return absorption;
    }
  }

  /**
   * Efisiensi sasaran (goal efficiency) of the result form: a goal's absorption, efficiency gap and
   * efficiency index, rounded. Immutable.
   */
  public static final class GoalFigures {
    private final String code;
    private final Optional<BigDecimal> absorption;
    private final Optional<BigDecimal> efficiencyGap;
    private final Optional<BigDecimal> efficiencyIndex;

    private GoalFigures(String code, Optional<BigDecimal> absorption, Optional<BigDecimal> efficiencyGap,
        Optional<BigDecimal> efficiencyIndex) {
      this.code = code;
      this.absorption = absorption;
      this.efficiencyGap = efficiencyGap;
      this.efficiencyIndex = efficiencyIndex;
    }

    /**
     * Returns the figures.
     *
     * @param code the goal's code
     * @param absorption the goal's absorption
     * @param gap its efficiency gap, when it has a capaian
     * @param index its efficiency index, when it has a capaian and an absorption above 0
     * @return the figures
     */
    public static GoalFigures of(String code, Absorption absorption, Optional<EfficiencyGap> gap, Optional<EfficiencyIndex> index) {
      return new GoalFigures(Objects.requireNonNull(code, "code"), absorption.rounded(), gap.map(EfficiencyGap::rounded),
          index.map(EfficiencyIndex::rounded));
    }

    /** Returns the goal's code. */
    public String code() {
      return code;
    }

    /** Returns the absorption, rounded. */
    public Optional<BigDecimal> absorption() {
      return absorption;
    }

    /** Returns the gap in points, rounded. */
    public Optional<BigDecimal> efficiencyGap() {
      return efficiencyGap;
    }

    /** Returns the index, rounded. */
    public Optional<BigDecimal> efficiencyIndex() {
      return efficiencyIndex;
    }
  }

  private ResultBudget(Optional<BigDecimal> pagu, Optional<BigDecimal> realisasi, Optional<BigDecimal> absorption,
      Optional<BigDecimal> efficiencyGap, Optional<Boolean> efficient, Optional<Absorption> absorptionSource,
      Optional<EfficiencyGap> gapSource) {
    this.pagu = pagu;
    this.realisasi = realisasi;
    this.absorption = absorption;
    this.efficiencyGap = efficiencyGap;
    this.efficient = efficient;
    this.absorptionSource = absorptionSource;
    this.gapSource = gapSource;
  }

  /**
   * Returns the budget figures.
   *
   * @param pagu the total budget allocation, when known
   * @param realisasi the total spending, when known
   * @param absorption the absorption %, rounded at the policy's scale, when known
   * @param efficiencyGap the efficiency gap in points, rounded, when known
   * @param efficient whether the gap is positive, when known
   * @return the budget figures
   */
  public static ResultBudget of(Optional<BigDecimal> pagu, Optional<BigDecimal> realisasi, Optional<BigDecimal> absorption,
      Optional<BigDecimal> efficiencyGap, Optional<Boolean> efficient) {
    return new ResultBudget(pagu, realisasi, absorption, efficiencyGap, efficient, Optional.empty(), Optional.empty());
  }

  /**
   * Returns the figures, with exact values and explanations for the detailed mode.
   *
   * @param absorption the unit's budget absorption
   * @param gap the unit's efficiency gap, when there is one
   * @return the figures, with exact values and explanations for the detailed mode
   */
  public static ResultBudget from(Absorption absorption, Optional<EfficiencyGap> gap) {
    return new ResultBudget(Optional.of(absorption.pagu()), Optional.of(absorption.realization()), absorption.rounded(),
        gap.map(EfficiencyGap::rounded), gap.map(EfficiencyGap::efficient), Optional.of(absorption), gap);
  }

  /**
   * Every budget figure of a scored report: the total, the index, the lines and the goals, with
   * exact values and explanations for the detailed mode.
   *
   * @param report the scored report
   * @return the figures; empty when the agreement has no budget lines
   */
  public static Optional<ResultBudget> from(ReportResult report) {
    if (report.absorption().isEmpty()) {
      return Optional.empty();
    }
    ResultBudget b = from(report.absorption().get(), report.efficiency());
    b.efficiencyIndex = report.efficiencyIndex().map(EfficiencyIndex::rounded);
    b.indexSource = report.efficiencyIndex();
    b.lines = lines(report);
    b.goals = goals(report);
    return Optional.of(b);
  }

  /**
   * Returns its budget lines with their absorption, in the agreement's order.
   *
   * @param report a scored report
   * @return its budget lines with their absorption, in the agreement's order
   */
  public static List<Line> lines(ReportResult report) {
    List<Line> out = new ArrayList<>();
    List<BudgetLine> budget = report.agreement().budget();
    for (int i = 0; i < budget.size() && i < report.lineAbsorption().size(); i++) {
      out.add(Line.of(budget.get(i), report.lineAbsorption().get(i)));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the figures of each goal that has budget lines, in report order.
   *
   * @param report a scored report
   * @return the figures of each goal that has budget lines, in report order
   */
  public static List<GoalFigures> goals(ReportResult report) {
    List<GoalFigures> out = new ArrayList<>();
    report.goalAbsorption().forEach((code, a) -> out.add(GoalFigures.of(code, a, Optional.ofNullable(report.goalEfficiency().get(code)),
        Optional.ofNullable(report.goalEfficiencyIndex().get(code)))));
    return List.copyOf(out);
  }

  /**
   * Returns these figures with the index, the lines and the goals.
   *
   * @param index the unit's efficiency index, rounded, when known
   * @param budgetLines the lines
   * @param goalFigures the goals' figures
   * @return these figures with the index, the lines and the goals
   */
  public ResultBudget with(Optional<BigDecimal> index, List<Line> budgetLines, List<GoalFigures> goalFigures) {
    ResultBudget b = new ResultBudget(pagu, realisasi, absorption, efficiencyGap, efficient, absorptionSource, gapSource);
    b.efficiencyIndex = Objects.requireNonNull(index, "index");
    b.indexSource = indexSource;
    b.lines = List.copyOf(budgetLines);
    b.goals = List.copyOf(goalFigures);
    return b;
  }

  Optional<BigDecimal> efficiencyIndex() {
    return efficiencyIndex;
  }

  Optional<Rational> efficiencyIndexExact() {
    return indexSource.map(EfficiencyIndex::index);
  }

  Optional<String[]> efficiencyIndexExplanation() {
    return indexSource.map(g -> new String[] {g.explain(ID), g.explain(Locale.ENGLISH)});
  }

  List<Line> lines() {
    return lines;
  }

  List<GoalFigures> goals() {
    return goals;
  }

  Optional<BigDecimal> pagu() {
    return pagu;
  }

  Optional<BigDecimal> realisasi() {
    return realisasi;
  }

  Optional<BigDecimal> absorption() {
    return absorption;
  }

  Optional<BigDecimal> efficiencyGap() {
    return efficiencyGap;
  }

  Optional<Boolean> efficient() {
    return efficient;
  }

  Optional<Rational> absorptionExact() {
    return absorptionSource.flatMap(Absorption::percent);
  }

  Optional<Rational> efficiencyGapExact() {
    return gapSource.map(EfficiencyGap::gap);
  }

  Optional<String[]> absorptionExplanation() {
    return absorptionSource.map(a -> new String[] {a.explain(ID), a.explain(Locale.ENGLISH)});
  }

  Optional<String[]> efficiencyGapExplanation() {
    return gapSource.map(g -> new String[] {g.explain(ID), g.explain(Locale.ENGLISH)});
  }
}
