/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.text.TextLocation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Baris laporan (report row): one indicator row of a report file as written, every cell with the
 * place it came from; {@link ReportAssembler} turns rows into the model. Also a summary row (no
 * indicator code) that carries the printed capaian of a goal or of the unit.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ReportRow {
  /** Isi sel (cell): the text of one cell and where it is; empty text when the cell is empty or absent. */
  public static final class Text {
    private final String value;
    private @Nullable TextLocation location;
    private final String source;
    private final int line;
    private final int column;

    /**
     * @param value the text as written (trimmed by the reader)
     * @param location where it is
     */
    public Text(String value, TextLocation location) {
      this.value = Objects.requireNonNull(value, "value");
      this.location = Objects.requireNonNull(location, "location");
      this.source = location.source();
      this.line = location.line().orElse(0);
      this.column = location.column().orElse(0);
    }

    /** A cell of a CSV file: its location is made only when asked for (a large file has millions of cells). */
    Text(String value, String source, int line, int column) {
      this.value = value;
      this.source = source;
      this.line = line;
      this.column = column;
    }

    /** Returns the text, trimmed; empty for an empty cell. */
    public String value() {
      return value;
    }

    /** Returns where the cell is. */
    public TextLocation location() {
      TextLocation l = location;
      if (l == null) {
        l = TextLocation.of(source, line, column);
        location = l;
      }
      return l;
    }

    /** The cell with its text as a code in normal form ({@link io.github.lakin.core.Codes}), same place. */
    Text normalCode() {
      String n = io.github.lakin.core.Codes.normalize(value);
      if (n.equals(value)) {
        return this;
      }
      return location != null ? new Text(n, location) : new Text(n, source, line, column);
    }

    /** Returns whether the cell is empty. */
    public boolean isEmpty() {
      return value.isEmpty();
    }

    @Override
    public String toString() {
      return location + " " + value;
    }
  }

  final Text goal;
  final Text indicator;
  final Text name;
  final Text unit;
  final Text polarity;
  final Text target;
  final Text realisasi;
  final Text weight;
  final Text printed;
  final List<Text> otherTargets;
  final List<Text> otherRealisasi;
  final Text formula;
  final Text baseline;
  final Text negative;
  /** The period of a period row ({@code TW I}, {@code Januari}); empty on the annual row. */
  final Text period;
  /** How the indicator's periods make its year-to-date value ({@code SUM}, {@code LAST}, …). */
  final Text consolidation;
  /** The realisasi of the previous year ({@code previous}, {@code realisasi-lalu}); empty when not given. */
  final Text previous;
  final TextLocation row;
  /**
   * The ordinal scale of a realisasi given as a code ({@code opini-bpk}, {@code TMP < TW < WDP < WTP});
   * empty when not given. Set only by {@link #withRealisasiOptions}, before the row is shared.
   */
  Text scale;
  /** The decimals a target or realisasi may have ({@code 2}); empty when not given. Set as {@link #scale}. */
  Text decimals;

  ReportRow(TextLocation row, Text goal, Text indicator, Text name, Text unit, Text polarity, Text target, Text realisasi,
      Text weight, Text printed, List<Text> otherTargets, List<Text> otherRealisasi, Text formula, Text baseline, Text negative) {
    this(row, goal, indicator, name, unit, polarity, target, realisasi, weight, printed, otherTargets, otherRealisasi, formula,
        baseline, negative, new Text("", row), new Text("", row));
  }

  ReportRow(TextLocation row, Text goal, Text indicator, Text name, Text unit, Text polarity, Text target, Text realisasi,
      Text weight, Text printed, List<Text> otherTargets, List<Text> otherRealisasi, Text formula, Text baseline, Text negative,
      Text period, Text consolidation) {
    this.row = row;
    this.previous = new Text("", row);
    this.scale = new Text("", row);
    this.decimals = new Text("", row);
    this.period = period;
    this.consolidation = consolidation;
    this.formula = formula;
    this.baseline = baseline;
    this.negative = negative;
    this.goal = goal.normalCode();
    this.indicator = indicator.normalCode();
    this.name = name;
    this.unit = unit;
    this.polarity = polarity;
    this.target = target;
    this.realisasi = realisasi;
    this.weight = weight;
    this.printed = printed;
    this.otherTargets = otherTargets.isEmpty() ? List.of() : List.copyOf(otherTargets);
    this.otherRealisasi = otherRealisasi.isEmpty() ? List.of() : List.copyOf(otherRealisasi);
  }

  /** A copy of a row with the previous year's realisasi. */
  private ReportRow(ReportRow r, Text previous) {
    this.row = r.row;
    this.goal = r.goal;
    this.indicator = r.indicator;
    this.name = r.name;
    this.unit = r.unit;
    this.polarity = r.polarity;
    this.target = r.target;
    this.realisasi = r.realisasi;
    this.weight = r.weight;
    this.printed = r.printed;
    this.otherTargets = r.otherTargets;
    this.otherRealisasi = r.otherRealisasi;
    this.formula = r.formula;
    this.baseline = r.baseline;
    this.negative = r.negative;
    this.period = r.period;
    this.consolidation = r.consolidation;
    this.previous = previous;
    this.scale = r.scale;
    this.decimals = r.decimals;
  }

  /** This row with the previous year's realisasi as written (the column {@code previous}). */
  ReportRow withPrevious(Text previous) {
    return previous.isEmpty() ? this : new ReportRow(this, previous);
  }

  /** Returns the realisasi of the previous year as written, e.g. {@code 68,00}; empty when the file gives none. */
  public Text previous() {
    return previous;
  }

  /**
   * The cells of the optional columns {@code ordinal-scale} and {@code decimals} (issue 16), given after
   * the row is made and before it is handed on.
   *
   * @return this row
   */
  ReportRow withRealisasiOptions(Text scale, Text decimals) {
    this.scale = scale;
    this.decimals = decimals;
    return this;
  }

  /** Returns the goal (sasaran) code. */
  public Text goal() {
    return goal;
  }

  /** Returns the indicator code; empty on a summary row. */
  public Text indicator() {
    return indicator;
  }

  /** Returns the target as written, e.g. {@code 69}, {@code < 20%}. */
  public Text target() {
    return target;
  }

  /** Returns the realisasi as written, e.g. {@code 82,96*}, {@code N/A}. */
  public Text realisasi() {
    return realisasi;
  }

  /** Returns the printed capaian, when the file gives one. */
  public Text printed() {
    return printed;
  }

  /** Returns the period of a period row ({@code TW I}, {@code Januari 2024}); empty on an annual row. */
  public Text period() {
    return period;
  }

  /** Returns whether this row only carries a printed goal or unit figure. */
  public boolean isSummary() {
    return indicator.isEmpty();
  }
}
