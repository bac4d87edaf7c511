/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad report files: exit code 2, one message naming file:line:column, nothing on standard output. */
class BadFilesTest {
  static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";
  static final String GOOD = "SK1,1.1,Nilai akuntabilitas,nilai,higher,69,\"69,31\",,\n";

  @TempDir
  Path dir;

  private Run score(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    Run r = Run.of("score", f.toString(), "--year", "2023");
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).as(r.toString()).isEmpty();
    assertThat(r.err.lines().count()).as(r.err).isEqualTo(1);
    return r;
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void wrongHeader() throws Exception {
    Run r = score("a.csv", "goal,indicator,name,unit,polarity,target,realization\n" + GOOD);
    assertThat(r.err).contains(file("a.csv") + ":1:42:").contains("\"realization\"").contains("unknown column");
    Run missing = score("b.csv", "goal,indicator,name,unit,polarity,target\nSK1,1.1,a,%,,1\n");
    assertThat(missing.err).contains(file("b.csv") + ":1:1:").contains("the column 'realisasi' is missing");
  }

  @Test
  void aBadNumberOnLine7() throws Exception {
    String rows = HEADER + GOOD + GOOD.replace("1.1", "1.2") + GOOD.replace("1.1", "1.3") + GOOD.replace("1.1", "1.4")
        + GOOD.replace("1.1", "1.5") + "SK2,2.1,Persentase,%,higher,100,\"9x,5\",,\n";
    Run r = score("c.csv", rows);
    // line 7, column 33: the realisasi cell (its opening quote): SK2,2.1,Persentase,%,higher,100, is 32 characters
    assertThat(r.err).contains(file("c.csv") + ":7:33:").contains("\"9x,5\"");
  }

  @Test
  void aMissingTarget() throws Exception {
    Run r = score("d.csv", HEADER + "SK1,1.1,a,%,higher,,\"69,31\",,\n");
    assertThat(r.err).contains(file("d.csv") + ":2:20:").contains("indicator 1.1 has no target");
  }

  @Test
  void anUnknownPolarity() throws Exception {
    Run r = score("e.csv", HEADER + "SK1,1.1,a,%,sideways,69,\"69,31\",,\n");
    assertThat(r.err).contains(file("e.csv") + ":2:13:").contains("\"sideways\"").contains("polarity");
  }

  @Test
  void aDuplicateCode() throws Exception {
    Run r = score("f.csv", HEADER + GOOD + GOOD);
    assertThat(r.err).contains(file("f.csv") + ":3:5:").contains("used twice (first at line 2)");
  }

  @Test
  void aQuoteNeverClosed() throws Exception {
    Run r = score("g.csv", HEADER + "SK1,1.1,\"Nilai akuntabilitas,nilai,higher,69,69,,\n");
    assertThat(r.err).contains(file("g.csv") + ":2:9:").contains("never closed");
  }

  @Test
  void aRowWithTooFewFields() throws Exception {
    Run r = score("h.csv", HEADER + "SK1,1.1,a,%\n");
    assertThat(r.err).contains(file("h.csv") + ":2:").contains("it has 4 fields but the header has 9");
  }

  @Test
  void badJson() throws Exception {
    Run r = score("i.json", "{\"schema\":\"lakin-report/1\",\"year\":2023,\"goals\":[{\"code\":\"SK1\",\"indicators\":[\n"
        + "{\"code\":\"1.1\",\"target\":\"< 20%\",\"realisasi\":\"abc\"}]}]}\n");
    assertThat(r.err).contains(file("i.json")).contains("/goals/0/indicators/0/realisasi:2:44:").contains("\"abc\"");
    Run unknown = score("j.json", "{\"schema\":\"lakin-report/1\",\"year\":2023,\"goalz\":[]}");
    assertThat(unknown.err).contains("/goalz").contains("unknown field");
    Run syntax = score("k.json", "{\"schema\": \"lakin-report/1\",\n  \"year\": 2023,,}");
    assertThat(syntax.err).contains(file("k.json") + ":2:16:");
  }

  @Test
  void semicolonsBomAndCrlfAreRead() throws Exception {
    Path f = dir.resolve("s-2023.csv");
    Files.write(f, ("\uFEFFgoal;indicator;name;unit;polarity;target;realisasi\r\n"
        + "SK1;1.1;Nilai;nilai;;69;69,31\r\n\r\nSK1;1.2;Waktu layanan;hari kerja;;≤ 10 hari kerja;8\r\n").getBytes(StandardCharsets.UTF_8));
    Run r = Run.of("score", f.toString(), "--format", "csv", "--year", "2023");
    assertThat(r.code).as(r.toString()).isZero();
    // 69.31/69 = 100.45; lower is better (inferred from ≤): (2 − 8/10) × 100 = 120.00
    assertThat(r.out).contains("indicator,SK1,1.1,Nilai,69,\"69,31\",100.45,COMPUTED")
        .contains("indicator,SK1,1.2,Waktu layanan,≤ 10 hari kerja,8,120.00,COMPUTED");
  }

