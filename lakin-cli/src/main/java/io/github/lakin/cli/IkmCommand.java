/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.scoring.index.Ikm;
import io.github.lakin.scoring.index.IkmElementResult;
import io.github.lakin.scoring.index.IkmOptions;
import io.github.lakin.scoring.index.IkmResult;
import io.github.lakin.scoring.index.IkmSurvey;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Perintah ikm (IKM command): the public satisfaction index of PermenPANRB 14/2017. */
@Command(name = "ikm", mixinStandardHelpOptions = true,
    description = "Computes the IKM (PermenPANRB 14/2017) from NRR values or from a file of responses.")
final class IkmCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  static final class Input {
    @Option(names = "--nrr", paramLabel = "V1,V2,…", split = ";", required = true,
        description = "the NRR of each unsur, separated by ';' or by ',' when each uses a decimal point, e.g. 3.450,3.515")
    List<String> nrr;

    @Option(names = "--responses", paramLabel = "FILE", required = true,
        description = "a CSV file: one row per respondent, one column per unsur, answers 1–4, empty for a blank; an optional header row")
    Path responses;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  @Option(names = "--index-scale", paramLabel = "K", description = "round the 1–4 index to K decimals before converting (non-default)")
  Integer indexScale;

  @Mixin
  TableOrJson output = new TableOrJson();

  @Override
  public Integer call() throws Exception {
    Locale locale = output.locale();
    IkmOptions options = IkmOptions.defaults();
    if (indexScale != null) {
      if (indexScale < 0 || indexScale > 10) {
        throw new IllegalArgumentException("--index-scale must be from 0 to 10, but was " + indexScale);
      }
      options = options.withIndexRoundedBeforeConversion(indexScale);
    }
    IkmResult r = input.nrr != null ? Ikm.fromNrr(nrr(input.nrr), options) : Ikm.fromResponses(survey(input.responses), options);
    StringWriter out = new StringWriter();
    if (output.json()) {
      try (JsonGenerator j = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
        j.writeStartObject();
        j.writeStringField("index", r.indexRounded().toPlainString());
        j.writeStringField("konversi", r.konversiRounded().toPlainString());
        j.writeStringField("mutu", r.mutu().code());
        j.writeStringField("kinerja", r.kinerja());
        j.writeArrayFieldStart("elements");
        for (IkmElementResult e : r.elements()) {
          j.writeStartObject();
          j.writeStringField("code", e.element().code());
          j.writeStringField("nrr", e.nrrRounded().toPlainString());
          j.writeStringField("konversi", e.konversiRounded().toPlainString());
          j.writeStringField("mutu", e.mutu().code());
          j.writeEndObject();
        }
        j.writeEndArray();
        if (r.responses().isPresent()) {
          j.writeNumberField("respondents", r.responses().get().respondents());
        }
        j.writeEndObject();
      }
      out.write("\n");
    } else {
      boolean id = Texts.indonesian(locale);
      out.write((id ? "Unsur  NRR     Konversi  Mutu" : "Item   NRR     Converted Grade") + "\n");
      for (IkmElementResult e : r.elements()) {
        out.write(String.format(Locale.ROOT, "%-6s %-7s %-9s %s%n", e.element().code(),
            Texts.number(e.nrrRounded(), e.nrrRounded().scale(), locale),
            Texts.number(e.konversiRounded(), e.konversiRounded().scale(), locale), e.mutu().code()));
      }
      out.write("IKM: " + Texts.number(r.indexRounded(), r.indexRounded().scale(), locale) + " → "
          + Texts.number(r.konversiRounded(), r.konversiRounded().scale(), locale) + ", "
          + (id ? "mutu " : "grade ") + r.mutu().code() + " (" + r.kinerja() + ")\n");
    }
    spec.commandLine().getOut().write(out.toString());
    spec.commandLine().getOut().flush();
    return LakinCommand.OK;
  }

  private static List<BigDecimal> nrr(List<String> parts) {
    List<String> texts = new ArrayList<>();
    for (String p : parts) {
      // "3.450,3.515" (points as decimals) or "3,450;3,515" (split on ';' by picocli)
      if (parts.size() == 1 && p.contains(",") && p.contains(".")) {
        for (String s : Options.split(p, ",")) {
          texts.add(s);
        }
      } else if (parts.size() == 1 && p.contains(",") && !p.contains(";") && Options.split(p, ",").length > 2) {
        for (String s : Options.split(p, ",")) {
          texts.add(s);
        }
      } else {
        texts.add(p);
      }
    }
    List<BigDecimal> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(Options.NUMBERS.parseNumber(texts.get(i).strip(), TextLocation.of("option --nrr", 1, i + 1)));
    }
    return out;
  }

  private static IkmSurvey survey(Path file) throws java.io.IOException {
    List<Integer[]> rows = new ArrayList<>();
    int width = -1;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        char sep = line.indexOf(';') >= 0 ? ';' : ',';
        String[] cells = line.split(String.valueOf(sep), -1);
        if (n == 1 && cells.length > 0 && !cells[0].strip().isEmpty() && !Character.isDigit(cells[0].strip().charAt(0))) {
          continue; // a header row such as U1,U2,…
        }
        if (width < 0) {
          width = cells.length;
        } else if (cells.length != width) {
          throw new InvalidTextException(line, TextLocation.of(file.toString(), n, 1), "a response row",
              "it has " + cells.length + " answers but the first row has " + width);
        }
        Integer[] row = new Integer[cells.length];
        int col = 1;
        for (int i = 0; i < cells.length; i++) {
          String c = cells[i].strip();
          if (!c.isEmpty()) {
            if (!c.matches("[1-4]")) {
              throw new InvalidTextException(cells[i], TextLocation.of(file.toString(), n, col), "an answer",
                  "it must be 1, 2, 3 or 4, or empty for a blank");
            }
            row[i] = Integer.valueOf(c);
          }
          col += cells[i].length() + 1;
        }
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      throw new InvalidTextException("", TextLocation.of(file.toString(), 1, 1), "a survey", "the file has no responses");
    }
    IkmSurvey.Builder b = IkmSurvey.builder(width);
    for (Integer[] row : rows) {
      b.addRespondentWithBlanks(row);
    }
    return b.build();
  }

}
