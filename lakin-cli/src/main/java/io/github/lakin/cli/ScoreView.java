package io.github.lakin.cli;

import io.github.lakin.cli.report.ReportFile;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.MetCounts;
import io.github.lakin.scoring.aggregate.ReportResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Tampilan hasil (score view): what {@code lakin score} prints, in every format. */
final class ScoreView {
  /** One indicator line. */
  record Line(String code, String name, String unit, String target, String realisasi, String status,
      Optional<BigDecimal> achievement, boolean provisional, boolean capped, boolean met) {}

  /** One goal with its indicators. */
  record GoalView(String code, Optional<BigDecimal> achievement, Iterable<Line> lines) {}

  /** The counts of indicators by how they fared. */
  record Counts(int total, int met, int notMet, int above, int equal, int below, int notAvailable, int undefined) {
    String statement(Locale locale) {
      boolean id = locale.getLanguage().equals("id");
      int scored = total - notAvailable - undefined;
      String s = id ? met + " dari " + scored + " indikator mencapai atau melampaui target"
          : met + " of " + scored + " indicators met or exceeded their target";
      int missing = notAvailable + undefined;
      if (missing > 0) {
        s += id ? " (" + missing + " tanpa capaian)" : " (" + missing + " without a capaian)";
      }
      return s;
    }
  }

  final String unit;
  final int year;
  final String policy;
  final int scale;
  final Iterable<GoalView> goals;
  final Optional<BigDecimal> overall;
  final Counts counts;
  final Optional<BigDecimal> absorption;
  final Optional<BigDecimal> efficiencyGap;
  final Optional<Boolean> efficient;
  final int widthCode;
  final int widthTarget;
  final int widthRealisasi;

  ScoreView(String unit, int year, String policy, int scale, Iterable<GoalView> goals, Optional<BigDecimal> overall, Counts counts,
      Optional<BigDecimal> absorption, Optional<BigDecimal> efficiencyGap, Optional<Boolean> efficient, int widthCode,
      int widthTarget, int widthRealisasi) {
    this.unit = unit;
    this.year = year;
    this.policy = policy;
    this.scale = scale;
    this.goals = goals;
    this.overall = overall;
    this.counts = counts;
    this.absorption = absorption;
    this.efficiencyGap = efficiencyGap;
    this.efficient = efficient;
    this.widthCode = widthCode;
    this.widthTarget = widthTarget;
    this.widthRealisasi = widthRealisasi;
  }

  static ScoreView of(ReportFile file, ReportResult r, String policy, int scale) {
    List<GoalView> goals = new ArrayList<>();
    int wc = 4;
    int wt = 6;
    int wr = 9;
    for (GoalResult g : r.goals()) {
      List<Line> lines = new ArrayList<>();
      for (IndicatorResult ir : g.indicators()) {
        Achievement a = ir.achievement();
        String code = ir.indicator().code();
        String target = file.targetTexts().getOrDefault(code, ir.indicator().target().toString());
        String realisasi = file.realisasiTexts().getOrDefault(code, "");
        lines.add(new Line(code, ir.indicator().name(), ir.indicator().unit().label(), target, realisasi, a.status().name(),
            a.rounded(), a.has(Achievement.Flag.PROVISIONAL), a.has(Achievement.Flag.CAPPED),
            a.isComputed() && a.isMet()));
        wc = Math.max(wc, code.length());
        wt = Math.max(wt, target.length());
        wr = Math.max(wr, realisasi.length());
      }
      wc = Math.max(wc, g.goal().code().length());
      goals.add(new GoalView(g.goal().code(), g.aggregate().rounded(), lines));
    }
    MetCounts c = r.counts();
    Counts counts = new Counts(c.total(), c.met(), c.notMet(), c.above(), c.equal(), c.below(), c.notAvailable(), c.undefined());
    return new ScoreView(file.agreement().unit().name(), file.agreement().year(), policy, scale, goals, r.overall().rounded(),
        counts, r.absorption().flatMap(x -> x.rounded()), r.efficiency().map(e -> e.rounded()),
        r.efficiency().map(e -> e.efficient()), wc, wt, wr);
  }
}
