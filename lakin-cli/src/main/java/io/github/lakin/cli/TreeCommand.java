/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lakin.report.CascadeTreeFile;
import io.github.lakin.scoring.aggregate.CascadeNode;
import io.github.lakin.scoring.aggregate.CascadeResult;
import io.github.lakin.scoring.aggregate.CascadeStatus;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Perintah pohon kinerja (tree command): derives a cascading indicator tree and explains each node. */
@Command(name = "tree", mixinStandardHelpOptions = true,
    description = "Derives each parent indicator of a performance tree (pohon kinerja) from its children's values"
        + " (sum, mean, weighted mean, min, max) and explains the arithmetic; a CSV file code,name,parent,rule,weight,value"
        + " (see docs/cli.md).")
final class TreeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the tree, a CSV file: code,name,parent,rule[,weight,value]")
  Path file;

  @Mixin
  TableOrJson output = new TableOrJson();

  @Override
  public Integer call() throws Exception {
    Locale locale = output.locale();
    Options.requireFile(file);
    CascadeTreeFile tree = CascadeTreeFile.read(file);
    CascadeResult result = tree.tree().compute(tree.rounding());
    StringWriter out = new StringWriter();
    if (output.json()) {
      try (JsonGenerator j = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
        j.writeStartObject();
        j.writeStringField("tree", tree.name());
        j.writeArrayFieldStart("nodes");
        for (CascadeNode n : result.nodes()) {
          j.writeStartObject();
          j.writeStringField("code", n.code());
          j.writeStringField("name", n.name());
          j.writeStringField("parent", n.parent().orElse(null));
          j.writeStringField("rule", n.rule().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null));
          j.writeStringField("status", n.status().name().toLowerCase(Locale.ROOT));
          j.writeStringField("value", n.rounded().map(v -> v.toPlainString()).orElse(null));
          if (!n.missingLeaves().isEmpty()) {
            j.writeArrayFieldStart("missing");
            for (String m : n.missingLeaves()) {
              j.writeString(m);
            }
            j.writeEndArray();
          }
          j.writeStringField("explanation", n.explain(locale));
          j.writeEndObject();
        }
        j.writeEndArray();
        j.writeEndObject();
      }
      out.write("\n");
    } else {
      boolean id = Texts.indonesian(locale);
      out.write((id ? "Pohon kinerja " : "Performance tree ") + tree.name() + "\n");
      out.write(result.explain(locale));
      long derived = result.nodes().stream().filter(n -> n.status() == CascadeStatus.DERIVED).count();
      long incomplete = result.nodes().stream().filter(n -> n.status() == CascadeStatus.INCOMPLETE).count();
      out.write(id ? derived + " simpul diturunkan, " + incomplete + " tidak dapat dihitung\n"
          : derived + " nodes derived, " + incomplete + " cannot be computed\n");
    }
    spec.commandLine().getOut().write(out.toString());
    spec.commandLine().getOut().flush();
    return LakinCommand.OK;
  }
}
