/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report.render;

import io.github.lakin.core.ConsolidationMode;
import io.github.lakin.core.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Catatan periode (period notes): the sentences that state the as-of period of a score view and,
 * per indicator, the periods counted and the periods without realisasi, in Indonesian or English.
 */
final class PeriodNotes {
  private PeriodNotes() {}

  /** Returns e.g. {@code " s.d. TW II 2024"} / {@code " as of Q2 2024"}, or empty for the year. */
  static String asOf(ScoreView v, Locale locale) {
    boolean id = ScoreRenderer.indonesian(locale);
    return v.asOf.map(p -> (id ? " s.d. " : " as of ") + p.label(locale)).orElse("");
  }

  /**
   * Returns the notes of the lines that need one: every indicator as of a period, and for the year
   * an indicator whose consolidated periods miss a realisasi.
   *
   * @return the notes of the lines that need one: every indicator as of a period, and for the
   *     year an indicator whose consolidated periods miss a realisasi
   */
  static List<String> notes(ScoreView v, Locale locale) {
    List<String> out = new ArrayList<>();
    if (!v.periodNotes) {
      return out; // nothing to say, and a streamed view's goals are read once
    }
    for (ScoreView.GoalView g : v.goals) {
      for (ScoreView.Line l : g.lines()) {
        if (l.period().isPresent() && (v.asOf.isPresent() || !l.period().get().missing().isEmpty())) {
          out.add(l.code() + ": " + note(l.period().get(), locale));
        }
      }
    }
    return out;
  }

  /** Returns e.g. {@code "jumlah TW I 2024–TW II 2024; belum ada realisasi TW II 2024"}. */
  static String note(ScoreView.PeriodNote n, Locale locale) {
    boolean id = ScoreRenderer.indonesian(locale);
    if (n.mode().isEmpty()) {
      return id ? "tidak ada target dan realisasi per periode, jadi tidak tersedia s.d. " + n.asOf().label(locale)
          : "no targets and realisations by period, so not available as of " + n.asOf().label(locale);
    }
    List<Period> c = n.counted();
    String span = c.size() == 1 ? c.get(0).label(locale) : c.get(0).label(locale) + "–" + c.get(c.size() - 1).label(locale);
    String s = mode(n.mode().get(), id) + " " + span;
    if (!n.missing().isEmpty()) {
      String missing = n.missing().stream().map(p -> p.label(locale)).collect(Collectors.joining(", "));
      s += id ? "; belum ada realisasi " + missing : "; no realisation yet for " + missing;
    }
    return s;
  }

  static String mode(ConsolidationMode m, boolean id) {
    switch (m) {
      case SUM:
        return id ? "jumlah" : "sum of";
      case LAST:
        return id ? "nilai terakhir" : "last value of";
      case AVERAGE:
        return id ? "rata-rata" : "average of";
      case MAX:
        return id ? "tertinggi" : "highest of";
      default:
        return id ? "terendah" : "lowest of";
    }
  }

  /** Returns the heading of the notes. */
  static String heading(ScoreView v, Locale locale) {
    boolean id = ScoreRenderer.indonesian(locale);
    Optional<Period> p = v.asOf;
    if (p.isPresent()) {
      return id ? "Periode dihitung s.d. " + p.get().label(locale) + ":" : "Periods counted up to " + p.get().label(locale) + ":";
    }
    return id ? "Periode tanpa realisasi:" : "Periods without realisation:";
  }
}
