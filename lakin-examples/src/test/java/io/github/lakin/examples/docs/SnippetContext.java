/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Realization;
import io.github.lakin.examples.BiroPerencanaan2023;
import io.github.lakin.jackson.LakinJson;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every documentation snippet can use without declaring it: the Biro Perencanaan 2023 report
 * of DOMAIN.md §12 and places to write to. A snippet's own declaration of the same name hides the
 * field. The list is in CONTRIBUTING.md; keep the two the same.
 */
public abstract class SnippetContext {
  /** The 2023 agreement of the Biro Perencanaan (11 indicators, 4 goals, the revised budget). */
  protected final PerformanceAgreement agreement = BiroPerencanaan2023.agreement();
  /** The same agreement. */
  protected final PerformanceAgreement pk = agreement;
  /** Its first version (effective 2 January 2023); {@link #pkNovember} is the revision in force from November. */
  protected final PerformanceAgreement pkJanuari =
      PerformanceAgreement.builder().from(agreement).version("awal").effectiveDate(LocalDate.of(2023, 1, 2)).build();
  /** The revision of 1 November 2023 (= {@link #agreement}). */
  protected final PerformanceAgreement pkNovember = agreement;
  /** The eleven realisations by indicator code; 4.2 is provisional (the 2022 value). */
  protected final Map<String, Realization> realizations = BiroPerencanaan2023.realizations();
  /** The report policy of the 2023 report. */
  protected final ReportPolicy policy = ReportPolicy.biroPerencanaan2023();
  /** The scored report (106,51%). */
  protected final ReportResult reportResult = ReportScorer.of(policy).score(agreement, realizations);
  /** The agreement as lakin-jackson writes it. */
  protected final String pkJson;
  /** A file holding {@link #pkJson}. */
  protected final File file;
  /** Where a snippet writes text. */
  protected final Writer writer = new StringWriter();
  /** Where a snippet writes bytes. */
  protected final OutputStream out = new ByteArrayOutputStream();

  private final List<String> failures = new ArrayList<>();
  private int checks;

  protected SnippetContext() throws IOException {
    ObjectMapper json = LakinJson.mapper();
    pkJson = json.writeValueAsString(agreement);
    file = File.createTempFile("lakin-pk", ".json");
    file.deleteOnExit();
    Files.writeString(file.toPath(), pkJson, StandardCharsets.UTF_8);
  }

  /** The snippet's statements. */
  public abstract void run() throws Exception;

  /**
   * A claim {@code // → value}: {@code String.valueOf(actual)} must be {@code claimed}.
   *
   * @param actual the statement's value
   * @param claimed the value the documentation shows
   * @param where the Markdown file and line of the claim
   */
  protected final void docTestCheck(Object actual, String claimed, String where) {
    checks++;
    String shown = String.valueOf(actual);
    if (!Objects.equals(shown, claimed)) {
      failures.add(where + ": the text claims\n    " + claimed + "\n  but the code gives\n    " + shown);
    }
  }

  /** Returns every claim that did not hold, with where it is. */
  public final List<String> failures() {
    return List.copyOf(failures);
  }

  /** Returns how many claims were checked. */
  public final int checks() {
    return checks;
  }
}
