package io.github.lakin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import io.github.lakin.core.Target;
import io.github.lakin.core.text.Cell;
import io.github.lakin.core.text.ColumnKind;
import io.github.lakin.core.text.IndonesianFormat;
import io.github.lakin.core.text.NumberParser;
import io.github.lakin.core.text.NumberStyle;
import io.github.lakin.core.text.ParsedTarget;
import io.github.lakin.core.text.TargetParser;
import io.github.lakin.core.text.TextLocation;
import io.github.lakin.jackson.LakinJson;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.ScoringStrategy;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.band.NextBand;
import io.github.lakin.scoring.band.StockTables;
import io.github.lakin.scoring.bulk.BulkInput;
import io.github.lakin.scoring.bulk.BulkResult;
import io.github.lakin.scoring.bulk.BulkScorer;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The README's snippets, run: each value the README shows in a comment is asserted here, so the
 * README cannot drift from the library. Expected values are the README's (and DOMAIN.md §12's).
 */
class ReadmeExamplesTest {
  private static final Locale ID = Locale.forLanguageTag("id");

  @Test
  void parserSnippet() {
    NumberParser id = NumberParser.indonesian();
    TextLocation at = TextLocation.of("laporan.csv", 7, 3);
    assertThat(id.parseNumber("Rp9.960.052.227,-", at)).isEqualByComparingTo("9960052227");
    assertThat(id.parseNumber("3.450", at)).isEqualByComparingTo("3.45");
    assertThat(NumberParser.of(NumberStyle.MIXED, ColumnKind.COUNT).parseNumber("5.985", at)).isEqualByComparingTo("5985");

    Cell c = id.parseCell("82,96* (99,95%)", at);
    assertThat(c.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("82.96"));
    assertThat(c.provisional()).isTrue();
    assertThat(c.secondary()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("99.95"));
    assertThat(c.toRealization(Period.year(2022)).isProvisional()).isTrue();
    assertThat(id.parseCell("23/24", at).toRealization()).isEqualTo(Realization.ofCounts(23, 24));
    assertThat(id.parseCell("N/A", at).notAvailable()).isTrue();

    ParsedTarget lt = TargetParser.of(id).parse("< 20%", at);
    assertThat(lt.target()).isEqualTo(Target.lessThan(new BigDecimal("20")));
    assertThat(lt.unit()).contains(MeasureUnit.percent());
    ParsedTarget days = TargetParser.of(id).parse("10 hari kerja", at);
    assertThat(days.target()).isEqualTo(Target.exact(new BigDecimal("10")));
    assertThat(days.unit()).contains(MeasureUnit.workingDays());
    assertThat(IndonesianFormat.formatPercent(new BigDecimal("106.51"), 2)).isEqualTo("106,51%");
  }

  @Test
  void scoringSnippet() {
    Indicator ipp = Indicator.of("1.2", "Indeks Perencanaan Pembangunan", MeasureUnit.index(), Target.exact(new BigDecimal("81")));
    Indicator waktu = Indicator.builder().code("5.1").name("Rata-rata waktu penyelesaian layanan")
        .unit(MeasureUnit.workingDays()).target(Target.atMost(new BigDecimal("10"))).build();
    assertThat(waktu.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);

    Scorer scorer = Scorer.of(ScoringPolicy.defaults());
    Achievement a = scorer.score(ipp, Realization.of("88.83"));
    assertThat(a.rounded()).contains(new BigDecimal("109.67"));
    assertThat(a.explain(ID)).isEqualTo("88,83 / 81 × 100% = 109,67%");
    assertThat(scorer.score(waktu, Realization.of("4")).rounded()).contains(new BigDecimal("160.00"));
    assertThat(scorer.score(waktu, Realization.of("4"), ScoringStrategy.inverseRatio()).rounded())
        .contains(new BigDecimal("250.00"));

    Scorer capped = Scorer.of(ScoringPolicy.defaults().withCap(new BigDecimal("120")));
    Achievement c = capped.score(Indicator.of("x", "x", MeasureUnit.percent(), Target.exact(new BigDecimal("100"))),
        Realization.of("226.30"));
    assertThat(c.rounded()).contains(new BigDecimal("120.00"));
    assertThat(c.flags()).contains(Achievement.Flag.CAPPED);
  }

  @Test
  void bandSnippet() {
    assertThat(StockTables.sakip().classify(new BigDecimal("90")).code()).isEqualTo("A");
    assertThat(StockTables.sakip().classify(new BigDecimal("90.01")).code()).isEqualTo("AA");
    // DOMAIN §12: SAKIP 69.31 → B; the next band BB starts above 70, 0.69 points away
    assertThat(StockTables.sakip().classify(new BigDecimal("69.31")).code()).isEqualTo("B");
    NextBand next = StockTables.sakip().pointsToNextBand(new BigDecimal("69.31")).orElseThrow();
    assertThat(next.band().code()).isEqualTo("BB");
    assertThat(next.points()).isEqualTo(Rational.parse("0.69"));
    assertThat(next.exclusive()).isTrue();
    assertThat(StockTables.ikmKonversi().classify(new BigDecimal("88.305")).code()).isEqualTo("B");
  }

  @Test
  void reportSnippet() {
    PerformanceAgreement pk = BiroPerencanaan2023.agreement();
    ReportResult r = ReportScorer.of(ReportPolicy.biroPerencanaan2023()).score(pk, BiroPerencanaan2023.realizations());
    assertThat(r.goal("SK1").orElseThrow().aggregate().rounded()).contains(new BigDecimal("109.95"));
    assertThat(r.overall().rounded()).contains(new BigDecimal("106.51"));
    assertThat(r.counts().statement(ID)).isEqualTo("10 dari 11 indikator mencapai atau melampaui target");
    assertThat(r.absorption().orElseThrow().rounded()).contains(new BigDecimal("99.89"));
    assertThat(r.efficiency().orElseThrow().explain(ID)).isEqualTo("106,51 − 99,89 = 6,62 poin (efisien)");
  }

  @Test
  void bulkSnippet() {
    BulkInput.Builder in = BulkInput.builder();
    in.add(0, new BigDecimal("69"), new BigDecimal("69.31"), Polarity.HIGHER_IS_BETTER);
    in.add(0, new BigDecimal("81"), new BigDecimal("88.83"), Polarity.HIGHER_IS_BETTER);
    BulkResult r = BulkScorer.of(ReportPolicy.biroPerencanaan2023()).score(in.build());
    assertThat(r.indicators().rounded(0)).contains(new BigDecimal("100.45"));
    // (69.31/69 + 88.83/81) / 2 × 100 = (100.4493 + 109.6667) / 2 = 105.058 → 105.06
    assertThat(r.flat().rounded()).contains(new BigDecimal("105.06"));
  }

  @Test
  void jsonSnippet() throws Exception {
    ObjectMapper json = LakinJson.mapper();
    PerformanceAgreement pk = BiroPerencanaan2023.agreement();
    String text = json.writeValueAsString(pk);
    assertThat(json.readValue(text, PerformanceAgreement.class)).isEqualTo(pk);
    ReportResult r = ReportScorer.of(ReportPolicy.biroPerencanaan2023()).score(pk, BiroPerencanaan2023.realizations());
    JsonNode tree = json.readTree(json.writeValueAsString(r));
    assertThat(tree.toString()).contains("\"106.51\"");
    assertThat(Optional.of(tree)).isPresent();
  }
}
