/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lakin.core.Goal;
import io.github.lakin.core.Indicator;
import io.github.lakin.core.MeasureUnit;
import io.github.lakin.core.OrdinalScale;
import io.github.lakin.core.OrgLevel;
import io.github.lakin.core.OrgUnit;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.core.Period;
import io.github.lakin.core.Polarity;
import io.github.lakin.core.Realization;
import io.github.lakin.core.RoundingPolicy;
import io.github.lakin.core.Target;
import io.github.lakin.examples.BiroPerencanaan2023;
import io.github.lakin.scoring.Scorer;
import io.github.lakin.scoring.ScoringPolicy;
import io.github.lakin.scoring.aggregate.AggregationShape;
import io.github.lakin.scoring.aggregate.GoalResult;
import io.github.lakin.scoring.aggregate.IndicatorResult;
import io.github.lakin.scoring.aggregate.OrgRollup;
import io.github.lakin.scoring.aggregate.PeriodTracking;
import io.github.lakin.scoring.aggregate.ProvisionalRule;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import io.github.lakin.scoring.aggregate.RoundingStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Indonesian text is entirely Indonesian and English text entirely English: every explanation,
 * statement and line the library and the {@code lakin} command write in one language, for reports
 * that reach every template (exclusions, caps, floors, provisional values, undefined capaian,
 * categories, weights, roll-ups, periods, audits), is checked for common words of the other
 * language; and so is every pair of literals {@code id ? "…" : "…"} in the sources.
 *
 * <p>The word lists are small on purpose: words that are common in one language and never in the
 * other. {@link #ALLOWED} holds codes and names that are the same in both (abbreviations of
 * Indonesian institutions and instruments). Names from the report itself (indicator, goal and unit
 * names, which are Indonesian whatever the output language) are masked before English text is
 * checked, and so are the band labels of the regulations (predikat {@code Baik}, mutu {@code Sangat
 * Baik}), which English text shows as names.
 */
class LanguageTest {
  static final Locale ID = Locale.forLanguageTag("id");
  static final Locale EN = Locale.ENGLISH;

  /** Common English words that never occur in Indonesian sentences. */
  static final Set<String> ENGLISH = Set.of("not", "available", "no", "none", "figure", "figures", "report", "the", "of",
      "and", "or", "is", "are", "was", "be", "to", "from", "for", "with", "without", "by", "at", "on", "in", "above",
      "below", "capped", "raised", "undefined", "provisional", "includes", "excluded", "points", "achievement",
      "achieved", "realisation", "realization", "value", "values", "mean", "average", "all", "each", "rounded", "once",
      "end", "half", "up", "down", "decimals", "printed", "recomputed", "matches", "mismatch", "mismatched",
      "explained", "instead", "gives", "elsewhere", "policy", "flat", "weighted", "goal", "goals", "indicator",
      "indicators", "met", "exceeded", "their", "budget", "absorption", "efficiency", "efficient", "gap", "checked",
      "could", "cannot", "must", "there", "here", "than", "more", "less", "element", "quality", "score", "scale",
      "missing", "other", "unit's", "year", "yes", "categorical", "percentage", "excluding");
  /** Common Indonesian words that never occur in English sentences. */
  static final Set<String> INDONESIAN = Set.of("dan", "dari", "atau", "yang", "tidak", "dengan", "tanpa", "untuk", "pada",
      "ke", "di", "oleh", "adalah", "belum", "sudah", "tersedia", "terdefinisi", "tercapai", "mencapai", "melampaui",
      "indikator", "sasaran", "capaian", "nilai", "sementara", "termasuk", "dihitung", "dibatasi", "dinaikkan", "batas",
      "bawah", "atas", "rata-rata", "seluruh", "desimal", "pembulatan", "setengah", "dibulatkan", "sekali", "akhir",
      "serapan", "anggaran", "efisiensi", "efisien", "poin", "laporan", "angka", "ada", "kebijakan", "harus", "sebagai",
      "dicetak", "ulang", "cocok", "dijelaskan", "bukan", "menghasilkan", "tempat", "lain", "realisasi", "persen",
      "hari", "kerja", "bulan", "tahun", "mutu", "unsur", "konversi", "sama", "bobot", "kategori", "persentase",
      "aturan", "nol", "diperiksa", "berbeda", "baik", "sangat", "kurang", "tinggi", "rendah", "sedang", "cukup");
  /** Codes and names that are the same in both languages. */
  static final Set<String> ALLOWED = Set.of("sakip", "lakin", "ikm", "iku", "nrr", "pk", "spm", "bpk", "wtp", "lke", "asn",
      "tw", "renstra", "rp", "smart", "id", "en");

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

