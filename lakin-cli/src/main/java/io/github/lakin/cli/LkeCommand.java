/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.report.LkeWorksheetFile;
import io.github.lakin.scoring.index.Lke;
import io.github.lakin.scoring.index.LkeAssessor;
import io.github.lakin.scoring.index.LkeComponentScore;
import io.github.lakin.scoring.index.LkeMethod;
import io.github.lakin.scoring.index.LkeOptions;
import io.github.lakin.scoring.index.LkeResult;
import io.github.lakin.scoring.index.LkeSubComponentScore;
import io.github.lakin.scoring.index.LkeUnanswered;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Perintah LKE (LKE command): scores a filled SAKIP evaluation worksheet with named options. */
@Command(name = "lke", mixinStandardHelpOptions = true,
    description = "Scores a filled SAKIP evaluation worksheet (LKE, PermenPANRB 88/2021): component scores, total, predikat;"
        + " a CSV file component,sub-component,scale,answer (or one column per assessor; see docs/cli.md).")
final class LkeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the worksheet, a CSV file")
  Path file;

  @Option(names = "--method", defaultValue = "mean",
      description = "mean (rata-rata, the default: mean of the answers × weight) or akumulasi (accumulation: the sum of the answers)")
  String method;

  @Option(names = "--assessor", defaultValue = "mean",
      description = "with several assessors per criterion: mean (the default, of those who answered), self-assessment"
          + " (penilaian-mandiri), evaluator, or quality-assurer (penjamin-mutu)")
  String assessor;

  @Option(names = "--unanswered", defaultValue = "exclude",
      description = "an unanswered criterion: exclude (the default: not counted), zero (counted as 0) or fail (an error)")
  String unanswered;

  @Mixin
  TableOrJson output = new TableOrJson();

  private LkeOptions options() {
    LkeOptions o = LkeOptions.defaults();
    Options.checkChoice("--method", method, "mean", "rata-rata", "akumulasi", "accumulation");
    if (method.equals("akumulasi") || method.equals("accumulation")) {
      o = o.withMethod(LkeMethod.ACCUMULATION);
    }
    Options.checkChoice("--assessor", assessor, "mean", "rata-rata", "self-assessment", "penilaian-mandiri", "evaluator",
        "quality-assurer", "penjamin-mutu");
    switch (assessor) {
      case "self-assessment":
      case "penilaian-mandiri":
        o = o.withAssessor(LkeAssessor.SELF_ASSESSMENT);
        break;
      case "evaluator":
        o = o.withAssessor(LkeAssessor.EVALUATOR);
        break;
      case "quality-assurer":
      case "penjamin-mutu":
        o = o.withAssessor(LkeAssessor.QUALITY_ASSURER);
        break;
      default:
        break;
    }
    Options.checkChoice("--unanswered", unanswered, "exclude", "zero", "fail");
    return o.withUnanswered(LkeUnanswered.valueOf(unanswered.toUpperCase(Locale.ROOT)));
  }

  @Override
  public Integer call() throws Exception {
    Locale locale = output.locale();
    LkeOptions options = options();
    Options.requireFile(file);
    LkeResult r = Lke.evaluate(LkeWorksheetFile.read(file), options);
    StringWriter out = new StringWriter();
    if (output.json()) {
      try (JsonGenerator j = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
        j.writeStartObject();
        j.writeStringField("method", options.method().name().toLowerCase(Locale.ROOT));
        j.writeStringField("assessor", options.assessor().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse("mean"));
        j.writeStringField("unanswered", options.unanswered().name().toLowerCase(Locale.ROOT));
        j.writeArrayFieldStart("components");
        for (LkeComponentScore c : r.components()) {
          j.writeStartObject();
          j.writeStringField("code", c.component().code());
          j.writeStringField("score", c.scoreRounded().toPlainString());
          j.writeStringField("weight", c.component().weight().toPlainString());
          j.writeEndObject();
        }
        j.writeEndArray();
        j.writeStringField("total", r.totalRounded().toPlainString());
        j.writeStringField("predikat", r.predikat().code());
        j.writeEndObject();
      }
      out.write("\n");
    } else {
      boolean id = Texts.indonesian(locale);
      for (LkeComponentScore c : r.components()) {
        out.write(c.component().name() + ": " + points(c.scoreRounded(), c.component().weight(), locale) + "\n");
        for (LkeSubComponentScore s : c.subComponents()) {
          out.write("  " + s.subComponent().name() + ": " + points(s.scoreRounded(), s.weight(), locale) + " ("
              + s.answered() + (id ? " dijawab" : " answered")
              + (s.unanswered() > 0 ? ", " + s.unanswered() + (id ? " tidak dijawab" : " unanswered") : "") + ")\n");
        }
      }
      out.write((id ? "Nilai SAKIP: " : "SAKIP score: ") + Texts.number(r.totalRounded(), r.totalRounded().scale(), locale) + " → "
          + r.predikat().code() + " (" + r.predikat().label() + ")\n");
    }
    spec.commandLine().getOut().write(out.toString());
    spec.commandLine().getOut().flush();
    return LakinCommand.OK;
  }

  private static String points(BigDecimal score, BigDecimal weight, Locale locale) {
    return Texts.number(score, score.scale(), locale) + " / " + Texts.number(weight, Math.max(0, weight.stripTrailingZeros().scale()), locale);
  }
}
