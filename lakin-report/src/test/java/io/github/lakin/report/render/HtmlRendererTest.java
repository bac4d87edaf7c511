/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML report: self-contained, in one language, its chart bars and labels the figures of the tables. */
class HtmlRendererTest {
  static final Locale ID = Locale.forLanguageTag("id");

  static String html(String file, Locale locale, ChartBands bands) throws Exception {
    StringWriter out = new StringWriter();
    HtmlRenderer.render(Scored.view(file), locale, bands, out);
    return out.toString();
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void selfContainedNoScriptNoNetwork() throws Exception {
    String h = html("biro-perencanaan-2023.json", ID, ChartBands.defaults());
    assertThat(h).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("url(").doesNotContain("<img");
    // the only URL is the SVG namespace, which is a name, never fetched
    assertThat(h.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:").doesNotContain("https:");
    assertThat(h).contains("@page { size: A4;").contains("break-before: page");
  }

  @Test
  void oneBarPerIndicatorLabelledWithItsCapaianAndColouredByBand() throws Exception {
    String h = html("biro-perencanaan-2023.json", ID, ChartBands.defaults());
    assertThat(count(h, "<rect class=\"bar\"")).isEqualTo(11);
    assertThat(h).contains("data-code=\"3.1\"").contains(">119,79%</text>").contains(">138,06%</text>");
    // 99,95 is yellow by default (90 to below 100), the others green
    assertThat(count(h, "class=\"bar\"[^>]*fill=\"" + ChartBands.YELLOW + "\"")).isEqualTo(1);
    assertThat(count(h, "class=\"bar\"[^>]*fill=\"" + ChartBands.GREEN + "\"")).isEqualTo(10);
    assertThat(count(h, "<rect class=\"goal-bar\"")).isEqualTo(5);
    assertThat(h).contains("Capaian unit: 106,51%").contains("10 dari 11 indikator mencapai atau melampaui target")
        .contains("<line class=\"target\"");
    // the axis runs to 140 (above 138,06): 100% lies at 64 + 100/140 × 540
    assertThat(h).contains("<line class=\"target\" x1=\"449.71\"");
  }

  @Test
  void budgetAbsorptionBesideCapaianWhenTheReportHasABudget() throws Exception {
    String h = html("biro-perencanaan-2023.json", ID, ChartBands.defaults());
    assertThat(count(h, "<rect class=\"budget-bar\"")).isEqualTo(2);
    // absorption is not a capaian: its own colour, never a band's
    assertThat(count(h, "class=\"budget-bar\"[^>]*fill=\"" + HtmlRenderer.BUDGET + "\"")).isEqualTo(1);
    assertThat(h).contains(">99,89%</text>").contains("6,62 poin, efisien").contains("Rp9.970.949.000");
    String noBudget = html("biro-perencanaan-2023.csv", ID, ChartBands.defaults());
    assertThat(noBudget).doesNotContain("budget-bar").doesNotContain("Analisis efisiensi");
  }

  @Test
  void englishIsEntirelyEnglish() throws Exception {
    String h = html("biro-perencanaan-2023.json", Locale.ENGLISH, ChartBands.defaults());
    assertThat(h).contains("lang=\"en\"").contains("Unit achievement: 106.51%").contains(">119.79%</text>")
        .contains("green ≥ 100%, yellow 90% – &lt; 100%, red &lt; 90%");
    String words = h.replaceAll("(?s)<style>.*</style>", "").replaceAll("<[^>]+>", " ");
    words = words.replace("Biro Perencanaan, Sekretariat Jenderal, Kementerian Sosial", "");
    for (String indonesian : new String[] {"Capaian", "Sasaran", "tercapai", "Kebijakan", "Serapan", "hijau", "Dihitung"}) {
      assertThat(words.replaceAll("(?m)^.*(Nilai|Indeks|Jumlah|Persentase).*$", "")).as(indonesian).doesNotContain(indonesian);
    }
  }

  @Test
  void bandsAreAnOption() throws Exception {
    String h = html("biro-perencanaan-2023.json", ID, ChartBands.of(new BigDecimal("101"), new BigDecimal("100")));
    // 100,00 ×3, 100,10 and 100,45 are now yellow, 99,95 red
    assertThat(count(h, "class=\"bar\"[^>]*fill=\"" + ChartBands.YELLOW + "\"")).isEqualTo(5);
    assertThat(count(h, "class=\"bar\"[^>]*fill=\"" + ChartBands.RED + "\"")).isEqualTo(1);
    assertThat(h).contains("hijau ≥ 101%, kuning 100% – &lt; 101%, merah &lt; 100%");
    assertThatThrownBy(() -> ChartBands.of(new BigDecimal("90"), new BigDecimal("100"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textIsEscaped() {
    assertThat(HtmlRenderer.esc("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  }
}
