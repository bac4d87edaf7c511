package io.github.lakin.scoring.audit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Laporan pemeriksaan (audit report): every finding, in report order. */
public final class AuditReport {
  private final List<Finding> findings;

  AuditReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /** @return every finding: indicators, goals, unit, absorption, efficiency gap, then input notes */
  public List<Finding> findings() {
    return findings;
  }

  /** @return the printed figures that do not match their recomputation */
  public List<Finding> mismatches() {
    return findings.stream().filter(f -> !f.matches()).collect(Collectors.toList());
  }

  /** @return whether every printed figure matches */
  public boolean isClean() {
    return findings.stream().allMatch(Finding::matches);
  }

  /**
   * @param locale {@code id} for Indonesian, else English
   * @return one line per finding and a closing count
   */
  public String explain(Locale locale) {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f.explain(locale)).append('\n');
    }
    long checked = findings.stream().filter(f -> f.kind() != Finding.Kind.INPUT).count();
    int bad = mismatches().size();
    b.append(locale.getLanguage().equals("id")
        ? checked + " angka diperiksa, " + bad + " tidak cocok"
        : checked + " figures checked, " + bad + " mismatched");
    return b.toString();
  }

  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }
}
