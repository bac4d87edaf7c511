/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import io.github.lakin.report.ReadOptions;
import io.github.lakin.report.ReportFile;
import io.github.lakin.report.ReportFiles;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.nio.file.Path;

/** The bundled example (DOMAIN.md §12) read and scored: the JSON form has the budget, the CSV form has none. */
final class Scored {
  private Scored() {}

  static ScoreView view(String name) throws Exception {
    Path p = ScoreRendererTest.report(name);
    ReportFile f = ReportFiles.read(p, ReadOptions.none());
    ReportPolicy policy = f.settings().policy(f.agreement());
    ReportResult r = ReportScorer.of(policy).score(f.agreement(), f.realizations());
    return ScoreView.of(f, r, policy);
  }
}
