/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: opened in headless Chromium ({@code /usr/bin/chromium},
 * Debian's package; {@code .ci/run} installs it), it logs no console message, its rendered DOM has
 * one bar per indicator with the exact labels, and its screenshot is not blank. Without Chromium
 * the test is skipped with a message, except under CI (the variable {@code CI} set), where it fails:
 * CI never skips it silently.
 */
class HtmlInChromiumTest {
  static final Path CHROMIUM = Path.of(System.getProperty("lakin.chromium", "/usr/bin/chromium"));

  @TempDir
  static Path dir;

  static Path page;

  @BeforeAll
  static void renderTheExample() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = CHROMIUM + " is not installed (apt-get install chromium); the HTML report was not checked in a browser";
      if (System.getenv("CI") != null) {
        fail("CI is set and " + why);
      }
      Assumptions.abort(why);
    }
    page = dir.resolve("laporan.html");
    Files.writeString(page, HtmlRendererTest.html("biro-perencanaan-2023.json", HtmlRendererTest.ID, ChartBands.defaults()));
  }

  /** Runs Chromium headless on the page with the flags it needs as root and without network chatter. */
  static Result chromium(String... args) throws IOException, InterruptedException {
    return chromium(page, args);
  }

  static Result chromium(Path target, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(args));
    cmd.add(target.toUri().toString());
    Path out = dir.resolve("out-" + System.nanoTime());
    Path err = dir.resolve("err-" + System.nanoTime());
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Chromium's exit code, standard output and standard error. */
  record Result(int code, String out, String err) {}

  @Test
  void theRenderedPageHasOneBarPerIndicatorWithItsLabelAndNoConsoleMessage() throws Exception {
    Result r = chromium("--dump-dom");
    assertThat(r.code).as(r.err).isZero();
    // console messages of the page are logged as "CONSOLE(line)" or "Console" lines on stderr
    assertThat(r.err.lines().filter(l -> l.contains("CONSOLE") || l.contains(":CONSOLE") || l.contains("Uncaught")))
        .as(r.err).isEmpty();
    String dom = r.out;
    assertThat(dom).contains("<svg id=\"chart-indicators\"");
    Matcher bars = Pattern.compile("<rect class=\"bar\" data-code=\"([^\"]+)\"").matcher(dom);
    List<String> codes = new ArrayList<>();
    while (bars.find()) {
      codes.add(bars.group(1));
    }
    assertThat(codes).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "4.1", "4.2", "4.3");
    Matcher labels = Pattern.compile("<text class=\"bar-label\"[^>]*>([^<]+)</text>").matcher(dom);
    List<String> shown = new ArrayList<>();
    while (labels.find()) {
      shown.add(labels.group(1));
    }
    assertThat(shown.subList(0, 11)).containsExactly("100,45%", "109,67%", "138,06%", "101,60%", "100,00%", "100,00%", "100,00%",
        "119,79%", "100,10%", "99,95%", "101,96%");
    assertThat(dom).contains("Capaian unit: 106,51%");
  }

  @Test
  void theYearOnYearChartHasTwoBarsPerIndicatorWithAPreviousValue() throws Exception {
    Path yoy = dir.resolve("tahun-lalu.html");
    StringWriter html = new StringWriter();
    HtmlRenderer.render(TrendRenderTest.view(io.github.lakin.scoring.aggregate.Trend.Threshold.none()), HtmlRendererTest.ID, html);
    Files.writeString(yoy, html.toString());
    Result r = chromium(yoy, "--dump-dom");
    assertThat(r.code).as(r.err).isZero();
    assertThat(r.err.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught"))).as(r.err).isEmpty();
    // the illustrative file: 1.1 to 2.2 give a 2022 value, 2.3 does not
    assertThat(TrendRenderTest.codes(r.out, "yoy-previous")).containsExactly("1.1", "1.2", "2.1", "2.2");
    assertThat(TrendRenderTest.codes(r.out, "yoy-current")).containsExactly("1.1", "1.2", "2.1", "2.2");
    assertThat(r.out).contains(">2022: 68<", ">2023: 69,31 ▲ meningkat<", ">2023: 4 ▲ meningkat<", ">2023: 12 ▼ menurun<");
    assertThat(r.out).contains("Tingkat ketercapaian: 80,00%");
  }

  @Test
  void theScreenshotIsNotBlank() throws Exception {
    Path png = dir.resolve("report.png");
    Result r = chromium("--screenshot=" + png, "--window-size=1240,1754", "--hide-scrollbars");
    assertThat(r.code).as(r.err).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG at " + png).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1240);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(8);
    // the band colours of the bars appear, e.g. the green of a met target
    assertThat(colours.stream().anyMatch(c -> near(c, 0x2e7d32))).as("green bars").isTrue();
    File keep = new File(System.getProperty("lakin.screenshot", ""));
    if (!keep.getPath().isEmpty()) {
      Files.copy(png, keep.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean near(int rgb, int target) {
    int dr = Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff));
    int dg = Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff));
    int db = Math.abs((rgb & 0xff) - (target & 0xff));
    return dr + dg + db < 30;
  }
}
