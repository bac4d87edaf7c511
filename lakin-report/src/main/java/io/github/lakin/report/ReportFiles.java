package io.github.lakin.report;

import io.github.lakin.core.text.InvalidTextException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Berkas laporan (report files): reads a report file by its extension: {@code .json} with
 * {@link JsonReportReader}, anything else as CSV with {@link CsvReportReader}.
 */
public final class ReportFiles {
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");

  private ReportFiles() {}

  /**
   * @param file the report file
   * @param year the report year for a CSV file; when empty, a year such as 2023 in the file name,
   *     else 2000 (the year only labels the agreement and dates a provisional value; it never
   *     changes a capaian)
   * @return the report
   * @throws InvalidTextException for any bad content, naming file, line and column
   * @throws IOException if the file cannot be read
   */
  public static ReportFile read(Path file, OptionalInt year) throws IOException {
    if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
      return JsonReportReader.read(file);
    }
    return CsvReportReader.read(file, csvYear(file, year));
  }

  /**
   * @param file a CSV file
   * @param year the year given, if any
   * @return the year to use for it
   */
  public static int csvYear(Path file, OptionalInt year) {
    if (year.isPresent()) {
      return year.getAsInt();
    }
    Matcher m = YEAR.matcher(String.valueOf(file.getFileName()));
    return m.find() ? Integer.parseInt(m.group()) : 2000;
  }
}
