/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core.text;

import io.github.lakin.core.Period;
import io.github.lakin.core.Rational;
import io.github.lakin.core.Realization;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Isi sel (cell content): what one table cell of realisasi or capaian says, as read by {@link
 * NumberParser#parseCell(CharSequence, TextLocation)}: a number, counts n/T, or not available; a
 * {@code *} provisional flag; a {@code %} flag; a second figure in parentheses.
 *
 * <p>Immutable. Two cells are equal when they say the same thing, whatever their text and
 * location.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Cell {
  private final String text;
  private final TextLocation location;
  private final @Nullable BigDecimal value;
  private final Realization.@Nullable Counts counts;
  private final boolean percent;
  private final boolean provisional;
  private final @Nullable BigDecimal secondary;

  private Cell(String text, TextLocation location, @Nullable BigDecimal value, Realization.@Nullable Counts counts,
      boolean percent, boolean provisional, @Nullable BigDecimal secondary) {
    this.text = text;
    this.location = location;
    this.value = value;
    this.counts = counts;
    this.percent = percent;
    this.provisional = provisional;
    this.secondary = secondary;
  }

  static Cell notAvailable(String text, TextLocation location) {
    return new Cell(text, location, null, null, false, false, null);
  }

  static Cell of(String text, TextLocation location, BigDecimal value, boolean percent, boolean provisional,
      @Nullable BigDecimal secondary) {
    return new Cell(text, location, value, null, percent, provisional, secondary);
  }

  static Cell ofCounts(String text, TextLocation location, Realization.Counts counts, boolean provisional,
      @Nullable BigDecimal secondary) {
    return new Cell(text, location, null, counts, false, provisional, secondary);
  }

  /**
   * The text the cell was read from.
   *
   * @return the text, as given
   */
  public String text() {
    return text;
  }

  /**
   * Where the cell came from.
   *
   * @return the location
   */
  public TextLocation location() {
    return location;
  }

  /**
   * Whether the cell says "no value" ({@code N/A}, {@code -}, blank, {@code belum tersedia}, ...).
   *
   * @return true when neither a number nor counts are there
   */
  public boolean notAvailable() {
    return value == null && counts == null;
  }

  /**
   * The number, for a numeric cell.
   *
   * @return the exact value (trailing zeros stripped); empty when not available and for counts
   */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The counts, for a cell such as {@code 23/24} or {@code 23 dari 24}.
   *
   * @return n and T; empty for any other cell
   */
  public Optional<Realization.Counts> counts() {
    return Optional.ofNullable(counts);
  }

  /**
   * The exact value of the cell: the number, or n/T × 100 for counts.
   *
   * @return the exact value; empty when not available
   */
  public Optional<Rational> exactValue() {
    if (counts != null) {
      return Optional.of(counts.percent());
    }
    return value == null ? Optional.empty() : Optional.of(Rational.of(value));
  }

  /**
   * Whether the value was marked {@code *}: a provisional value carried from another period.
   *
   * @return true for {@code 82,96*}
   */
  public boolean provisional() {
    return provisional;
  }

  /**
   * Whether the value carried a {@code %} sign. The value itself is unchanged by it.
   *
   * @return true for {@code 99.88%}
   */
  public boolean percent() {
    return percent;
  }

  /**
   * The second figure in parentheses, e.g. the capaian beside a realisasi.
   *
   * @return 99.95 for {@code 82,96* (99,95%)}; empty when there is none
   */
  public Optional<BigDecimal> secondary() {
    return Optional.ofNullable(secondary);
  }

  /**
   * The realisasi this cell states, for a cell that is not provisional.
   *
   * <p>Not available gives {@link Realization#notAvailable()}, counts give {@link
   * Realization#ofCounts(long, long)}, a number gives {@link Realization#of(BigDecimal)}. A
   * provisional cell ({@code *}) is refused rather than silently losing its mark: use {@link
   * #toRealization(Period)} with the period the value was carried from.
   *
   * @return the realisasi
   * @throws InvalidTextException if the cell is provisional
   */
  public Realization toRealization() {
    if (provisional) {
      throw new InvalidTextException(text, location, "a realisasi",
          "it is marked '*' (provisional); give the period the value was carried from with toRealization(Period)");
    }
    return plain();
  }

  /**
   * The realisasi this cell states; a provisional cell ({@code *}) is marked {@linkplain
   * Realization#provisional(Period, String) provisional} from the given period with the note
   * {@code "*"}. For any other cell the period is not used.
   *
   * @param provisionalFrom the period a provisional value was carried from, e.g. 2022 in a 2023
   *     report
   * @return the realisasi
   */
  public Realization toRealization(Period provisionalFrom) {
    Objects.requireNonNull(provisionalFrom, "provisionalFrom");
    Realization r = plain();
    return provisional ? r.provisional(provisionalFrom, "*") : r;
  }

  private Realization plain() {
    if (counts != null) {
      return Realization.ofCounts(counts.n(), counts.total());
    }
    return value == null ? Realization.notAvailable() : Realization.of(value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Cell)) {
      return false;
    }
    Cell c = (Cell) o;
    return Objects.equals(value, c.value) && Objects.equals(counts, c.counts) && percent == c.percent
        && provisional == c.provisional && Objects.equals(secondary, c.secondary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, counts, percent, provisional, secondary);
  }

  /**
   * A description for logs.
   *
   * @return e.g. {@code 82.96%* (99.95)}, {@code 23/24} or {@code N/A}
   */
  @Override
  public String toString() {
    String main = counts != null ? counts.toString() : value == null ? "N/A" : value.toPlainString() + (percent ? "%" : "");
    return main + (provisional ? "*" : "") + (secondary == null ? "" : " (" + secondary.toPlainString() + ")");
  }
}
