package io.github.lakin.report.render;

import io.github.lakin.report.ReportFile;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Target;

/**
 * Tampilan hasil (score view): what {@code lakin score} shows of a scored report — the unit, the
 * policy, each goal with its indicators (code, name, unit, target and realisasi as the file printed
 * them, capaian, status), the unit figure, the counts, budget absorption and efficiency — in a form
 * every {@link ScoreFormat} renders. Build one with {@link #of(ReportFile, ReportResult, ReportPolicy)}
 * and write it with {@link ScoreRenderer#render}; a large CSV file streams through
 * {@link LargeCsvView} into the same renderer, so both print the same bytes.
 */
public final class ScoreView {
  /**
   * One indicator line: the target and realisasi as printed, and their exact values for JSON.
   */
  record Line(String code, String name, String unit, String target, String realisasi, Target targetValue,
      Optional<Rational> realisasiValue, Achievement.Status status, Optional<BigDecimal> achievement, Set<Achievement.Flag> flags,
      boolean met) {
    boolean provisional() {
      return flags.contains(Achievement.Flag.PROVISIONAL);
    }

    boolean capped() {
      return flags.contains(Achievement.Flag.CAPPED);
    }
  }

  /** One goal with its indicators; the lines may be streamed once. */
  record GoalView(String code, Optional<BigDecimal> achievement, Iterable<Line> lines) {}

  /** Narrowest code, target and realisasi columns of the table. */
  static final int MIN_CODE = 4;
  static final int MIN_TARGET = 6;
  static final int MIN_REALISASI = 9;

  final String unit;
  final int year;
  final ReportPolicy policy;
  final Iterable<GoalView> goals;
  final Optional<BigDecimal> overall;
  final MetCounts counts;
  final Optional<BigDecimal> absorption;
  final Optional<BigDecimal> efficiencyGap;
  final Optional<Boolean> efficient;
  final Optional<BigDecimal> pagu;
  final Optional<BigDecimal> spent;
  final int widthCode;
  final int widthTarget;
  final int widthRealisasi;

  ScoreView(String unit, int year, ReportPolicy policy, Iterable<GoalView> goals, Optional<BigDecimal> overall, MetCounts counts,
      Optional<BigDecimal> absorption, Optional<BigDecimal> efficiencyGap, Optional<Boolean> efficient, Optional<BigDecimal> pagu,
      Optional<BigDecimal> spent, int longestCode, int longestTarget, int longestRealisasi) {
    this.pagu = pagu;
    this.spent = spent;
    this.unit = unit;
    this.year = year;
    this.policy = policy;
    this.goals = goals;
    this.overall = overall;
    this.counts = counts;
    this.absorption = absorption;
    this.efficiencyGap = efficiencyGap;
    this.efficient = efficient;
    this.widthCode = Math.max(MIN_CODE, longestCode);
    this.widthTarget = Math.max(MIN_TARGET, longestTarget);
    this.widthRealisasi = Math.max(MIN_REALISASI, longestRealisasi);
  }

  /** @return the rounding scale figures are shown at */
  int scale() {
    return policy.scoring().rounding().scale();
  }

  /**
   * The view of a report read from a file and scored.
   *
   * @param file the report file (target and realisasi texts as printed, unit, year)
   * @param result its result
   * @param policy the policy it was scored under
   * @return the view
   */
  public static ScoreView of(ReportFile file, ReportResult result, ReportPolicy policy) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(policy, "policy");
    List<GoalView> goals = new ArrayList<>();
    int wc = 0;
    int wt = 0;
    int wr = 0;
    for (GoalResult g : result.goals()) {
      List<Line> lines = new ArrayList<>();
      for (IndicatorResult ir : g.indicators()) {
        Achievement a = ir.achievement();
        String code = ir.indicator().code();
        String target = file.targetTexts().getOrDefault(code, ir.indicator().target().toString());
        String realisasi = file.realisasiTexts().getOrDefault(code, "");
        Set<Achievement.Flag> flags = EnumSet.noneOf(Achievement.Flag.class);
        for (Achievement.Flag fl : Achievement.Flag.values()) {
          if (a.has(fl)) {
            flags.add(fl);
          }
        }
        lines.add(new Line(code, ir.indicator().name(), ir.indicator().unit().label(), target, realisasi, ir.indicator().target(),
            a.realization().value(), a.status(), a.rounded(), flags, a.isComputed() && a.isMet()));
        wc = Math.max(wc, code.length());
        wt = Math.max(wt, target.length());
        wr = Math.max(wr, realisasi.length());
      }
      wc = Math.max(wc, g.goal().code().length());
      goals.add(new GoalView(g.goal().code(), g.aggregate().rounded(), lines));
    }
    return new ScoreView(file.agreement().unit().name(), file.agreement().year(), policy, goals, result.overall().rounded(),
        result.counts(), result.absorption().flatMap(x -> x.rounded()), result.efficiency().map(e -> e.rounded()),
        result.efficiency().map(e -> e.efficient()), result.absorption().map(x -> x.pagu()),
        result.absorption().map(x -> x.realization()), wc, wt, wr);
  }
}
