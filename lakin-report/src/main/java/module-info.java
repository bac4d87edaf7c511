/**
 * Lakin report files: CSV and JSON ({@code lakin-report/1}) report files read into a typed report,
 * the large-file streaming path, and the renderers (table, Markdown, CSV, JSON) of what the
 * {@code lakin} command prints.
 */
module io.github.lakin.report {
  requires transitive io.github.lakin.core;
  requires transitive io.github.lakin.scoring;
  requires io.github.lakin.jackson;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.lakin.report;
  exports io.github.lakin.report.render;
}
