/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.text.InvalidTextException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Berkas laporan (report files): reads a report file by its extension: {@code .json} with
 * {@link JsonReportReader}, {@code .xlsx} (an Excel workbook) with {@link WorkbookReportReader},
 * anything else as CSV with {@link CsvReportReader}. The year comes from
 * the file ({@code # year: 2023}, JSON {@code "year"}) or from {@link ReadOptions}; never from the
 * file name or a default.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Returns the report.
   *
   * @param file the report file
   * @param options the year and number style the caller states (a file may state them itself)
   * @return the report
   * @throws InvalidTextException for any bad content, naming file, line and column; also when the
   *     year is stated by neither the file nor the options (there is no default year)
   * @throws IOException if the file cannot be read
   */
  public static ReportFile read(Path file, ReadOptions options) throws IOException {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JsonReportReader.read(file, options);
    }
    if (name.endsWith(".xlsx")) {
      return WorkbookReportReader.read(file, options);
    }
    return CsvReportReader.read(file, options);
  }

  /**
   * Returns the report.
   *
   * @param file the report file
   * @param year the report year, when the caller states it
   * @return the report
   * @throws InvalidTextException for any bad content, naming file, line and column; also when the
   *     year is stated by neither the file nor the argument
   * @throws IOException if the file cannot be read
   */
  public static ReportFile read(Path file, OptionalInt year) throws IOException {
    return read(file, year.isPresent() ? ReadOptions.none().withYear(year.getAsInt()) : ReadOptions.none());
  }
}
