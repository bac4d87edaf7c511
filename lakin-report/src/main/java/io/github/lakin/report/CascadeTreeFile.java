/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.Codes;
import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.text.ColumnKind;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.NumberParser;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.scoring.aggregate.CascadeRule;
import io.github.lakin.scoring.aggregate.CascadeTree;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Berkas pohon kinerja (performance tree file): a cascading indicator tree in CSV, for
 * {@code lakin tree FILE}. One row per node; a node with a rule is derived from the nodes that name
 * it as their parent, a node without a rule is a leaf with its value.
 *
 * <pre>
 * # name: desa-mandiri-2024
 * # decimals: 2
 * code,name,parent,rule,weight,value
 * P,Jumlah desa mandiri provinsi,,jumlah,,
 * K1,Kabupaten A,P,jumlah,,
 * D1,Kecamatan A1,K1,,,10
 * D2,Kecamatan A2,K1,,,"5,5"
 * K2,Kabupaten B,P,,,4
 * </pre>
 *
 * <p>Columns, in any order (Indonesian names in brackets): {@code code} (kode), {@code name}
 * (nama), {@code parent} (induk; empty for a top node), {@code rule} (turunan: {@code sum}/
 * {@code jumlah}, {@code mean}/{@code rata-rata}, {@code weighted}/{@code tertimbang},
 * {@code min}/{@code terendah}, {@code max}/{@code tertinggi}; empty for a leaf), {@code weight}
 * (bobot; the node's weight in a weighted parent) and {@code value} (nilai; a leaf's value, empty,
 * {@code -} or {@code N/A} when it has none yet). Header lines: {@code # name:} and
 * {@code # decimals:} (the display scale, 0–10, default 2, half-up). Numbers are read in the mixed
 * style ({@code 5,5}, {@code 1.250,5}); a number that style cannot settle is an error naming both
 * readings.
 *
 * <p>Every error names file:line:column: a bad cell, a value on a derived node, a parent that is no
 * node of the file (at the parent cell), a cycle (at the code of its first node), a missing or
 * misplaced weight. The bulk (large-file) path does not read tree files.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class CascadeTreeFile {
  private static final List<String> COLUMNS = List.of("code", "name", "parent", "rule", "weight", "value");
  private static final Map<String, String> ALIASES =
      Map.of("kode", "code", "nama", "name", "induk", "parent", "turunan", "rule", "aturan", "rule", "bobot", "weight", "nilai", "value");
  private static final SmallCsvTable.Shape SHAPE = new SmallCsvTable.Shape("a performance tree", List.of("name", "decimals"),
      COLUMNS, ALIASES, 4, "code,name,parent,rule and optionally weight,value", "nodes");
  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int PARENT = 2;
  private static final int RULE = 3;
  private static final int WEIGHT = 4;
  private static final int VALUE = 5;
  private static final NumberParser NUMBERS = NumberParser.of(NumberStyle.MIXED, ColumnKind.MEASURE);

  private final String name;
  private final CascadeTree tree;
  private final RoundingPolicy rounding;

  private CascadeTreeFile(String name, CascadeTree tree, RoundingPolicy rounding) {
    this.name = name;
    this.tree = tree;
    this.rounding = rounding;
  }

  /**
   * Reads a cascade tree from a CSV file.
   *
   * @param file a CSV tree, UTF-8
   * @return the tree with its name and display rounding
   * @throws InvalidTextException for a bad cell or a tree error, naming file, line and column
   * @throws IOException if the file cannot be read
   */
  public static CascadeTreeFile read(Path file) throws IOException {
    String name = String.valueOf(file.getFileName()).replaceFirst("(?i)\\.csv$", "");
    return read(file.toString(), name, Encodings.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads a cascade tree from CSV text.
   *
   * @param source the name in error messages, and the tree's name unless the text names one
   * @param csv the CSV text
   * @return the tree
   * @throws InvalidTextException for a bad cell or a tree error, naming the source, line and column
   */
  public static CascadeTreeFile read(String source, String csv) {
    return read(source, source, csv);
  }

  /** Returns the name ({@code # name:}, else the file name). */
  public String name() {
    return name;
  }

  /** Returns the tree. */
  public CascadeTree tree() {
    return tree;
  }

  /** Returns the display rounding ({@code # decimals:}, half-up). */
  public RoundingPolicy rounding() {
    return rounding;
  }

  private static CascadeTreeFile read(String source, String defaultName, String csv) {
    SmallCsvTable t = SmallCsvTable.read(source, csv, SHAPE);
    Text nameText = t.settings.get("name");
    String name = nameText != null && !nameText.value().isBlank() ? nameText.value() : defaultName;
    int decimals = 2;
    Text decimalsText = t.settings.get("decimals");
    if (decimalsText != null) {
      if (!decimalsText.value().matches("[0-9]{1,2}") || Integer.parseInt(decimalsText.value()) > 10) {
        throw new InvalidTextException(decimalsText.value(), decimalsText.location(), "the number of decimals", "write 0 to 10");
      }
      decimals = Integer.parseInt(decimalsText.value());
    }
    Map<String, Text> codes = new LinkedHashMap<>();
    List<Text> parents = new ArrayList<>();
    CascadeTree.Builder b = CascadeTree.builder();
    for (List<CsvRecords.Field> r : t.rows) {
      Text code = t.cell(r, CODE);
      if (code.isEmpty()) {
        throw new InvalidTextException("", code.location(), "a node code", "every node needs a code, e.g. 1.1");
      }
      ReportAssembler.plainText(code);
      Text nodeName = t.cell(r, NAME);
      ReportAssembler.plainText(nodeName);
      Text parent = t.cell(r, PARENT);
      Text rule = t.cell(r, RULE);
      Text weight = t.cell(r, WEIGHT);
      Text value = t.cell(r, VALUE);
      String key = Codes.normalize(code.value());
      Text first = codes.putIfAbsent(key, code);
      if (first != null) {
        throw new InvalidTextException(code.value(), code.location(), "a node code",
            "it is given twice (first at line " + first.location().line().orElse(0) + ")");
      }
      parents.add(parent);
      if (rule.isEmpty()) {
        if (missing(value)) {
          b.missing(code.value(), nodeName.value(), parent.value());
        } else {
          b.leaf(code.value(), nodeName.value(), parent.value(), NUMBERS.parseNumber(value.value(), value.location()));
        }
      } else {
        if (!missing(value)) {
          throw new InvalidTextException(value.value(), value.location(), "the value of node " + code.value(),
              "a node with a rule (" + rule.value() + ") is derived from its children: leave its value empty");
        }
        b.derived(code.value(), nodeName.value(), parent.value(), rule(rule));
      }
      if (!weight.isEmpty()) {
        BigDecimal w = NUMBERS.parseNumber(weight.value(), weight.location());
        if (w.signum() < 0) {
          throw new InvalidTextException(weight.value(), weight.location(), "the weight of node " + code.value(), "must be >= 0");
        }
        b.weight(code.value(), w);
      }
    }
    for (Text p : parents) {
      if (!p.isEmpty() && !codes.containsKey(Codes.normalize(p.value()))) {
        throw new InvalidTextException(p.value(), p.location(), "a parent",
            "no node of the file has this code; a top node leaves its parent empty");
      }
    }
    try {
      return new CascadeTreeFile(name, b.build(), RoundingPolicy.of(decimals, RoundingMode.HALF_UP));
    } catch (InvalidValueException e) {
      String message = String.valueOf(e.getMessage());
      Text at = t.cell(t.rows.get(0), CODE);
      for (Map.Entry<String, Text> c : codes.entrySet()) {
        if ((message.contains("node " + c.getKey() + ":") || message.contains("\"" + c.getKey() + " → "))) {
          at = c.getValue();
          break;
        }
      }
      throw new InvalidTextException(at.value(), at.location(), "node " + at.value(), message);
    }
  }

  private static boolean missing(Text value) {
    String v = value.value();
    return v.isEmpty() || v.equals("-") || v.equalsIgnoreCase("N/A");
  }

  private static CascadeRule rule(Text t) {
    switch (t.value().toLowerCase(Locale.ROOT).replace(' ', '-')) {
      case "sum":
      case "jumlah":
        return CascadeRule.SUM;
      case "mean":
      case "rata-rata":
        return CascadeRule.MEAN;
      case "weighted":
      case "tertimbang":
      case "rata-rata-tertimbang":
        return CascadeRule.WEIGHTED;
      case "min":
      case "terendah":
        return CascadeRule.MIN;
      case "max":
      case "tertinggi":
        return CascadeRule.MAX;
      default:
        throw new InvalidTextException(t.value(), t.location(), "a cascade rule",
            "write sum (jumlah), mean (rata-rata), weighted (tertimbang), min (terendah) or max (tertinggi), or leave it empty"
                + " for a leaf");
    }
  }

  @Override
  public String toString() {
    return "CascadeTreeFile " + name + " " + tree;
  }
}
