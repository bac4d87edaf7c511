/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.report.BulkCsvScan;
import io.github.lakin.report.ReadOptions;
import io.github.lakin.report.ReportFile;
import io.github.lakin.report.ReportFiles;
import io.github.lakin.report.ReportSettings;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The large-file path writes the same workbook cells as the object path, also past the rows it streams out at a time. */
class LargeWorkbookTest {
  @TempDir
  Path dir;

  private static List<String> cells(byte[] xlsx) throws Exception {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet s = wb.getSheetAt(0);
      for (Row row : s) {
        for (Cell c : row) {
          XSSFCell x = (XSSFCell) c;
          out.add(x.getReference() + "=" + x.getCellType() + ":" + (x.getRawValue() == null ? "" : x.getRawValue()) + ":"
              + x.getCellStyle().getDataFormatString());
        }
      }
    }
    return out;
  }

  private static byte[] objectPath(Path csv) throws Exception {
    ReportFile f = ReportFiles.read(csv, ReadOptions.none());
    ReportPolicy policy = f.settings().policy(f.agreement());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookRenderer.write(ScoreView.of(f, ReportScorer.of(policy).score(f.agreement(), f.realizations()), policy),
        Locale.forLanguageTag("id"), out);
    return out.toByteArray();
  }

  private static byte[] largePath(Path csv) throws Exception {
    BulkCsvScan scan = BulkCsvScan.scan(csv, ReadOptions.none(), ReportSettings.none()).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LargeCsvView.workbook(csv, scan, Locale.forLanguageTag("id"), out);
    return out.toByteArray();
  }

  @Test
  void theExampleGivesTheSameCellsOnBothPaths() throws Exception {
    // the bulk path takes plain realisasi: the example without its provisional mark
    Path csv = dir.resolve("contoh.csv");
    Files.writeString(csv, Files.readString(ScoreRendererTest.report("biro-perencanaan-2023.csv")).replace("82,96*", "82,96"));
    assertThat(cells(largePath(csv))).isEqualTo(cells(objectPath(csv)));
  }

  @Test
  void aReportLargerThanOneFlushGivesTheSameCellsOnBothPaths() throws Exception {
    StringBuilder b = new StringBuilder("# year: 2023\ngoal,indicator,name,unit,polarity,target,realisasi\n");
    int n = WorkbookRenderer.FLUSH_ROWS * 2 + 345;
    for (int i = 0; i < n; i++) {
      b.append("G").append(i / 1000).append(",I").append(i).append(",Indikator ").append(i).append(",%,higher,80,")
          .append(60 + i % 50).append(".").append(i % 10).append('\n');
    }
    Path csv = dir.resolve("besar.csv");
    Files.writeString(csv, b);
    List<String> large = cells(largePath(csv));
    assertThat(large).isEqualTo(cells(objectPath(csv)));
    assertThat(large).anyMatch(c -> c.startsWith("F" + (WorkbookRenderer.HEADER_ROW + n + 20 + 1) + "="));
  }
}
