package io.github.lakin.jackson;

import io.github.lakin.scoring.aggregate.MetCounts;
import java.util.Locale;
import java.util.Optional;

/**
 * Jumlah indikator tercapai (met counts) of the result form {@code lakin-result/1}: how many
 * indicators met their target, and of the numeric ones how many are above, at and below 100.
 * Immutable.
 *
 * <p>The summary sentence ({@code "10 dari 11 indikator mencapai atau melampaui target"}) is
 * {@link MetCounts#statement(Locale)}'s, so it is written (in the detailed mode) only for counts
 * made {@link #from(MetCounts)}.
 */
public final class ResultCounts {
  private final int total;
  private final int met;
  private final int notMet;
  private final int above;
  private final int equal;
  private final int below;
  private final int notAvailable;
  private final int undefined;
  private final Optional<MetCounts> source;

  private ResultCounts(int total, int met, int notMet, int above, int equal, int below, int notAvailable, int undefined,
      Optional<MetCounts> source) {
    this.total = total;
    this.met = met;
    this.notMet = notMet;
    this.above = above;
    this.equal = equal;
    this.below = below;
    this.notAvailable = notAvailable;
    this.undefined = undefined;
    this.source = source;
  }

  /**
   * @param total all indicators
   * @param met indicators that met or exceeded their target
   * @param notMet computed indicators that did not
   * @param above numeric capaian strictly above 100
   * @param equal numeric capaian exactly 100
   * @param below numeric capaian below 100
   * @param notAvailable indicators whose realisasi is not available
   * @param undefined indicators whose capaian is undefined
   * @return the counts
   * @throws IllegalArgumentException if a count is negative
   */
  public static ResultCounts of(int total, int met, int notMet, int above, int equal, int below, int notAvailable, int undefined) {
    int[] all = {total, met, notMet, above, equal, below, notAvailable, undefined};
    for (int c : all) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must not be negative, but were " + java.util.Arrays.toString(all));
      }
    }
    return new ResultCounts(total, met, notMet, above, equal, below, notAvailable, undefined, Optional.empty());
  }

  /**
   * @param counts the counts of a scored report
   * @return the same counts, with their summary sentence
   */
  public static ResultCounts from(MetCounts counts) {
    return new ResultCounts(counts.total(), counts.met(), counts.notMet(), counts.above(), counts.equal(), counts.below(),
        counts.notAvailable(), counts.undefined(), Optional.of(counts));
  }

  /** @return all indicators */
  public int total() {
    return total;
  }

  /** @return indicators that met or exceeded their target */
  public int met() {
    return met;
  }

  /** @return computed indicators that did not meet their target */
  public int notMet() {
    return notMet;
  }

  /** @return numeric capaian strictly above 100 */
  public int above() {
    return above;
  }

  /** @return numeric capaian exactly 100 */
  public int equal() {
    return equal;
  }

  /** @return numeric capaian below 100 */
  public int below() {
    return below;
  }

  /** @return indicators whose realisasi is not available */
  public int notAvailable() {
    return notAvailable;
  }

  /** @return indicators whose capaian is undefined */
  public int undefined() {
    return undefined;
  }

  /**
   * @param locale Indonesian ({@code id}) or English
   * @return the summary sentence of {@link MetCounts#statement(Locale)}, when made from one
   */
  public Optional<String> statement(Locale locale) {
    return source.map(c -> c.statement(locale));
  }
}
