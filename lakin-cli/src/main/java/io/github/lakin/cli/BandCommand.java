/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.scoring.band.Band;
import io.github.lakin.scoring.band.BandSet;
import io.github.lakin.scoring.band.BandTable;
import io.github.lakin.scoring.band.NextBand;
import io.github.lakin.scoring.band.StockTables;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Perintah band (band command): the predikat of a value in a stock band table. */
@Command(name = "band", mixinStandardHelpOptions = true,
    description = "Classifies VALUE in a band table: sakip, ikm-nrr, ikm-konversi, ipp, ip-asn, spm, ipp-pembangunan, ikm-2004-nrr, ikm-2004-konversi,"
        + " or a table of your own (--table FILE).")
final class BandCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "[TABLE] VALUE",
      description = "the stock table's name and the value, e.g. sakip 69,31; only the value with --table")
  java.util.List<String> args;

  @picocli.CommandLine.Option(names = "--table", paramLabel = "FILE",
      description = "a band table of your own, a CSV file: code,label,lower,upper[,lower-bound,upper-bound,description]"
          + " with header lines # name:, # source:, # gap-policy:; with a level or period column, one table per level"
          + " or period (a band set: choose with --level or --period; see docs/cli.md)")
  java.nio.file.Path tableFile;

  @picocli.CommandLine.Option(names = {"--level", "--tingkat"}, paramLabel = "KEY",
      description = "with a --table file that has a level column (a band set): the organisation level whose table to use,"
          + " e.g. nasional, provinsi, kabupaten/kota, fasilitas")
  String level;

  @picocli.CommandLine.Option(names = {"--period", "--periode"}, paramLabel = "KEY",
      description = "with a --table file that has a period column (a band set): the period whose table to use, e.g. 2024")
  String period;

  String table;

  String value;

  @Mixin
  TableOrJson output = new TableOrJson();

  /** The table of --table FILE: the file's one table, or the table of --level / --period in a band set. */
  private BandTable fromFile() throws java.io.IOException {
    if (level != null && period != null) {
      throw new IllegalArgumentException("give --level or --period, not both");
    }
    if (!io.github.lakin.report.BandTableFile.isSet(tableFile)) {
      if (level != null || period != null) {
        throw new IllegalArgumentException(tableFile + " holds one band table, without a level or period column: leave out "
            + (level != null ? "--level" : "--period"));
      }
      return io.github.lakin.report.BandTableFile.read(tableFile);
    }
    BandSet set = io.github.lakin.report.BandTableFile.readSet(tableFile);
    String option = "--" + set.dimension().english();
    String key = set.dimension() == BandSet.Dimension.LEVEL ? level : period;
    if (key == null) {
      throw new IllegalArgumentException(tableFile + " holds one band table per " + set.dimension().english() + " ("
          + String.join(", ", set.keys()) + "): choose one with " + option + " KEY"
          + (level != null || period != null ? ", not " + (level != null ? "--level" : "--period") : ""));
    }
    return set.table(key);
  }

  @Override
  public Integer call() throws Exception {
    Locale locale = output.locale();
    BandTable t;
    if (tableFile != null) {
      if (args.size() != 1) {
        throw new IllegalArgumentException("with --table give only the value, e.g. lakin band --table " + tableFile + " 87,5");
      }
      Options.requireFile(tableFile);
      t = fromFile();
      table = t.name();
      value = args.get(0);
    } else {
      if (level != null || period != null) {
        throw new IllegalArgumentException("--level and --period choose a table of a band set given with --table FILE");
      }
      if (args.size() != 2) {
        throw new IllegalArgumentException("give the table and the value, e.g. lakin band sakip 69,31, or --table FILE and the value");
      }
      table = args.get(0);
      value = args.get(1);
      if (!StockTables.names().contains(table)) {
        throw new IllegalArgumentException("unknown table " + table + "; the tables are " + String.join(", ", StockTables.names()));
      }
      t = StockTables.byName(table);
    }
    BigDecimal v = Options.number(value, "VALUE");
    Band band = t.classify(v);
    Optional<NextBand> next = t.pointsToNextBand(v);
    StringWriter out = new StringWriter();
    if (output.json()) {
      try (JsonGenerator j = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
        j.writeStartObject();
        j.writeStringField("table", table);
        j.writeStringField("value", v.toPlainString());
        j.writeStringField("code", band.code());
        j.writeStringField("label", band.label());
        j.writeStringField("description", band.description());
        if (next.isPresent()) {
          j.writeObjectFieldStart("next");
          j.writeStringField("code", next.get().band().code());
          j.writeStringField("points", next.get().points().round(Math.max(2, v.scale()), java.math.RoundingMode.UP).toPlainString());
          j.writeBooleanField("exclusive", next.get().exclusive());
          j.writeEndObject();
        } else {
          j.writeNullField("next");
        }
        j.writeEndObject();
      }
      out.write("\n");
    } else {
      boolean id = Texts.indonesian(locale);
      out.write(t.name() + ": " + Texts.number(v, Math.max(0, v.scale()), locale) + " → " + band.code() + " (" + band.label() + ")\n");
      if (next.isPresent()) {
        NextBand n = next.get();
        BigDecimal pts = n.points().round(Math.max(2, v.scale()), java.math.RoundingMode.UP);
        out.write((id ? "Ke " + n.band().code() + ": " + Texts.number(pts, pts.scale(), locale) + " poin"
            + (n.exclusive() ? " (harus melampaui batas)" : "")
            : "To " + n.band().code() + ": " + Texts.number(pts, pts.scale(), locale) + " points"
            + (n.exclusive() ? " (must exceed the bound)" : "")) + "\n");
      }
    }
    spec.commandLine().getOut().write(out.toString());
    spec.commandLine().getOut().flush();
    return LakinCommand.OK;
  }
}
