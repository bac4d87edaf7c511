/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import picocli.CommandLine.Command;

/**
 * Perintah report (report command): the scored report as one self-contained HTML page with
 * charts — {@code lakin score FILE --format html}, with every option of {@code score}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes the Chapter III report of a report file as one HTML page with charts (no network needed to open it):"
        + " tables, capaian per indicator against the 100%% line, goals and unit, budget absorption beside capaian.")
final class ReportCommand extends ScoreCommand {
  @Override
  public Integer call() throws Exception {
    if (spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      throw new IllegalArgumentException("lakin report writes HTML; for another format use lakin score --format");
    }
    format = "html";
    return super.call();
  }
}
