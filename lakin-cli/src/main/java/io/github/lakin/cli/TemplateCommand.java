/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import io.github.lakin.report.WorkbookTemplate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Perintah template (template command): an empty input workbook to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Writes an empty report workbook (.xlsx) to fill in: the column headings, drop-down lists, the settings sheet"
        + " and a sheet 'petunjuk' that explains each column.")
final class TemplateCommand implements Callable<Integer> {
  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "the workbook to write, e.g. laporan.xlsx")
  Path output;

  @Override
  public Integer call() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    WorkbookTemplate.write(bytes);
    Options.writeFile(output, o -> bytes.writeTo(o));
    return LakinCommand.OK;
  }
}
