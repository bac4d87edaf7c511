/**
 * Berkas laporan (report files): reading performance reports from CSV and JSON files into the
 * Lakin model, with errors that name file, line and column. Start with
 * {@link io.github.lakin.cli.report.ReportFiles#read}.
 */
@NullMarked
package io.github.lakin.cli.report;

import org.jspecify.annotations.NullMarked;