  private final List<String> indonesian = new ArrayList<>();
  private final List<String> english = new ArrayList<>();
  private final Set<String> names = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));

  /** Returns the words of {@code text} from {@code words} that are not allowed. */
  static List<String> foreign(String text, Set<String> words) {
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (words.contains(w) && !ALLOWED.contains(w)) {
        found.add(m.group());
      }
    }
    return found;
  }

  private void both(java.util.function.Function<Locale, String> text) {
    indonesian.add(text.apply(ID));
    english.add(text.apply(EN));
  }

  private void names(PerformanceAgreement pk) {
    names.add(pk.unit().name());
    for (Goal g : pk.goals()) {
      names.add(g.name());
      g.indicators().forEach(i -> names.add(i.name()));
    }
  }

  /** English text with the report's own (Indonesian) names taken out, whole or cut short with '…'. */
  private String masked(String text) {
    String t = text;
    for (String n : names) {
      t = t.replace(n, " ");
      for (int k = n.length() - 1; k >= 8; k--) {
        t = t.replace(n.substring(0, k) + "…", " ");
      }
    }
    return t;
  }

  private void collect(ReportResult r) {
    names(r.agreement());
    for (IndicatorResult i : r.indicators()) {
      both(i.achievement()::explain);
    }
    for (GoalResult g : r.goals()) {
      both(g.aggregate()::explain);
    }
    both(r.overall()::explain);
    both(r.counts()::statement);
    r.absorption().ifPresent(a -> both(a::explain));
    r.efficiency().ifPresent(e -> both(e::explain));
  }

  /** A report that reaches the corners: N/A, undefined, a category, a floor, weights, provisional. */
  private static PerformanceAgreement corners() {
    MeasureUnit pct = MeasureUnit.percent();
    return PerformanceAgreement.builder().unit(OrgUnit.of("DIT-X", "Direktorat X", OrgLevel.ESELON_II)).year(2023)
        .effectiveDate(LocalDate.of(2023, 1, 2))
        .addGoals(Goal.builder().code("S1").name("Sasaran satu").weight(new BigDecimal("60"))
            .addIndicators(Indicator.builder().code("1.1").name("Persentase a").unit(pct).target(Target.exact(new BigDecimal("80")))
                .weight(new BigDecimal("2")).build())
            .addIndicators(Indicator.builder().code("1.2").name("Persentase b").unit(pct).target(Target.exact(new BigDecimal("0")))
                .weight(new BigDecimal("1")).build())
            .addIndicators(Indicator.builder().code("1.3").name("Opini BPK").unit(MeasureUnit.index())
                .target(Target.category("WTP", OrdinalScale.auditOpinion())).weight(new BigDecimal("1")).build())
            .build())
        .addGoals(Goal.builder().code("S2").name("Sasaran dua").weight(new BigDecimal("40"))
            .addIndicators(Indicator.builder().code("2.1").name("Waktu layanan").unit(MeasureUnit.workingDays())
                .target(Target.atMost(new BigDecimal("10"))).weight(new BigDecimal("1")).build())
            .addIndicators(Indicator.builder().code("2.2").name("Persentase c").unit(pct).target(Target.exact(new BigDecimal("90")))
                .weight(new BigDecimal("1")).build())
            .addIndicators(Indicator.builder().code("2.3").name("Persentase d").unit(pct).target(Target.exact(new BigDecimal("70")))
                .weight(new BigDecimal("1")).build())
            .build())
        .build();
  }

  private static Map<String, Realization> cornerRealizations() {
    Map<String, Realization> r = new LinkedHashMap<>();
    r.put("1.1", Realization.of("226.30"));
    r.put("1.2", Realization.of("5"));
    r.put("1.3", Realization.ofCategory("WTP"));
    r.put("2.1", Realization.of("25"));
    r.put("2.2", Realization.notAvailable("menunggu rilis BPS"));
    r.put("2.3", Realization.of("69.5").provisional(Period.year(2022), "nilai 2022"));
    return r;
  }

  private void collectLibrary() {
    PerformanceAgreement biro = BiroPerencanaan2023.agreement();
    Map<String, Realization> real = BiroPerencanaan2023.realizations();
    List<ReportPolicy> policies = List.of(ReportPolicy.biroPerencanaan2023(), ReportPolicy.kemensos2020(),
        ReportPolicy.builder().shape(AggregationShape.GOAL_MEANS).roundingStage(RoundingStage.EACH_LEVEL).build(),
        ReportPolicy.builder().provisional(ProvisionalRule.EXCLUDE).build().withCap(new BigDecimal("120")));
    for (ReportPolicy p : policies) {
      collect(ReportScorer.of(p).score(biro, real));
    }
    for (AggregationShape shape : AggregationShape.values()) {
      for (ProvisionalRule rule : List.of(ProvisionalRule.INCLUDE_AND_FLAG, ProvisionalRule.EXCLUDE)) {
        collect(ReportScorer.of(ReportPolicy.builder().shape(shape).provisional(rule).build().withCap(new BigDecimal("120")))
            .score(corners(), cornerRealizations()));
      }
    }
    // a roll-up with a unit whose report has no capaian and one without a report
    OrgUnit a = OrgUnit.of("A", "Unit A", OrgLevel.ESELON_II);
    OrgUnit b = OrgUnit.of("B", "Unit B", OrgLevel.ESELON_II);
    OrgUnit c = OrgUnit.of("C", "Unit C", OrgLevel.ESELON_II);
    OrgUnit top = OrgUnit.of("ES1", "Eselon I", OrgLevel.ESELON_I, List.of(a, b, c));
    PerformanceAgreement pkA = PerformanceAgreement.builder().from(biro).unit(a).build();
    PerformanceAgreement pkB = PerformanceAgreement.builder().from(biro).unit(b).build();
    Map<String, Realization> none = new LinkedHashMap<>();
    biro.indicators().forEach(i -> none.put(i.code(), Realization.notAvailable()));
    OrgRollup rollup = OrgRollup.of(top, Map.of("A", ReportScorer.of(ReportPolicy.defaults()).score(pkA, real),
        "B", ReportScorer.of(ReportPolicy.defaults()).score(pkB, none)), RoundingPolicy.defaults());
    both(rollup::explain);
    // a year to date
    Indicator quarterly = Indicator.builder().code("Q").name("Persentase triwulan").unit(MeasureUnit.percent())
        .target(Target.exact(new BigDecimal("100"))).consolidation(io.github.lakin.core.ConsolidationMode.SUM).build();
    PeriodTracking t = PeriodTracking.of(quarterly, 2023,
        Map.of(Period.parse("TW I 2023"), new BigDecimal("25"), Period.parse("TW II 2023"), new BigDecimal("25")),
        Map.of(Period.parse("TW I 2023"), Realization.of("20")));
    both(t.yearToDate(Period.parse("TW II 2023"), Scorer.of(ScoringPolicy.defaults()))::explain);
  }

  private void collectCommands() throws IOException {
    // the report files' own texts (names, notes such as "nilai 2022") are Indonesian in either output
    for (String f : List.of("lakin-examples/reports/biro-perencanaan-2023.csv", "lakin-examples/reports/biro-perencanaan-2023.json")) {
      io.github.lakin.report.ReportFile file = io.github.lakin.report.ReportFiles.read(Path.of(f), java.util.OptionalInt.empty());
      names(file.agreement());
      file.realizations().asMap().values().forEach(r -> r.provisional().ifPresent(p -> names.add(p.note())));
    }
    String csv = "lakin-examples/reports/biro-perencanaan-2023.csv";
    String json = "lakin-examples/reports/biro-perencanaan-2023.json";
    List<List<String>> commands = List.of(List.of("score", csv), List.of("score", json), List.of("score", csv, "--format", "markdown"),
        List.of("score", json, "--cap", "120", "--aggregate", "goals", "--rounding", "down", "--rounding-stage", "each-level"),
        List.of("audit", json), List.of("band", "sakip", "69,31"), List.of("band", "ipp", "3,6"),
        List.of("ikm", "--nrr", "3.450,3.515,3.441,3.416,3.500,3.619,3.584,3.906,4.000"),
        List.of("budget", "--pagu", "9.970.949.000", "--realisasi", "9.960.052.227", "--capaian", "106,51"),
        List.of("budget", "--pagu", "9.970.949.000", "--realisasi", "9.990.052.227", "--capaian", "99,51"));
    for (List<String> c : commands) {
      for (String lang : List.of("id", "en")) {
        List<String> args = new ArrayList<>(c);
        args.addAll(List.of("--lang", lang));
        String out = ShellExamples.run(args).output();
        (lang.equals("id") ? indonesian : english).add(out);
      }
    }
  }

  @Test
  void everyExplanationAndLineIsInOneLanguage() throws IOException {
    // band labels (predikat, mutu) are the regulations' own names, shown as such in English too
    for (String table : io.github.lakin.scoring.band.StockTables.names()) {
      io.github.lakin.scoring.band.StockTables.byName(table).bands().forEach(b -> names.add(b.label()));
    }
    collectLibrary();
    names(BiroPerencanaan2023.agreement());
    collectCommands();
    assertThat(indonesian).hasSizeGreaterThan(100);
    List<String> problems = new ArrayList<>();
    for (String t : indonesian) {
      for (String line : t.split("\n", -1)) {
        List<String> f = foreign(line, ENGLISH);
        if (!f.isEmpty()) {
          problems.add("Indonesian text with English " + f + ": " + line);
        }
      }
    }
    for (String t : english) {
      for (String line : t.split("\n", -1)) {
        List<String> f = foreign(masked(line), INDONESIAN);
        if (!f.isEmpty()) {
          problems.add("English text with Indonesian " + f + ": " + line);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static final Pattern PAIR = Pattern.compile(
      "(?:\\bid|\\bind|isIndonesian\\(\\w+\\)|indonesian\\(\\w+\\)|indonesian)\\s*\\?\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void everyTemplatePairInTheSourcesIsInOneLanguage() throws IOException {
    List<String> problems = new ArrayList<>();
    int pairs = 0;
    for (String module : List.of("lakin-scoring", "lakin-report", "lakin-jackson", "lakin-cli")) {
      try (Stream<Path> files = Files.walk(Path.of(module, "src", "main", "java"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = PAIR.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            pairs++;
            List<String> en = foreign(m.group(1), ENGLISH);
            List<String> id = foreign(m.group(2), INDONESIAN);
            if (!en.isEmpty() || !id.isEmpty()) {
              problems.add(f.getFileName() + ": \"" + m.group(1) + "\" " + en + " / \"" + m.group(2) + "\" " + id);
            }
          }
        }
      }
    }
    assertThat(pairs).as("id ? \"…\" : \"…\" pairs found").isGreaterThan(80);
    assertThat(problems).isEmpty();
  }

  @Test
  void theWordCheckCanFail() {
    assertThat(foreign("… tidak dihitung: 2.2 (not available)", ENGLISH)).containsExactly("not", "available");
    assertThat(foreign("indicator 3.1: printed 109.38; realisasi 87.5", INDONESIAN)).containsExactly("realisasi");
    assertThat(foreign("Serapan anggaran: 99,89% (BPK, WTP)", ENGLISH)).isEmpty();
  }
}