  /** Found by fuzzing: a unit cell of control characters only was an unlocated core exception. */
  @Test
  void aUnitWithoutAVisibleCharacter() throws Exception {
    Run r = score("f.csv", HEADER + "SK1,1.1,a,\u0017\u0017,,69,70,,\n");
    assertThat(r.err).contains(file("f.csv") + ":2:11:").contains("a unit");
    Run bulk = Run.of("score", file("f.csv"), "--engine", "bulk", "--year", "2023");
    assertThat(bulk.err).isEqualTo(r.err);
  }

  /** Found by fuzzing: a printed figure that is no number is refused by the bulk path too. */
  @Test
  void aPrintedFigureThatIsNoNumberOnTheBulkPath() throws Exception {
    Run r = score("g.csv", HEADER + GOOD + "SK1,1.2,b,%,,80,90,,%\n");
    assertThat(r.err).contains(file("g.csv") + ":3:21:").contains("\"%\"");
    Run bulk = Run.of("score", file("g.csv"), "--engine", "bulk", "--year", "2023");
    assertThat(bulk.err).isEqualTo(r.err);
    assertThat(bulk.out).isEmpty();
  }

  /** Found by fuzzing: a JSON number with a huge exponent escaped as a NumberFormatException. */
  @Test
  void aJsonNumberWithAHugeExponent() throws Exception {
    Run r = score("h.json", "{\"schema\":\"lakin-report/1\",\n\"year\":1E999999999999}");
    assertThat(r.err).contains(file("h.json") + ":2:8:").contains("exponent");
    Run plain = score("i.json", "{\"schema\":\"lakin-report/1\",\"year\":2023,\"goals\":[{\"code\":\"SK1\",\"indicators\":"
        + "[{\"code\":\"1.1\",\"target\":1E-99999,\"realisasi\":\"1\"}]}]}");
    assertThat(plain.err).contains(file("i.json") + ":1:").contains("exponent");
  }

  @Test
  void aFileThatDoesNotStateItsYearNeedsTheOption() throws Exception {
    Files.writeString(dir.resolve("h-2023.csv"), HEADER + GOOD);
    Run r = Run.of("score", file("h-2023.csv"));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains(file("h-2023.csv") + ":1:1:").contains("# year: 2023").contains("--year");
    Path f = dir.resolve("i.csv");
    Files.writeString(f, "# year: 2022\n" + HEADER + GOOD);
    Run both = Run.of("score", f.toString(), "--year", "2023");
    assertThat(both.code).isEqualTo(2);
    assertThat(both.err).contains(":1:9:").contains("the file states 2022 but 2023 was given");
    assertThat(Run.of("score", f.toString()).out).contains("Capaian kinerja i 2022");
  }

  @Test
  void aNumberThatNoUnitSettlesIsAnErrorNamingBothReadings() throws Exception {
    Run r = score("j.csv", "# year: 2023\n" + HEADER + "S1,1,Luas lahan,Ha,higher,1.250,1410,,\n");
    assertThat(r.err).contains(file("j.csv") + ":3:").contains("\"1.250\"").contains("1250").contains("1.25");
    Path f = dir.resolve("k.csv");
    Files.writeString(f, "# year: 2023\n" + HEADER + "S1,1,Desa mandiri,desa,higher,1.250,1410,,\n");
    Run desa = Run.of("score", f.toString(), "--lang", "en");
    assertThat(desa.code).as(desa.toString()).isZero();
    assertThat(desa.out).contains("112.80%"); // 1410 / 1250, never 112,800.00%
    Run declared = Run.of("score", dir.resolve("j.csv").toString(), "--number-style", "indonesian", "--lang", "en");
    assertThat(declared.out).contains("112.80%");
  }

  @Test
  void aUnitAfterTheNumberAndANegativeValue() throws Exception {
    Path f = dir.resolve("l.csv");
    Files.writeString(f, "# year: 2023\n" + HEADER + "S1,1,Rumah tangga,KK,higher,2.000,2.545 KK,,\n");
    Run r = Run.of("score", f.toString(), "--lang", "en");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("127.25%");
    Run other = score("m.csv", "# year: 2023\n" + HEADER + "S1,1,Luas,Ha,higher,\"40,0\",\"40,5 km\",,\n");
    assertThat(other.err).contains(":3:").contains("written in km but the indicator's unit is Ha");
    Run negative = score("n.csv", "# year: 2023\n" + HEADER + "S1,1,Penurunan sisa perkara,%,higher,3,-100,,\n");
    assertThat(negative.err).contains(file("n.csv") + ":3:").contains("negative");
  }
}
