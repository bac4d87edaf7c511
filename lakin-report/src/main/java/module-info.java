/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Lakin report files: CSV, JSON ({@code lakin-report/1}) and Excel workbook report files read into a typed report,
 * the large-file streaming path, and the renderers (table, Markdown, CSV, JSON, workbook, HTML with
 * charts) of what the {@code lakin} command prints.
 */
module io.github.lakin.report {
  requires transitive io.github.lakin.core;
  requires transitive io.github.lakin.scoring;
  requires io.github.lakin.jackson;
  requires com.fasterxml.jackson.databind;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires static org.immutables.value.annotations;
  // static transitive: the annotations appear in the exported API (javac -Xlint:exports)
  requires static transitive org.jspecify;

  exports io.github.lakin.report;
  exports io.github.lakin.report.render;
}
