/** Lakin scoring: capaian strategies, band tables, aggregation, budget and composite indices. */
module io.github.lakin.scoring {
  requires transitive io.github.lakin.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.lakin.scoring;
  exports io.github.lakin.scoring.aggregate;
  exports io.github.lakin.scoring.audit;
  exports io.github.lakin.scoring.band;
  exports io.github.lakin.scoring.budget;
  exports io.github.lakin.scoring.index;
  exports io.github.lakin.scoring.bulk;
}
