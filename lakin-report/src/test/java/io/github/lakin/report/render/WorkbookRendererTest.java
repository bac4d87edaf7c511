/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Workbooks out, read back with Apache POI (an independent reader): every figure is the number the
 * table prints, stored as a number (its stored decimal text compared exactly), with the policy's
 * two-decimal format, the header frozen and the columns widened.
 */
class WorkbookRendererTest {
  private static final Locale ID = Locale.forLanguageTag("id");

  private static XSSFSheet written(String file, Locale locale) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookRenderer.write(Scored.view(file), locale, out);
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    return wb.getSheetAt(0);
  }

  private static BigDecimal stored(XSSFCell c) {
    assertThat(c.getCellType()).as(c.getReference()).isEqualTo(CellType.NUMERIC);
    return new BigDecimal(c.getRawValue());
  }

  @Test
  void everyCapaianIsANumberAtTwoDecimalsAsTheTablePrintsIt() throws Exception {
    XSSFSheet s = written("biro-perencanaan-2023.json", ID);
    assertThat(s.getSheetName()).isEqualTo("Bab III");
    Map<String, BigDecimal> capaian = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    List<String> formats = new ArrayList<>();
    for (int r = WorkbookRenderer.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
      XSSFRow row = s.getRow(r);
      if (row == null || row.getCell(5) == null) {
        continue;
      }
      String key = row.getCell(0) != null && !row.getCell(0).getStringCellValue().isEmpty() ? row.getCell(0).getStringCellValue()
          : row.getCell(1).getStringCellValue();
      capaian.put(key, stored(row.getCell(5)));
      formats.add(row.getCell(5).getCellStyle().getDataFormatString());
      labels.put(key, row.getCell(1).getStringCellValue());
    }
    Map<String, String> expected = new LinkedHashMap<>();
    String[] figures = {"SK1", "109.95", "1.1", "100.45", "1.2", "109.67", "1.3", "138.06", "1.4", "101.60", "1.5", "100.00",
        "SK2", "100.00", "2.1", "100.00", "2.2", "100.00", "SK3", "119.79", "3.1", "119.79", "SK4", "100.67", "4.1", "100.10",
        "4.2", "99.95", "4.3", "101.96", "Capaian unit (%)", "106.51", "Jumlah indikator", "11",
        "Mencapai atau melampaui target", "10", "Melampaui target", "7", "Tepat mencapai target", "3", "Di bawah target", "1",
        "Tanpa capaian", "0",
        // 10 of 11 met: 1000/11 = 90,909… → 90,91
        "Tingkat ketercapaian (%)", "90.91", "Pagu anggaran (Rp)", "9970949000", "Realisasi anggaran (Rp)", "9960052227",
        "Serapan anggaran (%)", "99.89", "Efisiensi: capaian − serapan (poin)", "6.62",
        // 106,51 / 99,89 = 1,06627… → 1,066
        "Indeks efisiensi: capaian ÷ serapan", "1.066"};
    for (int i = 0; i < figures.length; i += 2) {
      expected.put(figures[i], figures[i + 1]);
    }
    assertThat(capaian.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((k, v) -> assertThat(capaian.get(k)).as(k).isEqualByComparingTo(v));
    assertThat(formats.subList(0, 15)).containsOnly("0.00");
    assertThat(labels.get("SK1")).isEqualTo("Sasaran SK1");
  }

  @Test
  void targetsAndRealisasiAreNumbersWhereTheyAreExactDecimals() throws Exception {
    XSSFSheet s = written("biro-perencanaan-2023.csv", Locale.ENGLISH);
    assertThat(s.getSheetName()).isEqualTo("Chapter III");
    assertThat(s.getRow(WorkbookRenderer.HEADER_ROW).getCell(5).getStringCellValue()).isEqualTo("Achieved (%)");
    XSSFRow first = s.getRow(WorkbookRenderer.HEADER_ROW + 2);
    assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1.1");
    assertThat(stored(first.getCell(3))).isEqualByComparingTo("69");
    assertThat(stored(first.getCell(4))).isEqualByComparingTo("69.31");
    assertThat(first.getCell(6).getStringCellValue()).isEqualTo("met");
  }

  @Test
  void theHeaderIsFrozenAndTheColumnsFitTheirText() throws Exception {
    XSSFSheet s = written("biro-perencanaan-2023.csv", ID);
    PaneInformation pane = s.getPaneInformation();
    assertThat(pane).isNotNull();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(WorkbookRenderer.HEADER_ROW + 1);
    // the indicator names are up to 70 characters: the name column is far wider than the default
    assertThat(s.getColumnWidth(1)).isGreaterThan(40 * 256);
    assertThat(s.getColumnWidth(5)).isGreaterThan(8 * 256);
  }
}
