package io.github.lakin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.scoring.band.Band;
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
    description = "Classifies VALUE in a band table: sakip, ikm-nrr, ikm-konversi, ipp, ip-asn, spm, ipp-pembangunan, ikm-2004-nrr, ikm-2004-konversi.")
final class BandCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TABLE", description = "the table name")
  String table;

  @Parameters(index = "1", paramLabel = "VALUE", description = "the value, e.g. 69,31")
  String value;

  @Mixin
  TableOrJson output = new TableOrJson();

  @Override
  public Integer call() throws Exception {
    Locale locale = output.locale();
    if (!StockTables.names().contains(table)) {
      throw new IllegalArgumentException("unknown table " + table + "; the tables are " + String.join(", ", StockTables.names()));
    }
    BandTable t = StockTables.byName(table);
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
