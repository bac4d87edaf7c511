/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Berkas laporan (report files): reading performance reports from CSV and JSON files and Excel
 * workbooks into the Lakin model, with errors that name file, line and column (or workbook, sheet
 * and cell). Start with
 * {@link io.github.lakin.report.ReportFiles#read}.
 */
@NullMarked
package io.github.lakin.report;

import org.jspecify.annotations.NullMarked;
