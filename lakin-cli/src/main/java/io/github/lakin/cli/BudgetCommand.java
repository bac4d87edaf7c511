/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.core.BudgetLine;
import io.github.lakin.core.Rational;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.scoring.budget.Absorption;
import io.github.lakin.scoring.budget.EfficiencyGap;
import io.github.lakin.scoring.budget.PaguBasis;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Perintah budget (budget command): absorption and the efficiency gap (analisis efisiensi). */
@Command(name = "budget", mixinStandardHelpOptions = true,
    description = "Budget absorption (realisasi / pagu) and, with --capaian, the efficiency gap capaian − absorption.")
final class BudgetCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--pagu", required = true, paramLabel = "RUPIAH", description = "the (final) pagu, e.g. 9.970.949.000")
  String pagu;

  @Option(names = "--realisasi", required = true, paramLabel = "RUPIAH", description = "the budget realisation, e.g. 9.960.052.227")
  String realisasi;

  @Option(names = "--capaian", paramLabel = "C", description = "the capaian kinerja in percent, e.g. 106,51")
  String capaian;

  @Option(names = "--scale", defaultValue = "2", paramLabel = "N", description = "decimals shown; default 2")
  int scale;

  @Mixin
  TableOrJson output = new TableOrJson();

  @Override
  public Integer call() throws Exception {
    Locale locale = output.locale();
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException("--scale must be from 0 to 10, but was " + scale);
    }
    RoundingPolicy rounding = RoundingPolicy.halfUp(scale);
    BudgetLine line = BudgetLine.builder().code("UNIT").name("anggaran").finalPagu(Options.money(pagu, "--pagu"))
        .realization(Options.money(realisasi, "--realisasi")).build();
    Absorption a = Absorption.of("unit", List.of(line), PaguBasis.FINAL, rounding);
    Optional<EfficiencyGap> gap = Optional.empty();
    if (capaian != null) {
      BigDecimal c = Options.number(capaian, "--capaian");
      gap = a.percent().map(p -> EfficiencyGap.of("unit", Rational.of(c), p, rounding));
    }
    StringWriter out = new StringWriter();
    if (output.json()) {
      try (JsonGenerator j = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
        j.writeStartObject();
        Texts.writeDecimal(j, "absorption", a.rounded());
        Texts.writeDecimal(j, "efficiencyGap", gap.map(EfficiencyGap::rounded));
        if (gap.isPresent()) {
          j.writeBooleanField("efficient", gap.get().efficient());
        } else {
          j.writeNullField("efficient");
        }
        j.writeEndObject();
      }
      out.write("\n");
    } else {
      boolean id = Texts.indonesian(locale);
      out.write((id ? "Serapan anggaran: " : "Budget absorption: ") + Texts.percent(a.rounded(), scale, locale) + "\n");
      if (gap.isPresent()) {
        boolean eff = gap.get().efficient();
        out.write((id ? "Efisiensi: " : "Efficiency gap: ") + Texts.number(gap.get().rounded(), scale, locale)
            + (id ? " poin (" : " points (") + io.github.lakin.scoring.budget.EfficiencyGap.verdict(eff, locale) + ")"
            + "\n");
      }
    }
    spec.commandLine().getOut().write(out.toString());
    spec.commandLine().getOut().flush();
    return LakinCommand.OK;
  }
}
