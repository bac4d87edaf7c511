/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.jackson.LakinJson;
import io.github.lakin.report.JsonReportReader;
import io.github.lakin.report.ReportFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/** Kedua versi utama (both majors): the bundled §12 report and the Jackson 2 side of the cross-version tests. */
final class Majors {
  /** The report of DOMAIN.md §12, read by lakin-report's one reader. */
  static final ReportFile BIRO = biro();

  private static final ObjectMapper TWO = LakinJson.mapper();

  private Majors() {}

  private static ReportFile biro() {
    String name = "biro-perencanaan-2023.json";
    try (InputStream in = Majors.class.getResourceAsStream(name)) {
      return JsonReportReader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write2(Object value) {
    try {
      return TWO.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read2(String json, Class<T> type) {
    try {
      return TWO.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the message of the error either major raised, without Jackson's location. */
  static String messageOf(Runnable r) {
    try {
      r.run();
    } catch (UncheckedIOException e) {
      return ((JsonProcessingException) e.getCause()).getOriginalMessage();
    } catch (JacksonException e) {
      return e.getOriginalMessage();
    }
    throw new AssertionError("no error");
  }
}
