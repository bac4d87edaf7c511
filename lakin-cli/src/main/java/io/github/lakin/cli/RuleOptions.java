/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import io.github.lakin.core.text.TextLocation;
import io.github.lakin.report.ReportRow;
import io.github.lakin.report.ReportSettings;
import io.github.lakin.report.SettingTexts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Opsi aturan (rule options): {@code --zero-target}, {@code --provisional}, {@code --missing}, {@code --negative-target} and {@code --preset},
 * read with the words of a report file's settings ({@link SettingTexts#rules}) and winning over
 * the file's.
 */
final class RuleOptions {
  @Option(names = "--zero-target", paramLabel = "RULE",
      description = "capaian when the target is 0: default (realisasi 0 gives 100, else undefined) or two values,"
          + " both 0 then only the target 0, each a number or undefined, e.g. \"100 0\"; the second may be r×100+100")
  @Nullable String zeroTarget;

  @Option(names = "--provisional", paramLabel = "RULE",
      description = "provisional (*) values in the means: include (default, flagged), exclude or fail")
  @Nullable String provisional;

  @Option(names = "--missing", paramLabel = "RULE",
      description = "indicators without a capaian in the means: exclude (default, listed) or fail")
  @Nullable String missing;

  @Option(names = "--preset", paramLabel = "NAME",
      description = "the rules of another system (docs/presets.md): standard, regional-truncated, wp-eval-sakip, kwanter-sakip or esakip-v2;"
          + " the file's and the command line's own settings win over it, and it replaces the file's '# preset:'")
  @Nullable String preset;

  @Option(names = "--negative-target", paramLabel = "RULE",
      description = "a negative target: reject (default, an error) or deviation (both negative: 100 ± (r − t) / |t| × 100)")
  @Nullable String negativeTarget;

  /**
   * Returns those settings with the rules these options name.
   *
   * @param s the settings the other options name
   * @return those settings with the rules these options name
   * @throws io.github.lakin.core.text.InvalidTextException naming the option for a value that is not one of the choices
   */
  ReportSettings applyTo(ReportSettings s) {
    ReportSettings named = preset == null ? s : s.withPreset(SettingTexts.preset(new ReportRow.Text(preset, TextLocation.of("option --preset"))));
    ReportSettings r = SettingTexts.rules(named, text(zeroTarget, "--zero-target"), text(provisional, "--provisional"), text(missing, "--missing"));
    return SettingTexts.negativeTarget(r, text(negativeTarget, "--negative-target"));
  }

  private static ReportRow.@Nullable Text text(@Nullable String value, String option) {
    return value == null ? null : new ReportRow.Text(value, TextLocation.of("option " + option));
  }
}
