/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow.Text;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Pembaca buku kerja laporan (workbook report reader): a report in an Excel workbook
 * ({@code .xlsx}), in the layout of the CSV form. The sheet {@code laporan} (else the first sheet)
 * has the CSV header ({@code goal,indicator,name,unit,polarity,target,realisasi,…}) in its first
 * non-empty row and one indicator per row below it; the sheet {@code pengaturan} (or
 * {@code settings}), when present, holds the settings of the CSV header lines as rows of key and
 * value ({@code year | 2023}); the sheet {@code anggaran} (or {@code budget}), when present, holds
 * the budget lines under the header {@code code,name,goal,pagu-awal,pagu,realisasi,printed}, one
 * line per row (the layout of the CSV budget section).
 *
 * <p>Every cell goes through the same checks as a CSV cell. A text cell is read by the report's
 * cell grammar, exactly like CSV text. A numeric cell is taken from the decimal text the workbook
 * stores (never through {@code double}) and, like a JSON number, read as exactly that number
 * whatever the number style; a cell formatted as a percentage ({@code 0.00%}) means its value
 * × 100, and shows the decimals of its format ({@code 95.5} under {@code 0.00} reads {@code 95,50}: the same
 * value, never rounded). A printed capaian is taken as the cell shows it: a stored 101.6 under the format
 * {@code 0.00} is the printed {@code 101,60}, compared at two decimals. A formula cell is read by
 * the value the spreadsheet program last computed and stored; a formula without one is an error.
 * Errors name the workbook, sheet and cell ({@code laporan.xlsx laporan!F7}); nothing is returned
 * for a workbook with an error.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class WorkbookReportReader {
  /** The name of the sheet with the indicator rows (else the first sheet is read). */
  public static final String ROWS_SHEET = "laporan";
  /** The name of the sheet with the settings ({@code settings} is read too). */
  public static final String SETTINGS_SHEET = "pengaturan";
  /** The name of the sheet with the budget lines ({@code budget} is read too), in the layout of {@code BudgetTable}. */
  public static final String BUDGET_SHEET = "anggaran";

  private static final int GOAL = 0;
  private static final int INDICATOR = 1;
  private static final int NAME = 2;
  private static final int UNIT = 3;
  private static final int POLARITY = 4;
  private static final int TARGET = 5;
  private static final int REALISASI = 6;
  private static final int WEIGHT = 7;
  private static final int PRINTED = 8;
  private static final int FORMULA = 9;
  private static final int BASELINE = 10;
  private static final int NEGATIVE = 11;
  private static final int PERIOD = 12;
  private static final int CONSOLIDATION = 13;
  private static final int PREVIOUS = 14;

  private final String source;

  private WorkbookReportReader(String source) {
    this.source = source;
  }

  /**
   * Returns the report.
   *
   * @param file a {@code .xlsx} workbook
   * @param options the year and number style the caller states; where the workbook states them
   *     too (sheet {@code pengaturan}), they must agree
   * @return the report
   * @throws InvalidTextException for a bad cell, naming workbook, sheet and cell, and when neither
   *     the workbook nor the options state the year
   * @throws IOException if the file cannot be read
   */
  public static ReportFile read(Path file, ReadOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, options, CsvReportReader.unitOf(file));
    }
  }

  /**
   * Returns the report.
   *
   * @param source the name to use in error messages, e.g. {@code laporan.xlsx}
   * @param workbook the workbook's bytes
   * @param options the year and number style the caller states
   * @return the report
   * @throws InvalidTextException for a bad cell, naming source, sheet and cell
   * @throws IOException if the workbook cannot be read
   */
  public static ReportFile read(String source, InputStream workbook, ReadOptions options) throws IOException {
    return read(source, workbook, options, CsvReportReader.unitOf(Path.of(source.isBlank() ? "UNIT" : source).getFileName()));
  }

  private static ReportFile read(String source, InputStream in, ReadOptions options, io.github.lakin.core.OrgUnit fileUnit)
      throws IOException {
    WorkbookReportReader r = new WorkbookReportReader(source);
    try (ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      return r.read(wb, options, fileUnit);
    } catch (ExcelReaderException | IllegalStateException | IllegalArgumentException e) {
      if (e instanceof InvalidTextException) {
        throw e;
      }
      throw new InvalidTextException("", TextLocation.of(source), "an Excel workbook (.xlsx)", String.valueOf(e.getMessage()));
    } catch (IOException e) {
      if (e.getClass() == IOException.class || e instanceof java.util.zip.ZipException) {
        throw new InvalidTextException("", TextLocation.of(source), "an Excel workbook (.xlsx)",
            "it is not a readable .xlsx file (" + e.getMessage() + "); save it as an Excel workbook");
      }
      throw e;
    }
  }

  @SuppressWarnings("ReferenceEquality") // the same sheet object, not an equal one, is what is excluded
  private ReportFile read(ReadableWorkbook wb, ReadOptions options, io.github.lakin.core.OrgUnit fileUnit) throws IOException {
    List<Sheet> sheets = wb.getSheets().collect(Collectors.toList());
    Sheet rows = find(sheets, ROWS_SHEET).orElse(sheets.isEmpty() ? null : sheets.get(0));
    if (rows == null) {
      throw new InvalidTextException("", TextLocation.of(source), "a workbook", "it has no sheet");
    }
    Map<String, Text> stated = new LinkedHashMap<>();
    Optional<Sheet> settingsSheet = find(sheets, SETTINGS_SHEET).or(() -> find(sheets, "settings"));
    if (settingsSheet.isPresent() && settingsSheet.get() != rows) {
      settings(settingsSheet.get(), stated);
    }
    CsvSettings settings = CsvSettings.of(source, stated, options, fileUnit);
    CellGrammar grammar = new CellGrammar(settings.style);
    ReportAssembler assembler = new ReportAssembler(source, settings.year, settings.unit, grammar);
    String sheet = rows.getName();
    int[] column = null;
    int width = 0;
    try (Stream<Row> stream = rows.openStream()) {
      for (Row row : (Iterable<Row>) stream::iterator) {
        if (blank(row)) {
          continue;
        }
        if (column == null) {
          List<Text> header = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            header.add(new Text(plain(row.getCell(c), sheet, row.getRowNum(), c), at(sheet, row.getRowNum(), c)));
          }
          while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
          }
          column = CsvReportReader.columns(header, at(sheet, row.getRowNum(), 0), "a header row");
          width = header.size();
          continue;
        }
        for (int c = width; c < row.getCellCount(); c++) {
          Cell x = row.getCell(c);
          if (x != null && x.getType() != CellType.EMPTY && !x.getRawValue().isBlank()) {
            throw new InvalidTextException(x.getRawValue(), at(sheet, row.getRowNum(), c), "a cell",
                "it is right of the header's last column; give the column a name or clear the cell");
          }
        }
        assembler.add(row(row, sheet, column, grammar));
      }
    }
    if (column == null) {
      throw new InvalidTextException("", TextLocation.of(source + " " + sheet), "a header row",
          "the sheet is empty; its first row is " + String.join(",", CsvReportReader.REQUIRED) + ",weight,printed");
    }
    Optional<Sheet> budgetSheet = find(sheets, BUDGET_SHEET).or(() -> find(sheets, "budget"));
    if (budgetSheet.isPresent() && budgetSheet.get() != rows) {
      budget(budgetSheet.get(), grammar, assembler);
    }
    assembler.asOf(settings.asOf);
    return assembler.build(settings::settings);
  }

  /**
   * The budget sheet: a header row ({@code code,name,goal,pagu-awal,pagu,realisasi,printed}) and
   * one budget line per row; a sheet with only its header (as the template writes it) or nothing
   * gives no budget. Amount and figure cells are read like the numeric cells of the rows sheet.
   */
  private void budget(Sheet sheet, CellGrammar grammar, ReportAssembler assembler) throws IOException {
    String name = sheet.getName();
    int[] index = null;
    int[] kindOf = new int[0];
    int width = 0;
    BudgetTable table = new BudgetTable(grammar);
    try (Stream<Row> stream = sheet.openStream()) {
      for (Row row : (Iterable<Row>) stream::iterator) {
        if (blank(row)) {
          continue;
        }
        int r = row.getRowNum();
        if (index == null) {
          List<Text> header = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            header.add(new Text(plain(row.getCell(c), name, r, c), at(name, r, c)));
          }
          while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
          }
          index = BudgetTable.header(header, at(name, r, 0));
          width = header.size();
          kindOf = new int[width];
          java.util.Arrays.fill(kindOf, -1);
          for (int k = 0; k < index.length; k++) {
            if (index[k] >= 0) {
              kindOf[index[k]] = k;
            }
          }
          continue;
        }
        List<Text> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(width, row.getCellCount()); c++) {
          Cell x = c < row.getCellCount() ? row.getCell(c) : null;
          TextLocation at = at(name, r, c);
          BudgetTable.Kind kind = c < width ? BudgetTable.kind(kindOf[c]) : BudgetTable.Kind.TEXT;
          String text = kind == BudgetTable.Kind.TEXT ? plain(x, name, r, c) : number(x, at, grammar, kind == BudgetTable.Kind.FIGURE);
          cells.add(new Text(text, at));
        }
        table.add(BudgetTable.row(index, width, cells, at(name, r, 0)));
      }
    }
    if (!table.isEmpty()) {
      assembler.budget(table);
    }
  }

  private static Optional<Sheet> find(List<Sheet> sheets, String name) {
    return sheets.stream().filter(s -> s.getName().strip().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * Rows of key (column A) and value (column B); further columns are notes. An optional first row
   * {@code key | value} (or {@code kunci | nilai}) is a header; a key with an empty value is skipped.
   */
  private void settings(Sheet sheet, Map<String, Text> stated) throws IOException {
    String name = sheet.getName();
    boolean first = true;
    try (Stream<Row> stream = sheet.openStream()) {
      for (Row row : (Iterable<Row>) stream::iterator) {
        if (blank(row)) {
          continue;
        }
        String key = plain(row.getCell(0), name, row.getRowNum(), 0);
        boolean header = first && (key.equalsIgnoreCase("key") || key.equalsIgnoreCase("kunci"));
        first = false;
        if (header || key.isEmpty()) {
          continue;
        }
        Cell v = row.getCellCount() > 1 ? row.getCell(1) : null;
        String value = plain(v, name, row.getRowNum(), 1);
        if (value.isEmpty()) {
          continue; // a key without a value states nothing (the template lists every key)
        }
        SettingTexts.put(stated, new Text(key, at(name, row.getRowNum(), 0)), new Text(value, at(name, row.getRowNum(), 1)),
            "write one setting per row, its key in column A (one of " + String.join(", ", SettingTexts.CSV_KEYS)
                + ") and its value in column B");
      }
    }
  }

  private ReportRow row(Row row, String sheet, int[] column, CellGrammar grammar) {
    int r = row.getRowNum();
    Text[] t = new Text[column.length];
    for (int k = 0; k < column.length; k++) {
      int c = column[k];
      Cell cell = c < 0 || c >= row.getCellCount() ? null : row.getCell(c);
      TextLocation at = at(sheet, r, Math.max(c, 0));
      String text;
      if (k == TARGET || k == REALISASI || k == WEIGHT || k == BASELINE || k == PREVIOUS) {
        text = number(cell, at, grammar, false);
      } else if (k == PRINTED) {
        text = number(cell, at, grammar, true);
      } else {
        text = plain(cell, sheet, r, c);
      }
      t[k] = new Text(text, at);
    }
    return new ReportRow(at(sheet, r, 0), t[GOAL], t[INDICATOR], t[NAME], t[UNIT], t[POLARITY], t[TARGET], t[REALISASI],
        t[WEIGHT], t[PRINTED], List.of(), List.of(), t[FORMULA], t[BASELINE], t[NEGATIVE], t[PERIOD], t[CONSOLIDATION])
        .withPrevious(t[PREVIOUS])
        .withRealisasiOptions(t[PREVIOUS + 1], t[PREVIOUS + 2]);
  }

  private static boolean blank(Row row) {
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell x = row.getCell(c);
      if (x != null && x.getType() != CellType.EMPTY && x.getRawValue() != null && !x.getRawValue().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** {@code laporan.xlsx laporan!F7}: the row number as the sheet shows it, the column zero-based. */
  private TextLocation at(String sheet, int rowNum, int column) {
    return TextLocation.of(source + " " + sheet + "!" + columnName(column) + rowNum);
  }

  static String columnName(int column) {
    StringBuilder b = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int m = (c - 1) % 26;
      b.insert(0, (char) ('A' + m));
      c = (c - 1) / 26;
    }
    return b.toString();
  }

  /**
   * The value a cell holds (a formula's cached value), after the checks every cell shares.
   *
   * @return null for an empty cell; a BigDecimal for a number, else the text
   */
  private static @Nullable Object value(@Nullable Cell cell, TextLocation at) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return null;
    }
    String raw = cell.getRawValue();
    if (cell.getType() == CellType.ERROR) {
      throw new InvalidTextException(raw == null ? "" : raw, at, "a cell", "it holds a spreadsheet error; correct the cell");
    }
    if (cell.getType() == CellType.FORMULA) {
      if (raw == null) {
        throw new InvalidTextException("=" + cell.getFormula(), at, "a formula cell",
            "the workbook stores no computed value for it: open and save the workbook in a spreadsheet program");
      }
      Object v = cell.getValue();
      if (v instanceof String && error((String) v)) {
        throw new InvalidTextException((String) v, at, "a formula cell", "its formula =" + cell.getFormula()
            + " gives an error; correct the formula");
      }
      if (v instanceof BigDecimal) {
        checkNotDate(cell, at);
      }
      return v instanceof Boolean ? ((Boolean) v ? "true" : "false") : v;
    }
    if (cell.getType() == CellType.NUMBER) {
      checkNotDate(cell, at);
      return cell.getValue();
    }
    if (cell.getType() == CellType.BOOLEAN) {
      return Boolean.TRUE.equals(cell.getValue()) ? "true" : "false";
    }
    return raw == null ? null : raw;
  }

  private static boolean error(String v) {
    return v.startsWith("#") && (v.endsWith("!") || v.endsWith("?") || v.equals("#N/A") || v.equals("#GETTING_DATA"));
  }

  /** A number under a date format is a date: a code like 1.1 that the spreadsheet turned into 1 January. */
  private static void checkNotDate(Cell cell, TextLocation at) {
    String f = cell.getDataFormatString();
    if (f != null && dateFormat(f)) {
      throw new InvalidTextException(cell.getRawValue(), at, "a number or text",
          "the cell is formatted as a date (" + f + "); format it as a number or as text and type the value again");
    }
  }

  static boolean dateFormat(String format) {
    String f = unquoted(format).toLowerCase(Locale.ROOT);
    if (f.equalsIgnoreCase("general")) {
      return false;
    }
    return f.indexOf('y') >= 0 || f.indexOf('d') >= 0 || f.indexOf('h') >= 0 || f.indexOf('s') >= 0
        || (f.indexOf('m') >= 0 && f.indexOf('0') < 0 && f.indexOf('#') < 0);
  }

  /** The format without quoted literals, escaped characters and bracketed parts ({@code [Red]}, {@code [$Rp-421]}). */
  private static String unquoted(String format) {
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        // quoted text is skipped
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (bracket == 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A cell of a text column: text as written; a number as its plain decimal ({@code 1.1} stays {@code 1.1}). */
  private String plain(@Nullable Cell cell, String sheet, int rowNum, int column) {
    Object v = value(cell, at(sheet, rowNum, Math.max(column, 0)));
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal) {
      return plainDecimal((BigDecimal) v);
    }
    return v.toString().strip();
  }

  /** A stored number without the zeros some writers add ({@code 2023.0} is 2023): a cell's format, not its value, shows decimals. */
  private static BigDecimal stored(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static String plainDecimal(BigDecimal v) {
    return stored(v).toPlainString();
  }

  /**
   * A cell of a numeric column: text goes through the cell grammar as in a CSV file; a stored
   * number is written so that the grammar reads exactly it (× 100 under a percent format); a
   * printed figure is the number as the cell shows it, at the decimals of its format.
   */
  private static String number(@Nullable Cell cell, TextLocation at, CellGrammar grammar, boolean printed) {
    Object v = value(cell, at);
    if (v == null) {
      return "";
    }
    if (!(v instanceof BigDecimal)) {
      return v.toString().strip();
    }
    BigDecimal n = stored((BigDecimal) v);
    String format = cell == null ? null : cell.getDataFormatString();
    String f = format == null ? "" : unquoted(format);
    int section = f.indexOf(';');
    if (section >= 0) {
      f = f.substring(0, section); // the positive section decides the decimals shown
    }
    if (f.indexOf('%') >= 0) {
      n = n.movePointRight(2);
    }
    int decimals = decimals(f);
    if (printed && decimals >= 0) {
      n = n.setScale(decimals, RoundingMode.HALF_UP); // how a spreadsheet shows it: half away from zero
    } else if (decimals > n.scale()) {
      n = n.setScale(decimals); // 95.5 under 0.00 reads 95,50 as shown; only zeros are added, the value is the same
    }
    return grammar.numberText(n);
  }

  /** The decimals a number format shows ({@code 0.00} → 2, {@code #,##0} → 0), or -1 for General. */
  static int decimals(String format) {
    if (format.isBlank() || format.equalsIgnoreCase("general")) {
      return -1;
    }
    int dot = format.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int n = 0;
    for (int i = dot + 1; i < format.length() && (format.charAt(i) == '0' || format.charAt(i) == '#'); i++) {
      n++;
    }
    return n;
  }
}
