/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: each edge that gave lost output, a crash or an unlocated error, with its regression test. */
class HardenedEdgesTest {
  static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";
  static final String JSON_HEAD = "{\"schema\":\"lakin-report/2\",\"year\":2023,\"goals\":[";
  static final String ONE_GOAL = "{\"code\":\"SK1\",\"indicators\":[{\"code\":\"1.1\",\"unit\":\"%\",\"target\":\"80\",\"realisasi\":\"90\"}]}";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  private static void badInput(Run r, String... parts) {
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).as(r.toString()).isEmpty();
    assertThat(r.err.lines().count()).as(r.err).isEqualTo(1);
    assertThat(r.err).doesNotContain("Exception").contains(parts);
  }

  /** Item 1: a full disk (or a closed pipe) is exit 3 with one line, on both paths. */
  @Test
  void aFailedWriteIsAnErrorNotExitZero() throws Exception {
    Path f = write("a.csv", "# year: 2023\n" + HEADER + "S1,1,a,%,,80,90,,\n");
    for (String engine : new String[] {"object", "bulk"}) {
      Writer full = new Writer() {
        @Override
        public void write(char[] b, int off, int len) throws IOException {
          throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
          throw new IOException("No space left on device");
        }

        @Override
        public void close() {}
      };
      StringWriter err = new StringWriter();
      int code = LakinCommand.run(new String[] {"score", f.toString(), "--engine", engine}, new PrintWriter(full), new PrintWriter(err));
      assertThat(code).as(engine + ": " + err).isEqualTo(LakinCommand.WRITE_FAILED);
      assertThat(err.toString().lines().count()).isEqualTo(1);
      assertThat(err.toString()).contains("cannot write the output");
    }
  }

  /** Item 3: a second JSON document after the first. */
  @Test
  void aSecondJsonDocumentIsAnError() throws Exception {
    Path f = write("b.json", JSON_HEAD + ONE_GOAL + "]}\n{\"schema\":\"lakin-report/2\"}");
    badInput(Run.of("score", f.toString()), f.toString());
  }

  /** Item 4: two summary rows for one goal would hide a printed mismatch. */
  @Test
  void twoPrintedFiguresForOneGoalAreAnError() throws Exception {
    Path f = write("c.csv", "# year: 2023\n" + HEADER + "S1,1,a,%,,80,96,,\nS1,,,,,,,,120\nS1,,,,,,,,110\n");
    badInput(Run.of("audit", f.toString()), f + ":5:", "given twice (first at line 4)");
    Path u = write("c2.csv", "# year: 2023\n" + HEADER + "S1,1,a,%,,80,96,,\n,,,,,,,,120\n,,,,,,,,110\n");
    badInput(Run.of("score", u.toString()), "the unit's printed capaian is given twice");
  }

  /** Item 5: a year beyond int does not wrap to 2023. */
  @Test
  void aHugeJsonYearIsAnError() throws Exception {
    Path f = write("d.json", JSON_HEAD.replace("2023", "4294969319") + ONE_GOAL + "]}");
    badInput(Run.of("score", f.toString()), "/year", "4294969319");
  }

  /** Item 6: codes that look alike are one code, so the second is a duplicate. */
  @Test
  void lookAlikeCodesAreTheSameCode() throws Exception {
    for (String twin : new String[] {"1.1\u00A0", "1.1\u200B", "\uFF11.\uFF11", " 1.1"}) {
      Path f = write("e.csv", "# year: 2023\n" + HEADER + "S1,1.1,a,%,,80,90,,\nS1," + twin + ",b,%,,80,70,,\n");
      badInput(Run.of("score", f.toString()), f + ":4:", "used twice");
    }
    Path f = write("e2.csv", "# year: 2023\n" + HEADER + "S1,\u00C5,a,%,,80,90,,\nS1,A\u030A,b,%,,80,70,,\n");
    badInput(Run.of("score", f.toString()), "used twice");
  }

  /** Item 7: the same goal twice in JSON. */
  @Test
  void aDuplicateJsonGoalIsAnError() throws Exception {
    Path f = write("g.json", JSON_HEAD + ONE_GOAL + "," + ONE_GOAL.replace("1.1", "1.2") + "]}");
    badInput(Run.of("score", f.toString()), "/goals/1/code", "appears twice");
  }

  /** Item 8: a budget of pagu 0 and realisasi 0 is shown (absorption "–", 0/0 has none), not dropped. */
  @Test
  void aZeroBudgetIsShownNotDropped() throws Exception {
    Path f = write("z.json", JSON_HEAD + ONE_GOAL + "],\"budget\":{\"pagu\":\"0\",\"realisasi\":\"0\"}}");
    Run table = Run.of("score", f.toString(), "--lang", "en");
    assertThat(table.code).as(table.toString()).isZero();
    assertThat(table.out).contains("Budget absorption: –");
    Run json = Run.of("score", f.toString(), "--format", "json");
    assertThat(json.out).contains("\"budget\" : {").contains("\"pagu\" : \"0\"").contains("\"absorption\" : null");
    Run markdown = Run.of("score", f.toString(), "--format", "markdown");
    assertThat(markdown.out).contains("Serapan anggaran: –.");
  }

  /** Item 13 and 15: the year and a cap from the command line are bounded, and said so at once. */
  @Test
  @org.junit.jupiter.api.Timeout(20)
  void optionsOutOfBoundsAreNamed() throws Exception {
    Path f = write("y.csv", HEADER + "S1,1,a,%,,80,90,,\n");
    badInput(Run.of("score", f.toString(), "--year", "3500"), "--year must be from 1900 to 2999, but was 3500");
    Path g = write("y2.csv", "# year: 2023\n" + HEADER + "S1,1,a,%,,80,90,,\n");
    badInput(Run.of("score", g.toString(), "--cap", "1e1000000"), "cap", "30 digits before");
    badInput(Run.of("score", g.toString(), "--cap", "1e-1000000"), "cap", "20 after");
  }

  /** Item 9: printed goal figures that are null, empty, or under a key with '/'. */
  @Test
  void badPrintedGoalFiguresAreLocated() throws Exception {
    for (String printed : new String[] {"{\"SK1\":null}", "{\"SK1\":\"\"}", "{\"S/1\":\"100\"}"}) {
      Path f = write("h.json", JSON_HEAD + ONE_GOAL + "],\"printed\":{\"goals\":" + printed + "}}");
      Run r = Run.of("audit", f.toString());
      badInput(r, "/printed/goals/");
    }
  }

  /** Item 12: bytes that are not UTF-8 are located, and --encoding reads a Windows-1252 file. */
  @Test
  void windows1252IsLocatedAndReadable() throws Exception {
    Path f = dir.resolve("i.csv");
    Files.write(f, ("# year: 2023\n" + HEADER + "S1,1,Cakupan desa \u00e9lite,%,,80,90,,\n").getBytes(Charset.forName("windows-1252")));
    Run r = Run.of("score", f.toString());
    badInput(r, f + ":3:", "windows-1252");
    Run ok = Run.of("score", f.toString(), "--encoding", "windows-1252");
    assertThat(ok.code).as(ok.toString()).isZero();
    assertThat(ok.out).contains("Cakupan desa \u00e9lite");
    Path j = dir.resolve("i.json");
    Files.write(j, (JSON_HEAD + ONE_GOAL.replace("\"code\":\"1.1\"", "\"code\":\"1.1\",\"name\":\"\u00e9\"") + "]}")
        .getBytes(Charset.forName("windows-1252")));
    badInput(Run.of("score", j.toString()), j + ":1:", "windows-1252");
  }

  /** Item 13: a directory, a JSON byte order mark, a small cap in JSON. */
  @Test
  void messagesSayWhere() throws Exception {
    badInput(Run.of("score", dir.toString()), dir.toString(), "is a directory");
    Path bom = write("k.json", "\uFEFF" + JSON_HEAD + ONE_GOAL + "]}");
    assertThat(Run.of("score", bom.toString()).code).isZero();
    Path cap = write("l.json", JSON_HEAD.replace("\"goals\"", "\"policy\":{\"cap\":\"0\"},\"goals\"") + ONE_GOAL + "]}");
    badInput(Run.of("score", cap.toString()), "/policy/cap");
  }

  /** Smaller: a CSV cell that a spreadsheet would run as a formula; a NUL in a name. */
  @Test
  void csvOutputIsSafeInASpreadsheetAndControlCharactersAreRefused() throws Exception {
    Path f = write("m.csv", "# year: 2023\n" + HEADER + "S1,1,\"=HYPERLINK(\"\"http://x\"\")\",%,,80,90,,\n");
    Run r = Run.of("score", f.toString(), "--format", "csv");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",=HYPERLINK");
    // the other characters a spreadsheet starts a formula with: + - @
    Path g = write("m2.csv", "# year: 2023\n" + HEADER + "S1,1,+SUM(A1),%,,80,90,,\nS1,2,-2+3,%,,80,90,,\nS1,3,@cmd,%,,80,90,,\n");
    Run other = Run.of("score", g.toString(), "--format", "csv");
    assertThat(other.code).as(other.toString()).isZero();
    assertThat(other.out).contains(",'+SUM(A1),", ",'-2+3,", ",'@cmd,").doesNotContain(",+SUM", ",-2+3", ",@cmd");
    Path nul = write("n.csv", "# year: 2023\n" + HEADER + "S1,1,a\u0000b,%,,80,90,,\n");
    badInput(Run.of("score", nul.toString()), nul + ":3:", "control character");
  }

  /** Item 13: weights are named at their own cells; line ends and emoji do not shift locations. */
  @Test
  void weightsAndLocationsAreExact() throws Exception {
    Path neg = write("o.csv", "# year: 2023\n" + HEADER + "S1,1,a,%,,80,90,-1,\n");
    badInput(Run.of("score", neg.toString(), "--aggregate", "weighted"), neg + ":3:17:", "weight");
    Path zero = write("p.csv", "# year: 2023\n" + HEADER + "S1,1,a,%,,80,90,0,\nS1,2,b,%,,80,90,0,\n");
    badInput(Run.of("score", zero.toString(), "--aggregate", "weighted"), zero + ":3:17:", "every weight is 0");
    // a quoted name with a CR-only line end inside: the bad cell is on line 4, not 3
    Path cr = write("q.csv", "# year: 2023\r" + HEADER.replace("\n", "\r") + "S1,1,\"two\rlines\",%,,80,9x,,\r");
    badInput(Run.of("score", cr.toString()), cr + ":4:14:");
    // an emoji is one column
    Path emoji = write("r.csv", "# year: 2023\n" + HEADER + "S1,1,\uD83D\uDE00,%,,80,9x,,\n");
    badInput(Run.of("score", emoji.toString()), emoji + ":3:14:");
  }

  /** Item 13: --engine bulk on a pipe says why. */
  @Test
  void theBulkEngineNeedsARegularFile() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    if (p.waitFor() != 0) {
      return; // no mkfifo here: the message is covered by the directory case
    }
    badInput(Run.of("score", fifo.toString(), "--engine", "bulk"), "needs a regular file");
  }

  /** The exit codes are documented on the command. */
  @Test
  void exitCodesAreDistinct() {
    assertThat(new int[] {LakinCommand.OK, LakinCommand.MISMATCH, LakinCommand.BAD_INPUT, LakinCommand.WRITE_FAILED,
        LakinCommand.OUT_OF_MEMORY, LakinCommand.INTERNAL_ERROR}).doesNotHaveDuplicates();
    assertThat(StandardCharsets.UTF_8.name()).isEqualTo("UTF-8");
  }
}
