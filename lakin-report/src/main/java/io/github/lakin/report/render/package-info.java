/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Tampilan hasil (rendering): what {@code lakin score} prints, as library API — build a
 * {@link io.github.lakin.report.render.ScoreView} from a report file and its result (or stream a
 * large CSV file through {@link io.github.lakin.report.render.LargeCsvView}) and write it with
 * {@link io.github.lakin.report.render.ScoreRenderer} as a table, Markdown, CSV or JSON, with
 * {@link io.github.lakin.report.render.WorkbookRenderer} as an Excel workbook, or with
 * {@link io.github.lakin.report.render.HtmlRenderer} as an HTML report with charts.
 */
@NullMarked
package io.github.lakin.report.render;

import org.jspecify.annotations.NullMarked;
