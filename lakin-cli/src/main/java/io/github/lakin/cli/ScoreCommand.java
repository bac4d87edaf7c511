/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import io.github.lakin.report.BulkCsvScan;
import io.github.lakin.core.Period;
import io.github.lakin.report.PeriodScoring;
import io.github.lakin.report.ReportFile;
import io.github.lakin.report.ReportRow;
import io.github.lakin.report.SettingTexts;
import io.github.lakin.report.render.ChartBands;
import io.github.lakin.report.render.HtmlRenderer;
import io.github.lakin.report.render.LargeCsvView;
import io.github.lakin.report.render.WorkbookRenderer;
import io.github.lakin.report.render.ScoreFormat;
import io.github.lakin.report.render.ScoreRenderer;
import io.github.lakin.report.render.ScoreView;
import io.github.lakin.scoring.aggregate.Trend;
import io.github.lakin.report.ReportFiles;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Perintah score (score command): the report table with capaian per indicator, goal and unit. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Scores a report file (CSV, JSON or an Excel workbook): capaian per indicator, goal and unit, counts, budget and efficiency.")
class ScoreCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the report file, .csv, .json or .xlsx")
  Path file;

  @picocli.CommandLine.Mixin
  RuleOptions rules = new RuleOptions();

  @Option(names = "--cap", paramLabel = "N", description = "cap each indicator's capaian at N percent (e.g. 120); default: no cap")
  BigDecimal cap;

  @Option(names = "--aggregate", paramLabel = "SHAPE", description = "flat (default), goals (mean of goal means) or weighted")
  String aggregate;

  @Option(names = "--scale", paramLabel = "N", description = "decimals shown, rounded half-up once; default 2")
  Integer scale;

  @Option(names = "--rounding-stage", paramLabel = "STAGE", description = "end (default: round once) or each-level")
  String stage;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), json, csv, markdown, xlsx (an Excel workbook, needs -o) or html (the report with charts)")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write to this file instead of standard output (needed for xlsx)")
  Path output;

  @Option(names = "--bands", paramLabel = "GREEN,YELLOW",
      description = "html: the lowest capaian shown green and yellow in the charts, in percent; default 100,90 (below 90: red)")
  String bands;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "id", description = "id (default) or en")
  String lang;

  @Option(names = "--year", paramLabel = "YEAR", description = "the report year, when the file does not state it ('# year: 2023' above a CSV header); there is no default")
  Integer year;

  @Option(names = "--number-style", paramLabel = "STYLE",
      description = "how the file writes numbers: indonesian (1.250 is 1250), english (1,250 is 1250) or mixed (default: each indicator's unit settles 1.250, else it is an error)")
  String numberStyle;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "the file's character encoding: utf-8 (default) or e.g. windows-1252")
  String encoding;

  @Option(names = "--rounding", paramLabel = "MODE", description = "half-up (default), down (truncation) or half-even, wherever a figure is rounded")
  String rounding;

  @Option(names = "--lower-formula", paramLabel = "FORMULA",
      description = "the formula of lower-is-better indicators: inverse ((2 - r/t) x 100, default) or inverse-ratio (t/r x 100)")
  String lowerFormula;

  @Option(names = "--pagu", paramLabel = "RUPIAH", description = "final budget ceiling (pagu) of the unit, for a CSV file")
  String pagu;

  @Option(names = "--pagu-awal", paramLabel = "RUPIAH", description = "initial pagu, for a CSV file")
  String paguAwal;

  @Option(names = "--budget-realisasi", paramLabel = "RUPIAH", description = "budget realisation of the unit, for a CSV file")
  String budgetRealisasi;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
      description = "auto (default: the bulk path for CSV files over 64 KB when it applies), object or bulk")
  String engine;

  @Option(names = "--as-of", paramLabel = "PERIOD",
      description = "score year to date as of a period of the report year, e.g. \"TW II 2024\", \"Juni 2024\" or \"Semester I\":"
          + " indicators with period rows are consolidated up to it; the output names the periods without realisasi")
  String asOf;

  @Option(names = "--trend-threshold", paramLabel = "T",
      description = "for files with a previous column: the largest change still labelled stable (tetap), in points of the"
          + " indicator's unit (e.g. 1) or in percent of the previous value (e.g. 5%%); default 0 (only no change is stable)")
  String trendThreshold;

  /**
   * Files larger than this go through the bulk path when it applies: from about 700 rows it takes
   * less CPU than the object path (RESULTS.md, run 6); smaller files keep the object path's start.
   */
  static final long BULK_BYTES = 64L << 10;

  @Override
  public Integer call() throws Exception {
    Locale locale = Options.locale(lang);
    Options.checkChoice("--format", format, "table", "json", "csv", "markdown", "xlsx", "html");
    boolean xlsx = format.equals("xlsx");
    if (xlsx && output == null) {
      throw new IllegalArgumentException("--format xlsx writes a workbook, not text: give the file to write with -o, e.g. -o hasil.xlsx");
    }
    ChartBands chartBands = Options.bands(bands);
    boolean text = !xlsx && !format.equals("html");
    Options.checkChoice("--aggregate", aggregate, "flat", "goals", "weighted");
    Options.checkChoice("--rounding-stage", stage, "end", "each-level");
    Options.checkChoice("--engine", engine, "auto", "object", "bulk");
    Options.requireFile(file);
    boolean csv = !String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json");
    boolean budget = pagu != null || budgetRealisasi != null || paguAwal != null;
    PrintWriter out = spec.commandLine().getOut();
    csv &= !String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    if (engine.equals("bulk") || (engine.equals("auto") && csv && (text || xlsx) && !budget && asOf == null && Files.size(file) > BULK_BYTES)) {
      if (!csv || budget || !(text || xlsx) || asOf != null) {
        throw new IllegalArgumentException(
            "--engine bulk reads CSV files without budget options or --as-of into table, json, csv, markdown or xlsx");
      }
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--engine bulk needs a regular file, as it reads " + file + " twice; leave the option out to read a pipe");
      }
      if (!"weighted".equals(aggregate)) {
        Optional<BulkCsvScan> scan = BulkCsvScan.scan(file, Policies.read(year, numberStyle, encoding),
            rules.applyTo(Policies.options(cap, aggregate, scale, stage, rounding, lowerFormula, null)));
        if (scan.isPresent() && xlsx) {
          Options.writeFile(output, o -> LargeCsvView.workbook(file, scan.get(), locale, o));
          return LakinCommand.OK;
        }
        if (scan.isPresent()) {
          if (output == null) {
            LargeCsvView.render(file, scan.get(), textFormat(), locale, out);
          } else {
            Options.writeFile(output, o -> {
              java.io.Writer w = new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8);
              LargeCsvView.render(file, scan.get(), textFormat(), locale, w);
            });
          }
          return LakinCommand.OK;
        }
      }
      if (engine.equals("bulk")) {
        throw new IllegalArgumentException("--engine bulk does not apply to " + file
            + ": it needs exact targets, higher or lower polarity, plain realisasi, no period rows, contiguous goals and a flat or goal-means"
            + " policy rounded at the end");
      }
    }
    ReportFile report = ReportFiles.read(file, Policies.read(year, numberStyle, encoding));
    PerformanceAgreement pk = withBudget(report.agreement());
    ReportPolicy policy = Policies.policy(report.settings().overriddenBy(rules.applyTo(Policies.options(cap, aggregate, scale, stage,
        rounding, lowerFormula, pk))), pk);
    Optional<Period> period = asOf == null ? report.asOf()
        : Optional.of(SettingTexts.asOf(new ReportRow.Text(asOf, TextLocation.of("option --as-of")), pk.year()));
    ScoreView view = ScoreView.of(PeriodScoring.score(report, pk, policy, period), policy, threshold());
    if (xlsx) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      WorkbookRenderer.write(view, locale, bytes);
      Options.writeFile(output, o -> bytes.writeTo(o));
      return LakinCommand.OK;
    }
    StringWriter buffer = new StringWriter();
    if (text) {
      ScoreRenderer.render(view, textFormat(), locale, buffer);
    } else {
      HtmlRenderer.render(view, locale, chartBands, buffer);
    }
    if (output != null) {
      byte[] bytes = buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Options.writeFile(output, o -> o.write(bytes));
    } else {
      out.write(buffer.toString());
      out.flush();
    }
    return LakinCommand.OK;
  }

  /** The option --trend-threshold: {@code 1} (points) or {@code 5%} (relative); none when absent. */
  private Trend.Threshold threshold() {
    if (trendThreshold == null) {
      return Trend.Threshold.none();
    }
    String t = trendThreshold.strip();
    boolean relative = t.endsWith("%");
    BigDecimal v = Options.number(relative ? t.substring(0, t.length() - 1).strip() : t, "--trend-threshold");
    if (v.signum() < 0) {
      throw new IllegalArgumentException("--trend-threshold " + trendThreshold + ": the threshold must be 0 or more");
    }
    return relative ? Trend.Threshold.percent(v) : Trend.Threshold.points(v);
  }

  private ScoreFormat textFormat() {
    return ScoreFormat.valueOf(format.toUpperCase(Locale.ROOT));
  }

  private PerformanceAgreement withBudget(PerformanceAgreement pk) {
    if (pagu == null && budgetRealisasi == null && paguAwal == null) {
      return pk;
    }
    if (pagu == null || budgetRealisasi == null) {
      throw new IllegalArgumentException("--pagu and --budget-realisasi go together");
    }
    if (!pk.budget().isEmpty()) {
      throw new IllegalArgumentException("the file already has a budget; leave out --pagu and --budget-realisasi");
    }
    BudgetLine.Builder b = BudgetLine.builder().code(pk.unit().code()).name("anggaran " + pk.unit().name())
        .finalPagu(Options.money(pagu, "--pagu")).realization(Options.money(budgetRealisasi, "--budget-realisasi"));
    if (paguAwal != null) {
      b.initialPagu(Options.money(paguAwal, "--pagu-awal"));
    }
    return PerformanceAgreement.builder().from(pk).addBudget(b.build()).build();
  }

  static TextLocation option(String name) {
    return TextLocation.of("option " + name);
  }
}
