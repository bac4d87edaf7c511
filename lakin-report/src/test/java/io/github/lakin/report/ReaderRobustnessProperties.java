/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.lakin.core.text.InvalidTextException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever the text, the report readers either read it or throw the documented
 * {@link InvalidTextException} with a location; nothing else escapes.
 */
class ReaderRobustnessProperties {
  private static final List<String> CSV_TOKENS = List.of("goal", "indicator", "name", "unit", "polarity", "target",
      "realisasi", "weight", "printed", ",", ";", "\"", "\n", "\r\n", "SK1", "1.1", "69", "69,31", "\"69,31\"", "< 20%",
      "≤ 10 hari kerja", "N/A", "-", "82,96*", "23/24", "0", "higher", "lower", "%", "hari kerja", "", " ", "x", "1e9",
      "99999999999999999999", "100,45%", "80–90", "\uFEFF");
  private static final List<String> JSON_TOKENS = List.of("{", "}", "[", "]", ":", ",", "\"schema\"", "\"lakin-report/1\"",
      "\"year\"", "2023", "\"goals\"", "\"code\"", "\"SK1\"", "\"indicators\"", "\"target\"", "\"69,31\"", "\"realisasi\"",
      "\"< 20%\"", "null", "true", "1.5", "\"printed\"", "\"budget\"", "\"pagu\"", "\"policy\"", "\"cap\"", "\"scale\"", "-1",
      "\"printedElsewhere\"", "\"unit\"", "\"name\"", "\"x\"", "\n");

  private static Gen<String> text(List<String> tokens) {
    Gen<String> token = integers().between(0, tokens.size() - 1).map(tokens::get);
    return lists().of(token).ofSizeBetween(0, 60).map(l -> String.join("", l));
  }

  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";

  @Test
  void csvReaderOnlyThrowsTheDocumentedException() {
    qt().withExamples(3000).forAll(text(CSV_TOKENS), integers().between(0, 1)).checkAssert((t, withHeader) -> {
      String csv = withHeader == 1 ? HEADER + t : t;
      try {
        ReportFile f = CsvReportReader.read("fuzz.csv", csv, 2023);
        assertThat(f.agreement().indicators()).isNotEmpty();
      } catch (InvalidTextException e) {
        assertThat(e.location().source()).isEqualTo("fuzz.csv");
        assertThat(e.getMessage()).startsWith("fuzz.csv");
      }
    });
  }

  @Test
  void jsonReaderOnlyThrowsTheDocumentedException() {
    String prefix = "{\"schema\":\"lakin-report/1\",\"year\":2023,\"goals\":[{\"code\":\"SK1\",\"indicators\":[{\"code\":\"1.1\",";
    qt().withExamples(3000).forAll(text(JSON_TOKENS), integers().between(0, 1)).checkAssert((t, withPrefix) -> {
      String json = withPrefix == 1 ? prefix + t : t;
      try {
        JsonReportReader.read("fuzz.json", json);
      } catch (InvalidTextException e) {
        assertThat(e.location().source()).startsWith("fuzz.json");
      }
    });
  }
}
