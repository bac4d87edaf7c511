package io.github.lakin.cli;

import io.github.lakin.cli.report.ReportFile;
import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.math.BigDecimal;
import java.util.Optional;

/** Kebijakan dari opsi (policy from options): the report policy the file and the command line name. */
final class Policies {
  private Policies() {}

  /** The choices, each from the command line, else the file, else the default. */
  record Choice(Optional<BigDecimal> cap, String aggregate, int scale, String stage) {
    String describe(boolean id) {
      String c = cap.map(x -> (id ? "batas " : "cap ") + x.toPlainString()).orElse(id ? "tanpa batas" : "no cap");
      String a;
      switch (aggregate) {
        case "goals":
          a = id ? "rata-rata capaian sasaran" : "mean of goal means";
          break;
        case "weighted":
          a = id ? "rata-rata berbobot" : "weighted mean";
          break;
        default:
          a = id ? "rata-rata seluruh indikator" : "flat mean of all indicators";
      }
      String r = id ? scale + " desimal, pembulatan setengah ke atas" : scale + " decimals, half-up";
      String s = stage.equals("each-level") ? (id ? "dibulatkan di tiap tingkat" : "rounded at each level")
          : (id ? "dibulatkan sekali di akhir" : "rounded once at the end");
      return a + ", " + c + ", " + r + ", " + s;
    }
  }

  static Choice choose(ReportFile.Settings file, Optional<BigDecimal> cap, Optional<String> aggregate, Optional<Integer> scale,
      Optional<String> stage) {
    Optional<BigDecimal> c = cap.isPresent() ? cap : file.cap();
    String a = aggregate.or(file::aggregate).orElse("flat");
    int s = scale.or(file::scale).orElse(2);
    String st = stage.or(file::roundingStage).orElse("end");
    if (s < 0 || s > 10) {
      throw new IllegalArgumentException("--scale must be from 0 to 10, but was " + s);
    }
    c.ifPresent(x -> {
      if (x.compareTo(BigDecimal.valueOf(100)) < 0) {
        throw new IllegalArgumentException("--cap must be at least 100, but was " + x.toPlainString());
      }
    });
    return new Choice(c, a, s, st);
  }

  static ReportPolicy policy(Choice choice, @org.jspecify.annotations.Nullable PerformanceAgreement pk) {
    ScoringPolicy scoring = ScoringPolicy.builder().rounding(RoundingPolicy.halfUp(choice.scale())).build();
    if (choice.cap().isPresent()) {
      scoring = scoring.withCap(choice.cap().get());
    }
    AggregationShape shape;
    switch (choice.aggregate()) {
      case "goals":
        shape = AggregationShape.GOAL_MEANS;
        break;
      case "weighted":
        if (pk == null) {
          throw new IllegalArgumentException("--aggregate weighted needs the agreement");
        }
        if (pk.indicators().stream().anyMatch(i -> i.weight().isPresent())) {
          shape = AggregationShape.WEIGHTED_INDICATORS;
        } else if (pk.goals().stream().anyMatch(g -> g.weight().isPresent())) {
          shape = AggregationShape.WEIGHTED_GOALS;
        } else {
          throw new IllegalArgumentException("--aggregate weighted needs weights: the file gives no indicator or goal weight");
        }
        break;
      default:
        shape = AggregationShape.FLAT;
    }
    return ReportPolicy.builder().name(choice.describe(false)).scoring(scoring).shape(shape)
        .roundingStage(choice.stage().equals("each-level") ? RoundingStage.EACH_LEVEL : RoundingStage.END).build();
  }

  static boolean anyWeight(PerformanceAgreement pk) {
    for (Goal g : pk.goals()) {
      if (g.weight().isPresent()) {
        return true;
      }
      for (Indicator i : g.indicators()) {
        if (i.weight().isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
