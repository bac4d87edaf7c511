/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.report.ReportFile;
import io.github.lakin.report.ReportFiles;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.audit.AuditReport;
import io.github.lakin.scoring.audit.Auditor;
import io.github.lakin.scoring.audit.Explanation;
import io.github.lakin.scoring.audit.Finding;
import io.github.lakin.scoring.audit.PrintedFigures;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Perintah audit (audit command): recomputes every printed figure of a report file. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Recomputes every printed figure of a report file and explains each mismatch. Exit code 1 when any mismatches.")
final class AuditCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the report file, .csv or .json, with printed figures")
  Path file;

  @Option(names = "--cap", paramLabel = "N", description = "the cap the report claims to apply; default: the file's, else none")
  BigDecimal cap;

  @Option(names = "--aggregate", paramLabel = "SHAPE", description = "flat (default), goals or weighted")
  String aggregate;

  @Option(names = "--rounding-stage", paramLabel = "STAGE", description = "end (default) or each-level")
  String stage;

  @Mixin
  TableOrJson output = new TableOrJson();

  @Mixin
  RuleOptions rules = new RuleOptions();

  @Option(names = "--year", paramLabel = "YEAR", description = "the report year, when the file does not state it")
  Integer year;

  @Option(names = "--number-style", paramLabel = "STYLE", description = "indonesian, english or mixed (default)")
  String numberStyle;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "the file's character encoding: utf-8 (default) or e.g. windows-1252")
  String encoding;

  @Option(names = "--rounding", paramLabel = "MODE", description = "the rounding the report claims: half-up (default), down or half-even")
  String rounding;

  @Option(names = "--lower-formula", paramLabel = "FORMULA",
      description = "the formula of lower-is-better indicators: inverse ((2 - r/t) x 100, default) or inverse-ratio (t/r x 100)")
  String lowerFormula;

  @Override
  public Integer call() throws Exception {
    Locale locale = output.locale();
    Options.requireFile(file);
    ReportFile report = ReportFiles.read(file, Policies.read(year, numberStyle, encoding));
    io.github.lakin.report.ReportSettings settings = report.settings().overriddenBy(rules.applyTo(Policies.options(cap, aggregate, null,
        stage, rounding, lowerFormula, report.agreement())));
    ReportPolicy policy = Policies.policy(settings, report.agreement());
    PrintedFigures p = report.printed();
    if (p.isEmpty()) {
      throw new IllegalArgumentException(file + ": the file has no printed figures to audit (column 'printed' or the JSON 'printed' object)");
    }
    AuditReport audit = Auditor.of(policy).audit(report.agreement(), report.realizations(), p);
    StringWriter out = new StringWriter();
    if (output.json()) {
      try (JsonGenerator j = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
        j.writeStartObject();
        j.writeBooleanField("clean", audit.isClean());
        j.writeNumberField("mismatches", audit.mismatches().size());
        if (settings.preset().isPresent()) {
          j.writeStringField("preset", settings.preset().get().id());
        }
        j.writeArrayFieldStart("findings");
        for (Finding f : audit.findings()) {
          j.writeStartObject();
          j.writeStringField("kind", f.kind().name());
          j.writeStringField("code", f.code());
          if (f.kind() != Finding.Kind.INPUT) {
            j.writeStringField("printed", f.printed().toPlainString());
            Texts.writeDecimal(j, "recomputed", f.recomputed());
          }
          j.writeBooleanField("matches", f.matches());
          j.writeArrayFieldStart("explanations");
          for (Explanation e : f.explanations()) {
            j.writeStartObject();
            j.writeStringField("variant", e.variant().name());
            j.writeStringField("text", e.describe(locale));
            j.writeEndObject();
          }
          j.writeEndArray();
          j.writeStringField("text", f.explain(locale));
          j.writeEndObject();
        }
        j.writeEndArray();
        j.writeArrayFieldStart("explainedByOneVariant");
        for (io.github.lakin.scoring.audit.Variant v : audit.explainingAll()) {
          j.writeString(v.name());
        }
        j.writeEndArray();
        j.writeEndObject();
      }
      out.write("\n");
    } else {
      boolean id = Texts.indonesian(locale);
      out.write((id ? "Pemeriksaan angka tercetak: " : "Audit of printed figures: ") + file.getFileName() + "\n");
      out.write((id ? "Kebijakan: " : "Policy: ") + io.github.lakin.report.render.PolicyText.describe(policy, locale) + "\n");
      settings.preset().ifPresent(pr -> out.write((id ? "Aturan sistem: " : "Preset: ") + pr.id() + " (" + pr.source() + ")\n"));
      out.write("\n");
      for (Finding f : audit.findings()) {
        out.write((f.matches() ? "  ok  " : "  ✗   ") + f.explain(locale) + "\n");
      }
      audit.explainingAllText(locale).ifPresent(t -> out.write("\n" + t + "\n"));
      int bad = audit.mismatches().size();
      long checked = audit.findings().stream().filter(f -> f.kind() != Finding.Kind.INPUT).count();
      out.write("\n" + (id ? checked + " angka diperiksa, " + bad + " tidak cocok" : checked + " figures checked, " + bad + " mismatched")
          + "\n");
    }
    spec.commandLine().getOut().write(out.toString());
    spec.commandLine().getOut().flush();
    return audit.isClean() ? LakinCommand.OK : LakinCommand.MISMATCH;
  }
}
