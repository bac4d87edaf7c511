/**
 * Lakin Jackson: a Jackson module that reads and writes the Lakin model (targets, realisations,
 * indicators, goals, units, agreements, policies) and writes its results (capaian, aggregates,
 * counts, budget absorption, efficiency gaps) as JSON, every number an exact decimal string.
 */
module io.github.lakin.jackson {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive io.github.lakin.core;
  requires transitive io.github.lakin.scoring;
  requires static org.jspecify;

  exports io.github.lakin.jackson;
  // the declarations and their engine, for Lakin's own JSON adapters (a Jackson 3 module later)
  exports io.github.lakin.jackson.schema;

  provides com.fasterxml.jackson.databind.Module with io.github.lakin.jackson.LakinModule;
}
