/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.aggregate.ReportResult;
import io.github.lakin.scoring.aggregate.ReportScorer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 16 (first part) in report files: every option reached from CSV and JSON, errors at their cell. */
class RealisasiInFilesTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,formula,negative,ordinal-scale,decimals\n";

  private static ReportFile csv(String text) {
    return CsvReportReader.read("t.csv", text, ReadOptions.none());
  }

  private static ReportResult score(ReportFile f) {
    return ReportScorer.of(f.settings().policy(f.agreement())).score(f.agreement(), f.realizations());
  }

  private static Achievement achievement(ReportResult r, String code) {
    return r.goals().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.indicator().code().equals(code))
        .findFirst().orElseThrow().achievement();
  }

  private static BigDecimal capaian(ReportResult r, String code) {
    return achievement(r, code).rounded().orElseThrow();
  }

  @Test
  void zeroTargetAsAFunctionOfTheRealisasi() {
    // target 0, realisasi 2 → 2 × 100 + 100 = 300; target 0, realisasi 0 → 100 (the first value)
    String rows = "S1,Z,Kasus,kasus,higher,0,2,,,,\nS1,Y,Kasus lain,kasus,higher,0,0,,,,\n";
    ReportResult r = score(csv("# year: 2022\n# zero-target: 100 r×100+100\n" + HEADER + rows));
    assertThat(capaian(r, "Z")).isEqualByComparingTo("300.00");
    assertThat(capaian(r, "Y")).isEqualByComparingTo("100.00");
    assertThat(capaian(score(csv("# year: 2022\n# zero-target: 100 r*100+100\n" + HEADER + rows)), "Z")).isEqualByComparingTo("300.00");
    assertThat(achievement(score(csv("# year: 2022\n" + HEADER + rows)), "Z").status()).isEqualTo(Achievement.Status.UNDEFINED);
    assertThatThrownBy(() -> csv("# year: 2022\n# zero-target: 100 r×abc\n" + HEADER + rows))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:2:").hasMessageContaining("r×100+100");
  }

  @Test
  void negativeTargetsByNameOnly() {
    // a growth rate, higher is better: target −2, realisasi −1 → 100 + (−1 + 2) / 2 × 100 = 150
    String rows = "S1,G,Pertumbuhan,%,higher,-2,-1,,yes,,\n";
    assertThat(capaian(score(csv("# year: 2022\n# negative-target: deviation\n" + HEADER + rows)), "G")).isEqualByComparingTo("150.00");
    assertThatThrownBy(() -> score(csv("# year: 2022\n" + HEADER + rows)))
        .hasMessageContaining("negative-target: deviation");
    // without the negative column, the target itself is refused at its cell
    assertThatThrownBy(() -> csv("# year: 2022\n# negative-target: deviation\n" + HEADER + rows.replace(",yes,", ",,")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:4:");
    assertThatThrownBy(() -> csv("# year: 2022\n# negative-target: maybe\n" + HEADER + rows))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:2:").hasMessageContaining("deviation");
  }

  @Test
  void ordinalRealisasiFromAScaleColumn() {
    String rows = "S1,O1,Opini BPK,opini,,WTP,WDP,ordinal,,opini-bpk,\n" // 3 / 4 × 100 = 75
        + "S1,O2,Opini BPK,opini,,4,wdp,,,opini-bpk,\n" // numeric target 4: 75
        + "S1,O3,Opini BPK,opini,,WTP,WDP,,,opini-bpk,\n" // categorical: not met
        + "S1,O4,Predikat,predikat,,Baik,cukup,,,Kurang < Cukup < Baik,\n"; // 2 / 3 × 100 = 66,67
    ReportResult r = score(csv("# year: 2022\n" + HEADER + rows));
    assertThat(capaian(r, "O1")).isEqualByComparingTo("75.00");
    assertThat(capaian(r, "O2")).isEqualByComparingTo("75.00");
    assertThat(achievement(r, "O3").isMet()).isFalse();
    assertThat(achievement(r, "O3").value()).isEmpty();
    assertThat(achievement(r, "O4").rounded()).isEmpty(); // categorical by default
    ReportResult ordinal = score(csv("# year: 2022\n" + HEADER + rows.replace("cukup,,,Kurang", "cukup,ordinal,,Kurang")));
    assertThat(capaian(ordinal, "O4")).isEqualByComparingTo("66.67");
  }

  @Test
  void anUnknownCodeIsAnErrorAtItsCell() {
    assertThatThrownBy(() -> csv("# year: 2022\n" + HEADER + "S1,O,Opini BPK,opini,,4,WTT,,,opini-bpk,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:")
        .hasMessageContaining("WTT").hasMessageContaining("TMP, TW, WDP, WTP");
    assertThatThrownBy(() -> csv("# year: 2022\n" + HEADER + "S1,O,Opini BPK,opini,,4,WDP,,,WTP,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:").hasMessageContaining("ordinal scale");
    assertThatThrownBy(() -> csv("# year: 2022\n" + HEADER + "S1,O,Opini,opini,,80,WDP,ordinal,,,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:");
  }

  @Test
  void moreDecimalsThanTheIndicatorAllowsIsAnErrorAtTheCell() {
    String line = "S1,P,Nilai,nilai,higher,\"69,315\",70,,,,2\n";
    assertThatThrownBy(() -> csv("# year: 2022\n" + HEADER + line))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:25")
        .hasMessageContaining("target 69.315 has 3 decimals, but indicator P allows 2");
    assertThatThrownBy(() -> csv("# year: 2022\n" + HEADER + "S1,P,Nilai,nilai,higher,69,\"70,125\",,,,2\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:28").hasMessageContaining("3 decimals");
    // trailing zeros do not count: 69,310 is 69,31; 70,5 / 69,31 × 100 = 101,7169… → 101,72
    assertThat(capaian(score(csv("# year: 2022\n" + HEADER + "S1,P,Nilai,nilai,higher,\"69,310\",\"70,5\",,,,2\n")), "P"))
        .isEqualByComparingTo("101.72");
    assertThatThrownBy(() -> csv("# year: 2022\n" + HEADER + "S1,P,Nilai,nilai,higher,69,70,,,,dua\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:").hasMessageContaining("0 to 10");
  }

  private static final String COMPONENTS_HEADER = "goal,indicator,name,unit,polarity,target,realisasi\n";

  @Test
  void realisasiFromComponents() {
    String text = "# year: 2022\n" + COMPONENTS_HEADER
        + "S1,K1,Rasio,%,higher,50,\n" // (10 × 2 + 5 × 1) / (40 × 1) × 100 = 62,5 → 62,5 / 50 × 100 = 125
        + "S1,K2,Jumlah,dokumen,higher,10,\n" // 3 × 2 + 4 = 10 → 100
        + "S1,K3,Belum,%,higher,50,\n"
        + "S1,K4,Nol,%,higher,50,\n"
        + "# komponen\n"
        + "indicator,component,role,value,weight\n"
        + "K1,A,pembilang,10,2\nK1,B,pembilang,5,\nK1,C,penyebut,40,1\n"
        + "K2,X,nilai,3,2\nK2,Y,nilai,4,\n"
        + "K3,A,numerator,10,\nK3,B,denominator,,\n"
        + "K4,A,pembilang,10,\nK4,B,penyebut,0,\n";
    ReportFile f = csv(text);
    ReportResult r = score(f);
    assertThat(capaian(r, "K1")).isEqualByComparingTo("125.00");
    assertThat(f.realisasiTexts().get("K1")).isEqualTo("62,5");
    assertThat(capaian(r, "K2")).isEqualByComparingTo("100.00");
    assertThat(achievement(r, "K3").status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
    assertThat(achievement(r, "K3").reason()).contains("belum diisi: komponen B");
    assertThat(achievement(r, "K4").status()).isEqualTo(Achievement.Status.NOT_AVAILABLE);
    assertThat(f.realisasiTexts().get("K4")).isEqualTo("tidak dapat dihitung: penyebut 0");
    // the flat mean is over what has a capaian: (125 + 100) / 2 = 112,5
    assertThat(r.overall().rounded()).contains(new BigDecimal("112.50"));
  }

  @Test
  void componentErrorsNameTheirCell() {
    String head = "# year: 2022\n" + COMPONENTS_HEADER + "S1,K1,Rasio,%,higher,50,\n# komponen\nindicator,component,role,value,weight\n";
    assertThatThrownBy(() -> csv(head + "K9,A,pembilang,1,\nK9,B,penyebut,1,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:6:1").hasMessageContaining("no indicator row");
    assertThatThrownBy(() -> csv(head + "K1,A,pembagi,1,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:6:").hasMessageContaining("pembilang");
    assertThatThrownBy(() -> csv(head + "K1,A,pembilang,1,\nK1,B,nilai,2,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:7:").hasMessageContaining("one formula");
    assertThatThrownBy(() -> csv(head + "K1,A,pembilang,1,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:6:1").hasMessageContaining("penyebut");
    assertThatThrownBy(() -> csv(head + "K1,A,pembilang,1,-1\nK1,B,penyebut,1,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:6:").hasMessageContaining("weight");
    assertThatThrownBy(() -> csv(head.replace("50,\n#", "50,60\n#") + "K1,A,pembilang,1,\nK1,B,penyebut,1,\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:3:").hasMessageContaining("leave the cell empty");
    assertThatThrownBy(() -> csv(head + "K1,A,pembilang,1,\nK1,B,penyebut,1,\n# komponen\n"))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("t.csv:8:").hasMessageContaining("twice");
  }

  @Test
  void componentsBesideABudgetSection() {
    String text = "# year: 2022\n" + COMPONENTS_HEADER + "S1,K1,Rasio,%,higher,50,\n"
        + "# anggaran\ncode,pagu,realisasi\nA,100,90\n"
        + "# komponen\nindicator,component,role,value\nK1,A,pembilang,25\nK1,B,penyebut,40\n";
    ReportFile f = csv(text);
    assertThat(capaian(score(f), "K1")).isEqualByComparingTo("125.00"); // 25 / 40 × 100 = 62,5; 62,5 / 50 × 100
    assertThat(f.agreement().budget()).hasSize(1);
  }

  @Test
  void allOptionsInJson() {
    String json = "{\"schema\": \"lakin-report/2\", \"year\": 2022, \"policy\": {\"zeroTarget\": \"100 r×100+100\","
        + " \"negativeTarget\": \"deviation\"}, \"goals\": [{\"code\": \"S1\", \"indicators\": ["
        + "{\"code\": \"Z\", \"unit\": \"kasus\", \"target\": 0, \"realisasi\": 2},"
        + "{\"code\": \"G\", \"unit\": \"%\", \"target\": -2, \"realisasi\": -1, \"negativeAllowed\": true},"
        + "{\"code\": \"O\", \"unit\": \"opini\", \"target\": \"WTP\", \"realisasi\": \"WDP\", \"ordinalScale\": \"opini-bpk\", \"formula\": \"ordinal\"},"
        + "{\"code\": \"K\", \"unit\": \"%\", \"target\": 50, \"decimals\": 1, \"components\": ["
        + "{\"code\": \"A\", \"role\": \"pembilang\", \"value\": 10, \"weight\": 2}, {\"code\": \"B\", \"role\": \"pembilang\", \"value\": 5},"
        + "{\"code\": \"C\", \"role\": \"penyebut\", \"value\": 40}]}]}]}";
    ReportFile f = JsonReportReader.read("t.json", json);
    ReportResult r = score(f);
    assertThat(capaian(r, "Z")).isEqualByComparingTo("300.00");
    assertThat(capaian(r, "G")).isEqualByComparingTo("150.00");
    assertThat(capaian(r, "O")).isEqualByComparingTo("75.00");
    assertThat(capaian(r, "K")).isEqualByComparingTo("125.00");
    assertThatThrownBy(() -> JsonReportReader.read("t.json", json.replace("\"decimals\": 1", "\"decimals\": 1, \"realisasi\": \"62,55\"")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("/goals/0/indicators/3/realisasi");
    assertThatThrownBy(() -> JsonReportReader.read("t.json", json.replace("\"role\": \"pembilang\", \"value\": 5", "\"role\": \"x\", \"value\": 5")))
        .isInstanceOf(InvalidTextException.class).hasMessageContaining("/goals/0/indicators/3/components/1/role");
  }
}
